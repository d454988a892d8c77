/**
 * Shared pieces of the spectral np.linalg tests (fixture and live): rebuilding inputs,
 * calling the function under test, and checking a result against NumPy's with tolerances
 * scaled by the case's condition number. Eigen/singular vectors are compared through
 * invariants (A v = λ v, U S Vh = A, orthonormality) and, where the values are well
 * separated, up to a phase against NumPy's.
 */
import assert from 'node:assert/strict';
import { astype } from '../../src/_core/casting.js';
import { Complex } from '../../src/_core/complex.js';
import { array } from '../../src/_core/multiarray/array.js';
import type { NDArray } from '../../src/_core/ndarray.js';
import { swapaxes } from '../../src/_core/shape.js';
import * as linalg from '../../src/linalg/index.js';
import { decode, throwsNumpy } from '../helpers.js';

/** A flattened array: shape, dtype name, real and imaginary parts (C order). */
export interface Flat {
  shape: number[];
  dtype: string;
  re: number[];
  im: number[];
}

function element(v: any): any {
  if (v !== null && typeof v === 'object' && 'complex' in v) {
    const [re, im] = decode(v.complex) as [number, number];
    return new Complex(re, im);
  }
  return decode(v);
}

/** An NDArray from an encoded fixture array. */
export function buildArray(enc: any): NDArray {
  const flat = array(enc.data.map(element), { dtype: enc.dtype }) as NDArray;
  return flat.reshape(enc.shape) as NDArray;
}

/** The case's input: the base array with its layout op applied (a view where possible). */
export function buildInput(c: any): NDArray {
  const a = buildArray(c.input);
  if (c.op === 'T') return swapaxes(a, -1, -2) as NDArray;
  if (c.op === 'rev') return a.get('...', '::-1', ':') as NDArray;
  if (c.op === 'step') return a.get('...', '::2', ':') as NDArray;
  return a;
}

/** A decoded argument: arrays become NDArrays, tagged floats numbers. */
export function jsArg(v: any): any {
  if (v !== null && typeof v === 'object' && 'dtype' in v && 'shape' in v) return buildArray(v);
  if (Array.isArray(v)) return v.map(jsArg);
  if (v !== null && typeof v === 'object' && !('float' in v) && !('complex' in v)) {
    const o: Record<string, any> = {};
    for (const [k, x] of Object.entries(v)) o[k] = jsArg(x);
    return o;
  }
  return decode(v);
}

/** Run the case's call. */
export function call(c: any): any {
  const a = buildInput(c);
  const args = (c.args as any[]).map(jsArg);
  const kw = jsArg(c.kw);
  const fn = (linalg as any)[c.fn] as (...x: unknown[]) => unknown;
  return Object.keys(kw).length ? fn(a, ...args, kw) : fn(a, ...args);
}

/** Flatten an NDArray (or JS number) for comparisons. */
export function flat(x: any): Flat {
  if (typeof x === 'number') return { shape: [], dtype: 'float64', re: [x], im: [0] };
  const a = x as NDArray;
  const c = astype(a, 'complex128') as NDArray;
  const t = c.copy().toTypedArray() as Float64Array;
  const re: number[] = [];
  const im: number[] = [];
  for (let i = 0; i < t.length; i += 2) {
    re.push(t[i]);
    im.push(t[i + 1]);
  }
  return { shape: [...a.shape], dtype: a.dtype.name, re, im };
}

/** Decode an encoded NumPy array into a Flat. */
export function flatEnc(enc: any): Flat {
  const re: number[] = [];
  const im: number[] = [];
  for (const v of enc.data) {
    const e = element(v);
    if (e instanceof Complex) {
      re.push(e.re);
      im.push(e.im);
    } else {
      re.push(typeof e === 'boolean' ? Number(e) : Number(e));
      im.push(0);
    }
  }
  return { shape: enc.shape, dtype: enc.dtype, re, im };
}

