/**
 * The einsum sum-of-products loop for integer and bool dtypes: out[...] += op0[...] * op1[...]
 * * ... over a strided iteration space, on the storage typed arrays (NumPy's sum_of_products
 * functions driven by its iterator; integer sums wrap, so any order gives NumPy's values).
 * Dimensions come fastest first; the innermost one runs in a tight loop that keeps the sum in
 * a register when the output does not move along it.
 */

/** Arithmetic family of an integer or bool compute dtype (float loops: float_loops.ts). */
export type Kind = 'int' | 'bool' | 'big';

/**
 * For every index of `shape` (fastest dimension first): out[po] += prod_k ops[k][pk], where
 * the positions advance by `strides[k][d]` (storage units; the output's strides are last).
 */
export function sumOfProducts(
  kind: Kind,
  arrays: readonly any[],
  starts: readonly number[],
  shape: readonly number[],
  steps: readonly (readonly number[])[],
): void {
  const nop = arrays.length - 1;
  const D = shape.length;
  for (const n of shape) if (n === 0) return;
  const big = kind === 'big';
  // 64-bit integers as (lo, hi) pairs of 32-bit words
  const datas = big
    ? arrays.map((a) => new Uint32Array(a.buffer, a.byteOffset, a.length * 2))
    : arrays;
  const offsets = big ? starts.map((x) => 2 * x) : starts;
  const strides = big ? steps.map((st) => st.map((x) => 2 * x)) : steps;
  const ptr = offsets.slice();
  if (D === 0) {
    inner(
      kind,
      nop,
      datas,
      ptr,
      strides.map(() => 0),
      1,
    );
    return;
  }
  const n0 = shape[0];
  const s0 = strides.map((s) => s[0]);
  let outer = 1;
  for (let d = 1; d < D; d++) outer *= shape[d];
  const idx = new Array<number>(D).fill(0);
  for (let t = 0; t < outer; t++) {
    inner(kind, nop, datas, ptr, s0, n0);
    for (let d = 1; d < D; d++) {
      if (++idx[d] < shape[d]) {
        for (let k = 0; k <= nop; k++) ptr[k] += strides[k][d];
        break;
      }
      idx[d] = 0;
      for (let k = 0; k <= nop; k++) ptr[k] -= strides[k][d] * (shape[d] - 1);
    }
  }
}

function inner(
  kind: Kind,
  nop: number,
  d: readonly any[],
  p: readonly number[],
  s: readonly number[],
  n: number,
): void {
  if (kind === 'int') {
    if (nop === 1) int1(d[0], p[0], s[0], d[1], p[1], s[1], n);
    else if (nop === 2) int2(d[0], p[0], s[0], d[1], p[1], s[1], d[2], p[2], s[2], n);
    else intN(nop, d, p, s, n);
  } else if (kind === 'bool') boolN(nop, d, p, s, n);
  else if (nop === 1) big1(d[0], p[0], s[0], d[1], p[1], s[1], n);
  else if (nop === 2) big2(d[0], p[0], s[0], d[1], p[1], s[1], d[2], p[2], s[2], n);
  else bigN(nop, d, p, s, n);
}

function int1(a: any, pa: number, sa: number, o: any, po: number, so: number, n: number): void {
  if (so === 0) {
    let acc = 0;
    for (let i = 0; i < n; i++, pa += sa) acc = (acc + a[pa]) | 0;
    o[po] = (o[po] + acc) | 0;
  } else {
    for (let i = 0; i < n; i++, pa += sa, po += so) o[po] = (o[po] + a[pa]) | 0;
  }
}

function int2(
  a: any,
  pa: number,
  sa: number,
  b: any,
  pb: number,
  sb: number,
  o: any,
  po: number,
  so: number,
  n: number,
): void {
  if (so === 0) {
    let acc = 0;
    for (let i = 0; i < n; i++, pa += sa, pb += sb) acc = (acc + Math.imul(a[pa], b[pb])) | 0;
    o[po] = (o[po] + acc) | 0;
  } else {
    for (let i = 0; i < n; i++, pa += sa, pb += sb, po += so)
      o[po] = (o[po] + Math.imul(a[pa], b[pb])) | 0;
  }
}

function intN(
  nop: number,
  d: readonly any[],
  p0: readonly number[],
  s: readonly number[],
  n: number,
): void {
  const p = p0.slice();
  const o = d[nop];
  for (let i = 0; i < n; i++) {
    let v = d[0][p[0]] | 0;
    for (let k = 1; k < nop; k++) v = Math.imul(v, d[k][p[k]]);
    o[p[nop]] = (o[p[nop]] + v) | 0;
    for (let k = 0; k <= nop; k++) p[k] += s[k];
  }
}

