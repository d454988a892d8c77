/**
 * LAPACK's dtrevc3 for right eigenvectors with back-transformation (SIDE = 'R', HOWMNY =
 * 'B', as dgeev calls it), with dlaln2 (the scaled 1x1 / 2x2 solves) and dladiv (robust
 * complex division). Each vector of the quasi-triangular T is found by back-substitution
 * from its eigenvalue's row upwards, multiplied by the Schur vectors Q in place and scaled
 * to max-norm 1 (|re| + |im| for complex pairs). LAPACK back-transforms in blocks when the
 * workspace allows; that is the same products summed in another order, so the column-at-a-
 * time form (its NB = 1 path) is used here.
 *
 * Storage is column-major; indices are LAPACK's 1-based ones: T(i, j) is t[i + j * n + o]
 * with o = -1 - n, and a vector x(i) is x[i - 1].
 */
import { SAFMIN } from './lapack_aux.js';

const ULP = 2 ** -52;

/** DLADIV's (p, q) = (a + ib) / (c + id). */
const divOut = new Float64Array(2);

function ladiv2(a: number, b: number, c: number, d: number, r: number, t: number): number {
  if (r !== 0) {
    const br = b * r;
    if (br !== 0) return (a + br) * t;
    return a * t + b * t * r;
  }
  return (a + d * (b / c)) * t;
}

function ladiv1(a: number, b: number, c: number, d: number): void {
  const r = d / c;
  const t = 1 / (c + d * r);
  divOut[0] = ladiv2(a, b, c, d, r, t);
  divOut[1] = ladiv2(b, -a, c, d, r, t);
}

/** DLADIV (Baudin and Smith's robust complex division) into `divOut`. */
export function ladiv(a: number, b: number, c: number, d: number): void {
  const OV = Number.MAX_VALUE;
  const UN = SAFMIN;
  const EPS = 2 ** -53;
  const BS = 2;
  const BE = BS / (EPS * EPS);
  let aa = a;
  let bb = b;
  let cc = c;
  let dd = d;
  const ab = Math.max(Math.abs(a), Math.abs(b));
  const cd = Math.max(Math.abs(c), Math.abs(d));
  let s = 1;
  if (ab >= 0.5 * OV) {
    aa *= 0.5;
    bb *= 0.5;
    s *= 2;
  }
  if (cd >= 0.5 * OV) {
    cc *= 0.5;
    dd *= 0.5;
    s *= 0.5;
  }
  if (ab <= (UN * BS) / EPS) {
    aa *= BE;
    bb *= BE;
    s /= BE;
  }
  if (cd <= (UN * BS) / EPS) {
    cc *= BE;
    dd *= BE;
    s *= BE;
  }
  if (Math.abs(d) <= Math.abs(c)) {
    ladiv1(aa, bb, cc, dd);
  } else {
    ladiv1(bb, aa, dd, cc);
    divOut[1] = -divOut[1]!;
  }
  divOut[0] = divOut[0]! * s;
  divOut[1] = divOut[1]! * s;
}

/** dlaln2's solution X (column-major 2x2: x11, x21, x12, x22), scale and xnorm. */
const X = new Float64Array(4);
let lnScale = 1;
let lnXnorm = 0;

// dlaln2's pivot tables (1-based, column-major IPIVOT(4, 4)), row/column swap flags
const IPIVOT = [0, 1, 2, 3, 4, 2, 1, 4, 3, 3, 4, 1, 2, 4, 3, 2, 1];
const RSWAP = [false, false, true, false, true];
const ZSWAP = [false, false, false, true, true];
const CRV = new Float64Array(5);
const CIV = new Float64Array(5);

/**
 * DLALN2 with LTRANS = false, CA = 1, D1 = D2 = 1: solves (A - (wr + i wi)) X = scale B
 * for the na x na block A at t[ta] (leading dimension n) and the nw (1: real, 2: complex)
 * columns of B at b1 (first row) / b2 (second row) given as (re, im) pairs.
 */
