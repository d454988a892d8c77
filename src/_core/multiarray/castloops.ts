/**
 * Bulk dtype conversion between two arrays of the same shape (astype, assignment with
 * a dtype change): NumPy's C casts run on typed arrays, never per-element DataView +
 * boxing for the numeric dtypes.
 *
 * Values follow NumPy on x86-64 exactly, including what C calls undefined (float → int
 * out of range): cvttsd2si gives INT_MIN, narrow ints wrap from the 32-bit result, and
 * float → uint32 differs between NumPy's auto-vectorised contiguous loop and its scalar
 * loop, so the kernel below reproduces which elements each one handles.
 *
 * int64/uint64 are read and written as two 32-bit halves (lo, hi) through Int32/Uint32
 * views: BigInt64Array would allocate a BigInt per element.
 */
import type { DType } from '../dtype.js';
import { castElement, readElement, writeElement } from '../elements.js';
import { doubleToHalfBits, halfBitsToDouble } from '../float16.js';
import { forEachOffset } from '../iter.js';
import type { NDArray } from '../ndarray.js';

type Num = Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;

/** (source, index, step, destination, index, step, count), indices in storage units. */
type Kernel = (s: Num, si: number, ss: number, d: Num, di: number, ds: number, n: number) => void;

const TWO31 = 2147483648;
const TWO32 = 4294967296;
const TWO63 = 9223372036854775808;

// ---- element kernels -----------------------------------------------------------------

/** Plain typed-array store: int → int wraps, int/float → float rounds, as C does. */
const copy: Kernel = (s, si, ss, d, di, ds, n) => {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si]!;
};

/** float → int8/16, uint8/16, int32: cvttsd2si (INT_MIN when out of range or NaN), then wrap. */
const floatToNarrow: Kernel = (s, si, ss, d, di, ds, n) => {
  for (let k = 0; k < n; k++, si += ss, di += ds) {
    const x = s[si]!;
    d[di] = x > -2147483649 && x < TWO31 ? x : -2147483648;
  }
};

/** float → uint32, scalar code: the low 32 bits of the 64-bit truncation. */
const floatToU32Scalar: Kernel = (s, si, ss, d, di, ds, n) => {
  for (let k = 0; k < n; k++, si += ss, di += ds) {
    const x = s[si]!;
    d[di] = x >= -TWO63 && x < TWO63 ? x : 0;
  }
};

/** float → uint32 as NumPy's vectorised loop computes it (two 32-bit truncations). */
function floatToU32Vector(s: Num, si: number, ss: number, d: Num, di: number, ds: number, n: number): void {
  for (let k = 0; k < n; k++, si += ss, di += ds) {
    const x = s[si]!;
    if (x >= TWO31) {
      const y = x - TWO31;
      d[di] = (y < TWO31 ? y : -2147483648) ^ -2147483648;
    } else d[di] = x > -2147483649 ? x : -2147483648;
  }
}

/** ≤32-bit int → int64/uint64 halves (sign-extended). */
const intToWide: Kernel = (s, si, ss, d, di, ds, n) => {
  for (let k = 0; k < n; k++, si += ss, di += ds) {
    const v = s[si]!;
    d[di] = v;
    d[di + 1] = v < 0 ? -1 : 0;
  }
};

/** float → int64 (cvttsd2si 64-bit: INT64_MIN when out of range or NaN). */
const floatToI64: Kernel = (s, si, ss, d, di, ds, n) => {
  for (let k = 0; k < n; k++, si += ss, di += ds) {
    const x = s[si]!;
    if (x >= -TWO63 && x < TWO63) {
      const t = Math.trunc(x);
      const hi = Math.floor(t / TWO32);
      d[di] = t - hi * TWO32;
      d[di + 1] = hi;
    } else {
      d[di] = 0;
      d[di + 1] = -2147483648;
    }
  }
};

