/**
 * Cuppen's divide and conquer for the real symmetric tridiagonal eigenproblem (the scheme of
 * LAPACK's xSTEDC, used by NumPy's eigh through xSYEVD): split T into two halves coupled by a
 * rank-one term, solve the halves recursively, then solve the secular equation of
 * D + rho z z^T (with deflation of small z components and close poles, Gu–Eisenstat
 * recomputation of z for orthogonal vectors) and combine the eigenvector blocks with one GEMM.
 * Small blocks use the implicit QL iteration.
 */
import { LinAlgError } from '../../_core/errors.js';
import { gemm, gemmSingle } from '../../_core/kernels/gemm.js';
import { wasmKernels } from '../../_core/kernels/index.js';

const EPS = 2 ** -52;
/** Below this size a block is solved by implicit QL. */
const LEAF = 32;

/** Eigen-decomposition of a tridiagonal: w ascending, q n x n row-major (column j = vector j). */
export interface TridiagEig {
  w: Float64Array;
  q: Float64Array;
}

type QLSolver = (n: number, d: Float64Array, e: Float64Array, zt: Float64Array) => void;

/**
 * Eigenvalues and eigenvectors of the symmetric tridiagonal (d, e) (e[k] couples k and k+1),
 * by divide and conquer; `ql` solves leaf blocks (rotations applied to the rows of zt).
 */
export function tridiagonalDC(
  n: number,
  d: Float64Array,
  e: Float64Array,
  ql: QLSolver,
  leafMax = LEAF,
): TridiagEig {
  // LAPACK's dlaed0 halves every block at once until the largest has at most SMLSIZ rows,
  // so all leaves sit at the same depth (a 26-row block's 25-row sibling is split too)
  let depth = 0;
  while (Math.ceil(n / 2 ** depth) > leafMax) depth++;
  return splitDC(n, d, e, ql, depth);
}

function splitDC(
  n: number,
  d: Float64Array,
  e: Float64Array,
  ql: QLSolver,
  depth: number,
): TridiagEig {
  if (depth === 0) return leaf(n, d, e, ql);
  const k = n >> 1;
  const rho0 = e[k - 1];
  const arho = Math.abs(rho0);
  const sgn = rho0 < 0 ? -1 : 1;
  const d1 = d.slice(0, k);
  const d2 = d.slice(k);
  d1[k - 1] -= arho;
  d2[0] -= arho;
  const left = splitDC(k, d1, e.slice(0, k - 1), ql, depth - 1);
  const right = splitDC(n - k, d2, e.slice(k, n - 1), ql, depth - 1);
  return merge(n, k, left, right, arho, sgn);
}

function leaf(n: number, d: Float64Array, e: Float64Array, ql: QLSolver): TridiagEig {
  const dd = d.slice();
  const ee = new Float64Array(n);
  ee.set(e.subarray(0, Math.max(0, n - 1)));
  const zt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) zt[i * n + i] = 1;
  ql(n, dd, ee, zt);
  const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => dd[p] - dd[q] || p - q);
  const w = new Float64Array(n);
  const q = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const src = order[j];
    w[j] = dd[src];
    for (let i = 0; i < n; i++) q[i * n + j] = zt[src * n + i];
  }
  return { w, q };
}