function laln2(
  na: number,
  nw: number,
  smin: number,
  t: Float64Array,
  ta: number,
  n: number,
  b11: number,
  b12: number,
  b21: number,
  b22: number,
  wr: number,
  wi: number,
): void {
  const smlnum = 2 * SAFMIN;
  const bignum = 1 / smlnum;
  const smini = Math.max(smin, smlnum);
  let scale = 1;
  if (na === 1) {
    if (nw === 1) {
      let csr = t[ta]! - wr;
      let cnorm = Math.abs(csr);
      if (cnorm < smini) {
        csr = smini;
        cnorm = smini;
      }
      const bnorm = Math.abs(b11);
      if (cnorm < 1 && bnorm > 1 && bnorm > bignum * cnorm) scale = 1 / bnorm;
      X[0] = (b11 * scale) / csr;
      lnXnorm = Math.abs(X[0]!);
    } else {
      let csr = t[ta]! - wr;
      let csi = -wi;
      let cnorm = Math.abs(csr) + Math.abs(csi);
      if (cnorm < smini) {
        csr = smini;
        csi = 0;
        cnorm = smini;
      }
      const bnorm = Math.abs(b11) + Math.abs(b12);
      if (cnorm < 1 && bnorm > 1 && bnorm > bignum * cnorm) scale = 1 / bnorm;
      ladiv(scale * b11, scale * b12, csr, csi);
      X[0] = divOut[0]!;
      X[2] = divOut[1]!;
      lnXnorm = Math.abs(X[0]!) + Math.abs(X[2]!);
    }
    lnScale = scale;
    return;
  }
  // 2x2: CR(1,1), CR(2,1), CR(1,2), CR(2,2) as CRV(1..4)
  CRV[1] = t[ta]! - wr;
  CRV[4] = t[ta + 1 + n]! - wr;
  CRV[2] = t[ta + 1]!;
  CRV[3] = t[ta + n]!;
  if (nw === 1) {
    let cmax = 0;
    let icmax = 0;
    for (let j = 1; j <= 4; j++) {
      if (Math.abs(CRV[j]!) > cmax) {
        cmax = Math.abs(CRV[j]!);
        icmax = j;
      }
    }
    if (cmax < smini) {
      // the perturbed matrix is smini * I
      const bnorm = Math.max(Math.abs(b11), Math.abs(b21));
      if (smini < 1 && bnorm > 1 && bnorm > bignum * smini) scale = 1 / bnorm;
      const temp = scale / smini;
      X[0] = temp * b11;
      X[1] = temp * b21;
      lnXnorm = temp * bnorm;
      lnScale = scale;
      return;
    }
    // Gaussian elimination with complete pivoting
    const ur11 = CRV[icmax]!;
    const cr21 = CRV[IPIVOT[4 * (icmax - 1) + 2]!]!;
    const ur12 = CRV[IPIVOT[4 * (icmax - 1) + 3]!]!;
    const cr22 = CRV[IPIVOT[4 * (icmax - 1) + 4]!]!;
    const ur11r = 1 / ur11;
    const lr21 = ur11r * cr21;
    let ur22 = cr22 - ur12 * lr21;
    if (Math.abs(ur22) < smini) ur22 = smini;
    let br1: number;
    let br2: number;
    if (RSWAP[icmax]) {
      br1 = b21;
      br2 = b11;
    } else {
      br1 = b11;
      br2 = b21;
    }
    br2 = br2 - lr21 * br1;
    const bbnd = Math.max(Math.abs(br1 * (ur22 * ur11r)), Math.abs(br2));
    if (bbnd > 1 && Math.abs(ur22) < 1 && bbnd >= bignum * Math.abs(ur22)) scale = 1 / bbnd;
    const xr2 = (br2 * scale) / ur22;
    const xr1 = scale * br1 * ur11r - xr2 * (ur11r * ur12);
    if (ZSWAP[icmax]) {
      X[0] = xr2;
      X[1] = xr1;
    } else {
      X[0] = xr1;
      X[1] = xr2;
    }
    lnXnorm = Math.max(Math.abs(xr1), Math.abs(xr2));
    if (lnXnorm > 1 && cmax > 1 && lnXnorm > bignum / cmax) {
      const temp = cmax / bignum;
      X[0] = temp * X[0]!;
      X[1] = temp * X[1]!;
      lnXnorm *= temp;
      scale *= temp;
    }
    lnScale = scale;
    return;
  }
  // complex 2x2 system: CI = -wi I
  CIV[1] = -wi;
  CIV[2] = 0;
  CIV[3] = 0;
  CIV[4] = -wi;
  let cmax = 0;
  let icmax = 0;
  for (let j = 1; j <= 4; j++) {
    if (Math.abs(CRV[j]!) + Math.abs(CIV[j]!) > cmax) {
      cmax = Math.abs(CRV[j]!) + Math.abs(CIV[j]!);
      icmax = j;
    }
  }
  if (cmax < smini) {
    const bnorm = Math.max(Math.abs(b11) + Math.abs(b12), Math.abs(b21) + Math.abs(b22));
    if (smini < 1 && bnorm > 1 && bnorm > bignum * smini) scale = 1 / bnorm;
    const temp = scale / smini;
    X[0] = temp * b11;
    X[1] = temp * b21;
    X[2] = temp * b12;
    X[3] = temp * b22;
    lnXnorm = temp * bnorm;
    lnScale = scale;
    return;
  }
  const ur11 = CRV[icmax]!;
  const ui11 = CIV[icmax]!;
  const p2 = IPIVOT[4 * (icmax - 1) + 2]!;
  const p3 = IPIVOT[4 * (icmax - 1) + 3]!;
  const p4 = IPIVOT[4 * (icmax - 1) + 4]!;
  const cr21 = CRV[p2]!;
  const ci21 = CIV[p2]!;
  const ur12 = CRV[p3]!;
  const ui12 = CIV[p3]!;
  const cr22 = CRV[p4]!;
  const ci22 = CIV[p4]!;
  let ur11r: number;
  let ui11r: number;
  let lr21: number;
  let li21: number;
  let ur12s: number;
  let ui12s: number;
  let ur22: number;
  let ui22: number;
  if (icmax === 1 || icmax === 4) {
    // off-diagonals of the pivoted C are real
    if (Math.abs(ur11) > Math.abs(ui11)) {
      const temp = ui11 / ur11;
      ur11r = 1 / (ur11 * (1 + temp * temp));
      ui11r = -temp * ur11r;
    } else {
      const temp = ur11 / ui11;
      ui11r = -1 / (ui11 * (1 + temp * temp));
      ur11r = -temp * ui11r;
    }
    lr21 = cr21 * ur11r;
    li21 = cr21 * ui11r;
    ur12s = ur12 * ur11r;
    ui12s = ur12 * ui11r;
    ur22 = cr22 - ur12 * lr21;
    ui22 = ci22 - ur12 * li21;
  } else {
    // diagonals of the pivoted C are real
    ur11r = 1 / ur11;
    ui11r = 0;
    lr21 = cr21 * ur11r;
    li21 = ci21 * ur11r;
    ur12s = ur12 * ur11r;
    ui12s = ui12 * ur11r;
    ur22 = cr22 - ur12 * lr21 + ui12 * li21;
    ui22 = -ur12 * li21 - ui12 * lr21;
  }
  const u22abs = Math.abs(ur22) + Math.abs(ui22);
  if (u22abs < smini) {
    ur22 = smini;
    ui22 = 0;
  }
  let br1: number;
  let br2: number;
  let bi1: number;
  let bi2: number;
  if (RSWAP[icmax]) {
    br2 = b11;
    br1 = b21;
    bi2 = b12;
    bi1 = b22;
  } else {
    br1 = b11;
    br2 = b21;
    bi1 = b12;
    bi2 = b22;
  }
  br2 = br2 - lr21 * br1 + li21 * bi1;
  bi2 = bi2 - li21 * br1 - lr21 * bi1;
  const bbnd = Math.max(
    (Math.abs(br1) + Math.abs(bi1)) * (u22abs * (Math.abs(ur11r) + Math.abs(ui11r))),
    Math.abs(br2) + Math.abs(bi2),
  );
  if (bbnd > 1 && u22abs < 1 && bbnd >= bignum * u22abs) {
    scale = 1 / bbnd;
    br1 *= scale;
    bi1 *= scale;
    br2 *= scale;
    bi2 *= scale;
  }
  ladiv(br2, bi2, ur22, ui22);
  const xr2 = divOut[0]!;
  const xi2 = divOut[1]!;
  const xr1 = ur11r * br1 - ui11r * bi1 - ur12s * xr2 + ui12s * xi2;
  const xi1 = ui11r * br1 + ur11r * bi1 - ui12s * xr2 - ur12s * xi2;
  if (ZSWAP[icmax]) {
    X[0] = xr2;
    X[1] = xr1;
    X[2] = xi2;
    X[3] = xi1;
  } else {
    X[0] = xr1;
    X[1] = xr2;
    X[2] = xi1;
    X[3] = xi2;
  }
  lnXnorm = Math.max(Math.abs(xr1) + Math.abs(xi1), Math.abs(xr2) + Math.abs(xi2));
  if (lnXnorm > 1 && cmax > 1 && lnXnorm > bignum / cmax) {
    const temp = cmax / bignum;
    for (let k = 0; k < 4; k++) X[k] = temp * X[k]!;
    lnXnorm *= temp;
    scale *= temp;
  }
  lnScale = scale;
}

