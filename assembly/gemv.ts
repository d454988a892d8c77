// gemv: matrix-vector products streamed through scratch (src/_core/kernels/gemv.ts drives them).
//
// Both keep the sum order of the plain-JS loops in src/_core/kernels/gemm.ts (same bits):
// - A x (`gemv_*`): each row is a dot with four partial sums, element p added to partial
//   p % 4 (product rounded, then added), the k % 4 trailing elements all to partial 0; the
//   partials live in a 4-lane state per row (carried between chunks of k, which are
//   multiples of 4 except the last) and the caller combines them as (s0 + s1) + (s2 + s3).
// - x A (`gevm_*`): c[j] += x[p] * A[p, j] for p in order, one running sum per column
//   (rowProduct's i-p-j loop), c carried in scratch between blocks of rows.

/** Four rows of A (row stride lda bytes) dotted with x over k elements, float64. */
function gemv4F64(a: usize, lda: usize, x: usize, k: i32, st: usize): void {
  const a1 = a + lda;
  const a2 = a1 + lda;
  const a3 = a2 + lda;
  let s0 = v128.load(st);
  let s1 = v128.load(st, 16);
  let t0 = v128.load(st, 32);
  let t1 = v128.load(st, 48);
  let u0 = v128.load(st, 64);
  let u1 = v128.load(st, 80);
  let w0 = v128.load(st, 96);
  let w1 = v128.load(st, 112);
  const full = <usize>(k & ~3) * 8;
  for (let i: usize = 0; i < full; i += 32) {
    const x0 = v128.load(x + i);
    const x1 = v128.load(x + i, 16);
    s0 = f64x2.add(s0, f64x2.mul(v128.load(a + i), x0));
    s1 = f64x2.add(s1, f64x2.mul(v128.load(a + i, 16), x1));
    t0 = f64x2.add(t0, f64x2.mul(v128.load(a1 + i), x0));
    t1 = f64x2.add(t1, f64x2.mul(v128.load(a1 + i, 16), x1));
    u0 = f64x2.add(u0, f64x2.mul(v128.load(a2 + i), x0));
    u1 = f64x2.add(u1, f64x2.mul(v128.load(a2 + i, 16), x1));
    w0 = f64x2.add(w0, f64x2.mul(v128.load(a3 + i), x0));
    w1 = f64x2.add(w1, f64x2.mul(v128.load(a3 + i, 16), x1));
  }
  v128.store(st, s0);
  v128.store(st, s1, 16);
  v128.store(st, t0, 32);
  v128.store(st, t1, 48);
  v128.store(st, u0, 64);
  v128.store(st, u1, 80);
  v128.store(st, w0, 96);
  v128.store(st, w1, 112);
  gemvTail<f64>(a, x, k, st);
  gemvTail<f64>(a1, x, k, st + 32);
  gemvTail<f64>(a2, x, k, st + 64);
  gemvTail<f64>(a3, x, k, st + 96);
}

/** One row, float64. */
function gemv1F64(a: usize, x: usize, k: i32, st: usize): void {
  let s0 = v128.load(st);
  let s1 = v128.load(st, 16);
  const full = <usize>(k & ~3) * 8;
  for (let i: usize = 0; i < full; i += 32) {
    s0 = f64x2.add(s0, f64x2.mul(v128.load(a + i), v128.load(x + i)));
    s1 = f64x2.add(s1, f64x2.mul(v128.load(a + i, 16), v128.load(x + i, 16)));
  }
  v128.store(st, s0);
  v128.store(st, s1, 16);
  gemvTail<f64>(a, x, k, st);
}

/** The k % 4 trailing products of a row, in order, into partial 0 (in T arithmetic). */
@inline
function gemvTail<T>(a: usize, x: usize, k: i32, st: usize): void {
  const sz = <usize>sizeof<T>();
  const end = <usize>k * sz;
  let s = load<T>(st);
  for (let i = <usize>(k & ~3) * sz; i < end; i += sz) s += load<T>(a + i) * load<T>(x + i);
  store<T>(st, s);
}

/** state[r] (4 doubles at st + 32 r) += partials of A[r, :k] . x for r < rows, float64. */
export function gemv_f64(a: usize, lda: i32, x: usize, k: i32, rows: i32, st: usize): void {
  const ld = <usize>lda;
  let r = 0;
  for (; r + 4 <= rows; r += 4) gemv4F64(a + <usize>r * ld, ld, x, k, st + <usize>r * 32);
  for (; r < rows; r++) gemv1F64(a + <usize>r * ld, x, k, st + <usize>r * 32);
}