function epsOf(dtype: string): number {
  return dtype === 'float32' || dtype === 'complex64' ? 2 ** -23 : 2 ** -52;
}

function close(a: number, b: number, tol: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= tol;
}

function assertClose(got: Flat, exp: Flat, tol: number, what: string): void {
  assert.deepEqual(got.shape, exp.shape, `${what}: shape`);
  for (let i = 0; i < exp.re.length; i++) {
    if (!close(got.re[i], exp.re[i], tol) || !close(got.im[i], exp.im[i], tol)) {
      assert.fail(
        `${what}: element ${i}: got ${got.re[i]}+${got.im[i]}j, expected ${exp.re[i]}+${exp.im[i]}j (tol ${tol})`,
      );
    }
  }
}

function maxAbs(f: Flat): number {
  let m = 0;
  for (let i = 0; i < f.re.length; i++) {
    const v = Math.hypot(f.re[i], f.im[i]);
    if (v > m) m = v;
  }
  return m;
}

/** Matrix view helpers over a Flat with leading batch dimensions. */
function dims(f: Flat): { count: number; r: number; c: number } {
  const nd = f.shape.length;
  const r = f.shape[nd - 2];
  const c = f.shape[nd - 1];
  const count = f.shape.slice(0, -2).reduce((p, q) => p * q, 1);
  return { count, r, c };
}

/** ‖U diag(S) Vh − A‖max for each matrix, and the orthonormality defects of U and Vh. */
function checkSvd(A: Flat, U: Flat, S: Flat, Vh: Flat, tol: number, what: string): void {
  const { count, r: m, c: n } = dims(A);
  const ku = U.shape[U.shape.length - 1];
  const kv = Vh.shape[Vh.shape.length - 2];
  const k = Math.min(m, n);
  for (let b = 0; b < count; b++) {
    const ao = b * m * n;
    const uo = b * m * ku;
    const vo = b * kv * n;
    const so = b * k;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let sr = 0;
        let si = 0;
        for (let p = 0; p < k; p++) {
          const s = S.re[so + p];
          const ur = U.re[uo + i * ku + p] * s;
          const ui = U.im[uo + i * ku + p] * s;
          const vr = Vh.re[vo + p * n + j];
          const vi = Vh.im[vo + p * n + j];
          sr += ur * vr - ui * vi;
          si += ur * vi + ui * vr;
        }
        const er = Math.abs(sr - A.re[ao + i * n + j]) + Math.abs(si - A.im[ao + i * n + j]);
        if (!(er <= tol))
          assert.fail(`${what}: U S Vh != A at batch ${b} (${i},${j}): err ${er} > ${tol}`);
      }
    }
    orthonormal(U.re, U.im, uo, m, ku, ku, 1, 8 * tol0(tol, A), `${what}: U`);
    orthonormal(Vh.re, Vh.im, vo, n, kv, 1, n, 8 * tol0(tol, A), `${what}: Vh`);
  }
}

function tol0(tol: number, A: Flat): number {
  const m = maxAbs(A);
  return m > 0 ? tol / m : tol;
}

/**
 * Columns q (q < cols) of the vectors v_q[i] = (re, im)[off + i * rs + q * cs], i < len, are
 * orthonormal within `tol`.
 */
function orthonormal(
  re: number[],
  im: number[],
  off: number,
  len: number,
  cols: number,
  rs: number,
  cs: number,
  tol: number,
  what: string,
): void {
  for (let p = 0; p < cols; p++) {
    for (let q = p; q < cols; q++) {
      let dr = 0;
      let di = 0;
      for (let i = 0; i < len; i++) {
        const a = off + i * rs + p * cs;
        const b = off + i * rs + q * cs;
        // conj(v_p) . v_q
        dr += re[a] * re[b] + im[a] * im[b];
        di += re[a] * im[b] - im[a] * re[b];
      }
      const want = p === q ? 1 : 0;
      if (!(Math.abs(dr - want) + Math.abs(di) <= Math.max(tol, 1e-12))) {
        assert.fail(`${what}: columns ${p},${q} not orthonormal (${dr}+${di}j)`);
      }
    }
  }
}