/** x[0..len) *= s (DSCAL). */
function scal(x: Float64Array, len: number, s: number): void {
  for (let k = 0; k < len; k++) x[k] = x[k]! * s;
}

/** x[0..len) -= a * T(1..len, j) (DAXPY with -a). */
function axpyCol(x: Float64Array, len: number, a: number, t: Float64Array, c: number): void {
  for (let k = 0; k < len; k++) x[k] = x[k]! - a * t[c + k]!;
}

/**
 * y = VR(:, 1:m) x(1:m) + beta * y for the column y = VR(:, col) (DGEMV as the reference
 * BLAS orders it: y scaled by beta, then one column at a time).
 */
function gemvCols(
  n: number,
  vr: Float64Array,
  m: number,
  x: Float64Array,
  beta: number,
  col: number,
): void {
  const y = (col - 1) * n;
  if (beta !== 1) for (let r = 0; r < n; r++) vr[y + r] = beta * vr[y + r]!;
  for (let j = 0; j < m; j++) {
    const tmp = x[j]!;
    const c = j * n;
    for (let r = 0; r < n; r++) vr[y + r] = vr[y + r]! + tmp * vr[c + r]!;
  }
}

/**
 * DTREVC3('R', 'B'): the right eigenvectors of the n x n quasi-triangular `t`, multiplied
 * into the Schur vectors held by `vr` (overwritten with the eigenvectors; a complex pair
 * (j, j + 1) as real part, imaginary part).
 */
