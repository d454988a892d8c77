/**
 * Bulk dtype conversion between two arrays of the same shape (astype, assignment with
 * a dtype change): NumPy's C casts on typed arrays, never per-element DataView reads
 * or boxed values for the numeric dtypes.
 *
 * Values follow NumPy on x86-64 exactly, including what C leaves undefined (float → int
 * out of range): cvttsd2si gives INT_MIN, narrower ints wrap from the 32-bit result,
 * and float → uint32 differs between NumPy's auto-vectorised contiguous loop and its
 * scalar loop, so the elements each one handles are reproduced.
 *
 * Design: each run of elements goes through small scratch blocks, source → float64
 * values (or int64 as two int32 halves) → destination. Every loop over a user array is
 * written once per typed-array type (a `switch` of separate loops), so V8 sees one
 * array type per loop and keeps it fast however many dtypes a program uses. int64/uint64 are read and written
 * as 32-bit halves: BigInt64Array would allocate a BigInt per element.
 */
import type { DType } from '../dtype.js';
import { castElement, readElement, writeElement } from '../elements.js';
import { doubleToHalfBits, halfBitsToDouble } from '../float16.js';
import { forEachOffset } from '../iter.js';
import { wasmKernels } from '../kernels/index.js';
import type { NDArray } from '../ndarray.js';
import { warn } from '../runtime_warning.js';
import { reportFpError } from '../umath/errstate.js';
import { castContigWasm } from './cast_wasm.js';

/** The typed arrays of the numeric dtypes' storage (int64 as Int32Array halves). */
export type Num =
  | Float64Array
  | Float32Array
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8Array;

const TWO31 = 2147483648;
const TWO32 = 4294967296;
const TWO63 = 2 ** 63;
const BLOCK = 4096;

// Scratch blocks: values as doubles (and imaginary parts), int64 as (lo, hi) halves.
const val = new Float64Array(BLOCK);
const imv = new Float64Array(BLOCK);
const lo = new Int32Array(BLOCK);
const hi = new Int32Array(BLOCK);
const ZERO = new Float64Array(BLOCK);

/**
 * The x86 FP status NumPy checks after a cast: the conversion instruction raises
 * `invalid` for NaN and out-of-range floats, narrowing to float32/float16 raises
 * `overflow` when a finite value becomes inf. Reported per np.errstate as
 * "invalid value encountered in cast" / "overflow encountered in cast".
 */
let invalid = false;
let overflow = false;

// ---- per-type loops ---------------------------------------------------------------------

/** Typed-array types by tag, so each loop below sees a single type. */
const T = { F64: 0, F32: 1, I8: 2, U8: 3, I16: 4, U16: 5, I32: 6, U32: 7 } as const;
type T = (typeof T)[keyof typeof T];

function tagOf(a: Num): T {
  if (a instanceof Float64Array) return T.F64;
  if (a instanceof Float32Array) return T.F32;
  if (a instanceof Int8Array) return T.I8;
  if (a instanceof Uint8Array) return T.U8;
  if (a instanceof Int16Array) return T.I16;
  if (a instanceof Uint16Array) return T.U16;
  if (a instanceof Int32Array) return T.I32;
  return T.U32;
}

/** out[0..m) = s[si], s[si + ss], … as doubles. */
function gather(t: T, s: Num, si: number, ss: number, m: number, out: Float64Array): void {
  // A same-type contiguous run is a memcpy; converting copies are faster as JS loops.
  if (ss === 1 && t === T.F64) {
    out.set((s as Float64Array).subarray(si, si + m));
    return;
  }
  switch (t) {
    case T.F64: {
      const a = s as Float64Array;
      for (let k = 0; k < m; k++, si += ss) out[k] = a[si]!;
      return;
    }
    case T.F32: {
      const a = s as Float32Array;
      for (let k = 0; k < m; k++, si += ss) out[k] = a[si]!;
      return;
    }
    case T.I8: {
      const a = s as Int8Array;
      for (let k = 0; k < m; k++, si += ss) out[k] = a[si]!;
      return;
    }
    case T.U8: {
      const a = s as Uint8Array;
      for (let k = 0; k < m; k++, si += ss) out[k] = a[si]!;
      return;
    }
    case T.I16: {
      const a = s as Int16Array;
      for (let k = 0; k < m; k++, si += ss) out[k] = a[si]!;
      return;
    }
    case T.U16: {
      const a = s as Uint16Array;
      for (let k = 0; k < m; k++, si += ss) out[k] = a[si]!;
      return;
    }
    case T.I32: {
      const a = s as Int32Array;
      for (let k = 0; k < m; k++, si += ss) out[k] = a[si]!;
      return;
    }
    default: {
      const a = s as Uint32Array;
      for (let k = 0; k < m; k++, si += ss) out[k] = a[si]!;
    }
  }
}