/** float → uint64 as GCC compiles it: values ≥ 2^63 go through x − 2^63 and set the top bit. */
const floatToU64: Kernel = (s, si, ss, d, di, ds, n) => {
  for (let k = 0; k < n; k++, si += ss, di += ds) {
    let x = s[si]!;
    let top = 0;
    if (x >= TWO63) {
      x -= TWO63;
      top = -2147483648;
    }
    if (x >= -TWO63 && x < TWO63) {
      const t = Math.trunc(x);
      const hi = Math.floor(t / TWO32);
      d[di] = t - hi * TWO32;
      d[di + 1] = hi ^ top;
    } else {
      d[di] = 0;
      d[di + 1] = -2147483648 ^ top;
    }
  }
};

/** int64/uint64 → int64/uint64: the same 64 bits. */
const wideToWide: Kernel = (s, si, ss, d, di, ds, n) => {
  for (let k = 0; k < n; k++, si += ss, di += ds) {
    d[di] = s[si]!;
    d[di + 1] = s[si + 1]!;
  }
};

/** int64 (hi read through an Int32Array) or uint64 (Uint32Array) → float64: one correct rounding. */
function wideToFloat(hiView: Int32Array | Uint32Array): Kernel {
  return (s, si, ss, d, di, ds, n) => {
    for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = hiView[si + 1]! * TWO32 + (s[si]! >>> 0);
  };
}

const f64 = new Float64Array(1);
const f64bits = new Uint32Array(f64.buffer);

/**
 * hi·2^32 + lo rounded to odd at double precision, so that a later rounding to float32
 * (24 bits ≤ 53 − 2) is the correct rounding of the exact integer.
 */
function roundToOdd(hi: number, lo: number): number {
  const a = hi * TWO32;
  const sum = a + lo;
  const bb = sum - a;
  const err = a - (sum - bb) + (lo - bb); // exact remainder (TwoSum)
  if (err === 0) return sum;
  f64[0] = sum;
  if ((f64bits[0]! & 1) === 0) {
    if (err > 0 === sum > 0) {
      f64bits[0] = f64bits[0]! + 1; // even, so no carry
    } else if (f64bits[0] === 0) {
      f64bits[0] = 0xffffffff;
      f64bits[1] = f64bits[1]! - 1;
    } else f64bits[0] = f64bits[0]! - 1;
  }
  return f64[0]!;
}

/** int64/uint64 → float32 (also the real part of complex64): correctly rounded like C's cast. */
function wideToFloat32(hiView: Int32Array | Uint32Array, signed: boolean): Kernel {
  return (s, si, ss, d, di, ds, n) => {
    for (let k = 0; k < n; k++, si += ss, di += ds) {
      const hi = hiView[si + 1]!;
      const lo = s[si]! >>> 0;
      // Below 2^53 in magnitude the double is exact and the float32 store rounds once.
      d[di] = (signed ? hi >= -2097152 : true) && hi < 2097152 ? hi * TWO32 + lo : roundToOdd(hi, lo);
    }
  };
}

/** Anything numeric → bool: nonzero (NaN is True). */
const toBool: Kernel = (s, si, ss, d, di, ds, n) => {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si] !== 0 ? 1 : 0;
};
/** Two lanes (complex parts, int64 halves) → bool: either nonzero. */
const pairToBool: Kernel = (s, si, ss, d, di, ds, n) => {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si] !== 0 || s[si + 1] !== 0 ? 1 : 0;
};

/** A number → float16 bits (float32/float64 round straight to half, as NumPy does). */
const toHalf: Kernel = (s, si, ss, d, di, ds, n) => {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = doubleToHalfBits(s[si]!);
};

/** int64/uint64 → float16 (any value beyond float16's range is ±inf either way). */
function wideToHalf(hiView: Int32Array | Uint32Array): Kernel {
  return (s, si, ss, d, di, ds, n) => {
    for (let k = 0; k < n; k++, si += ss, di += ds) {
      d[di] = doubleToHalfBits(Math.fround(hiView[si + 1]! * TWO32 + (s[si]! >>> 0)));
    }
  };
}