/** Merge the halves (sizes k, n - k) coupled by rho (>= 0) with sign sgn on the second. */
function merge(
  n: number,
  k: number,
  left: TridiagEig,
  right: TridiagEig,
  rho: number,
  sgn: number,
): TridiagEig {
  const n2 = n - k;
  // Q = blockdiag(Q1, Q2) (n x n), D = [w1, w2], z = [last row of Q1, sgn * first row of Q2]
  const Q = new Float64Array(n * n);
  for (let i = 0; i < k; i++) Q.set(left.q.subarray(i * k, i * k + k), i * n);
  for (let i = 0; i < n2; i++) Q.set(right.q.subarray(i * n2, i * n2 + n2), (k + i) * n + k);
  const D = new Float64Array(n);
  D.set(left.w);
  D.set(right.w, k);
  const z = new Float64Array(n);
  for (let j = 0; j < k; j++) z[j] = left.q[(k - 1) * k + j];
  for (let j = 0; j < n2; j++) z[k + j] = sgn * right.q[j];
  // normalise z: D + rho z z^T = D + rhoN zN zN^T with ||zN|| = 1
  let zz = 0;
  for (let i = 0; i < n; i++) zz += z[i] * z[i];
  const zn = Math.sqrt(zz);
  const rhoN = rho * zz;
  if (rhoN === 0 || zn === 0) return sortAll(n, D, Q);
  for (let i = 0; i < n; i++) z[i] /= zn;
  // sort the poles ascending; column j of the sorted problem is column perm[j] of Q (Q's
  // columns are not moved: the products below gather them through perm)
  const perm = Int32Array.from(
    Array.from({ length: n }, (_, i) => i).sort((p, q) => D[p] - D[q] || p - q),
  );
  const Ds = new Float64Array(n);
  const zs = new Float64Array(n);
  // the row blocks where each column of Q may be non-zero: 1 top (the first k rows), 2 bottom
  const sup = new Uint8Array(n);
  for (let c = 0; c < n; c++) sup[c] = c < k ? 1 : 2;
  for (let j = 0; j < n; j++) {
    const src = perm[j];
    Ds[j] = D[src];
    zs[j] = z[src];
  }
  // deflation: negligible z components, and close poles (a rotation zeroes one z entry)
  // LAPACK's dlaed2 tolerance: 8 eps max(|D|, |z|) with eps the unit roundoff (z has unit
  // norm); a looser one deflated poles LAPACK keeps, whose vectors then differed in sign
  let dmax = 0;
  let zmax = 0;
  for (let i = 0; i < n; i++) {
    dmax = Math.max(dmax, Math.abs(Ds[i]));
    zmax = Math.max(zmax, Math.abs(zs[i]));
  }
  const tol = 8 * (EPS / 2) * Math.max(dmax, zmax);
  const keep: number[] = [];
  const deflated: number[] = [];
  let prev = -1;
  for (let j = 0; j < n; j++) {
    if (rhoN * Math.abs(zs[j]) <= tol) {
      deflated.push(j);
      continue;
    }
    if (prev >= 0) {
      const r = Math.hypot(zs[prev], zs[j]);
      const c = zs[j] / r;
      const s = -zs[prev] / r;
      // the off-diagonal the rotation leaves behind is (D_j - D_prev) c s
      if (Math.abs((Ds[j] - Ds[prev]) * c * s) <= tol) {
        // rotate sorted columns prev, j: z_prev -> 0, z_j -> r
        const cp = perm[prev];
        const cj = perm[j];
        for (let i = 0; i < n; i++) {
          const a = Q[i * n + cp];
          const b = Q[i * n + cj];
          Q[i * n + cp] = c * a + s * b;
          Q[i * n + cj] = -s * a + c * b;
        }
        sup[cp] = sup[cj] = sup[cp] | sup[cj];
        const t = Ds[prev] * c * c + Ds[j] * s * s;
        Ds[j] = Ds[prev] * s * s + Ds[j] * c * c;
        Ds[prev] = t;
        zs[prev] = 0;
        zs[j] = r;
        deflated.push(prev);
        // keep the kept poles sorted: the rotated D_j may have moved below its neighbours
        prev = j;
        continue;
      }
      keep.push(prev);
    }
    prev = j;
  }
  if (prev >= 0) keep.push(prev);
  keep.sort((a, b) => Ds[a] - Ds[b] || a - b);
  const kk = keep.length;
  const dK = new Float64Array(kk);
  const zK = new Float64Array(kk);
  for (let i = 0; i < kk; i++) {
    dK[i] = Ds[keep[i]];
    zK[i] = zs[keep[i]];
  }
  // secular equation: roots lambda_j = dK[org[j]] + tau[j]; delta[i][j] = dK[i] - lambda_j
  const delta = new Float64Array(kk * kk);
  const lam = new Float64Array(kk);
  const norm = new Float64Array(kk);
  if (!secularWasm(kk, dK, zK, rhoN, lam, delta, norm)) {
    for (let j = 0; j < kk; j++) lam[j] = secularRoot(kk, j, dK, zK, rhoN, delta);
    guVectors(kk, dK, zK, rhoN, delta, norm);
  }
  // one pole left: dlaed3 takes the vector as +1 (the formula would give -sign(z))
  if (kk === 1) {
    delta[0] = 1;
    norm[0] = 1;
  }
  // delta now holds U
  const U = delta;
  // (the columns of U are scaled by norm as blockProduct copies its rows)
  // new vectors: Q[:, perm[keep]] U, deflated columns unchanged. Q is block diagonal up to
  // the deflation rotations, so the top k rows and the bottom n - k rows are two GEMMs, each
  // over only the kept columns that are non-zero in those rows (about half the flops).
  const QN = new Float64Array(n * kk);
  const src = new Int32Array(kk);
  for (let c = 0; c < kk; c++) src[c] = perm[keep[c]];
  if (kk > 0) {
    blockProduct(Q, n, 0, k, src, sup, 1, U, norm, kk, QN);
    blockProduct(Q, n, k, n, src, sup, 2, U, norm, kk, QN);
  }
  const W = new Float64Array(n);
  for (let j = 0; j < kk; j++) W[j] = lam[j];
  for (let t = 0; t < deflated.length; t++) W[kk + t] = Ds[deflated[t]];
  // ascending eigenvalues, the vectors alike: column jj of the result is column order[jj] of
  // [QN, Q[:, perm[deflated]]]
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => W[a] - W[b] || a - b);
  const w2 = new Float64Array(n);
  const from = new Int32Array(n);
  for (let jj = 0; jj < n; jj++) {
    const o = order[jj];
    w2[jj] = W[o];
    // >= 0: column of QN; < 0: -1 - (column of Q)
    from[jj] = o < kk ? o : -1 - perm[deflated[o - kk]];
  }
  // nothing deflated and the roots already ascending: QN is the result as it stands
  let identity = kk === n;
  for (let jj = 0; identity && jj < n; jj++) identity = from[jj] === jj;
  if (identity) return { w: w2, q: QN };
  // the gathers from QN and from Q as two branch-free lists
  const nd = n - kk;
  const toN = new Int32Array(kk);
  const fromN = new Int32Array(kk);
  const toD = new Int32Array(nd);
  const fromD = new Int32Array(nd);
  for (let jj = 0, a = 0, b = 0; jj < n; jj++) {
    const f = from[jj];
    if (f >= 0) {
      toN[a] = jj;
      fromN[a++] = f;
    } else {
      toD[b] = jj;
      fromD[b++] = -1 - f;
    }
  }
  const Q2 = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    const qn = i * kk;
    for (let t = 0; t < kk; t++) Q2[row + toN[t]] = QN[qn + fromN[t]];
    for (let t = 0; t < nd; t++) Q2[row + toD[t]] = Q[row + fromD[t]];
  }
  return { w: w2, q: Q2 };
}