/** d[di], d[di + ds], … = src[0..m): a typed-array store (ints wrap, floats round). */
function scatter(t: T, d: Num, di: number, ds: number, m: number, src: Float64Array): void {
  if (ds === 1 && t === T.F64) {
    d.set(src.subarray(0, m), di);
    return;
  }
  switch (t) {
    case T.F64: {
      const a = d as Float64Array;
      for (let k = 0; k < m; k++, di += ds) a[di] = src[k]!;
      return;
    }
    case T.F32: {
      const a = d as Float32Array;
      for (let k = 0; k < m; k++, di += ds) a[di] = src[k]!;
      return;
    }
    case T.I8: {
      const a = d as Int8Array;
      for (let k = 0; k < m; k++, di += ds) a[di] = src[k]!;
      return;
    }
    case T.U8: {
      const a = d as Uint8Array;
      for (let k = 0; k < m; k++, di += ds) a[di] = src[k]!;
      return;
    }
    case T.I16: {
      const a = d as Int16Array;
      for (let k = 0; k < m; k++, di += ds) a[di] = src[k]!;
      return;
    }
    case T.U16: {
      const a = d as Uint16Array;
      for (let k = 0; k < m; k++, di += ds) a[di] = src[k]!;
      return;
    }
    case T.I32: {
      const a = d as Int32Array;
      for (let k = 0; k < m; k++, di += ds) a[di] = src[k]!;
      return;
    }
    default: {
      const a = d as Uint32Array;
      for (let k = 0; k < m; k++, di += ds) a[di] = src[k]!;
    }
  }
}

let halfTable: Float64Array | null = null;
/** float16 bits → value, for every bit pattern (512 KiB, built on first use). */
export function halfValues(): Float64Array {
  if (!halfTable) {
    halfTable = new Float64Array(65536);
    for (let h = 0; h < 65536; h++) halfTable[h] = halfBitsToDouble(h);
  }
  return halfTable;
}

function gatherHalf(s: Uint16Array, si: number, ss: number, m: number, out: Float64Array): void {
  const table = halfValues();
  for (let k = 0; k < m; k++, si += ss) out[k] = table[s[si]!]!;
}

/** float32/float64 values round straight to half, as NumPy's casts do. */
function scatterHalf(d: Uint16Array, di: number, ds: number, m: number, src: Float64Array): void {
  for (let k = 0; k < m; k++, di += ds) {
    const h = doubleToHalfBits(src[k]!);
    d[di] = h;
    if ((h & 0x7fff) === 0x7c00 && Number.isFinite(src[k]!)) overflow = true;
  }
}

/** Finite values that float32 rounds to inf (checked before a float32 store). */
function checkFloat32Overflow(m: number, src: Float64Array): void {
  for (let k = 0; k < m; k++) {
    const x = src[k]!;
    if (
      (x > 3.4028234663852886e38 || x < -3.4028234663852886e38) &&
      Number.isFinite(x) &&
      !Number.isFinite(Math.fround(x))
    ) {
      overflow = true;
    }
  }
}

/** int64/uint64 elements (index in int32 units) as (lo, hi) halves. */
function gatherWide(s: Int32Array, si: number, ss: number, m: number): void {
  for (let k = 0; k < m; k++, si += ss) {
    lo[k] = s[si]!;
    hi[k] = s[si + 1]!;
  }
}

