// secular_f64: the roots of the secular equation of one divide-and-conquer merge of the
// symmetric tridiagonal eigensolver (src/linalg/lapack/symmetric_eigen_dc.ts, secularRoot and
// poleSums), operation for operation, so the JS and wasm paths give the same bits. The
// sums over the poles run on two lanes (even and odd offsets from the first pole of each
// sum, an odd tail to the even lane): each pass over the poles is one division per pole,
// and the lanes halve the divisions' turns (the loop was bound by the divider).
//
// Then guVectors of the same file: Gu–Eisenstat's z (each zh_i a chain of kk dependent
// multiplies, so four rows run at once on two vectors to hide the divider's latency) and the
// vectors u_ij = zh_i / delta_ij over delta, with the reciprocal column norms.
//
// Inputs: kk poles d (ascending) and weights z (doubles), rho > 0. Outputs: lam (kk roots),
// U over delta (kk x kk row-major, first delta[i * kk + j] = d_i - lam_j relative to the
// nearer pole), norm (kk); zh is kk doubles of workspace. Returns 0, or 1 when a root did not
// converge in 200 steps.

const EPS: f64 = 2.220446049250313e-16;

let sPsi: f64 = 0;
let sDpsi: f64 = 0;
let sPhi: f64 = 0;
let sDphi: f64 = 0;

/** sums of z_i t and t^2, t = z_i / ((d_i - dO) - tau), over poles [i0, i1) into (p, q) lanes */
@inline function sums(d: usize, z: usize, i0: i32, i1: i32, dO: f64, tau: f64, phi: bool): void {
  const vO = f64x2.splat(dO);
  const vT = f64x2.splat(tau);
  let p = f64x2.splat(0);
  let q = f64x2.splat(0);
  let i = i0;
  for (; i + 1 < i1; i += 2) {
    const a = <usize>i << 3;
    const zz = v128.load(z + a);
    const t = f64x2.div(zz, f64x2.sub(f64x2.sub(v128.load(d + a), vO), vT));
    p = f64x2.add(p, f64x2.mul(zz, t));
    q = f64x2.add(q, f64x2.mul(t, t));
  }
  let p0 = f64x2.extract_lane(p, 0);
  const p1 = f64x2.extract_lane(p, 1);
  let q0 = f64x2.extract_lane(q, 0);
  const q1 = f64x2.extract_lane(q, 1);
  if (i < i1) {
    const zi = load<f64>(z + (<usize>i << 3));
    const t0 = zi / (load<f64>(d + (<usize>i << 3)) - dO - tau);
    p0 += zi * t0;
    q0 += t0 * t0;
  }
  if (phi) {
    sPhi = p0 + p1;
    sDphi = q0 + q1;
  } else {
    sPsi = p0 + p1;
    sDpsi = q0 + q1;
  }
}

function poleSums(kk: i32, j: i32, d: usize, z: usize, dO: f64, tau: f64): void {
  sums(d, z, 0, j + 1, dO, tau, false);
  sums(d, z, j + 1, kk, dO, tau, true);
}

/** Set when a root did not converge. */
let sFail = false;

