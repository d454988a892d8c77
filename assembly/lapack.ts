// lapack: WebAssembly SIMD kernels for the dense factorizations of src/linalg/lapack.
//
// rot_replay applies a recorded sequence of plane rotations of matrix COLUMNS (the bidiagonal
// QR iteration of the SVD, src/linalg/lapack/svd_rotations.ts) to blocks of 8 rows. Every row
// sees the same column operations independently of the others, so the rows are stored
// transposed per block: block b holds rows 8b..8b+7, column j at byte (b * n + j) * 64 as
// 8 doubles (4 vectors, one lane per row). A block stays in L1 for the whole log, and every
// vector operation advances 2 rows. The arithmetic is the JS twin's, operation for operation
// (multiply, then add), so both give the same bits.
//
// Log format (float64): [1, a, b, c, s]: columns (a, b) <- (c a + s b, -s a + c b);
// [3, k, p, cs_k, sn_k, ..., cs_{p-2}, sn_{p-2}]: the sweep j = k..p-2 of rotations
// (j, j+1) <- (c x_j + s x_{j+1}, c x_{j+1} - s x_j), carried; [4, k]: column k negated.

@inline function rotPair(pa: usize, pb: usize, c: v128, s: v128, ns: v128): void {
  for (let o: usize = 0; o < 64; o += 16) {
    const x = v128.load(pa + o);
    const y = v128.load(pb + o);
    v128.store(pa + o, f64x2.add(f64x2.mul(c, x), f64x2.mul(s, y)));
    v128.store(pb + o, f64x2.add(f64x2.mul(ns, x), f64x2.mul(c, y)));
  }
}

function sweep(base: usize, k: i32, p: i32, r: usize): void {
  let q = base + (<usize>k << 6);
  let c0 = v128.load(q);
  let c1 = v128.load(q, 16);
  let c2 = v128.load(q, 32);
  let c3 = v128.load(q, 48);
  for (let j = k; j < p - 1; j++) {
    const cs = v128.load64_splat(r);
    const sn = v128.load64_splat(r, 8);
    r += 16;
    const y0 = v128.load(q, 64);
    const y1 = v128.load(q, 80);
    const y2 = v128.load(q, 96);
    const y3 = v128.load(q, 112);
    v128.store(q, f64x2.add(f64x2.mul(cs, c0), f64x2.mul(sn, y0)));
    v128.store(q, f64x2.add(f64x2.mul(cs, c1), f64x2.mul(sn, y1)), 16);
    v128.store(q, f64x2.add(f64x2.mul(cs, c2), f64x2.mul(sn, y2)), 32);
    v128.store(q, f64x2.add(f64x2.mul(cs, c3), f64x2.mul(sn, y3)), 48);
    c0 = f64x2.sub(f64x2.mul(cs, y0), f64x2.mul(sn, c0));
    c1 = f64x2.sub(f64x2.mul(cs, y1), f64x2.mul(sn, c1));
    c2 = f64x2.sub(f64x2.mul(cs, y2), f64x2.mul(sn, c2));
    c3 = f64x2.sub(f64x2.mul(cs, y3), f64x2.mul(sn, c3));
    q += 64;
  }
  v128.store(q, c0);
  v128.store(q, c1, 16);
  v128.store(q, c2, 32);
  v128.store(q, c3, 48);
}

/** Apply the `len` doubles of rotation log at `log` to `nb` 8-row blocks of n columns at `mat`. */
export function rot_replay(log: usize, len: i32, mat: usize, nb: i32, n: i32): void {
  const stride = <usize>n << 6;
  for (let b = 0; b < nb; b++) {
    const base = mat + <usize>b * stride;
    let i = 0;
    while (i < len) {
      const at = log + (<usize>i << 3);
      const op = <i32>load<f64>(at);
      if (op == 3) {
        const k = <i32>load<f64>(at, 8);
        const p = <i32>load<f64>(at, 16);
        sweep(base, k, p, at + 24);
        i += 3 + 2 * (p - 1 - k);
      } else if (op == 1) {
        const a = <i32>load<f64>(at, 8);
        const bb = <i32>load<f64>(at, 16);
        const c = v128.load64_splat(at + 24);
        const s = v128.load64_splat(at + 32);
        rotPair(base + (<usize>a << 6), base + (<usize>bb << 6), c, s, f64x2.neg(s));
        i += 5;
      } else {
        const q = base + (<usize>(<i32>load<f64>(at, 8)) << 6);
        for (let o: usize = 0; o < 64; o += 16) v128.store(q + o, f64x2.neg(v128.load(q + o)));
        i += 2;
      }
    }
  }
}