function scatterWide(d: Int32Array, di: number, ds: number, m: number): void {
  for (let k = 0; k < m; k++, di += ds) {
    d[di] = lo[k]!;
    d[di + 1] = hi[k]!;
  }
}

// ---- conversions on the scratch blocks ---------------------------------------------------

/** float → int8/16, uint8/16, int32: cvttsd2si (INT_MIN when out of range or NaN); the store wraps. */
function clampNarrow(m: number): void {
  for (let k = 0; k < m; k++) {
    const x = val[k]!;
    if (!(x > -2147483649 && x < TWO31)) {
      val[k] = -2147483648;
      invalid = true;
    }
  }
}

/**
 * float → uint32. NumPy's scalar loop keeps the low 32 bits of the 64-bit truncation;
 * its vectorised loop (the first `vec` elements of a contiguous run) converts through
 * two 32-bit truncations. `k0` is the block's position in the run.
 */
function floatToU32(m: number, k0: number, vec: number): void {
  for (let k = 0; k < m; k++) {
    const x = val[k]!;
    if (k0 + k < vec) {
      if (x >= TWO31) {
        const y = x - TWO31;
        if (!(y < TWO31)) invalid = true;
        val[k] = ((y < TWO31 ? y : -2147483648) ^ -2147483648) >>> 0;
      } else if (x > -2147483649) val[k] = x;
      else {
        val[k] = -2147483648;
        invalid = true;
      }
    } else if (!(x >= -TWO63 && x < TWO63)) {
      val[k] = 0;
      invalid = true;
    }
  }
}

/** Exact integers (≤ 32-bit sources) → (lo, hi), sign-extended. */
function intToWide(m: number): void {
  for (let k = 0; k < m; k++) {
    const v = val[k]!;
    lo[k] = v;
    hi[k] = v < 0 ? -1 : 0;
  }
}

/** float → int64 (INT64_MIN when out of range or NaN) or uint64 (≥ 2^63 via x − 2^63, top bit set). */
function floatToWide(m: number, unsigned: boolean): void {
  for (let k = 0; k < m; k++) {
    let x = val[k]!;
    let top = 0;
    if (unsigned && x >= TWO63) {
      x -= TWO63;
      top = -2147483648;
    }
    if (x > -2147483649 && x < TWO31) {
      // The common case: the truncation fits 32 bits, so the high half is its sign.
      const t = Math.trunc(x);
      lo[k] = t;
      hi[k] = (t < 0 ? -1 : 0) ^ top;
    } else if (x >= -TWO63 && x < TWO63) {
      const t = Math.trunc(x);
      const h = Math.floor(t / TWO32);
      lo[k] = t - h * TWO32;
      hi[k] = h ^ top;
    } else {
      lo[k] = 0;
      hi[k] = -2147483648 ^ top;
      invalid = true;
    }
  }
}

const f64 = new Float64Array(1);
const f64bits = new Uint32Array(f64.buffer);

/**
 * h·2^32 + l rounded to odd at double precision, so that a later rounding to float32
 * (24 bits ≤ 53 − 2) is the correct rounding of the exact integer.
 */