const zero: Kernel = (_s, _si, _ss, d, di, ds, n) => {
  for (let k = 0; k < n; k++, di += ds) d[di] = 0;
};

let halfTable: Float64Array | null = null;
/** float16 bits → value, for every bit pattern (512 KiB, built on first use). */
function halfValues(): Float64Array {
  if (!halfTable) {
    halfTable = new Float64Array(65536);
    for (let h = 0; h < 65536; h++) halfTable[h] = halfBitsToDouble(h);
  }
  return halfTable;
}

// ---- dtype classes and kernel choice ---------------------------------------------------

type SrcClass = 'int' | 'float' | 'half' | 'complex' | 'i64' | 'u64' | 'bool';
type DstClass = 'narrow' | 'u32' | 'i64' | 'u64' | 'float' | 'half' | 'complex' | 'bool';

function srcClass(dt: DType): SrcClass {
  switch (dt.kind) {
    case 'b':
      return 'bool';
    case 'i':
    case 'u':
      return dt.itemsize === 8 ? (dt.kind === 'i' ? 'i64' : 'u64') : 'int';
    case 'f':
      return dt.itemsize === 2 ? 'half' : 'float';
    default:
      return 'complex';
  }
}

function dstClass(dt: DType): DstClass {
  switch (dt.kind) {
    case 'b':
      return 'bool';
    case 'i':
    case 'u':
      if (dt.itemsize === 8) return dt.kind === 'i' ? 'i64' : 'u64';
      return dt.kind === 'u' && dt.itemsize === 4 ? 'u32' : 'narrow';
    case 'f':
      return dt.itemsize === 2 ? 'half' : 'float';
    default:
      return 'complex';
  }
}

const isNumeric = (dt: DType): boolean => 'biufc'.includes(dt.kind) && !dt.fields;

/**
 * How many leading elements of a contiguous float → uint32 run NumPy's vectorised loop
 * handles (4 per step, the rest scalar). Complex sources skip a lane, so GCC peels one
 * more iteration (and complex128 needs at least 6 elements).
 */
function u32VectorCount(src: DType, n: number): number {
  if (src.kind === 'f') return n - (n % 4);
  if (src.itemsize === 16 && n < 6) return 0;
  return n < 1 ? 0 : (n - 1) - ((n - 1) % 4);
}

interface Plan {
  /** Source typed array and the element size (bytes) its indices count in. */
  s: Num;
  sUnit: number;
  d: Num;
  dUnit: number;
  /** Runs one inner loop; `contiguous` tells whether both sides are unit-stride. */
  run: (si: number, ss: number, di: number, ds: number, n: number, contiguous: boolean) => void;
}

function views(a: NDArray): { i32: Int32Array; u32: Uint32Array } {
  const buf = a.buffer as ArrayBuffer;
  const len = Math.floor(buf.byteLength / 4);
  return { i32: new Int32Array(buf, 0, len), u32: new Uint32Array(buf, 0, len) };
}