/** Scratch operands of `blockProduct`, grown on demand. */
let scratchA = new Float64Array(0);
let scratchB = new Float64Array(0);

/**
 * QN[r0:r1, :] = Q[r0:r1, src[c]] (U[c, :] * norm) over the columns c that may be non-zero in
 * those rows (`sup[src[c]]` has the block's bit `blk`).
 */
function blockProduct(
  Q: Float64Array,
  n: number,
  r0: number,
  r1: number,
  src: Int32Array,
  sup: Uint8Array,
  blk: number,
  U: Float64Array,
  norm: Float64Array,
  kk: number,
  QN: Float64Array,
): void {
  const rows = r1 - r0;
  if (rows <= 0) return;
  const cols: number[] = [];
  for (let c = 0; c < kk; c++) {
    if (sup[src[c]] & blk) cols.push(c);
  }
  const nc = cols.length;
  if (nc === 0) return;
  // the operands live in module scratch (the GEMM does not keep them)
  if (scratchA.length < rows * nc) scratchA = new Float64Array(rows * nc);
  if (scratchB.length < nc * kk) scratchB = new Float64Array(nc * kk);
  const A = scratchA;
  const B = scratchB;
  const at = new Int32Array(nc);
  for (let c = 0; c < nc; c++) at[c] = src[cols[c]];
  for (let i = 0; i < rows; i++) {
    const row = (r0 + i) * n;
    for (let c = 0; c < nc; c++) A[i * nc + c] = Q[row + at[c]];
  }
  for (let c = 0; c < nc; c++) {
    const u = cols[c] * kk;
    for (let j = 0; j < kk; j++) B[c * kk + j] = U[u + j] * norm[j];
  }
  const A_ = { data: A, off: 0, rs: nc, cs: 1 };
  const B_ = { data: B, off: 0, rs: kk, cs: 1 };
  // (threaded only when large: see THREAD_MIN in lu.ts, same measurements)
  if (rows * kk * nc >= 1 << 25) gemm(false, rows, kk, nc, A_, B_, QN, r0 * kk, kk);
  else gemmSingle(false, rows, kk, nc, 1, false, A_, B_, QN, r0 * kk, kk);
}

function sortAll(n: number, w: Float64Array, q: Float64Array): TridiagEig {
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => w[a] - w[b] || a - b);
  let sorted = true;
  for (let i = 0; i < n; i++) if (order[i] !== i) sorted = false;
  if (sorted) return { w, q };
  const w2 = new Float64Array(n);
  const q2 = new Float64Array(n * n);
  for (let j = 0; j < n; j++) w2[j] = w[order[j]];
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) q2[row + j] = q[row + order[j]];
  }
  return { w: w2, q: q2 };
}