/** |<x, y>| for the column vectors p of two same-shaped flats. */
function phaseMatch(
  x: Flat,
  y: Flat,
  off: number,
  len: number,
  rs: number,
  cs: number,
  p: number,
): number {
  let dr = 0;
  let di = 0;
  for (let i = 0; i < len; i++) {
    const a = off + i * rs + p * cs;
    dr += x.re[a] * y.re[a] + x.im[a] * y.im[a];
    di += x.re[a] * y.im[a] - x.im[a] * y.re[a];
  }
  return Math.hypot(dr, di);
}

/** Compare a result with NumPy's for one fixture / live case. */
export function checkCase(c: any, got: any, what: string): void {
  const A = c.input ? flat(buildInput(c)) : null;
  const kappa = Math.min(decode(c.kappa ?? 1), 1e16);
  c.gap = decode(c.gap);
  const out = c.out;
  const kinds = c.kinds;
  const tupleOut = Array.isArray(out);
  if (tupleOut) {
    assert.ok(Array.isArray(got), `${what}: expected a tuple`);
    assert.equal(got.length, out.length, `${what}: tuple length`);
  }
  const outs: any[] = tupleOut ? out : [out];
  const gots: any[] = tupleOut ? got : [got];
  // eig of real input: whether a (near-)multiple eigenvalue comes out as a real pair or as a
  // complex pair with round-off imaginary parts is decided by rounding, in NumPy as here
  const looseKind = (c.fn === 'eig' || c.fn === 'eigvals') && roundoffComplex(outs[0], gots[0], A);
  // dtypes, shapes and JS value kinds
  outs.forEach((e, i) => {
    const kind = tupleOut ? kinds[i] : kinds;
    const g = gots[i];
    if (kind === 'ndarray') {
      assert.ok(
        typeof g === 'object' && g !== null && 'dtype' in g,
        `${what}[${i}]: expected NDArray`,
      );
      if (!looseKind) assert.equal(g.dtype.name, e.dtype, `${what}[${i}]: dtype`);
      assert.deepEqual([...g.shape], e.shape, `${what}[${i}]: shape`);
    } else {
      assert.equal(typeof g, 'number', `${what}[${i}]: expected a JS number for ${kind}`);
    }
  });
  const exp = outs.map(flatEnc);
  const act = gots.map(flat);
  const dt = exp[0].dtype;
  const eps = epsOf(dt);
  const nmax = A ? Math.max(1, ...A.shape.slice(-2)) : 1;
  const base = 64 * nmax * eps;
  const anorm = A ? Math.max(maxAbs(A), 1e-300) : 1;
  // NaN results (NaN input): every output all-NaN where NumPy's is
  if (exp.some((e) => e.re.some((v) => Number.isNaN(v)))) {
    exp.forEach((e, i) => {
      assertClose(act[i], e, Infinity, `${what}[${i}]`);
    });
    return;
  }
  switch (c.fn) {
    case 'svdvals':
      assertClose(act[0], exp[0], base * Math.max(maxAbs(exp[0]), 1e-300), what);
      break;
    case 'svd': {
      if (!tupleOut) {
        assertClose(act[0], exp[0], base * Math.max(maxAbs(exp[0]), 1e-300), what);
        break;
      }
      const [U, S, Vh] = act;
      const smax = Math.max(maxAbs(exp[1]), 1e-300);
      assertClose(S, exp[1], base * smax, `${what} S`);
      if (A && !c.kw?.hermitian) {
        checkSvd(A, U, S, Vh, 4 * base * anorm, what);
      } else if (A) {
        checkSvd(A, U, S, Vh, 4 * base * anorm, what);
      }
      // singular vectors up to phase where the singular values are well separated
      if (c.gap > 1e3 * base * smax && A) {
        const { count, r: m, c: n } = dims(A);
        const k = Math.min(m, n);
        const ku = U.shape[U.shape.length - 1];
        for (let b = 0; b < count; b++) {
          for (let p = 0; p < k; p++) {
            // a (near-)zero singular value leaves its vector free in the null space
            if (!(S.re[b * k + p] > 1e3 * base * smax)) continue;
            const t = 1 - (10 * base * smax) / c.gap - base;
            const mu = phaseMatch(U, exp[0], b * m * ku, m, ku, 1, p);
            if (!(mu >= t)) assert.fail(`${what}: U column ${p} differs beyond a phase (${mu})`);
          }
        }
      }
      break;
    }
    case 'eigvalsh':
      assertClose(act[0], exp[0], base * anorm, what);
      break;
    case 'eigh': {
      const [W, V] = act;
      assertClose(W, exp[0], base * anorm, `${what} eigenvalues`);
      if (A) checkEigen(A, W, V, 4 * base * anorm, c, what, true);
      if (c.gap > 1e3 * base * anorm && A) {
        const { count, r: n } = dims(A);
        for (let b = 0; b < count; b++) {
          for (let p = 0; p < n; p++) {
            const mu = phaseMatch(V, exp[1], b * n * n, n, n, 1, p);
            const t = 1 - (10 * base * anorm) / c.gap - base;
            if (!(mu >= t)) assert.fail(`${what}: eigenvector ${p} differs beyond a phase (${mu})`);
          }
        }
      }
      break;
    }
    case 'eigvals':
      matchEigenvalues(act[0], exp[0], base * anorm * kappa * nmax, what);
      break;
    case 'eig': {
      const [W, V] = act;
      matchEigenvalues(W, exp[0], base * anorm * kappa * nmax, `${what} eigenvalues`);
      // defective / nearly defective eigenvalues leave larger residuals (as in LAPACK)
      const slack = Math.min(1e3, Math.sqrt(kappa));
      if (A) checkEigen(A, W, V, 16 * base * anorm * slack, c, what, false);
      break;
    }
    case 'pinv':
      assertClose(act[0], exp[0], base * kappa * Math.max(maxAbs(exp[0]), 1e-300), what);
      break;
    case 'matrix_rank':
      assert.deepEqual(act[0].re, exp[0].re, what);
      break;
    case 'cond':
      for (let i = 0; i < exp[0].re.length; i++) {
        const e = exp[0].re[i];
        const g = act[0].re[i];
        // a numerically singular matrix: any huge value (or inf) is as right as NumPy's
        const huge = 1 / (1e4 * eps);
        if (e > huge || g > huge) {
          if (!(e > huge && g > huge)) assert.fail(`${what}: ${g} vs ${e}`);
        } else if (Math.abs(e) < 1 / huge && Math.abs(g) < 1 / huge) {
          // p = -2 of a numerically singular matrix: both round-off sized
        } else if (!Number.isFinite(e) || !Number.isFinite(g)) assert.equal(g, e, what);
        else if (!(Math.abs(g - e) <= base * kappa * Math.abs(e)))
          assert.fail(`${what}: ${g} vs ${e}`);
      }
      break;
    case 'lstsq': {
      const [X, R, , S] = act;
      const xs = Math.max(maxAbs(exp[0]), 1);
      assertClose(X, exp[0], base * kappa * kappa * xs + base * kappa * xs, `${what} x`);
      const rs = Math.max(maxAbs(exp[1]), 1);
      assertClose(R, exp[1], base * kappa * kappa * rs, `${what} residuals`);
      assert.equal(got[2], decode(out[2].data[0]), `${what} rank`);
      assertClose(S, exp[3], base * Math.max(maxAbs(exp[3]), 1e-300), `${what} s`);
      break;
    }
    default:
      throw new Error(`unknown fn ${c.fn}`);
  }
}

