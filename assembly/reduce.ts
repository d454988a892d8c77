import { ADD, BAND, BOR, MAXN, MINN, vop } from './arith';
// NumPy's pairwise summation (numpy/_core/src/umath/loops_utils.h.src, @TYPE@_pairwise_sum),
// reproduced operation for operation so that results match NumPy bit for bit:
//   n < 8:      res = -0.0; res += a[i] for each i
//   n <= 128:   r[j] = a[j] (j < 8); r[j] += a[i + j] for i = 8, 16, ... < n - n % 8;
//               res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)); then res += the rest
//   otherwise:  n2 = n / 2 rounded down to a multiple of 8; pw(a, n2) + pw(a + n2, n - n2)
// The eight accumulators are four f64x2 (or two f32x4) vectors; lane j of the vectors is r[j],
// so vector additions perform exactly NumPy's scalar additions.

const PW_BLOCKSIZE: i32 = 128;

export function pairwiseF64(p: usize, n: i32): f64 {
  if (n < 8) {
    let res: f64 = -0.0;
    for (let i = 0; i < n; i++) res += load<f64>(p + (<usize>i << 3));
    return res;
  }
  if (n <= PW_BLOCKSIZE) {
    let r01 = v128.load(p);
    let r23 = v128.load(p, 16);
    let r45 = v128.load(p, 32);
    let r67 = v128.load(p, 48);
    const m = n - (n & 7);
    let i = 8;
    for (; i < m; i += 8) {
      const q = p + (<usize>i << 3);
      r01 = f64x2.add(r01, v128.load(q));
      r23 = f64x2.add(r23, v128.load(q, 16));
      r45 = f64x2.add(r45, v128.load(q, 32));
      r67 = f64x2.add(r67, v128.load(q, 48));
    }
    // (r0 + r1, r2 + r3) and (r4 + r5, r6 + r7)
    const x = f64x2.add(v128.shuffle<f64>(r01, r23, 0, 2), v128.shuffle<f64>(r01, r23, 1, 3));
    const y = f64x2.add(v128.shuffle<f64>(r45, r67, 0, 2), v128.shuffle<f64>(r45, r67, 1, 3));
    // ((r0 + r1) + (r2 + r3), (r4 + r5) + (r6 + r7))
    const z = f64x2.add(v128.shuffle<f64>(x, y, 0, 2), v128.shuffle<f64>(x, y, 1, 3));
    let res = f64x2.extract_lane(z, 0) + f64x2.extract_lane(z, 1);
    for (; i < n; i++) res += load<f64>(p + (<usize>i << 3));
    return res;
  }
  let n2 = n >> 1;
  n2 -= n2 & 7;
  if (n - n2 <= PW_BLOCKSIZE) return leafPairF64(p, n2, p + (<usize>n2 << 3), n - n2);
  return pairwiseF64(p, n2) + pairwiseF64(p + (<usize>n2 << 3), n - n2);
}

// Two sibling leaves (8 <= n1, n2 <= 128) summed side by side: each leaf's additions are
// exactly pairwiseF64's, but the two leaves' eight vector chains run interleaved, so the
// CPU overlaps their latencies (the leaf loop alone is latency-bound).
function leafPairF64(p: usize, n1: i32, q: usize, n2: i32): f64 {
  let a01 = v128.load(p);
  let a23 = v128.load(p, 16);
  let a45 = v128.load(p, 32);
  let a67 = v128.load(p, 48);
  let b01 = v128.load(q);
  let b23 = v128.load(q, 16);
  let b45 = v128.load(q, 32);
  let b67 = v128.load(q, 48);
  const m1 = n1 - (n1 & 7);
  const m2 = n2 - (n2 & 7);
  const mm = min(m1, m2);
  let i = 8;
  for (; i < mm; i += 8) {
    const u = p + (<usize>i << 3);
    const w = q + (<usize>i << 3);
    a01 = f64x2.add(a01, v128.load(u));
    b01 = f64x2.add(b01, v128.load(w));
    a23 = f64x2.add(a23, v128.load(u, 16));
    b23 = f64x2.add(b23, v128.load(w, 16));
    a45 = f64x2.add(a45, v128.load(u, 32));
    b45 = f64x2.add(b45, v128.load(w, 32));
    a67 = f64x2.add(a67, v128.load(u, 48));
    b67 = f64x2.add(b67, v128.load(w, 48));
  }
  for (let k = i; k < m1; k += 8) {
    const u = p + (<usize>k << 3);
    a01 = f64x2.add(a01, v128.load(u));
    a23 = f64x2.add(a23, v128.load(u, 16));
    a45 = f64x2.add(a45, v128.load(u, 32));
    a67 = f64x2.add(a67, v128.load(u, 48));
  }
  for (let k = i; k < m2; k += 8) {
    const w = q + (<usize>k << 3);
    b01 = f64x2.add(b01, v128.load(w));
    b23 = f64x2.add(b23, v128.load(w, 16));
    b45 = f64x2.add(b45, v128.load(w, 32));
    b67 = f64x2.add(b67, v128.load(w, 48));
  }
  let ra = combine8F64(a01, a23, a45, a67);
  for (let k = m1; k < n1; k++) ra += load<f64>(p + (<usize>k << 3));
  let rb = combine8F64(b01, b23, b45, b67);
  for (let k = m2; k < n2; k++) rb += load<f64>(q + (<usize>k << 3));
  return ra + rb;
}

// ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)) of the lanes of four f64x2 accumulators.
@inline
function combine8F64(r01: v128, r23: v128, r45: v128, r67: v128): f64 {
  const x = f64x2.add(v128.shuffle<f64>(r01, r23, 0, 2), v128.shuffle<f64>(r01, r23, 1, 3));
  const y = f64x2.add(v128.shuffle<f64>(r45, r67, 0, 2), v128.shuffle<f64>(r45, r67, 1, 3));
  const z = f64x2.add(v128.shuffle<f64>(x, y, 0, 2), v128.shuffle<f64>(x, y, 1, 3));
  return f64x2.extract_lane(z, 0) + f64x2.extract_lane(z, 1);
}

export function pairwiseF32(p: usize, n: i32): f32 {
  if (n < 8) {
    let res: f32 = -0.0;
    for (let i = 0; i < n; i++) res += load<f32>(p + (<usize>i << 2));
    return res;
  }
  if (n <= PW_BLOCKSIZE) {
    let r03 = v128.load(p);
    let r47 = v128.load(p, 16);
    const m = n - (n & 7);
    let i = 8;
    for (; i < m; i += 8) {
      const q = p + (<usize>i << 2);
      r03 = f32x4.add(r03, v128.load(q));
      r47 = f32x4.add(r47, v128.load(q, 16));
    }
    // (r0 + r1, r2 + r3, r4 + r5, r6 + r7)
    const x = f32x4.add(
      v128.shuffle<f32>(r03, r47, 0, 2, 4, 6),
      v128.shuffle<f32>(r03, r47, 1, 3, 5, 7),
    );
    // ((r0 + r1) + (r2 + r3), (r4 + r5) + (r6 + r7), ...)
    const z = f32x4.add(v128.shuffle<f32>(x, x, 0, 2, 0, 2), v128.shuffle<f32>(x, x, 1, 3, 1, 3));
    let res = f32x4.extract_lane(z, 0) + f32x4.extract_lane(z, 1);
    for (; i < n; i++) res += load<f32>(p + (<usize>i << 2));
    return res;
  }
  let n2 = n >> 1;
  n2 -= n2 & 7;
  if (n - n2 <= PW_BLOCKSIZE) return leafPairF32(p, n2, p + (<usize>n2 << 2), n - n2);
  return pairwiseF32(p, n2) + pairwiseF32(p + (<usize>n2 << 2), n - n2);
}

