/**
 * Compute types: the typed arrays inner loops see. Every dtype maps to one; float16
 * is computed in float32 (as NumPy's half loops do) and converted at the block edges.
 */
import { Complex } from '../complex.js';
import type { DType } from '../dtype.js';
import { type Canonical, castElement } from '../elements.js';
import { doubleToHalfBits, floatBitsToHalfBits, halfBitsToDouble } from '../float16.js';
import { type GatherArray, gatherStrided, wasmKernels } from '../kernels/index.js';

export type Block =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

/** The typed array constructor a loop over `dt` computes in. */
export function computeCtor(dt: DType): new (n: number) => Block {
  if (dt.kind === 'f' && dt.itemsize === 2) return Float32Array;
  return dt.storage as unknown as new (
    n: number,
  ) => Block;
}

/**
 * Copy n elements from storage `src` (units, strided) of dtype `sdt` into compute block
 * `dst` (contiguous from dstIdx) of dtype `ddt`, converting with C-cast semantics.
 * Steps are in storage units of the respective arrays.
 */
export function gather(
  n: number,
  src: Block,
  srcIdx: number,
  srcStep: number,
  sdt: DType,
  dst: Block,
  ddt: DType,
): void {
  const lanes = sdt.lanes;
  if (sdt === ddt && sdt.kind !== 'f') {
    copyLoop(n, src, srcIdx, srcStep, dst, lanes);
    return;
  }
  if (sdt === ddt) {
    if (sdt.itemsize === 2) {
      const s = src as Uint16Array;
      const d = dst as Float32Array;
      for (let k = 0; k < n; k++, srcIdx += srcStep) d[k] = halfBitsToDouble(s[srcIdx]!);
      return;
    }
    copyLoop(n, src, srcIdx, srcStep, dst, 1);
    return;
  }
  // The block is contiguous in the compute type: complex elements take two lanes.
  convertLoop(n, src, srcIdx, srcStep, sdt, dst, 0, ddt.lanes, ddt, true);
}

/** Copy the contiguous compute block `src` (dtype `sdt`) into strided storage `dst` of dtype `ddt`. */
export function scatter(
  n: number,
  src: Block,
  sdt: DType,
  dst: Block,
  dstIdx: number,
  dstStep: number,
  ddt: DType,
): void {
  if (sdt === ddt && sdt.kind === 'f' && sdt.itemsize === 2) {
    // float16 loops compute in float32 blocks: round each float32 by its bits
    const f = src as Float32Array;
    const s = new Uint32Array(f.buffer, f.byteOffset, n);
    const d = dst as Uint16Array;
    for (let k = 0; k < n; k++, dstIdx += dstStep) d[dstIdx] = floatBitsToHalfBits(s[k]!);
    return;
  }
  if (sdt === ddt) {
    const lanes = sdt.lanes;
    if (lanes === 1) {
      stridedCopy(n, src, 0, 1, dst, dstIdx, dstStep);
    } else {
      for (let k = 0; k < n; k++, dstIdx += dstStep) {
        for (let l = 0; l < lanes; l++)
          (dst as Float64Array)[dstIdx + l] = (src as Float64Array)[k * lanes + l]!;
      }
    }
    return;
  }
  convertLoop(n, src, 0, sdt.lanes, sdt, dst, dstIdx, dstStep, ddt, false);
}

function copyLoop(
  n: number,
  src: Block,
  srcIdx: number,
  srcStep: number,
  dst: Block,
  lanes: number,
): void {
  const s = src as Float64Array;
  const d = dst as Float64Array;
  if (lanes === 1) {
    if (srcStep === 1) {
      d.set(s.subarray(srcIdx, srcIdx + n));
      return;
    }
    // 4- and 8-byte elements: kernels/index.ts gatherStrided (wasm or an unrolled loop).
    if (
      s.BYTES_PER_ELEMENT >= 4 &&
      gatherStrided(s as GatherArray, srcIdx, srcStep, n, d as GatherArray, 0)
    )
      return;
    stridedCopy(n, s, srcIdx, srcStep, d, 0, 1);
    return;
  }
  for (let k = 0; k < n; k++, srcIdx += srcStep) {
    for (let l = 0; l < lanes; l++) d[k * lanes + l] = s[srcIdx + l]!;
  }
}