/**
 * Whether NumPy's and our eigenvalue dtypes differ only in real vs complex, with every
 * non-zero imaginary part (on either side) of round-off size.
 */
function roundoffComplex(exp: any, got: any, A: Flat | null): boolean {
  if (!A || !got || typeof got !== 'object' || !('dtype' in got)) return false;
  const gk = got.dtype.kind === 'c';
  const ek = String(exp.dtype).startsWith('complex');
  if (gk === ek) return false;
  const n = Math.max(1, ...A.shape.slice(-2));
  const tiny = 1e3 * n * 2 ** -52 * Math.max(maxAbs(A), 1e-300);
  const im = [...flatEnc(exp).im, ...flat(got).im];
  return im.every((v) => Math.abs(v) <= tiny);
}

/** Each NumPy eigenvalue is matched by a distinct one of ours within `tol`, per matrix. */
function matchEigenvalues(got: Flat, exp: Flat, tol: number, what: string): void {
  assert.deepEqual(got.shape, exp.shape, `${what}: shape`);
  const n = exp.shape[exp.shape.length - 1] ?? 0;
  const count = n ? exp.re.length / n : 0;
  for (let b = 0; b < count; b++) {
    const used = new Array<boolean>(n).fill(false);
    for (let i = 0; i < n; i++) {
      const er = exp.re[b * n + i];
      const ei = exp.im[b * n + i];
      let best = -1;
      let bd = Infinity;
      for (let j = 0; j < n; j++) {
        if (used[j]) continue;
        const d = Math.hypot(got.re[b * n + j] - er, got.im[b * n + j] - ei);
        if (d < bd) {
          bd = d;
          best = j;
        }
      }
      if (!(bd <= tol))
        assert.fail(`${what}: eigenvalue ${er}+${ei}j unmatched (closest ${bd}, tol ${tol})`);
      used[best] = true;
    }
  }
}