// pairwiseF32 of two sibling leaves (8 <= n1, n2 <= 128), their chains interleaved.
function leafPairF32(p: usize, n1: i32, q: usize, n2: i32): f32 {
  let a03 = v128.load(p);
  let a47 = v128.load(p, 16);
  let b03 = v128.load(q);
  let b47 = v128.load(q, 16);
  const m1 = n1 - (n1 & 7);
  const m2 = n2 - (n2 & 7);
  const mm = min(m1, m2);
  let i = 8;
  for (; i < mm; i += 8) {
    const u = p + (<usize>i << 2);
    const w = q + (<usize>i << 2);
    a03 = f32x4.add(a03, v128.load(u));
    b03 = f32x4.add(b03, v128.load(w));
    a47 = f32x4.add(a47, v128.load(u, 16));
    b47 = f32x4.add(b47, v128.load(w, 16));
  }
  for (let k = i; k < m1; k += 8) {
    const u = p + (<usize>k << 2);
    a03 = f32x4.add(a03, v128.load(u));
    a47 = f32x4.add(a47, v128.load(u, 16));
  }
  for (let k = i; k < m2; k += 8) {
    const w = q + (<usize>k << 2);
    b03 = f32x4.add(b03, v128.load(w));
    b47 = f32x4.add(b47, v128.load(w, 16));
  }
  let ra = combine8F32(a03, a47);
  for (let k = m1; k < n1; k++) ra += load<f32>(p + (<usize>k << 2));
  let rb = combine8F32(b03, b47);
  for (let k = m2; k < n2; k++) rb += load<f32>(q + (<usize>k << 2));
  return ra + rb;
}

@inline
function combine8F32(r03: v128, r47: v128): f32 {
  const x = f32x4.add(
    v128.shuffle<f32>(r03, r47, 0, 2, 4, 6),
    v128.shuffle<f32>(r03, r47, 1, 3, 5, 7),
  );
  const z = f32x4.add(v128.shuffle<f32>(x, x, 0, 2, 0, 2), v128.shuffle<f32>(x, x, 1, 3, 1, 3));
  return f32x4.extract_lane(z, 0) + f32x4.extract_lane(z, 1);
}

// np.sum(a, axis=-1) of `rows` rows of n elements stored back to back at p: out[r] = the
// pairwise sum of row r (the caller adds it to its accumulator, as the reduce loop does).
export function pairwiseRowsF64(p: usize, rows: i32, n: i32, out: usize): void {
  const bytes = <usize>n << 3;
  for (let r = 0; r < rows; r++) store<f64>(out + (<usize>r << 3), pairwiseF64(p + <usize>r * bytes, n));
}
export function pairwiseRowsF32(p: usize, rows: i32, n: i32, out: usize): void {
  const bytes = <usize>n << 2;
  for (let r = 0; r < rows; r++) store<f32>(out + (<usize>r << 2), pairwiseF32(p + <usize>r * bytes, n));
}

// Sums over an outer axis (np.sum(a, axis=0) of a C-ordered matrix): NumPy adds the rows
// into the result one after another, element-wise, so each result element is the plain
// left-to-right sum of its column. acc[j] += x[r·n + j] for each row r < rows, j < n; the
// last vector of a row may read into the next row and write acc's padding lanes (the caller
// leaves a vector of room after acc and copies only n results out).

@inline
function rowsOp<T>(op: i32, acc: usize, x: usize, rows: i32, n: i32): void {
  const bytes = <usize>n * sizeof<T>();
  let j: usize = 0;
  // Eight vectors of acc stay in registers while every row adds into them in order: eight
  // independent chains per row, one load and one store of acc per column group.
  for (; j + 128 <= bytes; j += 128) {
    const a = acc + j;
    let s0 = v128.load(a);
    let s1 = v128.load(a, 16);
    let s2 = v128.load(a, 32);
    let s3 = v128.load(a, 48);
    let s4 = v128.load(a, 64);
    let s5 = v128.load(a, 80);
    let s6 = v128.load(a, 96);
    let s7 = v128.load(a, 112);
    let row = x + j;
    for (let r = 0; r < rows; r++, row += bytes) {
      s0 = vop<T>(op, s0, v128.load(row));
      s1 = vop<T>(op, s1, v128.load(row, 16));
      s2 = vop<T>(op, s2, v128.load(row, 32));
      s3 = vop<T>(op, s3, v128.load(row, 48));
      s4 = vop<T>(op, s4, v128.load(row, 64));
      s5 = vop<T>(op, s5, v128.load(row, 80));
      s6 = vop<T>(op, s6, v128.load(row, 96));
      s7 = vop<T>(op, s7, v128.load(row, 112));
    }
    v128.store(a, s0);
    v128.store(a, s1, 16);
    v128.store(a, s2, 32);
    v128.store(a, s3, 48);
    v128.store(a, s4, 64);
    v128.store(a, s5, 80);
    v128.store(a, s6, 96);
    v128.store(a, s7, 112);
  }
  for (; j < bytes; j += 16) {
    let s0 = v128.load(acc + j);
    let row = x + j;
    for (let r = 0; r < rows; r++, row += bytes) s0 = vop<T>(op, s0, v128.load(row));
    v128.store(acc + j, s0);
  }
}