/**
 * Gu–Eisenstat: z recomputed from the roots (so that the vectors are orthogonal), then the
 * eigenvectors of the kept part u_ij = zh_i / delta_ij written over delta, and in `norm`
 * the reciprocals of their column norms (each column's sum of squares in row order).
 */
function guVectors(
  kk: number,
  dK: Float64Array,
  zK: Float64Array,
  rhoN: number,
  delta: Float64Array,
  norm: Float64Array,
): void {
  const zh = new Float64Array(kk);
  for (let i = 0; i < kk; i++) {
    // zh_i^2 = (lam_last - d_i)/rho * prod_{j<i} (lam_j - d_i)/(d_j - d_i)
    //          * prod_{i<=j<kk-1} (lam_j - d_i)/(d_{j+1} - d_i)
    let p = -delta[i * kk + kk - 1] / rhoN;
    for (let j = 0; j < i; j++) p *= -delta[i * kk + j] / (dK[j] - dK[i]);
    for (let j = i; j < kk - 1; j++) p *= -delta[i * kk + j] / (dK[j + 1] - dK[i]);
    const v = Math.sqrt(Math.max(p, 0));
    zh[i] = zK[i] < 0 ? -v : v;
  }
  for (let i = 0; i < kk; i++) {
    const row = i * kk;
    const zi = zh[i];
    for (let j = 0; j < kk; j++) {
      const v = zi / delta[row + j];
      delta[row + j] = v;
      norm[j] += v * v;
    }
  }
  for (let j = 0; j < kk; j++) norm[j] = 1 / Math.sqrt(norm[j]);
}

interface SecularExports {
  secular_f64?: (
    kk: number,
    d: number,
    z: number,
    rho: number,
    lam: number,
    delta: number,
    zh: number,
    norm: number,
  ) => number;
}

/**
 * The roots of the merge (`secularRoot` for every j < kk), then `guVectors`, by the wasm SIMD
 * kernel secular_f64 (assembly/secular.ts) in the module's scratch memory: the same bits.
 * False (nothing done) when the module is not loaded or delta does not fit.
 */
function secularWasm(
  kk: number,
  d: Float64Array,
  z: Float64Array,
  rho: number,
  lam: Float64Array,
  delta: Float64Array,
  norm: Float64Array,
): boolean {
  const w = wasmKernels();
  const kern = w === null ? undefined : (w.ex as unknown as SecularExports).secular_f64;
  if (w === null || kern === undefined || kk < 8) return false;
  const base = (w.base + 63) & ~63;
  const o = base / 8;
  // d, z, lam, zh, norm (kk each), then delta
  if (base + (5 * kk + kk * kk) * 8 > w.scratchEnd) return false;
  const f64 = w.f64;
  f64.set(d.subarray(0, kk), o);
  f64.set(z.subarray(0, kk), o + kk);
  const at = (k: number) => base + k * kk * 8;
  if (kern(kk, at(0), at(1), rho, at(2), at(5), at(3), at(4)) !== 0)
    throw new LinAlgError('Eigenvalues did not converge');
  lam.set(f64.subarray(o + 2 * kk, o + 3 * kk));
  norm.set(f64.subarray(o + 4 * kk, o + 5 * kk));
  delta.set(f64.subarray(o + 5 * kk, o + 5 * kk + kk * kk));
  return true;
}

/** psi, dpsi, phi, dphi of the last `poleSums` call. */
let sPsi = 0;
let sDpsi = 0;
let sPhi = 0;
let sDphi = 0;

/**
 * Over i in [0, j] (psi, dpsi) and (j, kk) (phi, dphi): t = z_i / ((d_i - dO) - tau), sums of
 * z_i t and t^2. Each sum runs in two lanes (even and odd offsets from its first i, an odd
 * tail to the even lane) added at the end: the order of the wasm kernel (secular_f64 in
 * assembly/lapack.ts), so both give the same bits.
 */