/** state[r] (4 floats at st + 16 r) += partials of A[r, :k] . x for r < rows, float32. */
export function gemv_f32(a: usize, lda: i32, x: usize, k: i32, rows: i32, st: usize): void {
  const ld = <usize>lda;
  const full = <usize>(k & ~3) * 4;
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const a0 = a + <usize>r * ld;
    const a1 = a0 + ld;
    const a2 = a1 + ld;
    const a3 = a2 + ld;
    const sr = st + <usize>r * 16;
    let s0 = v128.load(sr);
    let s1 = v128.load(sr, 16);
    let s2 = v128.load(sr, 32);
    let s3 = v128.load(sr, 48);
    for (let i: usize = 0; i < full; i += 16) {
      const xv = v128.load(x + i);
      s0 = f32x4.add(s0, f32x4.mul(v128.load(a0 + i), xv));
      s1 = f32x4.add(s1, f32x4.mul(v128.load(a1 + i), xv));
      s2 = f32x4.add(s2, f32x4.mul(v128.load(a2 + i), xv));
      s3 = f32x4.add(s3, f32x4.mul(v128.load(a3 + i), xv));
    }
    v128.store(sr, s0);
    v128.store(sr, s1, 16);
    v128.store(sr, s2, 32);
    v128.store(sr, s3, 48);
    gemvTail<f32>(a0, x, k, sr);
    gemvTail<f32>(a1, x, k, sr + 16);
    gemvTail<f32>(a2, x, k, sr + 32);
    gemvTail<f32>(a3, x, k, sr + 48);
  }
  for (; r < rows; r++) {
    const a0 = a + <usize>r * ld;
    const sr = st + <usize>r * 16;
    let s0 = v128.load(sr);
    for (let i: usize = 0; i < full; i += 16) {
      s0 = f32x4.add(s0, f32x4.mul(v128.load(a0 + i), v128.load(x + i)));
    }
    v128.store(sr, s0);
    gemvTail<f32>(a0, x, k, sr);
  }
}

/**
 * c[j] += x[p] * A[p, j] for p < rows (in order), j < n; A's rows at a with stride lda bytes,
 * in T arithmetic (float32: each product and sum rounded). Columns in tiles of eight vectors
 * (16 float64 / 32 float32) held in registers over all rows, then single vectors, then one
 * column at a time.
 */
@inline
function gevm<T>(a: usize, lda: i32, x: usize, rows: i32, n: i32, c: usize): void {
  const ld = <usize>lda;
  const sz = <usize>sizeof<T>();
  const per = <usize>16 / sz;
  const end = <usize>n * sz;
  let j: usize = 0;
  const tiles = (<usize>n / (8 * per)) * 128;
  for (; j < tiles; j += 128) {
    const cj = c + j;
    let c0 = v128.load(cj);
    let c1 = v128.load(cj, 16);
    let c2 = v128.load(cj, 32);
    let c3 = v128.load(cj, 48);
    let c4 = v128.load(cj, 64);
    let c5 = v128.load(cj, 80);
    let c6 = v128.load(cj, 96);
    let c7 = v128.load(cj, 112);
    let ap = a + j;
    for (let p = 0; p < rows; p++, ap += ld) {
      const xv = v128.splat<T>(load<T>(x + <usize>p * sz));
      c0 = v128.add<T>(c0, v128.mul<T>(xv, v128.load(ap)));
      c1 = v128.add<T>(c1, v128.mul<T>(xv, v128.load(ap, 16)));
      c2 = v128.add<T>(c2, v128.mul<T>(xv, v128.load(ap, 32)));
      c3 = v128.add<T>(c3, v128.mul<T>(xv, v128.load(ap, 48)));
      c4 = v128.add<T>(c4, v128.mul<T>(xv, v128.load(ap, 64)));
      c5 = v128.add<T>(c5, v128.mul<T>(xv, v128.load(ap, 80)));
      c6 = v128.add<T>(c6, v128.mul<T>(xv, v128.load(ap, 96)));
      c7 = v128.add<T>(c7, v128.mul<T>(xv, v128.load(ap, 112)));
    }
    v128.store(cj, c0);
    v128.store(cj, c1, 16);
    v128.store(cj, c2, 32);
    v128.store(cj, c3, 48);
    v128.store(cj, c4, 64);
    v128.store(cj, c5, 80);
    v128.store(cj, c6, 96);
    v128.store(cj, c7, 112);
  }
  const vecs = end & ~(<usize>15);
  for (; j < vecs; j += 16) {
    let cv = v128.load(c + j);
    let ap = a + j;
    for (let p = 0; p < rows; p++, ap += ld) {
      cv = v128.add<T>(cv, v128.mul<T>(v128.splat<T>(load<T>(x + <usize>p * sz)), v128.load(ap)));
    }
    v128.store(c + j, cv);
  }
  for (; j < end; j += sz) {
    let s = load<T>(c + j);
    let ap = a + j;
    for (let p = 0; p < rows; p++, ap += ld) s += load<T>(x + <usize>p * sz) * load<T>(ap);
    store<T>(c + j, s);
  }
}