/** bool: the sum is a logical or, the product a logical and (NumPy's bool loops). */
function boolN(
  nop: number,
  d: readonly any[],
  p0: readonly number[],
  s: readonly number[],
  n: number,
): void {
  const p = p0.slice();
  const o = d[nop];
  for (let i = 0; i < n; i++) {
    let v = d[0][p[0]] !== 0;
    for (let k = 1; k < nop && v; k++) v = d[k][p[k]] !== 0;
    if (v) o[p[nop]] = 1;
    for (let k = 0; k <= nop; k++) p[k] += s[k];
  }
}

// int64/uint64 work on 32-bit halves (lo, hi) of a Uint32Array view: products and sums
// modulo 2^64 in plain number arithmetic, far faster than BigInt.
let ML = 0;
let MH = 0;
const TWO32 = 4294967296;

/** (ML, MH) = (aLo, aHi) * (bLo, bHi) mod 2^64. */
function mul64(aLo: number, aHi: number, bLo: number, bHi: number): void {
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  const mid = a0 * b1 + a1 * b0;
  const midLo = mid % 65536;
  const t = a0 * b0 + midLo * 65536;
  const lo = t % TWO32;
  ML = lo;
  MH =
    (a1 * b1 +
      (mid - midLo) / 65536 +
      (t - lo) / TWO32 +
      Math.imul(aLo, bHi) +
      Math.imul(aHi, bLo)) >>>
    0;
}

/** o[po..po+1] += (lo, hi) where lo, hi may be sums of many 32-bit halves (< 2^53). */
function add64(o: Uint32Array, po: number, lo: number, hi: number): void {
  const l = o[po] + lo;
  const rl = l % TWO32;
  o[po] = rl;
  o[po + 1] = (o[po + 1] + hi + (l - rl) / TWO32) % TWO32;
}

function big1(
  a: Uint32Array,
  pa: number,
  sa: number,
  o: Uint32Array,
  po: number,
  so: number,
  n: number,
): void {
  if (so !== 0) {
    for (let i = 0; i < n; i++, pa += sa, po += so) add64(o, po, a[pa], a[pa + 1]);
    return;
  }
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++, pa += sa) {
    lo += a[pa];
    hi += a[pa + 1];
    if ((i & 0xfffff) === 0xfffff) {
      add64(o, po, lo, hi);
      lo = 0;
      hi = 0;
    }
  }
  add64(o, po, lo, hi);
}

function big2(
  a: Uint32Array,
  pa: number,
  sa: number,
  b: Uint32Array,
  pb: number,
  sb: number,
  o: Uint32Array,
  po: number,
  so: number,
  n: number,
): void {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++, pa += sa, pb += sb, po += so) {
    // mul64, inlined: the low words' 64-bit product from 16-bit pieces, cross terms mod 2^32
    const aLo = a[pa];
    const bLo = b[pb];
    const a0 = aLo & 0xffff;
    const a1 = aLo >>> 16;
    const b0 = bLo & 0xffff;
    const b1 = bLo >>> 16;
    const mid = a0 * b1 + a1 * b0;
    const midLo = mid % 65536;
    const t = a0 * b0 + midLo * 65536;
    const pl = t % TWO32;
    const ph =
      (a1 * b1 +
        (mid - midLo) / 65536 +
        (t - pl) / TWO32 +
        Math.imul(aLo, b[pb + 1]) +
        Math.imul(a[pa + 1], bLo)) >>>
      0;
    if (so !== 0) add64(o, po, pl, ph);
    else {
      lo += pl;
      hi += ph;
      if ((i & 0xfffff) === 0xfffff) {
        add64(o, po, lo, hi);
        lo = 0;
        hi = 0;
      }
    }
  }
  if (so === 0) add64(o, po, lo, hi);
}

function bigN(
  nop: number,
  d: readonly any[],
  p0: readonly number[],
  s: readonly number[],
  n: number,
): void {
  const p = p0.slice();
  const o = d[nop] as Uint32Array;
  const so = s[nop];
  let accLo = 0;
  let accHi = 0;
  for (let i = 0; i < n; i++) {
    let lo = d[0][p[0]];
    let hi = d[0][p[0] + 1];
    for (let k = 1; k < nop; k++) {
      mul64(lo, hi, d[k][p[k]], d[k][p[k] + 1]);
      lo = ML;
      hi = MH;
    }
    if (so === 0) {
      accLo += lo;
      accHi += hi;
      // keep the partial sums exact (below 2^53)
      if ((i & 0xfffff) === 0xfffff) {
        add64(o, p[nop], accLo, accHi);
        accLo = 0;
        accHi = 0;
      }
    } else add64(o, p[nop], lo, hi);
    for (let k = 0; k <= nop; k++) p[k] += s[k];
  }
  if (so === 0) add64(o, p0[nop], accLo, accHi);
}
