/**
 * One-line transforms on Float64Array buffers: complex↔complex, real→half-complex
 * (rfft) and half-complex→real (irfft). Even-length real transforms run as a complex
 * transform of half the length plus a twiddle pass, which halves their cost.
 */
import { type ComplexPlan, getPlan } from './cplan.js';

/** A transform of one line: `inLen` input elements to `outLen` output elements. */
export interface LineOp {
  readonly inLen: number;
  readonly inComplex: boolean;
  readonly outLen: number;
  readonly outComplex: boolean;
  /** Doubles needed by each of the three work buffers passed to `run`. */
  readonly bufLen: number;
  /** Set for complex-to-complex ops, which can also run many lines at once. */
  readonly c2c?: { n: number; fwd: boolean };
  /** Which transform this is, for the wasm backend's twin (src/fft/wasm_plan.ts). */
  readonly spec?: { kind: 'c2c' | 'r2c' | 'c2r'; n: number; fwd: boolean };
  /**
   * Transform the gathered (already zero-padded) input held in `a`; `b` and `r` are
   * scratch. Returns the buffer whose first `outLen` elements are the result.
   */
  run(a: Float64Array, b: Float64Array, r: Float64Array): Float64Array;
}

/** Complex-to-complex of length n (forward: exp(-2πi jk/n)). */
export function c2c(n: number, fwd: boolean): LineOp {
  const plan = getPlan(n);
  return {
    inLen: n,
    inComplex: true,
    outLen: n,
    outComplex: true,
    bufLen: 2 * n,
    c2c: { n, fwd },
    spec: { kind: 'c2c', n, fwd },
    run: (a, b) => plan.exec(a, b, fwd),
  };
}

/** exp(-2πi k/n) for k ≤ n/2, interleaved. */
function halfTwiddles(n: number): Float64Array {
  const h = n >> 1;
  const w = new Float64Array(2 * (h + 1));
  for (let k = 0; k <= h; k++) {
    const x = (2 * Math.PI * k) / n;
    w[2 * k] = Math.cos(x);
    w[2 * k + 1] = -Math.sin(x);
  }
  w[2 * h] = -1;
  w[2 * h + 1] = 0;
  return w;
}

const twCache = new Map<number, Float64Array>();
/** The cached table of halfTwiddles(n). */
export function twiddlesFor(n: number): Float64Array {
  let w = twCache.get(n);
  if (!w) {
    w = halfTwiddles(n);
    if (twCache.size >= 16) twCache.delete(twCache.keys().next().value!);
    twCache.set(n, w);
  }
  return w;
}

/** Real input of length n to its n/2+1 non-negative-frequency terms. */
export function r2c(n: number): LineOp {
  const outLen = (n >> 1) + 1;
  if (n % 2 === 1) {
    const plan = getPlan(n);
    return {
      inLen: n,
      inComplex: false,
      outLen,
      outComplex: true,
      spec: { kind: 'r2c', n, fwd: true },
      bufLen: 2 * n,
      run(a, b, r) {
        realToComplex(a, b, n);
        return plan.exec(b, r, true);
      },
    };
  }
  const h = n >> 1;
  const plan = getPlan(h);
  const w = twiddlesFor(n);
  return {
    inLen: n,
    inComplex: false,
    outLen,
    outComplex: true,
    spec: { kind: 'r2c', n, fwd: true },
    bufLen: 2 * outLen,
    run(a, b, r) {
      // The reals x0, x1, … read as complex z_j = x_2j + i·x_2j+1.
      const z = plan.exec(a, b, true);
      unpackHalf(z, r, w, h);
      return r;
    },
  };
}

/**
 * X_k = E_k + w_k·O_k with E, O the DFTs of the even and odd samples, from Z = DFT(z).
 * X_k and X_h-k are made together: E_h-k = conj(E_k) and O_h-k = conj(O_k) exactly, so the
 * pair shares one evaluation (as fft_r2c_unpack in assembly/fft.ts, bit for bit).
 */