/** gevm in float64. */
export function gevm_f64(a: usize, lda: i32, x: usize, rows: i32, n: i32, c: usize): void {
  gevm<f64>(a, lda, x, rows, n, c);
}

/** gevm in float32 arithmetic. */
export function gevm_f32(a: usize, lda: i32, x: usize, rows: i32, n: i32, c: usize): void {
  gevm<f32>(a, lda, x, rows, n, c);
}

/**
 * A x for A with contiguous columns (F order, A.T of a C array): column p at a + p*lda bytes,
 * n rows (padded to whole vectors). Per vector of rows, four partial vectors p % 4 (the k % 4
 * tail into partial 0) at st + 4*(byte offset of the rows): matVec's order, lane by lane.
 */
@inline
function gemvCols<T>(a: usize, lda: i32, x: usize, k: i32, n: i32, st: usize): void {
  const sz = <usize>sizeof<T>();
  const ld = <usize>lda;
  const nb = <usize>n * sz;
  const k4 = k & ~3;
  let i: usize = 0;
  // two vectors of rows at a time: eight independent sums, each x[p] splatted once
  for (; i + 32 <= nb; i += 32) {
    const s = st + i * 4;
    let s0 = v128.load(s);
    let s1 = v128.load(s, 16);
    let s2 = v128.load(s, 32);
    let s3 = v128.load(s, 48);
    let t0 = v128.load(s, 64);
    let t1 = v128.load(s, 80);
    let t2 = v128.load(s, 96);
    let t3 = v128.load(s, 112);
    let ap = a + i;
    let xp = x;
    let p = 0;
    for (; p < k4; p += 4, ap += 4 * ld, xp += 4 * sz) {
      const x0 = v128.splat<T>(load<T>(xp));
      const x1 = v128.splat<T>(load<T>(xp + sz));
      const x2 = v128.splat<T>(load<T>(xp + 2 * sz));
      const x3 = v128.splat<T>(load<T>(xp + 3 * sz));
      s0 = v128.add<T>(s0, v128.mul<T>(v128.load(ap), x0));
      t0 = v128.add<T>(t0, v128.mul<T>(v128.load(ap, 16), x0));
      s1 = v128.add<T>(s1, v128.mul<T>(v128.load(ap + ld), x1));
      t1 = v128.add<T>(t1, v128.mul<T>(v128.load(ap + ld, 16), x1));
      s2 = v128.add<T>(s2, v128.mul<T>(v128.load(ap + 2 * ld), x2));
      t2 = v128.add<T>(t2, v128.mul<T>(v128.load(ap + 2 * ld, 16), x2));
      s3 = v128.add<T>(s3, v128.mul<T>(v128.load(ap + 3 * ld), x3));
      t3 = v128.add<T>(t3, v128.mul<T>(v128.load(ap + 3 * ld, 16), x3));
    }
    for (; p < k; p++, ap += ld, xp += sz) {
      const xv = v128.splat<T>(load<T>(xp));
      s0 = v128.add<T>(s0, v128.mul<T>(v128.load(ap), xv));
      t0 = v128.add<T>(t0, v128.mul<T>(v128.load(ap, 16), xv));
    }
    v128.store(s, s0);
    v128.store(s, s1, 16);
    v128.store(s, s2, 32);
    v128.store(s, s3, 48);
    v128.store(s, t0, 64);
    v128.store(s, t1, 80);
    v128.store(s, t2, 96);
    v128.store(s, t3, 112);
  }
  for (; i < nb; i += 16) {
    const s = st + i * 4;
    let s0 = v128.load(s);
    let s1 = v128.load(s, 16);
    let s2 = v128.load(s, 32);
    let s3 = v128.load(s, 48);
    let ap = a + i;
    let xp = x;
    let p = 0;
    for (; p < k4; p += 4, ap += 4 * ld, xp += 4 * sz) {
      s0 = v128.add<T>(s0, v128.mul<T>(v128.load(ap), v128.splat<T>(load<T>(xp))));
      s1 = v128.add<T>(s1, v128.mul<T>(v128.load(ap + ld), v128.splat<T>(load<T>(xp + sz))));
      s2 = v128.add<T>(s2, v128.mul<T>(v128.load(ap + 2 * ld), v128.splat<T>(load<T>(xp + 2 * sz))));
      s3 = v128.add<T>(s3, v128.mul<T>(v128.load(ap + 3 * ld), v128.splat<T>(load<T>(xp + 3 * sz))));
    }
    for (; p < k; p++, ap += ld, xp += sz) {
      s0 = v128.add<T>(s0, v128.mul<T>(v128.load(ap), v128.splat<T>(load<T>(xp))));
    }
    v128.store(s, s0);
    v128.store(s, s1, 16);
    v128.store(s, s2, 32);
    v128.store(s, s3, 48);
  }
}