/**
 * dst[di + k·ds] = src[si + k·ss] for k < n. One loop per typed-array type: a single loop
 * shared by every type sees them all and V8 compiles it for the generic (slow) case.
 */
function stridedCopy(
  n: number,
  src: Block,
  si: number,
  ss: number,
  dst: Block,
  di: number,
  ds: number,
): void {
  if (src instanceof Float64Array && dst instanceof Float64Array)
    copyF64(n, src, si, ss, dst, di, ds);
  else if (src instanceof Float32Array && dst instanceof Float32Array)
    copyF32(n, src, si, ss, dst, di, ds);
  else if (src instanceof BigInt64Array && dst instanceof BigInt64Array)
    copyI64(n, src, si, ss, dst, di, ds);
  else if (src instanceof Int32Array && dst instanceof Int32Array)
    copyI32(n, src, si, ss, dst, di, ds);
  else if (src instanceof Uint8Array && dst instanceof Uint8Array)
    copyU8(n, src, si, ss, dst, di, ds);
  else {
    const s = src as Float64Array;
    const d = dst as Float64Array;
    for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si]!;
  }
}
function copyF64(
  n: number,
  s: Float64Array,
  si: number,
  ss: number,
  d: Float64Array,
  di: number,
  ds: number,
): void {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si]!;
}
function copyF32(
  n: number,
  s: Float32Array,
  si: number,
  ss: number,
  d: Float32Array,
  di: number,
  ds: number,
): void {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si]!;
}
function copyI64(
  n: number,
  s: BigInt64Array,
  si: number,
  ss: number,
  d: BigInt64Array,
  di: number,
  ds: number,
): void {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si]!;
}
function copyI32(
  n: number,
  s: Int32Array,
  si: number,
  ss: number,
  d: Int32Array,
  di: number,
  ds: number,
): void {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si]!;
}
function copyU8(
  n: number,
  s: Uint8Array,
  si: number,
  ss: number,
  d: Uint8Array,
  di: number,
  ds: number,
): void {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si]!;
}

type Kind = 'b' | 'i' | 'u' | 'f' | 'c';

/**
 * Element conversion between two numeric dtypes, reading src in its storage (or compute,
 * when `srcIsStorage` is false) form and writing dst likewise. The common numeric cases
 * avoid boxing; the rest fall back to `castElement`.
 */