// lu_panel: LAPACK's getf2 (LU with partial pivoting) on an m x w ROW-major panel at p (row
// stride w), for the real LU of src/linalg/lapack/lu.ts (whose rows are copied in and out
// whole). The pivot is the first row holding the largest |a[i, k]| (NaN never wins); pivot
// rows go to the int32 array `piv` (panel-relative); the column is scaled by the reciprocal
// of the pivot unless that would overflow (then divided); the rank-1 updates run along the
// rows, two columns per vector operation. Every element sees the JS twin's operations
// (x - l * u, one multiply and one subtract) in the same order, so the bits match.
// Returns the first zero pivot + 1 (LAPACK's info) or 0.

const SFMIN: f64 = 2.2250738585072014e-308;

export function lu_panel(p: usize, m: i32, w: i32, piv: usize): i32 {
  let info = 0;
  const ld = <usize>w << 3;
  for (let k = 0; k < w; k++) {
    const kc = <usize>k << 3;
    const rk = p + <usize>k * ld;
    let ip = k;
    let best = Math.abs(load<f64>(rk + kc));
    let q = rk + ld + kc;
    for (let i = k + 1; i < m; i++, q += ld) {
      const v = Math.abs(load<f64>(q));
      if (v > best) {
        best = v;
        ip = i;
      }
    }
    store<i32>(piv + (<usize>k << 2), ip);
    const end = p + <usize>m * ld;
    if (load<f64>(p + <usize>ip * ld + kc) != 0) {
      if (ip != k) {
        const ri = p + <usize>ip * ld;
        let c: usize = 0;
        for (; c + 16 <= ld; c += 16) {
          const t = v128.load(rk + c);
          v128.store(rk + c, v128.load(ri + c));
          v128.store(ri + c, t);
        }
        if (c < ld) {
          const t = load<f64>(rk + c);
          store<f64>(rk + c, load<f64>(ri + c));
          store<f64>(ri + c, t);
        }
      }
      const d = load<f64>(rk + kc);
      if (Math.abs(d) >= SFMIN) {
        const r = 1 / d;
        for (let x = rk + ld + kc; x < end; x += ld) store<f64>(x, load<f64>(x) * r);
      } else {
        for (let x = rk + ld + kc; x < end; x += ld) store<f64>(x, load<f64>(x) / d);
      }
    } else if (info == 0) info = k + 1;
    // rows below: row_i[k+1:w] -= l_i * row_k[k+1:w]
    const c0 = kc + 8;
    if (c0 >= ld) continue;
    for (let ri = rk + ld; ri < end; ri += ld) {
      const l = load<f64>(ri + kc);
      const lv = f64x2.splat(l);
      let c = c0;
      for (; c + 16 <= ld; c += 16) {
        v128.store(ri + c, f64x2.sub(v128.load(ri + c), f64x2.mul(lv, v128.load(rk + c))));
      }
      if (c < ld) store<f64>(ri + c, load<f64>(ri + c) - l * load<f64>(rk + c));
    }
  }
  return info;
}

// bidiag_f64: the Householder bidiagonalisation A = U1 B V1^T of a real m x n row-major
// matrix at `a` (m >= n), the loop of svdTall in src/linalg/lapack/svd_kernel.ts with the same
// operations in the same order (householder, applyLeftReflector, applyRight of
// svd_householder.ts / svd_kernel.ts), so the JS and wasm paths give the same bits. The
// left reflector k is left in column k from the diagonal down, the right one in row k from
// the super-diagonal on (first entries 1), their betas in bl / br; the diagonal goes to d,
// the super-diagonal to e (doubles, n each); `w` is n doubles of workspace.

let hBeta: f64 = 0;
let hGamma: f64 = 0;