@inline
function addRows<T>(acc: usize, x: usize, rows: i32, n: i32): void {
  rowsOp<T>(ADD, acc, x, rows, n);
}

// np.maximum / np.minimum over an outer axis (NumPy's reduce calls maximum(acc, row) row after
// row): the same streaming with the element-wise rule (arith.ts MAXN / MINN: a NaN accumulator
// stays, else maxpd(acc, row)).
export function maxRowsF64(acc: usize, x: usize, rows: i32, n: i32): void { rowsOp<f64>(MAXN, acc, x, rows, n); }
export function minRowsF64(acc: usize, x: usize, rows: i32, n: i32): void { rowsOp<f64>(MINN, acc, x, rows, n); }
export function maxRowsF32(acc: usize, x: usize, rows: i32, n: i32): void { rowsOp<f32>(MAXN, acc, x, rows, n); }
export function minRowsF32(acc: usize, x: usize, rows: i32, n: i32): void { rowsOp<f32>(MINN, acc, x, rows, n); }

export function addRowsF64(acc: usize, x: usize, rows: i32, n: i32): void { addRows<f64>(acc, x, rows, n); }
// np.all / np.any of 0/1 bool bytes over an outer axis: acc[j] &= x[r·n + j] (or |=).
export function andRowsU8(acc: usize, x: usize, rows: i32, n: i32): void { rowsOp<u8>(BAND, acc, x, rows, n); }
export function orRowsU8(acc: usize, x: usize, rows: i32, n: i32): void { rowsOp<u8>(BOR, acc, x, rows, n); }
export function addRowsF32(acc: usize, x: usize, rows: i32, n: i32): void { addRows<f32>(acc, x, rows, n); }

// np.var's second pass without its temporary: the pairwise sum (as pairwiseF64) of the
// squared deviations (x - m)², each formed as NumPy forms it (a subtraction, then x * x).

@inline
function sqdev(v: v128, m: v128): v128 {
  const d = f64x2.sub(v, m);
  return f64x2.mul(d, d);
}

export function pairwiseSqDevF64(p: usize, n: i32, mean: f64): f64 {
  if (n < 8) {
    let res: f64 = -0.0;
    for (let i = 0; i < n; i++) {
      const d = load<f64>(p + (<usize>i << 3)) - mean;
      res += d * d;
    }
    return res;
  }
  if (n <= PW_BLOCKSIZE) {
    const m = f64x2.splat(mean);
    let r01 = sqdev(v128.load(p), m);
    let r23 = sqdev(v128.load(p, 16), m);
    let r45 = sqdev(v128.load(p, 32), m);
    let r67 = sqdev(v128.load(p, 48), m);
    const e = n - (n & 7);
    let i = 8;
    for (; i < e; i += 8) {
      const q = p + (<usize>i << 3);
      r01 = f64x2.add(r01, sqdev(v128.load(q), m));
      r23 = f64x2.add(r23, sqdev(v128.load(q, 16), m));
      r45 = f64x2.add(r45, sqdev(v128.load(q, 32), m));
      r67 = f64x2.add(r67, sqdev(v128.load(q, 48), m));
    }
    const x = f64x2.add(v128.shuffle<f64>(r01, r23, 0, 2), v128.shuffle<f64>(r01, r23, 1, 3));
    const y = f64x2.add(v128.shuffle<f64>(r45, r67, 0, 2), v128.shuffle<f64>(r45, r67, 1, 3));
    const z = f64x2.add(v128.shuffle<f64>(x, y, 0, 2), v128.shuffle<f64>(x, y, 1, 3));
    let res = f64x2.extract_lane(z, 0) + f64x2.extract_lane(z, 1);
    for (; i < n; i++) {
      const d = load<f64>(p + (<usize>i << 3)) - mean;
      res += d * d;
    }
    return res;
  }
  let n2 = n >> 1;
  n2 -= n2 & 7;
  return pairwiseSqDevF64(p, n2, mean) + pairwiseSqDevF64(p + (<usize>n2 << 3), n - n2, mean);
}

