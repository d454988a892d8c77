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
  return pairwiseF64(p, n2) + pairwiseF64(p + (<usize>n2 << 3), n - n2);
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
  return pairwiseF32(p, n2) + pairwiseF32(p + (<usize>n2 << 2), n - n2);
}

// Sums over an outer axis (np.sum(a, axis=0) of a C-ordered matrix): NumPy adds the rows
// into the result one after another, element-wise, so each result element is the plain
// left-to-right sum of its column. acc[j] += x[r·n + j] for each row r < rows, j < n; the
// last vector of a row may read into the next row and write acc's padding lanes (the caller
// leaves a vector of room after acc and copies only n results out).

@inline
function addRows<T>(acc: usize, x: usize, rows: i32, n: i32): void {
  const bytes = <usize>n * sizeof<T>();
  for (let r = 0; r < rows; r++) {
    const row = x + <usize>r * bytes;
    let j: usize = 0;
    for (; j + 32 <= bytes; j += 32) {
      v128.store(acc + j, v128.add<T>(v128.load(acc + j), v128.load(row + j)));
      v128.store(acc + j, v128.add<T>(v128.load(acc + j, 16), v128.load(row + j, 16)), 16);
    }
    for (; j < bytes; j += 16) v128.store(acc + j, v128.add<T>(v128.load(acc + j), v128.load(row + j)));
  }
}

export function addRowsF64(acc: usize, x: usize, rows: i32, n: i32): void { addRows<f64>(acc, x, rows, n); }
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