function roundToOdd(h: number, l: number): number {
  const a = h * TWO32;
  const sum = a + l;
  const bb = sum - a;
  const err = a - (sum - bb) + (l - bb); // exact remainder (TwoSum)
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

/**
 * (lo, hi) → double values: one correct rounding for float64 destinations; for float32
 * ones a round-to-odd double so the float32 store rounds the exact integer correctly.
 */
function wideToFloat(m: number, unsigned: boolean, forFloat32: boolean): void {
  for (let k = 0; k < m; k++) {
    const h = unsigned ? hi[k]! >>> 0 : hi[k]!;
    const l = lo[k]! >>> 0;
    // Below 2^53 in magnitude the sum is exact.
    val[k] = !forFloat32 || (h >= -2097152 && h < 2097152) ? h * TWO32 + l : roundToOdd(h, l);
  }
}

function wideLow(m: number): void {
  for (let k = 0; k < m; k++) val[k] = lo[k]!;
}

function wideToBool(m: number): void {
  for (let k = 0; k < m; k++) val[k] = (lo[k]! | hi[k]!) !== 0 ? 1 : 0;
}

/** Nonzero → 1 (NaN is True); complex: either part nonzero. */
function toBool(m: number, withIm: boolean): void {
  for (let k = 0; k < m; k++) val[k] = val[k] !== 0 || (withIm && imv[k] !== 0) ? 1 : 0;
}

function fround(m: number): void {
  for (let k = 0; k < m; k++) val[k] = Math.fround(val[k]!);
}

// ---- dtype classes and the per-run pipeline ---------------------------------------------

type SrcClass = 'int' | 'float' | 'half' | 'complex' | 'i64' | 'u64';
type DstClass = 'narrow' | 'u32' | 'i64' | 'u64' | 'float' | 'half' | 'complex' | 'bool';

function srcClass(dt: DType): SrcClass {
  switch (dt.kind) {
    case 'b':
      return 'int';
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
  return n < 1 ? 0 : n - 1 - ((n - 1) % 4);
}

interface Plan {
  sUnit: number;
  dUnit: number;
  /** Convert one run: storage indices and steps, length, whether both sides are unit-stride. */
  run: (si: number, ss: number, di: number, ds: number, n: number, contiguous: boolean) => void;
}

function int32View(a: NDArray): Int32Array {
  const buf = a.buffer as ArrayBuffer;
  return new Int32Array(buf, 0, Math.floor(buf.byteLength / 4));
}

function makePlan(dst: NDArray, src: NDArray): Plan {
  const sdt = src.dtype;
  const ddt = dst.dtype;
  const sc = srcClass(sdt);
  const dc = dstClass(ddt);
  const sWide = sc === 'i64' || sc === 'u64';
  const dWide = dc === 'i64' || dc === 'u64';
  const s = (sWide ? int32View(src) : src.data) as Num;
  const d = (dWide ? int32View(dst) : dst.data) as Num;
  const st = tagOf(s);
  const dt = tagOf(d);
  const sUnit = sWide ? 4 : sdt.storageBytes;
  const dUnit = dWide ? 4 : ddt.storageBytes;
  const fromFloat = sc === 'float' || sc === 'half' || sc === 'complex';
  const fromBool = sdt.kind === 'b';
  const toF32 = ddt.storage === Float32Array;
  // float64-precision sources into float32 storage can overflow to inf.
  const narrowing = toF32 && sdt.storage === Float64Array;

  /** One block of m ≤ BLOCK elements, k0 = its position in the run. */
  const block = (
    si: number,
    ss: number,
    di: number,
    ds: number,
    m: number,
    k0: number,
    vec: number,
  ): void => {
    // Source → scratch.
    if (sWide) gatherWide(s as Int32Array, si, ss, m);
    else if (sc === 'half') gatherHalf(s as Uint16Array, si, ss, m, val);
    else {
      gather(st, s, si, ss, m, val);
      if (sc === 'complex') gather(st, s, si + 1, ss, m, imv);
    }
    // A bool byte other than 0 or 1 (a viewed or loaded buffer) is True: 1, as NumPy casts it.
    if (fromBool) toBool(m, false);
    // Scratch → destination.
    switch (dc) {
      case 'i64':
      case 'u64':
        if (!sWide) {
          if (fromFloat) floatToWide(m, dc === 'u64');
          else intToWide(m);
        }
        scatterWide(d as Int32Array, di, ds, m);
        return;
      case 'bool':
        if (sWide) wideToBool(m);
        else toBool(m, sc === 'complex');
        scatter(dt, d, di, ds, m, val);
        return;
      case 'half':
        if (sWide) {
          wideToFloat(m, sc === 'u64', false);
          fround(m); // NumPy converts integers to half through float32
        }
        scatterHalf(d as Uint16Array, di, ds, m, val);
        return;
      case 'narrow':
      case 'u32':
        if (sWide) wideLow(m);
        else if (fromFloat) {
          if (dc === 'narrow') clampNarrow(m);
          else floatToU32(m, k0, vec);
        }
        scatter(dt, d, di, ds, m, val);
        return;
      default:
        // float32/float64, and the real lane of complex destinations.
        if (sWide) wideToFloat(m, sc === 'u64', toF32);
        if (narrowing) {
          checkFloat32Overflow(m, val);
          if (sc === 'complex') checkFloat32Overflow(m, imv);
        }
        scatter(dt, d, di, ds, m, val);
        if (dc === 'complex') scatter(dt, d, di + 1, ds, m, sc === 'complex' ? imv : ZERO);
    }
  };

  const vectorU32 = dc === 'u32' && (sc === 'float' || sc === 'complex');
  const run = (
    si: number,
    ss: number,
    di: number,
    ds: number,
    n: number,
    contiguous: boolean,
  ): void => {
    const vec = vectorU32 && contiguous ? u32VectorCount(sdt, n) : 0;
    for (let k0 = 0; k0 < n; k0 += BLOCK) {
      const m = Math.min(BLOCK, n - k0);
      block(si + k0 * ss, ss, di + k0 * ds, ds, m, k0, vec);
    }
  };
  return { sUnit, dUnit, run };
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
  if (src.dtype.kind === 'c' && 'iuf'.includes(dst.dtype.kind)) {
    warn('Casting complex values to real discards the imaginary part', 'ComplexWarning');
  }
  if (isNumeric(src.dtype) && isNumeric(dst.dtype) && src.isAligned && dst.isAligned) {
    invalid = false;
    overflow = false;
    // The SIMD kernels of the float ↔ integer casts (cast_wasm.ts), from some size.
    const simd =
      dst.size >= 64 && src.isCContig && dst.isCContig ? castContigWasm(dst, src, dst.size) : null;
    if (simd !== null) {
      if (simd) reportFpError('invalid', 'cast');
      return;
    }
    if (toFloatContiguous(dst, src)) {
      if (overflow) reportFpError('over', 'cast');
      return;
    }
    if (floatIntContiguous(dst, src)) {
      if (invalid) reportFpError('invalid', 'cast');
      return;
    }
    const p = makePlan(dst, src);
    const sItem = src.itemsize;
    const dItem = dst.itemsize;
    walk(src.dims, src.steps, dst.steps, src.offset, dst.offset, (so, sst, dof, dstr, n) => {
      const contiguous = sst === sItem && dstr === dItem;
      p.run(so / p.sUnit, sst / p.sUnit, dof / p.dUnit, dstr / p.dUnit, n, contiguous);
    });
    // NumPy reports in this order (overflow before invalid); 'raise' throws FloatingPointError.
    if (overflow) reportFpError('over', 'cast');
    if (invalid) reportFpError('invalid', 'cast');
    return;
  }
  const sdt = src.dtype;
  const ddt = dst.dtype;
  if (sdt === ddt) {
    if (!copyUnits(dst, src)) copyBytes(dst, src);
    return;
  }
  // Strings, structured and unaligned arrays: one element at a time.
  const sv = src.dataView;
  const dv = dst.dataView;
  const offs = new Float64Array(dst.size);
  forEachOffset(dst.dims, dst.steps, dst.offset, (off, k) => {
    offs[k] = off;
  });
  forEachOffset(src.dims, src.steps, src.offset, (off, k) => {
    writeElement(dv, offs[k]!, ddt, castElement(readElement(sv, off, sdt), sdt, ddt));
  });
}

/**
 * C-contiguous real numbers (bool, integers up to 32 bits, float32/64) into a C-contiguous
 * float32/float64 array: one TypedArray.prototype.set, whose conversion (ToNumber, then
 * round to nearest even for float32) is the C cast's. float64 → float32 sets the overflow
 * flag when a finite value became infinite. False when the arrays are not of that kind.
 * (a.astype('float32') of 1e6 float64: 5 ms through the generic block loop, ~1 ms here.)
 */
function toFloatContiguous(dst: NDArray, src: NDArray): boolean {
  const d = dst.dtype;
  const s = src.dtype;
  if (d.kind !== 'f' || d.itemsize < 4) return false;
  if (
    !(
      ((s.kind === 'i' || s.kind === 'u') && s.itemsize <= 4) ||
      (s.kind === 'f' && s.itemsize >= 4)
    )
  )
    return false;
  if (!src.isCContig || !dst.isCContig) return false;
  const n = dst.size;
  const out = dst.contigBlock(n) as Float32Array;
  const from = src.contigBlock(n) as Float64Array;
  // float64 → float32 of some size: the wasm kernel (demote on SIMD lanes, the overflow
  // check there) beats TypedArray.prototype.set's element loop even with the copies through
  // the module's memory (1e6 elements: 497 -> 322 µs). float32 → float64 is V8's fast
  // widening copy (130 µs), which the kernel does not beat.
  const w =
    n >= 256 && s.kind === 'f' && s.itemsize === 8 && d.itemsize === 4 ? wasmKernels() : null;
  if (w !== null) {
    if (w.convert(w.ex.f64_to_f32, w.f64, w.f32, from, out)) overflow = true;
    return true;
  }
  out.set(from);
  if (d.itemsize === 4 && s.kind === 'f' && s.itemsize === 8 && mayHoldNonFinite(out)) {
    for (let k = 0; k < n; k++) {
      const v = out[k]!;
      if ((v === Infinity || v === -Infinity) && Number.isFinite(from[k]!)) {
        overflow = true;
        break;
      }
    }
  }
  return true;
}

/**
 * The everyday casts between floats and integers on C-contiguous arrays, in one monomorphic
 * loop each instead of the block plan's gather, convert and scatter passes (a.astype(int32) of
 * 1e6 float64: 6.4 ms there): float32/float64 → int8 … int32, uint8, uint16 (cvttsd2si, the
 * store wraps: clampNarrow), float32/float64 → int64 (floatToWide) and int64 → float64
 * (wideToFloat's exact h·2^32 + l). Same values and `invalid` flag as the plan. False when
 * the arrays are not of these kinds. (With wasm, castContigWasm runs these from 64 elements.)
 */
function floatIntContiguous(dst: NDArray, src: NDArray): boolean {
  if (!src.isCContig || !dst.isCContig) return false;
  const sc = srcClass(src.dtype);
  const dc = dstClass(dst.dtype);
  const n = dst.size;
  if (sc === 'float' && dc === 'narrow') {
    const x = src.contigBlock(n) as Float64Array;
    const d = dst.contigBlock(n) as Int32Array;
    for (let k = 0; k < n; k++) {
      const v = x[k]!;
      if (v > -2147483649 && v < TWO31) d[k] = v;
      else {
        d[k] = -2147483648;
        invalid = true;
      }
    }
    return true;
  }
  if (sc === 'float' && dc === 'i64') {
    const x = src.contigBlock(n) as Float64Array;
    const d = int32Span(dst, n);
    for (let k = 0, j = 0; k < n; k++, j += 2) {
      const v = x[k]!;
      if (v > -2147483649 && v < TWO31) {
        // The truncation fits 32 bits: the high half is its sign.
        const t = Math.trunc(v);
        d[j] = t;
        d[j + 1] = t < 0 ? -1 : 0;
      } else if (v >= -TWO63 && v < TWO63) {
        const t = Math.trunc(v);
        const h = Math.floor(t / TWO32);
        d[j] = t - h * TWO32;
        d[j + 1] = h;
      } else {
        d[j] = 0;
        d[j + 1] = -2147483648;
        invalid = true;
      }
    }
    return true;
  }
  if (sc === 'i64' && dc === 'float' && dst.itemsize === 8) {
    const x = int32Span(src, n);
    const d = dst.contigBlock(n) as Float64Array;
    // h·2^32 is exact, so the sum rounds once: the correctly rounded conversion.
    for (let k = 0, j = 0; k < n; k++, j += 2) d[k] = x[j + 1]! * TWO32 + (x[j]! >>> 0);
    return true;
  }
  return false;
}

/** The 2n int32 words of a C-contiguous 64-bit integer array's n elements (low word first). */
function int32Span(a: NDArray, n: number): Int32Array {
  return new Int32Array(a.buffer as ArrayBuffer, a.offset, 2 * n);
}

/**
 * Whether a float32 block may hold ±inf or NaN: the SIMD scan of the wasm backend in pieces
 * (a JS scan costs more than the conversion), else true (the caller's exact loop decides).
 */
function mayHoldNonFinite(x: Float32Array): boolean {
  const w = x.length >= 1024 ? wasmKernels() : null;
  if (w === null) return true;
  const per = (4 * w.blockBytes) / 4;
  for (let i = 0; i < x.length; i += per) {
    const m = Math.min(per, x.length - i);
    w.f32.set(x.subarray(i, i + m), w.base / 4);
    if (w.ex.f32_nonfinite(w.base, m)) return true;
  }
  return false;
}

/** Same dtype, any alignment: move each element's bytes. */
function copyBytes(dst: NDArray, src: NDArray): void {
  const item = dst.itemsize;
  const s8 = new Uint8Array(src.buffer as ArrayBuffer);
  const d8 = new Uint8Array(dst.buffer as ArrayBuffer);
  walk(src.dims, src.steps, dst.steps, src.offset, dst.offset, (so, ss, dof, ds, n) => {
    if (ss === item && ds === item) {
      d8.set(s8.subarray(so, so + n * item), dof);
      return;
    }
    for (let k = 0; k < n; k++, so += ss, dof += ds) {
      for (let b = 0; b < item; b++) d8[dof + b] = s8[so + b]!;
    }
  });
}

/**
 * Same dtype: move each element's bits in 1-, 2- or 4-byte units (never through a float
 * value, so NaN payloads survive). Returns false when the arrays aren't aligned to the unit.
 */
function copyUnits(dst: NDArray, src: NDArray): boolean {
  const item = dst.itemsize;
  const unit = item % 4 === 0 ? 4 : item % 2 === 0 ? 2 : 1;
  const aligned = (a: NDArray) => a.offset % unit === 0 && a.steps.every((st) => st % unit === 0);
  if (!aligned(dst) || !aligned(src)) return false;
  const view = (a: NDArray) => {
    const buf = a.buffer as ArrayBuffer;
    const C = unit === 4 ? Int32Array : unit === 2 ? Uint16Array : Uint8Array;
    return new C(buf, 0, Math.floor(buf.byteLength / unit));
  };
  const lanes = item / unit;
  const s = view(src);
  const d = view(dst);
  walk(src.dims, src.steps, dst.steps, src.offset, dst.offset, (so, ss, dof, ds, n) => {
    const si = so / unit;
    const di = dof / unit;
    if (ss === item && ds === item) {
      d.set(s.subarray(si, si + n * lanes), di);
      return;
    }
    copyLanes(unit, s, si, ss / unit, d, di, ds / unit, n, lanes);
  });
  return true;
}

/** Strided unit copies, one loop per unit type (see the design note at the top). */
function copyLanes(
  unit: number,
  s: Num,
  si: number,
  ss: number,
  d: Num,
  di: number,
  ds: number,
  n: number,
  lanes: number,
): void {
  if (unit === 4) {
    const a = s as Int32Array;
    const b = d as Int32Array;
    for (let k = 0; k < n; k++, si += ss, di += ds)
      for (let l = 0; l < lanes; l++) b[di + l] = a[si + l]!;
  } else if (unit === 2) {
    const a = s as Uint16Array;
    const b = d as Uint16Array;
    for (let k = 0; k < n; k++, si += ss, di += ds)
      for (let l = 0; l < lanes; l++) b[di + l] = a[si + l]!;
  } else {
    const a = s as Uint8Array;
    const b = d as Uint8Array;
    for (let k = 0; k < n; k++, si += ss, di += ds)
      for (let l = 0; l < lanes; l++) b[di + l] = a[si + l]!;
  }
}