/** Root j (secularRoot of symmetric_eigen_dc.ts); sets sFail when it did not converge. */
function root(kk: i32, j: i32, d: usize, z: usize, rho: f64, delta: usize): f64 {
  const last = j == kk - 1;
  let o = j;
  let lo: f64;
  let hi: f64;
  let tau: f64;
  let have = false;
  const dj0 = load<f64>(d + (<usize>j << 3));
  if (last) {
    lo = 0;
    hi = rho;
    tau = hi / 2;
  } else {
    const gap = load<f64>(d + (<usize>(j + 1) << 3)) - dj0;
    poleSums(kk, j, d, z, dj0, gap / 2);
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
  const dO = load<f64>(d + (<usize>o << 3));
  let ok = false;
  for (let it = 0; it < 200; it++) {
    if (!have) poleSums(kk, j, d, z, dO, tau);
    have = false;
    const psi = sPsi;
    const dpsi = sDpsi;
    const phi = sPhi;
    const dphi = sDphi;
    const w = 1 / rho + psi + phi;
    if (w == 0) {
      ok = true;
      break;
    }
    if (w < 0) lo = tau;
    else hi = tau;
    const errBound = <f64>(8 * kk) * EPS * (1 / rho + Math.abs(psi) + Math.abs(phi));
    if (Math.abs(w) <= errBound) {
      ok = true;
      break;
    }
    const dj = dj0 - dO - tau;
    let eta: f64;
    if (last) {
      const s = dj * dj * dpsi;
      const C = 1 / rho + psi - dj * dpsi;
      eta = C > 0 ? dj + s / C : NaN;
    } else {
      const dj1 = load<f64>(d + (<usize>(j + 1) << 3)) - dO - tau;
      const s = dj * dj * dpsi;
      const S = dj1 * dj1 * dphi;
      const C = 1 / rho + (psi - dj * dpsi) + (phi - dj1 * dphi);
      const a = C * (dj + dj1) + s + S;
      const b = C * dj * dj1 + s * dj1 + S * dj;
      if (C == 0) eta = b / a;
      else {
        const disc = Math.sqrt(Math.abs(a * a - 4 * b * C));
        eta = a <= 0 ? (a - disc) / (2 * C) : (2 * b) / (a + disc);
      }
    }
    let next = tau + eta;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (next == tau || hi - lo <= 2 * EPS * Math.max(Math.abs(lo), Math.abs(hi))) {
      tau = next;
      ok = true;
      break;
    }
    tau = next;
  }
  if (!ok) {
    sFail = true;
    return tau;
  }
  const ld = <usize>kk << 3;
  let q = delta + (<usize>j << 3);
  for (let i = 0; i < kk; i++, q += ld) store<f64>(q, load<f64>(d + (<usize>i << 3)) - dO - tau);
  return dO + tau;
}

export function secular_f64(kk: i32, d: usize, z: usize, rho: f64, lam: usize, delta: usize, zh: usize, norm: usize): i32 {
  sFail = false;
  for (let j = 0; j < kk; j++) {
    const r = root(kk, j, d, z, rho, delta);
    if (sFail) return 1;
    store<f64>(lam + (<usize>j << 3), r);
  }
  guVectors(kk, d, z, rho, delta, zh, norm);
  return 0;
}

/** The pair (x at a, y at b) as one vector. */
@inline function pair(a: usize, b: usize): v128 {
  return f64x2.replace_lane(f64x2.splat(load<f64>(a)), 1, load<f64>(b));
}

/** Factor j of row r's product: -delta_rj / (d_j - d_r) before the row's pole, d_{j+1} from it on. */
@inline function factor(d: usize, delta: usize, ld: usize, r: i32, j: i32): f64 {
  const dj = load<f64>(d + (<usize>(j < r ? j : j + 1) << 3));
  return -load<f64>(delta + <usize>r * ld + (<usize>j << 3)) / (dj - load<f64>(d + (<usize>r << 3)));
}

/** zh_r from the product p (sqrt of max(p, 0) with z_r's sign). */
@inline function zhOf(z: usize, r: i32, p: f64): f64 {
  const v = Math.sqrt(Math.max(p, 0));
  return load<f64>(z + (<usize>r << 3)) < 0 ? -v : v;
}

function guVectors(kk: i32, d: usize, z: usize, rho: f64, delta: usize, zh: usize, norm: usize): void {
  const ld = <usize>kk << 3;
  const last = <usize>(kk - 1) << 3;
  const vrho = f64x2.splat(rho);
  let i = 0;
  for (; i + 3 < kk; i += 4) {
    const r0 = delta + <usize>i * ld;
    const r1 = r0 + ld;
    const r2 = r1 + ld;
    const r3 = r2 + ld;
    const da = pair(d + (<usize>i << 3), d + (<usize>(i + 1) << 3));
    const db = pair(d + (<usize>(i + 2) << 3), d + (<usize>(i + 3) << 3));
    let pa = f64x2.div(f64x2.neg(pair(r0 + last, r1 + last)), vrho);
    let pb = f64x2.div(f64x2.neg(pair(r2 + last, r3 + last)), vrho);
    let j = 0;
    // j < i: every row before its pole
    for (; j < i; j++) {
      const o = <usize>j << 3;
      const dj = f64x2.splat(load<f64>(d + o));
      pa = f64x2.mul(pa, f64x2.div(f64x2.neg(pair(r0 + o, r1 + o)), f64x2.sub(dj, da)));
      pb = f64x2.mul(pb, f64x2.div(f64x2.neg(pair(r2 + o, r3 + o)), f64x2.sub(dj, db)));
    }
    // i <= j < i + 3 (and < kk - 1): the rows pass their poles one by one
    for (; j < i + 3 && j < kk - 1; j++) {
      pa = f64x2.mul(pa, f64x2.replace_lane(f64x2.splat(factor(d, delta, ld, i, j)), 1, factor(d, delta, ld, i + 1, j)));
      pb = f64x2.mul(pb, f64x2.replace_lane(f64x2.splat(factor(d, delta, ld, i + 2, j)), 1, factor(d, delta, ld, i + 3, j)));
    }
    // j >= i + 3: every row from its pole on
    for (; j < kk - 1; j++) {
      const o = <usize>j << 3;
      const dj = f64x2.splat(load<f64>(d + o + 8));
      pa = f64x2.mul(pa, f64x2.div(f64x2.neg(pair(r0 + o, r1 + o)), f64x2.sub(dj, da)));
      pb = f64x2.mul(pb, f64x2.div(f64x2.neg(pair(r2 + o, r3 + o)), f64x2.sub(dj, db)));
    }
    store<f64>(zh + (<usize>i << 3), zhOf(z, i, f64x2.extract_lane(pa, 0)));
    store<f64>(zh + (<usize>(i + 1) << 3), zhOf(z, i + 1, f64x2.extract_lane(pa, 1)));
    store<f64>(zh + (<usize>(i + 2) << 3), zhOf(z, i + 2, f64x2.extract_lane(pb, 0)));
    store<f64>(zh + (<usize>(i + 3) << 3), zhOf(z, i + 3, f64x2.extract_lane(pb, 1)));
  }
  for (; i < kk; i++) {
    let p = -load<f64>(delta + <usize>i * ld + last) / rho;
    for (let j = 0; j < kk - 1; j++) p *= factor(d, delta, ld, i, j);
    store<f64>(zh + (<usize>i << 3), zhOf(z, i, p));
  }
  // u_ij = zh_i / delta_ij, column sums of squares in row order
  memory.fill(norm, 0, ld);
  for (i = 0; i < kk; i++) {
    const row = delta + <usize>i * ld;
    const zi = load<f64>(zh + (<usize>i << 3));
    const vz = f64x2.splat(zi);
    let c: usize = 0;
    for (; c + 16 <= ld; c += 16) {
      const v = f64x2.div(vz, v128.load(row + c));
      v128.store(row + c, v);
      v128.store(norm + c, f64x2.add(v128.load(norm + c), f64x2.mul(v, v)));
    }
    if (c < ld) {
      const v = zi / load<f64>(row + c);
      store<f64>(row + c, v);
      store<f64>(norm + c, load<f64>(norm + c) + v * v);
    }
  }
  for (let c: usize = 0; c < ld; c += 8) store<f64>(norm + c, 1 / Math.sqrt(load<f64>(norm + c)));
}