/** The real householder() of svd_householder.ts on x[i * stride] (bytes), i < len. */
function house(x: usize, stride: usize, len: i32): void {
  let amax: f64 = 0;
  let q = x;
  for (let i = 0; i < len; i++, q += stride) {
    const v = Math.abs(load<f64>(q));
    if (v > amax) amax = v;
  }
  const x0 = load<f64>(x);
  if (amax == 0) {
    hBeta = 0;
    hGamma = x0;
    return;
  }
  let ss: f64 = 0;
  const inv = 1 / amax;
  q = x;
  for (let i = 0; i < len; i++, q += stride) {
    const v = load<f64>(q) * inv;
    ss += v * v;
  }
  const nrm = amax * Math.sqrt(ss);
  const a0 = Math.abs(x0);
  let pr: f64 = 1;
  if (a0 != 0) pr = x0 / a0;
  const m0 = a0 + nrm;
  q = x + stride;
  for (let i = 1; i < len; i++, q += stride) store<f64>(q, (load<f64>(q) / m0) * pr);
  store<f64>(x, 1);
  hBeta = m0 / nrm;
  hGamma = -pr * nrm;
}

/** Rows r0.. r0+len-1, columns c0..c1-1 of the row-major (row length n) `a` <- (I - beta u u^T) A, u in column `uc`. */
function leftReflect(a: usize, n: i32, r0: i32, len: i32, c0: i32, c1: i32, beta: f64, uc: i32, w: usize): void {
  const wb = <usize>(c1 - c0) << 3;
  memory.fill(w, 0, wb);
  const ld = <usize>n << 3;
  for (let i = 0; i < len; i++) {
    const rowp = a + <usize>(r0 + i) * ld;
    const u = load<f64>(rowp + (<usize>uc << 3));
    if (u == 0) continue;
    const row = rowp + (<usize>c0 << 3);
    const uv = f64x2.splat(u);
    let j: usize = 0;
    for (; j + 16 <= wb; j += 16) v128.store(w + j, f64x2.add(v128.load(w + j), f64x2.mul(uv, v128.load(row + j))));
    if (j < wb) store<f64>(w + j, load<f64>(w + j) + u * load<f64>(row + j));
  }
  for (let i = 0; i < len; i++) {
    const rowp = a + <usize>(r0 + i) * ld;
    const u = beta * load<f64>(rowp + (<usize>uc << 3));
    if (u == 0) continue;
    const row = rowp + (<usize>c0 << 3);
    const uv = f64x2.splat(u);
    let j: usize = 0;
    for (; j + 16 <= wb; j += 16) v128.store(row + j, f64x2.sub(v128.load(row + j), f64x2.mul(uv, v128.load(w + j))));
    if (j < wb) store<f64>(row + j, load<f64>(row + j) - u * load<f64>(w + j));
  }
}

/**
 * Rows r0..r1-1, columns c0..c1-1 <- A (I - beta u u^T), u at `u` (unit stride). The dot
 * products keep two partial sums (even / odd offsets, the odd tail element to the even one)
 * added at the end, as applyRight's JS loop does.
 */
function rightReflect(a: usize, n: i32, r0: i32, r1: i32, c0: i32, c1: i32, u: usize, beta: f64): void {
  const wb = <usize>(c1 - c0) << 3;
  const ld = <usize>n << 3;
  for (let i = r0; i < r1; i++) {
    const row = a + <usize>i * ld + (<usize>c0 << 3);
    let acc = f64x2.splat(0);
    let j: usize = 0;
    for (; j + 16 <= wb; j += 16) acc = f64x2.add(acc, f64x2.mul(v128.load(row + j), v128.load(u + j)));
    let s0 = f64x2.extract_lane(acc, 0);
    const s1 = f64x2.extract_lane(acc, 1);
    if (j < wb) s0 += load<f64>(row + j) * load<f64>(u + j);
    const s = (s0 + s1) * beta;
    if (s == 0) continue;
    const sv = f64x2.splat(s);
    j = 0;
    for (; j + 16 <= wb; j += 16) v128.store(row + j, f64x2.sub(v128.load(row + j), f64x2.mul(sv, v128.load(u + j))));
    if (j < wb) store<f64>(row + j, load<f64>(row + j) - s * load<f64>(u + j));
  }
}