/** ‖A v − λ v‖ small and ‖v‖ = 1 for each eigenpair; orthonormal vectors for eigh. */
function checkEigen(
  A: Flat,
  W: Flat,
  V: Flat,
  tol: number,
  c: any,
  what: string,
  herm: boolean,
): void {
  const { count, r: n } = dims(A);
  const uplo = String(c.kw?.UPLO ?? 'L').toUpperCase();
  for (let b = 0; b < count; b++) {
    const ao = b * n * n;
    for (let p = 0; p < n; p++) {
      const lr = W.re[b * n + p];
      const li = W.im[b * n + p];
      let nrm = 0;
      for (let i = 0; i < n; i++) {
        let sr = 0;
        let si = 0;
        for (let j = 0; j < n; j++) {
          // eigh reads one triangle: rebuild the Hermitian matrix from it
          let a = ao + i * n + j;
          let conj = false;
          if (herm && (uplo === 'L' ? j > i : j < i)) {
            a = ao + j * n + i;
            conj = true;
          }
          const arr = A.re[a];
          const aii = herm && i === j ? 0 : conj ? -A.im[a] : A.im[a];
          const vr = V.re[ao + j * n + p];
          const vi = V.im[ao + j * n + p];
          sr += arr * vr - aii * vi;
          si += arr * vi + aii * vr;
        }
        const vr = V.re[ao + i * n + p];
        const vi = V.im[ao + i * n + p];
        nrm += vr * vr + vi * vi;
        sr -= lr * vr - li * vi;
        si -= lr * vi + li * vr;
        const err = Math.abs(sr) + Math.abs(si);
        if (!(err <= tol))
          assert.fail(`${what}: A v != λ v at batch ${b} pair ${p} row ${i}: ${err} > ${tol}`);
      }
      if (n > 0 && !(Math.abs(Math.sqrt(nrm) - 1) <= 1e-5))
        assert.fail(`${what}: eigenvector ${p} norm ${nrm}`);
    }
    if (herm) orthonormal(V.re, V.im, ao, n, n, n, 1, 1e3 * tol0(tol, A), `${what}: eigenvectors`);
  }
}

/** Check a recorded error. */
export function checkError(c: any, what: string): void {
  const [name, message] = c.error as [string, string];
  throwsNumpy(() => call(c), name, message);
  void what;
}