function makePlan(dst: NDArray, src: NDArray): Plan {
  const sdt = src.dtype;
  const ddt = dst.dtype;
  const sc = srcClass(sdt);
  const dc = dstClass(ddt);
  const sw = sc === 'i64' || sc === 'u64' ? views(src) : null;
  const dw = dc === 'i64' || dc === 'u64' ? views(dst) : null;
  const s: Num = sw ? sw.u32 : (src.data as Num);
  const d: Num = dw ? dw.i32 : (dst.data as Num);
  const sUnit = sw ? 4 : sdt.storage.BYTES_PER_ELEMENT;
  const dUnit = dw ? 4 : ddt.storage.BYTES_PER_ELEMENT;
  const hiView = sc === 'i64' ? sw!.i32 : sw?.u32;

  // The real-valued kernel (into the real lane for complex destinations).
  let k: Kernel;
  let half = false; // source is float16: decode to a float64 scratch run first
  const real: DstClass = dc === 'complex' ? 'float' : dc;
  switch (sc) {
    case 'bool':
      k = real === 'bool' ? copy : real === 'i64' || real === 'u64' ? intToWide : real === 'half' ? toHalf : copy;
      break;
    case 'int':
      k = real === 'i64' || real === 'u64' ? intToWide : real === 'bool' ? toBool : real === 'half' ? toHalf : copy;
      break;
    case 'i64':
    case 'u64':
      k =
        real === 'i64' || real === 'u64'
          ? wideToWide
          : real === 'bool'
            ? pairToBool
            : real === 'half'
              ? wideToHalf(hiView!)
              : real === 'float'
                ? ddt.storage === Float32Array
                  ? wideToFloat32(hiView!, sc === 'i64')
                  : wideToFloat(hiView!)
                : copy; // narrow ints and uint32 keep the low 32 bits
      break;
    case 'half':
      half = real !== 'half';
      k = floatKernel(real, true);
      break;
    case 'float':
    case 'complex':
      k = sc === 'complex' && real === 'bool' ? pairToBool : floatKernel(real, false);
      break;
  }
  const vectorU32 = (sc === 'float' || sc === 'complex') && real === 'u32';
  const toComplex = dc === 'complex';
  const imFromSrc = toComplex && sc === 'complex';

  const run = (si: number, ss: number, di: number, ds: number, n: number, contiguous: boolean): void => {
    if (half) {
      runHalf(k, s as Uint16Array, si, ss, d, di, ds, n);
    } else if (vectorU32) {
      const v = contiguous ? u32VectorCount(sdt, n) : 0;
      floatToU32Vector(s, si, ss, d, di, ds, v);
      floatToU32Scalar(s, si + v * ss, ss, d, di + v * ds, ds, n - v);
    } else k(s, si, ss, d, di, ds, n);
    if (toComplex) {
      if (imFromSrc) copy(s, si + 1, ss, d, di + 1, ds, n);
      else zero(s, 0, 0, d, di + 1, ds, n);
    }
  };
  return { s, sUnit, d, dUnit, run };
}

/** The kernel for a float source (float32/64, a complex's real lane, decoded float16). */
function floatKernel(real: DstClass, fromHalf: boolean): Kernel {
  switch (real) {
    case 'narrow':
      return floatToNarrow;
    case 'u32':
      return floatToU32Scalar;
    case 'i64':
      return floatToI64;
    case 'u64':
      return floatToU64;
    case 'bool':
      return toBool;
    case 'half':
      return fromHalf ? copy : toHalf;
    default:
      return copy;
  }
}

const SCRATCH = 4096;
let scratch: Float64Array | null = null;

/** float16 source: decode runs of up to 4096 values, then convert them as float64. */
function runHalf(k: Kernel, s: Uint16Array, si: number, ss: number, d: Num, di: number, ds: number, n: number): void {
  const table = halfValues();
  const tmp = (scratch ??= new Float64Array(SCRATCH));
  while (n > 0) {
    const m = Math.min(n, SCRATCH);
    for (let j = 0; j < m; j++, si += ss) tmp[j] = table[s[si]!]!;
    k(tmp, 0, 1, d, di, ds, m);
    di += m * ds;
    n -= m;
  }
}

// ---- iteration ------------------------------------------------------------------------

/**
 * Walk `shape` in the destination's memory order with axes merged where both arrays are
 * contiguous across them (NumPy's raw two-array iterator), calling `inner` per run.
 * Strides and offsets are in bytes here; the callback gets them as given.
 */