// int64 / uint64 sums (np.sum of integers): additions wrap modulo 2^64, so any order gives
// NumPy's bits; four i64x2 accumulators.
export function sumI64(p: usize, n: i32): i64 {
  let a = i64x2.splat(0);
  let b = i64x2.splat(0);
  let c = i64x2.splat(0);
  let d = i64x2.splat(0);
  const m = n & ~7;
  let i = 0;
  for (; i < m; i += 8) {
    const q = p + (<usize>i << 3);
    a = i64x2.add(a, v128.load(q));
    b = i64x2.add(b, v128.load(q, 16));
    c = i64x2.add(c, v128.load(q, 32));
    d = i64x2.add(d, v128.load(q, 48));
  }
  const s = i64x2.add(i64x2.add(a, b), i64x2.add(c, d));
  let res = i64x2.extract_lane(s, 0) + i64x2.extract_lane(s, 1);
  for (; i < n; i++) res += load<i64>(p + (<usize>i << 3));
  return res;
}

// out[r] = the wrapping sum of row r of `rows` rows of n int64 stored back to back at p.
export function sumRowsI64(p: usize, rows: i32, n: i32, out: usize): void {
  const bytes = <usize>n << 3;
  for (let r = 0; r < rows; r++) store<i64>(out + (<usize>r << 3), sumI64(p + <usize>r * bytes, n));
}

export function addRowsI64(acc: usize, x: usize, rows: i32, n: i32): void { addRows<i64>(acc, x, rows, n); }

// np.var / np.std over the outer axis of a C-ordered matrix: acc[j] += (x[r·n + j] − m[j])²
// for each row r < rows, j < n — NumPy's subtract, square and add.reduce over axis 0, each
// step rounded on its own (no fused multiply-add), so the same bits; rows in order. Four
// accumulators and four mean vectors per column group stay in registers. As addRows, the last
// vector may read past a row and write acc's padding lane (m has a padding lane too).
export function sqDevRowsF64(acc: usize, x: usize, m: usize, rows: i32, n: i32): void {
  const bytes = <usize>n * 8;
  let j: usize = 0;
  for (; j + 64 <= bytes; j += 64) {
    const a = acc + j;
    let s0 = v128.load(a);
    let s1 = v128.load(a, 16);
    let s2 = v128.load(a, 32);
    let s3 = v128.load(a, 48);
    const m0 = v128.load(m + j);
    const m1 = v128.load(m + j, 16);
    const m2 = v128.load(m + j, 32);
    const m3 = v128.load(m + j, 48);
    let row = x + j;
    for (let r = 0; r < rows; r++, row += bytes) {
      const d0 = f64x2.sub(v128.load(row), m0);
      const d1 = f64x2.sub(v128.load(row, 16), m1);
      const d2 = f64x2.sub(v128.load(row, 32), m2);
      const d3 = f64x2.sub(v128.load(row, 48), m3);
      s0 = f64x2.add(s0, f64x2.mul(d0, d0));
      s1 = f64x2.add(s1, f64x2.mul(d1, d1));
      s2 = f64x2.add(s2, f64x2.mul(d2, d2));
      s3 = f64x2.add(s3, f64x2.mul(d3, d3));
    }
    v128.store(a, s0);
    v128.store(a, s1, 16);
    v128.store(a, s2, 32);
    v128.store(a, s3, 48);
  }
  for (; j < bytes; j += 16) {
    let s0 = v128.load(acc + j);
    const m0 = v128.load(m + j);
    let row = x + j;
    for (let r = 0; r < rows; r++, row += bytes) {
      const d0 = f64x2.sub(v128.load(row), m0);
      s0 = f64x2.add(s0, f64x2.mul(d0, d0));
    }
    v128.store(acc + j, s0);
  }
}