export function trevc3Right(n: number, t: Float64Array, vr: Float64Array): void {
  const o = -1 - n;
  const smlnum = SAFMIN * (n / ULP);
  const bignum = (1 - ULP) / smlnum;
  // 1-norms of the strictly upper parts of the columns of T, for overflow control
  const cn = new Float64Array(n + 1);
  for (let j = 2; j <= n; j++) {
    let s = 0;
    for (let i = 1; i <= j - 1; i++) s += Math.abs(t[i + j * n + o]!);
    cn[j] = s;
  }
  const xr = new Float64Array(n);
  const xi = new Float64Array(n);
  let ip = 0;
  for (let ki = n; ki >= 1; ki--) {
    if (ip === -1) {
      // the first of a pair, done with its partner
      ip = 1;
      continue;
    }
    if (ki === 1 || t[ki + (ki - 1) * n + o] === 0) ip = 0;
    else ip = -1;
    const wr = t[ki + ki * n + o]!;
    let wi = 0;
    if (ip !== 0) {
      wi =
        Math.sqrt(Math.abs(t[ki + (ki - 1) * n + o]!)) *
        Math.sqrt(Math.abs(t[ki - 1 + ki * n + o]!));
    }
    const smin = Math.max(ULP * (Math.abs(wr) + Math.abs(wi)), smlnum);
    if (ip === 0) {
      // real right eigenvector
      xr[ki - 1] = 1;
      for (let k = 1; k <= ki - 1; k++) xr[k - 1] = -t[k + ki * n + o]!;
      let jnxt = ki - 1;
      for (let j = ki - 1; j >= 1; j--) {
        if (j > jnxt) continue;
        let j1 = j;
        jnxt = j - 1;
        if (j > 1 && t[j + (j - 1) * n + o] !== 0) {
          j1 = j - 1;
          jnxt = j - 2;
        }
        if (j1 === j) {
          laln2(1, 1, smin, t, j + j * n + o, n, xr[j - 1]!, 0, 0, 0, wr, 0);
          let scale = lnScale;
          if (lnXnorm > 1 && cn[j]! > bignum / lnXnorm) {
            X[0] = X[0]! / lnXnorm;
            scale /= lnXnorm;
          }
          if (scale !== 1) scal(xr, ki, scale);
          xr[j - 1] = X[0]!;
          axpyCol(xr, j - 1, X[0]!, t, 1 + j * n + o);
        } else {
          laln2(2, 1, smin, t, j - 1 + (j - 1) * n + o, n, xr[j - 2]!, 0, xr[j - 1]!, 0, wr, 0);
          let scale = lnScale;
          if (lnXnorm > 1) {
            const beta = Math.max(cn[j - 1]!, cn[j]!);
            if (beta > bignum / lnXnorm) {
              X[0] = X[0]! / lnXnorm;
              X[1] = X[1]! / lnXnorm;
              scale /= lnXnorm;
            }
          }
          if (scale !== 1) scal(xr, ki, scale);
          xr[j - 2] = X[0]!;
          xr[j - 1] = X[1]!;
          axpyCol(xr, j - 2, X[0]!, t, 1 + (j - 1) * n + o);
          axpyCol(xr, j - 2, X[1]!, t, 1 + j * n + o);
        }
      }
      // back-transform: VR(:, ki) = Q(:, 1:ki-1) x + x(ki) Q(:, ki), then max-norm 1
      if (ki > 1) gemvCols(n, vr, ki - 1, xr, xr[ki - 1]!, ki);
      const c = (ki - 1) * n;
      let emax = 0;
      for (let r = 0; r < n; r++) emax = Math.max(emax, Math.abs(vr[c + r]!));
      // IDAMAX picks the first largest; its magnitude is what matters
      const remax = 1 / emax;
      for (let r = 0; r < n; r++) vr[c + r] = vr[c + r]! * remax;
    } else {
      // complex right eigenvector of the pair (ki-1, ki): xr + i xi
      if (Math.abs(t[ki - 1 + ki * n + o]!) >= Math.abs(t[ki + (ki - 1) * n + o]!)) {
        xr[ki - 2] = 1;
        xi[ki - 1] = wi / t[ki - 1 + ki * n + o]!;
      } else {
        xr[ki - 2] = -wi / t[ki + (ki - 1) * n + o]!;
        xi[ki - 1] = 1;
      }
      xr[ki - 1] = 0;
      xi[ki - 2] = 0;
      for (let k = 1; k <= ki - 2; k++) {
        xr[k - 1] = -xr[ki - 2]! * t[k + (ki - 1) * n + o]!;
        xi[k - 1] = -xi[ki - 1]! * t[k + ki * n + o]!;
      }
      let jnxt = ki - 2;
      for (let j = ki - 2; j >= 1; j--) {
        if (j > jnxt) continue;
        let j1 = j;
        jnxt = j - 1;
        if (j > 1 && t[j + (j - 1) * n + o] !== 0) {
          j1 = j - 1;
          jnxt = j - 2;
        }
        if (j1 === j) {
          laln2(1, 2, smin, t, j + j * n + o, n, xr[j - 1]!, xi[j - 1]!, 0, 0, wr, wi);
          let scale = lnScale;
          if (lnXnorm > 1 && cn[j]! > bignum / lnXnorm) {
            X[0] = X[0]! / lnXnorm;
            X[2] = X[2]! / lnXnorm;
            scale /= lnXnorm;
          }
          if (scale !== 1) {
            scal(xr, ki, scale);
            scal(xi, ki, scale);
          }
          xr[j - 1] = X[0]!;
          xi[j - 1] = X[2]!;
          axpyCol(xr, j - 1, X[0]!, t, 1 + j * n + o);
          axpyCol(xi, j - 1, X[2]!, t, 1 + j * n + o);
        } else {
          laln2(
            2,
            2,
            smin,
            t,
            j - 1 + (j - 1) * n + o,
            n,
            xr[j - 2]!,
            xi[j - 2]!,
            xr[j - 1]!,
            xi[j - 1]!,
            wr,
            wi,
          );
          let scale = lnScale;
          if (lnXnorm > 1) {
            const beta = Math.max(cn[j - 1]!, cn[j]!);
            if (beta > bignum / lnXnorm) {
              const rec = 1 / lnXnorm;
              for (let k = 0; k < 4; k++) X[k] = X[k]! * rec;
              scale *= rec;
            }
          }
          if (scale !== 1) {
            scal(xr, ki, scale);
            scal(xi, ki, scale);
          }
          xr[j - 2] = X[0]!;
          xr[j - 1] = X[1]!;
          xi[j - 2] = X[2]!;
          xi[j - 1] = X[3]!;
          axpyCol(xr, j - 2, X[0]!, t, 1 + (j - 1) * n + o);
          axpyCol(xr, j - 2, X[1]!, t, 1 + j * n + o);
          axpyCol(xi, j - 2, X[2]!, t, 1 + (j - 1) * n + o);
          axpyCol(xi, j - 2, X[3]!, t, 1 + j * n + o);
        }
      }
      const c1 = (ki - 2) * n;
      const c2 = (ki - 1) * n;
      if (ki > 2) {
        gemvCols(n, vr, ki - 2, xr, xr[ki - 2]!, ki - 1);
        gemvCols(n, vr, ki - 2, xi, xi[ki - 1]!, ki);
      } else {
        for (let r = 0; r < n; r++) vr[c1 + r] = vr[c1 + r]! * xr[ki - 2]!;
        for (let r = 0; r < n; r++) vr[c2 + r] = vr[c2 + r]! * xi[ki - 1]!;
      }
      let emax = 0;
      for (let r = 0; r < n; r++) {
        emax = Math.max(emax, Math.abs(vr[c1 + r]!) + Math.abs(vr[c2 + r]!));
      }
      const remax = 1 / emax;
      for (let r = 0; r < n; r++) {
        vr[c1 + r] = vr[c1 + r]! * remax;
        vr[c2 + r] = vr[c2 + r]! * remax;
      }
    }
  }
}