function poleSums(
  kk: number,
  j: number,
  d: Float64Array,
  z: Float64Array,
  dO: number,
  tau: number,
): void {
  let p0 = 0;
  let p1 = 0;
  let q0 = 0;
  let q1 = 0;
  let i = 0;
  for (; i + 1 <= j; i += 2) {
    const t0 = z[i] / (d[i] - dO - tau);
    const t1 = z[i + 1] / (d[i + 1] - dO - tau);
    p0 += z[i] * t0;
    q0 += t0 * t0;
    p1 += z[i + 1] * t1;
    q1 += t1 * t1;
  }
  if (i <= j) {
    const t0 = z[i] / (d[i] - dO - tau);
    p0 += z[i] * t0;
    q0 += t0 * t0;
  }
  sPsi = p0 + p1;
  sDpsi = q0 + q1;
  p0 = 0;
  p1 = 0;
  q0 = 0;
  q1 = 0;
  i = j + 1;
  for (; i + 1 < kk; i += 2) {
    const t0 = z[i] / (d[i] - dO - tau);
    const t1 = z[i + 1] / (d[i + 1] - dO - tau);
    p0 += z[i] * t0;
    q0 += t0 * t0;
    p1 += z[i + 1] * t1;
    q1 += t1 * t1;
  }
  if (i < kk) {
    const t0 = z[i] / (d[i] - dO - tau);
    p0 += z[i] * t0;
    q0 += t0 * t0;
  }
  sPhi = p0 + p1;
  sDphi = q0 + q1;
}

/**
 * Root j of 1/rho + sum_i z_i^2 / (d_i - lambda) = 0 (d ascending, rho > 0), in
 * (d_j, d_{j+1}) or (d_last, d_last + rho) for the last. Works relative to the nearer pole
 * (so d_i - lambda keeps full relative accuracy, written to delta[i * kk + j]) with rational
 * (two-pole) Newton-like steps safeguarded by bisection. The value at the midpoint of the
 * gap, which picks the pole, is also the first iterate when the root lies left of it.
 */
function secularRoot(
  kk: number,
  j: number,
  d: Float64Array,
  z: Float64Array,
  rho: number,
  delta: Float64Array,
): number {
  const last = j === kk - 1;
  let o = j;
  let lo: number;
  let hi: number;
  let tau: number;
  // whether sPsi.. hold the values at (o, tau) already
  let have = false;
  if (last) {
    // (z is normalised, so the root is at most rho above the last pole)
    lo = 0;
    hi = rho;
    tau = hi / 2;
  } else {
    // the root lies left of the midpoint when f(mid) >= 0
    const gap = d[j + 1] - d[j];
    poleSums(kk, j, d, z, d[j], gap / 2);
    if (1 / rho + sPsi + sPhi >= 0) {
      lo = 0;
      hi = gap / 2;
      tau = hi;
      have = true;
    } else {
      o = j + 1;
      lo = -gap / 2;
      hi = 0;
      tau = lo / 2;
    }
  }
  const dO = d[o];
  for (let it = 0; it < 200; it++) {
    // value and the two-pole rational model around the poles j and j+1
    if (!have) poleSums(kk, j, d, z, dO, tau);
    have = false;
    const psi = sPsi;
    const dpsi = sDpsi;
    const phi = sPhi;
    const dphi = sDphi;
    const w = 1 / rho + psi + phi;
    if (w === 0) break;
    if (w < 0) lo = tau;
    else hi = tau;
    const errBound = 8 * kk * EPS * (1 / rho + Math.abs(psi) + Math.abs(phi));
    if (Math.abs(w) <= errBound) break;
    // model: C + s/(dj - eta) + S/(dj1 - eta), matching psi, phi and their derivatives
    const dj = d[j] - dO - tau;
    let eta: number;
    if (last) {
      const s = dj * dj * dpsi;
      const C = 1 / rho + psi - dj * dpsi;
      eta = C > 0 ? dj + s / C : Number.NaN;
    } else {
      const dj1 = d[j + 1] - dO - tau;
      const s = dj * dj * dpsi;
      const S = dj1 * dj1 * dphi;
      const C = 1 / rho + (psi - dj * dpsi) + (phi - dj1 * dphi);
      const a = C * (dj + dj1) + s + S;
      const b = C * dj * dj1 + s * dj1 + S * dj;
      if (C === 0) eta = b / a;
      else {
        const disc = Math.sqrt(Math.abs(a * a - 4 * b * C));
        eta = a <= 0 ? (a - disc) / (2 * C) : (2 * b) / (a + disc);
      }
    }
    let next = tau + eta;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (next === tau || hi - lo <= 2 * EPS * Math.max(Math.abs(lo), Math.abs(hi))) {
      tau = next;
      break;
    }
    tau = next;
    if (it === 199) throw new LinAlgError('Eigenvalues did not converge');
  }
  for (let i = 0; i < kk; i++) delta[i * kk + j] = d[i] - dO - tau;
  return dO + tau;
}