export function bidiag_f64(a: usize, m: i32, n: i32, d: usize, e: usize, bl: usize, br: usize, w: usize): void {
  const ld = <usize>n << 3;
  for (let k = 0; k < n; k++) {
    const kk = a + <usize>k * ld + (<usize>k << 3);
    const len = m - k;
    store<f64>(bl + (<usize>k << 3), 0);
    store<f64>(br + (<usize>k << 3), 0);
    store<f64>(e + (<usize>k << 3), 0);
    if (len > 1) {
      house(kk, ld, len);
      store<f64>(bl + (<usize>k << 3), hBeta);
      store<f64>(d + (<usize>k << 3), hGamma);
      if (hBeta != 0) leftReflect(a, n, k, len, k + 1, n, hBeta, k, w);
    } else {
      store<f64>(d + (<usize>k << 3), load<f64>(kk));
    }
    if (k < n - 1) {
      const len2 = n - k - 1;
      const base = kk + 8;
      if (len2 > 1) {
        house(base, 8, len2);
        store<f64>(br + (<usize>k << 3), hBeta);
        store<f64>(e + (<usize>k << 3), hGamma);
        if (hBeta != 0) rightReflect(a, n, k + 1, m, k + 1, n, base, hBeta);
      } else {
        store<f64>(e + (<usize>k << 3), load<f64>(base));
      }
    }
  }
}

// trd_f64: Householder tridiagonalisation of a real symmetric n x n row-major matrix at `a`
// (lower triangle referenced and updated), the unblocked loop of tridiagonalize in
// src/linalg/lapack/symmetric_eigen_kernel.ts: reflector k from column k below the
// sub-diagonal (left there, first entry 1, beta to `betas`), p = beta A22 u from the lower
// triangle four rows at a time, w = p - (beta/2 u^T p) u, A22 -= u w^T + w u^T. Diagonal to
// d, sub-diagonal to e; `u`, `p`: n doubles of workspace each.