function walk(
  shape: readonly number[],
  sStrides: readonly number[],
  dStrides: readonly number[],
  sOff: number,
  dOff: number,
  inner: (sOff: number, sStride: number, dOff: number, dStride: number, n: number) => void,
): void {
  // Drop length-1 axes, sort the rest by |destination stride|, outermost first (stable).
  let axes: number[] = [];
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] === 0) return;
    if (shape[i] !== 1) axes.push(i);
  }
  axes = axes.sort((a, b) => Math.abs(dStrides[b]!) - Math.abs(dStrides[a]!) || a - b);
  const n: number[] = [];
  const ss: number[] = [];
  const ds: number[] = [];
  for (const ax of axes) {
    const last = n.length - 1;
    if (
      last >= 0 &&
      ss[last] === sStrides[ax]! * shape[ax]! &&
      ds[last] === dStrides[ax]! * shape[ax]!
    ) {
      n[last] = n[last]! * shape[ax]!;
      ss[last] = sStrides[ax]!;
      ds[last] = dStrides[ax]!;
    } else {
      n.push(shape[ax]!);
      ss.push(sStrides[ax]!);
      ds.push(dStrides[ax]!);
    }
  }
  const nd = n.length;
  if (nd === 0) {
    inner(sOff, 0, dOff, 0, 1);
    return;
  }
  const innerN = n[nd - 1]!;
  const innerS = ss[nd - 1]!;
  const innerD = ds[nd - 1]!;
  if (nd === 1) {
    inner(sOff, innerS, dOff, innerD, innerN);
    return;
  }
  const idx = new Array<number>(nd - 1).fill(0);
  for (;;) {
    inner(sOff, innerS, dOff, innerD, innerN);
    let ax = nd - 2;
    for (; ax >= 0; ax--) {
      sOff += ss[ax]!;
      dOff += ds[ax]!;
      if (++idx[ax]! < n[ax]!) break;
      sOff -= ss[ax]! * n[ax]!;
      dOff -= ds[ax]! * n[ax]!;
      idx[ax] = 0;
    }
    if (ax < 0) return;
  }
}

/**
 * Cast every element of `src` into `dst` (same shape, memory not overlapping) with
 * NumPy's unsafe C-cast semantics.
 */
export function castInto(dst: NDArray, src: NDArray): void {
  if (dst.size === 0) return;
  if (isNumeric(src.dtype) && isNumeric(dst.dtype) && src.isAligned && dst.isAligned) {
    const p = makePlan(dst, src);
    const sItem = src.itemsize;
    const dItem = dst.itemsize;
    walk(src.shape, src.strides, dst.strides, src.offset, dst.offset, (so, sst, dof, dst_, n) => {
      const contiguous = sst === sItem && dst_ === dItem;
      p.run(so / p.sUnit, sst / p.sUnit, dof / p.dUnit, dst_ / p.dUnit, n, contiguous);
    });
    return;
  }
  const sdt = src.dtype;
  const ddt = dst.dtype;
  if (sdt === ddt) {
    copyBytes(dst, src);
    return;
  }
  // Strings, structured and unaligned arrays: one element at a time.
  const sv = src.dataView;
  const dv = dst.dataView;
  const offs = new Float64Array(dst.size);
  forEachOffset(dst.shape, dst.strides, dst.offset, (off, k) => {
    offs[k] = off;
  });
  forEachOffset(src.shape, src.strides, src.offset, (off, k) => {
    writeElement(dv, offs[k]!, ddt, castElement(readElement(sv, off, sdt), sdt, ddt));
  });
}

/** Same dtype, any alignment: move each element's bytes. */
function copyBytes(dst: NDArray, src: NDArray): void {
  const item = dst.itemsize;
  const s8 = new Uint8Array(src.buffer as ArrayBuffer);
  const d8 = new Uint8Array(dst.buffer as ArrayBuffer);
  walk(src.shape, src.strides, dst.strides, src.offset, dst.offset, (so, ss, dof, ds, n) => {
    if (ss === item && ds === item) {
      d8.set(s8.subarray(so, so + n * item), dof);
      return;
    }
    for (let k = 0; k < n; k++, so += ss, dof += ds) {
      for (let b = 0; b < item; b++) d8[dof + b] = s8[so + b]!;
    }
  });
}