function unpackHalf(z: Float64Array, x: Float64Array, w: Float64Array, h: number): void {
  const z0r = z[0]!;
  const z0i = z[1]!;
  x[0] = z0r + z0i;
  x[1] = 0;
  x[2 * h] = z0r - z0i;
  x[2 * h + 1] = 0;
  for (let k = 1; k <= h - k; k++) {
    const kc = h - k;
    const zr = z[2 * k]!;
    const zi = z[2 * k + 1]!;
    const cr = z[2 * kc]!;
    const ci = -z[2 * kc + 1]!;
    const er = 0.5 * (zr + cr);
    const ei = 0.5 * (zi + ci);
    const or = 0.5 * (zi - ci);
    const oi = -0.5 * (zr - cr);
    const wr = w[2 * k]!;
    const wi = w[2 * k + 1]!;
    x[2 * k] = er + wr * or - wi * oi;
    x[2 * k + 1] = ei + wr * oi + wi * or;
    if (kc === k) break;
    // E_h-k = (er, -ei), O_h-k = (or, -oi)
    const vr = w[2 * kc]!;
    const vi = w[2 * kc + 1]!;
    x[2 * kc] = er + vr * or - vi * -oi;
    x[2 * kc + 1] = -ei + vr * -oi + vi * or;
  }
}

/**
 * n/2+1 half-complex terms to n reals (unnormalized inverse), as pocketfft's irfft:
 * the imaginary parts of X_0 and (for even n) X_n/2 are ignored.
 */
export function c2r(n: number): LineOp {
  const inLen = (n >> 1) + 1;
  if (n % 2 === 1) {
    const plan = getPlan(n);
    return {
      inLen,
      inComplex: true,
      outLen: n,
      outComplex: false,
      spec: { kind: 'c2r', n, fwd: false },
      bufLen: 2 * n,
      run(a, b, r) {
        hermitianFull(a, b, n);
        realParts(plan.exec(b, a, false), r, n);
        return r;
      },
    };
  }
  const h = n >> 1;
  const plan: ComplexPlan = getPlan(h);
  const w = twiddlesFor(n);
  return {
    inLen,
    inComplex: true,
    outLen: n,
    outComplex: false,
    spec: { kind: 'c2r', n, fwd: false },
    bufLen: 2 * inLen,
    run(a, b) {
      // Z_k = E_k + i·O_k with E_k = X_k + conj(X_h-k), O_k = (X_k - conj(X_h-k))·conj(w_k):
      // the inverse DFT of Z is x_2j + i·x_2j+1 (times n).
      const x0 = a[0]!;
      const xh = a[2 * h]!;
      b[0] = x0 + xh;
      b[1] = x0 - xh;
      for (let k = 1; k < h; k++) {
        const xr = a[2 * k]!;
        const xi = a[2 * k + 1]!;
        const cr = a[2 * (h - k)]!;
        const ci = -a[2 * (h - k) + 1]!;
        const er = xr + cr;
        const ei = xi + ci;
        const dr = xr - cr;
        const di = xi - ci;
        const wr = w[2 * k]!;
        const wi = -w[2 * k + 1]!;
        const or = dr * wr - di * wi;
        const oi = dr * wi + di * wr;
        b[2 * k] = er - oi;
        b[2 * k + 1] = ei + or;
      }
      return plan.exec(b, a, false);
    },
  };
}

/** n reals at a as n complex numbers with zero imaginary parts at b (odd-length r2c). */
export function realToComplex(a: Float64Array, b: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) {
    b[2 * j] = a[j]!;
    b[2 * j + 1] = 0;
  }
}

/**
 * The n/2+1 half-complex terms at a extended to all n by Hermitian symmetry at b (odd-length
 * c2r; pocketfft ignores the imaginary part of X_0).
 */
export function hermitianFull(a: Float64Array, b: Float64Array, n: number): void {
  b[0] = a[0]!;
  b[1] = 0;
  const inLen = (n >> 1) + 1;
  for (let k = 1; k < inLen; k++) {
    const re = a[2 * k]!;
    const im = a[2 * k + 1]!;
    b[2 * k] = re;
    b[2 * k + 1] = im;
    b[2 * (n - k)] = re;
    b[2 * (n - k) + 1] = -im;
  }
}

/** The real parts of n complex numbers at y into r. */
export function realParts(y: Float64Array, r: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) r[j] = y[2 * j]!;
}