/** p[0..L) = A u for the L x L block at `blk` (row stride ld bytes), lower triangle. */
function symvLower(blk: usize, ld: usize, L: i32, u: usize, p: usize): void {
  memory.fill(p, 0, <usize>L << 3);
  let r = 0;
  for (; r + 3 < L; r += 4) {
    const r0 = blk + <usize>r * ld;
    const r1 = r0 + ld;
    const r2 = r1 + ld;
    const r3 = r2 + ld;
    const u0 = f64x2.splat(load<f64>(u + (<usize>r << 3)));
    const u1 = f64x2.splat(load<f64>(u + (<usize>(r + 1) << 3)));
    const u2 = f64x2.splat(load<f64>(u + (<usize>(r + 2) << 3)));
    const u3 = f64x2.splat(load<f64>(u + (<usize>(r + 3) << 3)));
    let s0 = f64x2.splat(0);
    let s1 = f64x2.splat(0);
    let s2 = f64x2.splat(0);
    let s3 = f64x2.splat(0);
    const end = <usize>r << 3;
    let j: usize = 0;
    for (; j + 16 <= end; j += 16) {
      const a0 = v128.load(r0 + j);
      const a1 = v128.load(r1 + j);
      const a2 = v128.load(r2 + j);
      const a3 = v128.load(r3 + j);
      const uj = v128.load(u + j);
      s0 = f64x2.add(s0, f64x2.mul(a0, uj));
      s1 = f64x2.add(s1, f64x2.mul(a1, uj));
      s2 = f64x2.add(s2, f64x2.mul(a2, uj));
      s3 = f64x2.add(s3, f64x2.mul(a3, uj));
      const t = f64x2.add(
        f64x2.add(f64x2.mul(a0, u0), f64x2.mul(a1, u1)),
        f64x2.add(f64x2.mul(a2, u2), f64x2.mul(a3, u3)),
      );
      v128.store(p + j, f64x2.add(v128.load(p + j), t));
    }
    let t0 = f64x2.extract_lane(s0, 0) + f64x2.extract_lane(s0, 1);
    let t1 = f64x2.extract_lane(s1, 0) + f64x2.extract_lane(s1, 1);
    let t2 = f64x2.extract_lane(s2, 0) + f64x2.extract_lane(s2, 1);
    let t3 = f64x2.extract_lane(s3, 0) + f64x2.extract_lane(s3, 1);
    const x0 = f64x2.extract_lane(u0, 0);
    const x1 = f64x2.extract_lane(u1, 0);
    const x2 = f64x2.extract_lane(u2, 0);
    const x3 = f64x2.extract_lane(u3, 0);
    for (; j < end; j += 8) {
      const a0 = load<f64>(r0 + j);
      const a1 = load<f64>(r1 + j);
      const a2 = load<f64>(r2 + j);
      const a3 = load<f64>(r3 + j);
      const uj = load<f64>(u + j);
      t0 += a0 * uj;
      t1 += a1 * uj;
      t2 += a2 * uj;
      t3 += a3 * uj;
      store<f64>(p + j, load<f64>(p + j) + (a0 * x0 + a1 * x1 + (a2 * x2 + a3 * x3)));
    }
    // the 4 x 4 diagonal block (lower part)
    const d = <usize>r << 3;
    const b10 = load<f64>(r1 + d);
    const b20 = load<f64>(r2 + d);
    const b21 = load<f64>(r2 + d + 8);
    const b30 = load<f64>(r3 + d);
    const b31 = load<f64>(r3 + d + 8);
    const b32 = load<f64>(r3 + d + 16);
    const pr = p + d;
    store<f64>(pr, load<f64>(pr) + t0 + load<f64>(r0 + d) * x0 + b10 * x1 + b20 * x2 + b30 * x3);
    store<f64>(pr + 8, load<f64>(pr + 8) + t1 + b10 * x0 + load<f64>(r1 + d + 8) * x1 + b21 * x2 + b31 * x3);
    store<f64>(pr + 16, load<f64>(pr + 16) + t2 + b20 * x0 + b21 * x1 + load<f64>(r2 + d + 16) * x2 + b32 * x3);
    store<f64>(pr + 24, load<f64>(pr + 24) + t3 + b30 * x0 + b31 * x1 + b32 * x2 + load<f64>(r3 + d + 24) * x3);
  }
  for (; r < L; r++) {
    const row = blk + <usize>r * ld;
    const ur = load<f64>(u + (<usize>r << 3));
    let s: f64 = 0;
    const end = <usize>r << 3;
    for (let j: usize = 0; j < end; j += 8) {
      const x = load<f64>(row + j);
      s += x * load<f64>(u + j);
      store<f64>(p + j, load<f64>(p + j) + x * ur);
    }
    store<f64>(p + end, load<f64>(p + end) + s + load<f64>(row + end) * ur);
  }
}