function convertLoop(
  n: number,
  src: Block,
  si: number,
  ss: number,
  sdt: DType,
  dst: Block,
  di: number,
  ds: number,
  ddt: DType,
  srcIsStorage: boolean,
): void {
  const sk = sdt.kind as Kind;
  const dk = ddt.kind as Kind;
  const srcHalfBits = srcIsStorage && sk === 'f' && sdt.itemsize === 2;
  const dstHalfBits = !srcIsStorage && dk === 'f' && ddt.itemsize === 2;
  const sBig = sdt.isBig;
  const dBig = ddt.isBig;
  const s = src as Float64Array;
  const d = dst as Float64Array;
  // Fast numeric paths: real → real without 64-bit integers on either side.
  if (sk !== 'c' && dk !== 'c' && !sBig && !dBig) {
    const toInt = dk === 'i' || dk === 'u';
    const fromFloat = sk === 'f';
    // to bool, and from bool (a byte other than 0 or 1 is True: 1, as NumPy casts it)
    const truth = dk === 'b' || sk === 'b';
    for (let k = 0; k < n; k++, si += ss, di += ds) {
      let v = srcHalfBits ? halfBitsToDouble(s[si]!) : s[si]!;
      if (truth) v = v !== 0 ? 1 : 0;
      else if (toInt && fromFloat) v = floatToSmallInt(v, ddt);
      d[di] = dstHalfBits ? doubleToHalfBits(v) : v;
    }
    return;
  }
  // Into complex from a real (not 64-bit integer) or complex dtype: the parts themselves (the
  // general path made a Complex per element: z + a of 1e6 float64 took ~45 ms).
  if (dk === 'c' && !sBig) {
    if (sk === 'c') {
      for (let k = 0; k < n; k++, si += ss, di += ds) {
        d[di] = s[si]!;
        d[di + 1] = s[si + 1]!;
      }
    } else {
      const truth = sk === 'b';
      for (let k = 0; k < n; k++, si += ss, di += ds) {
        const v = srcHalfBits ? halfBitsToDouble(s[si]!) : s[si]!;
        d[di] = truth ? (v !== 0 ? 1 : 0) : v;
        d[di + 1] = 0;
      }
    }
    return;
  }
  // int64 → float64, contiguous: the wasm kernel (reading BigInts one by one costs ~20 ns
  // an element: a + np.arange(n) was 24x NumPy's time).
  if (sk === 'i' && sBig && ss === 1 && ds === 1 && dst instanceof Float64Array && n >= 64) {
    const w = wasmKernels();
    if (w !== null) {
      const from = (src as BigInt64Array).subarray(si, si + n);
      w.convert(w.ex.i64_to_f64, w.i64, w.f64, from, dst.subarray(di, di + n));
      return;
    }
  }
  // 64-bit integers to float64 below the kernel's size: castElement's own conversion
  // (Number() rounds to nearest, as the C cast), without its per-element dispatch.
  if (sBig && sk !== 'c' && dk === 'f' && dst instanceof Float64Array) {
    const b = src as BigInt64Array;
    for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = Number(b[si]!);
    return;
  }
  // General path through canonical values; a broadcast source (step 0) is cast once and its
  // compute-type image repeated (a + np.int64(3) cast every element: 22 ms for 1e6).
  const d0 = di;
  const m = ss === 0 ? Math.min(n, 1) : n;
  for (let k = 0; k < m; k++, si += ss, di += ds) {
    const v = readCompute(src, si, sdt, srcHalfBits);
    const c = castElement(v, sdt, ddt);
    writeCompute(dst, di, ddt, c, dstHalfBits);
  }
  if (ss === 0 && n > 1) repeatFirst(dst, d0, ds, ddt.lanes, n);
}

/** dst[d0 + k·ds + l] = dst[d0 + l] for 0 < k < n, l < lanes: one written element repeated. */
function repeatFirst(dst: Block, d0: number, ds: number, lanes: number, n: number): void {
  const d = dst as Float64Array;
  if (lanes === 1 && ds === 1) {
    d.fill(d[d0]!, d0 + 1, d0 + n);
    return;
  }
  for (let k = 1, at = d0 + ds; k < n; k++, at += ds) {
    for (let l = 0; l < lanes; l++) d[at + l] = d[d0 + l]!;
  }
}

/** C cast of a float to an integer dtype of ≤ 32 bits (x86 results, see elements.ts). */
function floatToSmallInt(x: number, dt: DType): number {
  const t = !(x > -2147483649 && x < 2147483648) ? -2147483648 : Math.trunc(x) | 0;
  if (dt.name === 'uint32') {
    if (x >= 2147483648) {
      const y = x - 2147483648;
      const u = !(y > -2147483649 && y < 2147483648) ? -2147483648 : Math.trunc(y) | 0;
      return (u ^ 0x80000000) >>> 0;
    }
    return t >>> 0;
  }
  return t; // the typed array store wraps int8/uint8/int16/uint16/int32
}

function readCompute(a: Block, i: number, dt: DType, halfBits: boolean): Canonical {
  switch (dt.kind) {
    case 'b':
      return a[i] !== 0;
    case 'c':
      return new Complex((a as Float64Array)[i]!, (a as Float64Array)[i + 1]!);
    case 'f':
      return halfBits ? halfBitsToDouble((a as Uint16Array)[i]!) : (a[i] as number);
    default:
      return a[i] as number | bigint;
  }
}

function writeCompute(a: Block, i: number, dt: DType, v: Canonical, halfBits: boolean): void {
  switch (dt.kind) {
    case 'b':
      (a as Uint8Array)[i] = v ? 1 : 0;
      return;
    case 'c': {
      const c = v as Complex;
      (a as Float64Array)[i] = c.re;
      (a as Float64Array)[i + 1] = c.im;
      return;
    }
    case 'f':
      (a as Float64Array)[i] = halfBits ? doubleToHalfBits(v as number) : (v as number);
      return;
    default:
      (a as BigInt64Array)[i] = v as bigint;
  }
}