/** gemvCols in float64. */
export function gemv_cols_f64(a: usize, lda: i32, x: usize, k: i32, n: i32, st: usize): void {
  gemvCols<f64>(a, lda, x, k, n, st);
}

/** gemvCols in float32 arithmetic. */
export function gemv_cols_f32(a: usize, lda: i32, x: usize, k: i32, n: i32, st: usize): void {
  gemvCols<f32>(a, lda, x, k, n, st);
}

/**
 * st[r] += sum_p x[p] * A[r, p] for r < rows, p < k in order (one running sum per row: x @ B
 * for B with contiguous columns, rowProduct's order), rows at a with stride lda bytes, in T
 * arithmetic; eight rows at a time for eight independent sums.
 */
@inline
function dotRows<T>(a: usize, lda: i32, x: usize, k: i32, rows: i32, st: usize): void {
  const sz = <usize>sizeof<T>();
  const ld = <usize>lda;
  const end = <usize>k * sz;
  let r = 0;
  for (; r + 8 <= rows; r += 8) {
    const a0 = a + <usize>r * ld;
    const sr = st + <usize>r * sz;
    let s0 = load<T>(sr);
    let s1 = load<T>(sr + sz);
    let s2 = load<T>(sr + 2 * sz);
    let s3 = load<T>(sr + 3 * sz);
    let s4 = load<T>(sr + 4 * sz);
    let s5 = load<T>(sr + 5 * sz);
    let s6 = load<T>(sr + 6 * sz);
    let s7 = load<T>(sr + 7 * sz);
    for (let i: usize = 0; i < end; i += sz) {
      const xv = load<T>(x + i);
      const ap = a0 + i;
      s0 += xv * load<T>(ap);
      s1 += xv * load<T>(ap + ld);
      s2 += xv * load<T>(ap + 2 * ld);
      s3 += xv * load<T>(ap + 3 * ld);
      s4 += xv * load<T>(ap + 4 * ld);
      s5 += xv * load<T>(ap + 5 * ld);
      s6 += xv * load<T>(ap + 6 * ld);
      s7 += xv * load<T>(ap + 7 * ld);
    }
    store<T>(sr, s0);
    store<T>(sr + sz, s1);
    store<T>(sr + 2 * sz, s2);
    store<T>(sr + 3 * sz, s3);
    store<T>(sr + 4 * sz, s4);
    store<T>(sr + 5 * sz, s5);
    store<T>(sr + 6 * sz, s6);
    store<T>(sr + 7 * sz, s7);
  }
  for (; r < rows; r++) {
    const a0 = a + <usize>r * ld;
    const sr = st + <usize>r * sz;
    let s = load<T>(sr);
    for (let i: usize = 0; i < end; i += sz) s += load<T>(x + i) * load<T>(a0 + i);
    store<T>(sr, s);
  }
}

/** dotRows in float64. */
export function dot_rows_f64(a: usize, lda: i32, x: usize, k: i32, rows: i32, st: usize): void {
  dotRows<f64>(a, lda, x, k, rows, st);
}

/** dotRows in float32 arithmetic. */
export function dot_rows_f32(a: usize, lda: i32, x: usize, k: i32, rows: i32, st: usize): void {
  dotRows<f32>(a, lda, x, k, rows, st);
}