export function trd_f64(a: usize, n: i32, d: usize, e: usize, betas: usize, u: usize, p: usize): void {
  const ld = <usize>n << 3;
  for (let k = 0; k < n - 2; k++) {
    store<f64>(d + (<usize>k << 3), load<f64>(a + <usize>k * ld + (<usize>k << 3)));
    const L = n - k - 1;
    const col = a + <usize>(k + 1) * ld + (<usize>k << 3);
    house(col, ld, L);
    const beta = hBeta;
    store<f64>(betas + (<usize>k << 3), beta);
    store<f64>(e + (<usize>k << 3), hGamma);
    if (beta == 0) continue;
    for (let j = 0; j < L; j++) store<f64>(u + (<usize>j << 3), load<f64>(col + <usize>j * ld));
    const blk = a + <usize>(k + 1) * ld + (<usize>(k + 1) << 3);
    symvLower(blk, ld, L, u, p);
    let K: f64 = 0;
    for (let j = 0; j < L; j++) {
      const q = p + (<usize>j << 3);
      const v = load<f64>(q) * beta;
      store<f64>(q, v);
      K += load<f64>(u + (<usize>j << 3)) * v;
    }
    K *= beta / 2;
    const kv = f64x2.splat(K);
    const bytes = <usize>L << 3;
    let j: usize = 0;
    for (; j + 16 <= bytes; j += 16) v128.store(p + j, f64x2.sub(v128.load(p + j), f64x2.mul(kv, v128.load(u + j))));
    if (j < bytes) store<f64>(p + j, load<f64>(p + j) - K * load<f64>(u + j));
    // A22 -= u w^T + w u^T on the lower triangle, two rows per pass (they share the loads
    // of w and u), then the odd last row
    let i = 0;
    for (; i + 1 < L; i += 2) {
      const ra = blk + <usize>i * ld;
      const rb = ra + ld;
      const ua = load<f64>(u + (<usize>i << 3));
      const wa = load<f64>(p + (<usize>i << 3));
      const ub = load<f64>(u + (<usize>(i + 1) << 3));
      const wb = load<f64>(p + (<usize>(i + 1) << 3));
      const uav = f64x2.splat(ua);
      const wav = f64x2.splat(wa);
      const ubv = f64x2.splat(ub);
      const wbv = f64x2.splat(wb);
      const endA = (<usize>i + 1) << 3;
      const endB = endA + 8;
      let c: usize = 0;
      for (; c + 16 <= endA; c += 16) {
        const pc = v128.load(p + c);
        const uc = v128.load(u + c);
        v128.store(ra + c, f64x2.sub(v128.load(ra + c), f64x2.add(f64x2.mul(uav, pc), f64x2.mul(wav, uc))));
        v128.store(rb + c, f64x2.sub(v128.load(rb + c), f64x2.add(f64x2.mul(ubv, pc), f64x2.mul(wbv, uc))));
      }
      if (c < endA) store<f64>(ra + c, load<f64>(ra + c) - (ua * load<f64>(p + c) + wa * load<f64>(u + c)));
      for (; c < endB; c += 8) store<f64>(rb + c, load<f64>(rb + c) - (ub * load<f64>(p + c) + wb * load<f64>(u + c)));
    }
    for (; i < L; i++) {
      const row = blk + <usize>i * ld;
      const ui = load<f64>(u + (<usize>i << 3));
      const wi = load<f64>(p + (<usize>i << 3));
      const uv = f64x2.splat(ui);
      const wv = f64x2.splat(wi);
      const end = (<usize>i + 1) << 3;
      let c: usize = 0;
      for (; c + 16 <= end; c += 16) {
        const t = f64x2.add(f64x2.mul(uv, v128.load(p + c)), f64x2.mul(wv, v128.load(u + c)));
        v128.store(row + c, f64x2.sub(v128.load(row + c), t));
      }
      if (c < end) store<f64>(row + c, load<f64>(row + c) - (ui * load<f64>(p + c) + wi * load<f64>(u + c)));
    }
  }
  if (n >= 2) {
    store<f64>(d + (<usize>(n - 2) << 3), load<f64>(a + <usize>(n - 2) * ld + (<usize>(n - 2) << 3)));
    store<f64>(e + (<usize>(n - 2) << 3), load<f64>(a + <usize>(n - 1) * ld + (<usize>(n - 2) << 3)));
  }
  if (n >= 1) store<f64>(d + (<usize>(n - 1) << 3), load<f64>(a + <usize>(n - 1) * ld + (<usize>(n - 1) << 3)));
}

// trsm_leaf: the small triangular solves at the leaves of lu.ts's recursive TRSMs, on an
// R x ncols row-major block `b` (row stride ncols) with the R x R coefficients `t` (row-major):
// `upper` 0: unit lower, row i -= sum_{p<i} t[i][p] row p, i ascending; `upper` 1: row i -=
// sum_{p>i} t[i][p] row p, then row i /= t[i][i], i descending; `upper` 2 (cholesky.ts's
// non-unit lower): as 0, then row i *= 1 / t[i][i] (the JS leaf's reciprocal). Source rows are taken two at a
// time (row i -= (t0 row p + t1 row p+1)), as subRows in lu.ts does: the same bits.

