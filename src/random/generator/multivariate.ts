/**
 * Multivariate samplers: multinomial, multivariate hypergeometric, Dirichlet and the
 * multivariate normal, for Generator and (where NumPy has them) RandomState.
 */
import { float64, int64 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { shapeRepr } from '../../_core/iter.js';
import { array } from '../../_core/multiarray/array.js';
import { NDArray } from '../../_core/ndarray.js';
import { svdDense } from '../../linalg/lapack/svd_kernel.js';
import { symmetricEigen } from '../../linalg/lapack/symmetric_eigen_kernel.js';
import type { BitGenerator } from '../bit_generator/bit_generator.js';
import { randomInterval } from '../distributions/bounded.js';
import { type BinomialState, binomial, hypergeometric } from '../distributions/discrete.js';
import { beta, standardGamma } from '../distributions/gamma.js';
import { type LegacyState, legacyStandardGamma } from '../legacy/distributions.js';
import { cholesky } from './linalg_local.js';
import {
  broadcastIndex,
  broadcastShapes,
  Cons,
  checkArray,
  checkScalar,
  putInt64,
  type Size,
  shapeOf,
  toParam,
} from './params.js';

const INT64_MAX = 9223372036854775807n;

function kahan(d: Float64Array, start: number, n: number): number {
  if (n <= 0) return 0.0;
  let sum = d[start]!;
  let c = 0.0;
  for (let i = 1; i < n; i++) {
    const y = d[start + i]! - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** `size` followed by `d` (operator.index(size) or tuple(size)). */
function withTrailing(size: Size, d: number): number[] {
  if (size === null || size === undefined) return [d];
  return [...shapeOf(size), d];
}

/** The pvals checks and message of both multinomials. */
function checkPvals(pvals: unknown, pd: Float64Array, d: number, ndim: number): void {
  checkArray(pd, 'pvals', Cons.BOUNDED_0_1);
  for (let off = 0; off < pd.length; off += d) {
    if (kahan(pd, off, d - 1) > 1.0 + 1e-12) {
      const slice = ndim === 1 ? '[:-1]' : '[...,:-1]';
      let sum = 0;
      if (pvals instanceof NDArray && pvals.dtype.kind === 'f' && pvals.dtype !== float64) {
        pvals.forEachOffset((o) => {
          sum += pvals.readAt(o) as number;
        });
      }
      if (
        pvals instanceof NDArray &&
        pvals.dtype.kind === 'f' &&
        pvals.dtype !== float64 &&
        sum < 1.0001
      ) {
        throw new ValueError(
          `sum(pvals${slice}.astype(np.float64)) > 1.0. The pvals array is cast to 64-bit floating point prior to checking the sum. Precision changes when casting may cause problems even if the sum of the original pvals is valid.`,
        );
      }
      throw new ValueError(`sum(pvals${slice}) > 1.0`);
    }
  }
}

/** `random_multinomial` (and the legacy one) into words of an int64 array at `at`. */
function multinomialInto(
  bg: BitGenerator,
  n: number,
  pix: Float64Array,
  poff: number,
  d: number,
  w: Int32Array,
  at: number,
  bin: BinomialState,
): void {
  let remaining = 1.0;
  let dn = n;
  for (let j = 0; j < d - 1; j++) {
    const pj = pix[poff + j]! / remaining;
    // NumPy 2.4's RandomState.multinomial uses the Generator's binomial too.
    const v = binomial(bg, pj, dn, bin);
    putInt64(w, at + j, v);
    dn -= v;
    if (dn <= 0) break;
    remaining -= pix[poff + j]!;
  }
  if (dn > 0) putInt64(w, at + d - 1, dn);
}

/** `Generator.multinomial(n, pvals, size)`: broadcasts n against the rows of pvals. */
export function multinomial(
  bg: BitGenerator,
  nIn: unknown,
  pvals: unknown,
  size: Size,
  bin: BinomialState,
): NDArray {
  const on = toParam(nIn, true);
  const pp = toParam(pvals);
  const ndim = pp.shape.length;
  const d = ndim >= 1 ? pp.shape[ndim - 1]! : 0;
  if (d === 0) {
    throw new ValueError(
      'pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.',
    );
  }
  checkPvals(pvals, pp.data, d, ndim);
  if (on.shape.length !== 0 || ndim > 1) {
    checkArray(on.data, 'n', Cons.NON_NEGATIVE);
    const offShape = pp.shape.slice(0, -1);
    const offsets = {
      shape: offShape,
      data: Float64Array.from({ length: pp.data.length / d }, (_, i) => i * d),
      value: null,
    };
    let shape: number[];
    if (size === null || size === undefined) shape = broadcastShapes([on.shape, offShape]);
    else {
      const s = shapeOf(size);
      const b = broadcastShapes([on.shape, offShape, s]);
      if (b.length !== s.length || b.some((v, i) => v !== s[i])) {
        throw new ValueError(
          `Output size ${shapeRepr(s)} is not compatible with broadcast dimensions of inputs ${shapeRepr(b)}.`,
        );
      }
      shape = s;
    }
    const out = NDArray.zeros([...shape, d], int64);
    const w = new Int32Array(out.buffer as ArrayBuffer);
    const ni = broadcastIndex(shape, on);
    const pi = broadcastIndex(shape, offsets);
    const cnt = shape.reduce((a, b) => a * b, 1);
    for (let i = 0; i < cnt; i++) {
      const n = on.data[ni ? ni[i]! : 0]!;
      const po = offsets.data[pi ? pi[i]! : 0]!;
      multinomialInto(bg, n, pp.data, po, d, w, i * d, bin);
    }
    return out;
  }
  const out = NDArray.zeros(withTrailing(size, d), int64);
  const n = on.data[0]!;
  checkScalar(n, 'n', Cons.NON_NEGATIVE);
  const w = new Int32Array(out.buffer as ArrayBuffer);
  for (let i = 0, m = out.size / d; i < m; i++)
    multinomialInto(bg, n, pp.data, 0, d, w, i * d, bin);
  return out;
}

/** `RandomState.multinomial(n, pvals, size)`: one n, 1-d pvals. */
export function legacyMultinomial(
  bg: BitGenerator,
  nIn: unknown,
  pvals: unknown,
  size: Size,
  bin: BinomialState,
): NDArray {
  const n = typeof nIn === 'bigint' ? Number(nIn) : Math.trunc(Number(nIn));
  const pp = toParam(pvals);
  if (pp.shape.length === 0) throw new TypeError('pvals must be a 1-d sequence');
  if (pp.shape.length > 1) throw new ValueError('object too deep for desired array');
  const d = pp.data.length;
  checkArray(pp.data, 'pvals', Cons.BOUNDED_0_1);
  if (d) checkPvals(pvals, pp.data, d, 1);
  const out = NDArray.zeros(withTrailing(size, d), int64);
  checkScalar(n, 'n', Cons.NON_NEGATIVE);
  const w = new Int32Array(out.buffer as ArrayBuffer);
  const niter = d ? out.size / d : 0;
  for (let i = 0; i < niter; i++) multinomialInto(bg, n, pp.data, 0, d, w, i * d, bin);
  return out;
}

/** `Generator.dirichlet(alpha, size)`: stick-breaking with betas for small alphas, else gammas. */
export function dirichlet(bg: BitGenerator, alpha: unknown, size: Size): NDArray {
  const a = toParam(alpha);
  if (a.shape.length !== 1) throw new ValueError(`object of too small depth for desired array`);
  const k = a.data.length;
  if (a.data.some((v) => v < 0)) throw new ValueError('alpha < 0');
  const out = NDArray.zeros(withTrailing(size, k), float64);
  const val = new Float64Array(out.buffer as ArrayBuffer);
  const tot = val.length;
  const ad = a.data;
  if (k > 0 && Math.max(...ad) < 0.1) {
    const csum = new Float64Array(k);
    let c = 0.0;
    for (let j = k - 1; j >= 0; j--) {
      c += ad[j]!;
      csum[j] = c;
    }
    if (c > 0) {
      for (let i = 0; i < tot; i += k) {
        let acc = 1.0;
        for (let j = 0; j < k - 1; j++) {
          const v = beta(bg, ad[j]!, csum[j + 1]!);
          val[i + j] = acc * v;
          acc *= 1.0 - v;
          if (csum[j + 1] === 0) break;
        }
        val[i + k - 1] = acc;
      }
    }
    return out;
  }
  gammaRows(val, ad, k, (s) => standardGamma(bg, s));
  return out;
}

/** Rows of gammas normalised to sum 1 (Generator's large-alpha and RandomState's dirichlet). */
function gammaRows(
  val: Float64Array,
  ad: Float64Array,
  k: number,
  g: (shape: number) => number,
): void {
  for (let i = 0; i < val.length; i += k) {
    let acc = 0.0;
    for (let j = 0; j < k; j++) {
      val[i + j] = g(ad[j]!);
      acc = acc + val[i + j]!;
    }
    const inv = 1.0 / acc;
    for (let j = 0; j < k; j++) val[i + j] = val[i + j]! * inv;
  }
}

/** `RandomState.dirichlet(alpha, size)`. */
export function legacyDirichlet(st: LegacyState, alpha: unknown, size: Size): NDArray {
  const a = toParam(alpha);
  if (a.shape.length !== 1) throw new ValueError('object of too small depth for desired array');
  const k = a.data.length;
  if (a.data.some((v) => v <= 0)) throw new ValueError('alpha <= 0');
  const out = NDArray.zeros(withTrailing(size, k), float64);
  gammaRows(new Float64Array(out.buffer as ArrayBuffer), a.data, k, (s) =>
    legacyStandardGamma(st, s),
  );
  return out;
}

/** `Generator.multivariate_hypergeometric(colors, nsample, size, method)`. */
export function multivariateHypergeometric(
  bg: BitGenerator,
  colorsIn: unknown,
  nsampleIn: unknown,
  size: Size,
  method: string,
): NDArray {
  if (method !== 'count' && method !== 'marginals')
    throw new ValueError('method must be "count" or "marginals".');
  if (
    !(
      typeof nsampleIn === 'bigint' ||
      (typeof nsampleIn === 'number' && Number.isInteger(nsampleIn))
    )
  ) {
    throw new ValueError('nsample must be an integer');
  }
  const nsample = BigInt(nsampleIn);
  if (nsample < 0n) throw new ValueError('nsample must be nonnegative.');
  if (nsample > INT64_MAX) throw new ValueError(`nsample must not exceed ${INT64_MAX}`);
  const colorsArr = colorsIn instanceof NDArray ? colorsIn : array(colorsIn);
  const colors = colorsArr.ndim === 1 ? (colorsArr.tolist({ bigint: true }) as unknown[]) : [];
  const invalid =
    colorsArr.ndim !== 1 ||
    (colorsArr.size > 0 && !colorsArr.dtype.isInteger) ||
    colors.some((c) => BigInt(c as bigint) < 0n || BigInt(c as bigint) > INT64_MAX);
  if (invalid) {
    throw new ValueError(
      `colors must be a one-dimensional sequence of nonnegative integers not exceeding ${INT64_MAX}.`,
    );
  }
  const cv = colors.map((c) => BigInt(c as bigint));
  let total = 0n;
  for (const c of cv) {
    if (c > INT64_MAX - total) {
      throw new ValueError(
        `sum(colors) must not exceed the maximum value of a 64 bit signed integer (${INT64_MAX})`,
      );
    }
    total += c;
  }
  if (method === 'marginals' && total >= 1000000000n) {
    throw new ValueError('When method is "marginals", sum(colors) must be less than 1000000000.');
  }
  const maxIndex = INT64_MAX / 8n;
  if (method === 'count' && total > maxIndex)
    throw new ValueError(`When method is 'count', sum(colors) must not exceed ${maxIndex}`);
  if (nsample > total) throw new ValueError('nsample > sum(colors)');
  const k = cv.length;
  const out = NDArray.zeros(withTrailing(size, k), int64);
  if (k === 0) return out;
  const w = new Int32Array(out.buffer as ArrayBuffer);
  const col = cv.map(Number);
  const tot = Number(total);
  let ns = Number(nsample);
  const nvar = out.size / k;
  if (tot === 0 || ns === 0 || nvar === 0) return out;
  const moreThanHalf = ns > Math.floor(tot / 2);
  if (moreThanHalf) ns = tot - ns;
  const vals = new Float64Array(k);
  if (method === 'count') {
    const choices = new Int32Array(tot);
    for (let i = 0, p = 0; i < k; i++) for (let j = 0; j < col[i]!; j++) choices[p++] = i;
    for (let v = 0; v < nvar; v++) {
      vals.fill(0);
      for (let j = 0; j < ns; j++) {
        const kk = j + randomInterval(bg, tot - j - 1);
        const t = choices[kk]!;
        choices[kk] = choices[j]!;
        choices[j] = t;
      }
      for (let j = 0; j < ns; j++) vals[choices[j]!]!++;
      writeRow(w, v * k, vals, col, moreThanHalf);
    }
  } else {
    for (let v = 0; v < nvar; v++) {
      vals.fill(0);
      let toSample = ns;
      let remaining = tot;
      for (let j = 0; toSample > 0 && j + 1 < k; j++) {
        remaining -= col[j]!;
        const r = hypergeometric(bg, col[j]!, remaining, toSample);
        vals[j] = r;
        toSample -= r;
      }
      if (toSample > 0) vals[k - 1] = toSample;
      writeRow(w, v * k, vals, col, moreThanHalf);
    }
  }
  return out;
}

function writeRow(
  w: Int32Array,
  at: number,
  vals: Float64Array,
  col: number[],
  complement: boolean,
): void {
  for (let j = 0; j < vals.length; j++)
    putInt64(w, at + j, complement ? col[j]! - vals[j]! : vals[j]!);
}

function emitWarning(msg: string): void {
  const p = (globalThis as { process?: { emitWarning?: (m: string, t: string) => void } }).process;
  if (p?.emitWarning) p.emitWarning(msg, 'RuntimeWarning');
  else console.warn(`RuntimeWarning: ${msg}`);
}

/**
 * `multivariate_normal(mean, cov, size, check_valid, tol, method)`: x = mean + z @ factor.T
 * with z standard normals (drawn by `normals`, the API's standard_normal).
 */
export function multivariateNormal(
  normals: (shape: number[]) => Float64Array,
  meanIn: unknown,
  covIn: unknown,
  size: Size,
  checkValid: string,
  tol: number,
  method: string,
  legacy: boolean,
): NDArray {
  if (!legacy && method !== 'eigh' && method !== 'svd' && method !== 'cholesky') {
    throw new ValueError("method must be one of {'eigh', 'svd', 'cholesky'}");
  }
  const mean = meanIn instanceof NDArray ? meanIn : array(meanIn);
  const cov = covIn instanceof NDArray ? covIn : array(covIn);
  if (!legacy && (mean.dtype.kind === 'c' || cov.dtype.kind === 'c'))
    throw new TypeError('mean and cov must not be complex');
  const shape = size === null || size === undefined ? [] : shapeOf(size);
  if (mean.ndim !== 1) throw new ValueError('mean must be 1 dimensional');
  if (cov.ndim !== 2 || cov.dims[0] !== cov.dims[1])
    throw new ValueError('cov must be 2 dimensional and square');
  const n = mean.dims[0]!;
  if (n !== cov.dims[0]) throw new ValueError('mean and cov must have same length');
  const finalShape = [...shape, n];
  const z = normals(finalShape);
  const m = toParam(mean).data;
  const c = toParam(cov).data;
  let factor: Float64Array; // n x n, x = mean + z @ factor.T
  let psd = true;
  if (method === 'cholesky') {
    factor = cholesky(c, n);
  } else if (method === 'eigh') {
    // np.linalg.eigh's solver (LAPACK's path up to order 25), so that the factor has NumPy's
    // eigenvector signs and the samples are NumPy's
    const { w, zr } = symmetricEigen(n, Float64Array.from(c), null, true, 'L');
    const v = zr!;
    psd = !w.some((x) => x < -tol);
    factor = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) factor[i * n + j] = v[i * n + j]! * Math.sqrt(Math.abs(w[j]!));
  } else {
    // np.linalg.svd(cov) (LAPACK dgesdd's signs up to n = 25: the samples follow them)
    const r = svdDense(n, n, Float64Array.from(c), null, 2);
    const u = r.ur!;
    const s = r.s;
    const vh = r.vhr!;
    // allclose(vh.T * s @ vh, cov, rtol=tol, atol=tol)
    for (let i = 0; i < n && psd; i++) {
      for (let j = 0; j < n; j++) {
        let r = 0;
        for (let k = 0; k < n; k++) r += vh[k * n + i]! * s[k]! * vh[k * n + j]!;
        const cij = c[i * n + j]!;
        if (!(Math.abs(r - cij) <= tol + tol * Math.abs(cij))) {
          psd = false;
          break;
        }
      }
    }
    // Generator uses u * sqrt(s); RandomState uses sqrt(s)[:, None] * vh, i.e. vh.T * sqrt(s).
    factor = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++)
        factor[i * n + j] = (legacy ? vh[j * n + i]! : u[i * n + j]!) * Math.sqrt(s[j]!);
    }
  }
  if (checkValid !== 'ignore' && method !== 'cholesky') {
    if (checkValid !== 'warn' && checkValid !== 'raise') {
      throw new ValueError("check_valid must equal 'warn', 'raise', or 'ignore'");
    }
    if (!psd) {
      if (checkValid === 'warn') emitWarning('covariance is not symmetric positive-semidefinite.');
      else throw new ValueError('covariance is not symmetric positive-semidefinite.');
    }
  }
  const out = NDArray.empty(finalShape, float64);
  const o = new Float64Array(out.buffer as ArrayBuffer);
  const rows = z.length / Math.max(n, 1);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let k = 0; k < n; k++) acc += z[r * n + k]! * factor[i * n + k]!;
      o[r * n + i] = legacy ? acc + m[i]! : m[i]! + acc;
    }
  }
  return out;
}