function subRowsW(b: usize, rb: usize, t: usize, p0: i32, p1: i32, bytes: usize): void {
  const bi = b + rb;
  let p = p0;
  // two pairs per pass over the target row (its loads and stores halved): the same
  // operations as two passes of one pair each
  for (; p + 3 < p1; p += 4) {
    const x0 = load<f64>(t + (<usize>p << 3));
    const x1 = load<f64>(t + (<usize>(p + 1) << 3));
    const x2 = load<f64>(t + (<usize>(p + 2) << 3));
    const x3 = load<f64>(t + (<usize>(p + 3) << 3));
    const v0 = f64x2.splat(x0);
    const v1 = f64x2.splat(x1);
    const v2 = f64x2.splat(x2);
    const v3 = f64x2.splat(x3);
    const s0 = b + <usize>p * bytes;
    const s1 = s0 + bytes;
    const s2 = s1 + bytes;
    const s3 = s2 + bytes;
    let c: usize = 0;
    for (; c + 16 <= bytes; c += 16) {
      const ta = f64x2.add(f64x2.mul(v0, v128.load(s0 + c)), f64x2.mul(v1, v128.load(s1 + c)));
      const tb = f64x2.add(f64x2.mul(v2, v128.load(s2 + c)), f64x2.mul(v3, v128.load(s3 + c)));
      v128.store(bi + c, f64x2.sub(f64x2.sub(v128.load(bi + c), ta), tb));
    }
    if (c < bytes) {
      const y = load<f64>(bi + c) - (x0 * load<f64>(s0 + c) + x1 * load<f64>(s1 + c));
      store<f64>(bi + c, y - (x2 * load<f64>(s2 + c) + x3 * load<f64>(s3 + c)));
    }
  }
  for (; p + 1 < p1; p += 2) {
    const x0 = load<f64>(t + (<usize>p << 3));
    const x1 = load<f64>(t + (<usize>(p + 1) << 3));
    const v0 = f64x2.splat(x0);
    const v1 = f64x2.splat(x1);
    const s0 = b + <usize>p * bytes;
    const s1 = s0 + bytes;
    let c: usize = 0;
    for (; c + 16 <= bytes; c += 16) {
      const t2 = f64x2.add(f64x2.mul(v0, v128.load(s0 + c)), f64x2.mul(v1, v128.load(s1 + c)));
      v128.store(bi + c, f64x2.sub(v128.load(bi + c), t2));
    }
    if (c < bytes) store<f64>(bi + c, load<f64>(bi + c) - (x0 * load<f64>(s0 + c) + x1 * load<f64>(s1 + c)));
  }
  if (p < p1) {
    const x0 = load<f64>(t + (<usize>p << 3));
    const v0 = f64x2.splat(x0);
    const s0 = b + <usize>p * bytes;
    let c: usize = 0;
    for (; c + 16 <= bytes; c += 16) v128.store(bi + c, f64x2.sub(v128.load(bi + c), f64x2.mul(v0, v128.load(s0 + c))));
    if (c < bytes) store<f64>(bi + c, load<f64>(bi + c) - x0 * load<f64>(s0 + c));
  }
}

export function trsm_leaf(b: usize, t: usize, R: i32, ncols: i32, upper: i32): void {
  const bytes = <usize>ncols << 3;
  const tl = <usize>R << 3;
  if (upper == 0) {
    for (let i = 1; i < R; i++) subRowsW(b, <usize>i * bytes, t + <usize>i * tl, 0, i, bytes);
    return;
  }
  if (upper == 2) {
    for (let i = 0; i < R; i++) {
      const rb = <usize>i * bytes;
      subRowsW(b, rb, t + <usize>i * tl, 0, i, bytes);
      const r = 1 / load<f64>(t + <usize>i * tl + (<usize>i << 3));
      const rv = f64x2.splat(r);
      const bi = b + rb;
      let c: usize = 0;
      for (; c + 16 <= bytes; c += 16) v128.store(bi + c, f64x2.mul(v128.load(bi + c), rv));
      if (c < bytes) store<f64>(bi + c, load<f64>(bi + c) * r);
    }
    return;
  }
  for (let i = R - 1; i >= 0; i--) {
    const rb = <usize>i * bytes;
    subRowsW(b, rb, t + <usize>i * tl, i + 1, R, bytes);
    const d = load<f64>(t + <usize>i * tl + (<usize>i << 3));
    const dv = f64x2.splat(d);
    const bi = b + rb;
    let c: usize = 0;
    for (; c + 16 <= bytes; c += 16) v128.store(bi + c, f64x2.div(v128.load(bi + c), dv));
    if (c < bytes) store<f64>(bi + c, load<f64>(bi + c) / d);
  }
}
