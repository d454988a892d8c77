/**
 * np.fft against NumPy fixtures (scripts/fixtures/gen_fft.py): every transform over
 * many lengths (1..64, primes, powers, mixed radices, Bluestein lengths), every norm,
 * n/s/axes, dtypes, strided inputs, out, the helpers, and NumPy's errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import { loadFixture, throwsNumpy } from '../helpers.js';
import { assertClose, type Encoded, type InputSpec, make } from './util.js';

interface Case {
  fn: string;
  x: InputSpec;
  kw: Record<string, unknown>;
  warn: number;
  res: Encoded;
}
interface ErrCase {
  fn: string;
  x: InputSpec;
  kw: Record<string, unknown>;
  err: [string, string];
}

const fx = loadFixture<{
  cases: Case[];
  errors: ErrCase[];
  freq: { fn: string; n: number; d: number | [number, number]; res: Encoded | null }[];
  freq_errors: {
    fn: string;
    n?: number;
    d?: number;
    device?: string | null;
    x?: InputSpec;
    axes?: unknown;
    err: [string, string];
  }[];
  shifts: { fn: string; x: InputSpec; axes: number | number[] | null; res: Encoded }[];
}>('fft');

const fftns = np.fft as unknown as Record<string, (...a: unknown[]) => np.NDArray>;

function options(kw: Record<string, unknown>): Record<string, unknown> {
  const o: Record<string, unknown> = { ...kw };
  const out = kw.out as { shape: number[]; dtype: string } | undefined;
  if (out) o.out = np.zeros(out.shape, { dtype: out.dtype as 'float64' });
  return o;
}

function label(c: { fn: string; x: InputSpec; kw: Record<string, unknown> }): string {
  return `${c.fn}(${JSON.stringify(c.x)}, ${JSON.stringify(c.kw)})`;
}

describe('np.fft transforms vs NumPy', () => {
  const groups = new Map<string, Case[]>();
  for (const c of fx.cases) {
    const g = groups.get(c.fn) ?? [];
    g.push(c);
    groups.set(c.fn, g);
  }
  for (const [fn, cs] of groups) {
    it(`${fn}: ${cs.length} cases`, () => {
      for (const c of cs) {
        const x = make(c.x);
        const o = options(c.kw);
        const [r, warns] = catchWarnings(() => fftns[fn]!(x, o));
        const l = label(c);
        assertClose(r, c.res, l);
        assert.equal(
          warns.filter((w) => w.category === 'DeprecationWarning').length,
          c.warn,
          `${l}: warnings`,
        );
        // NumPy returns `out` itself, except where it ignores it (hfft, ifft2, irfft2).
        if (o.out && !['hfft', 'ifft2', 'irfft2'].includes(fn)) assert.equal(r, o.out, l);
      }
    });
  }
});

describe('np.fft errors', () => {
  it(`${fx.errors.length} bad inputs raise NumPy's error`, () => {
    for (const c of fx.errors) {
      const x = make(c.x);
      throwsNumpy(() => catchWarnings(() => fftns[c.fn]!(x, options(c.kw))), c.err[0], c.err[1]);
    }
  });
  it('bad arguments', () => {
    throwsNumpy(
      () => np.fft.fft([1, 2], { bogus: 1 } as never),
      'TypeError',
      "fft() got an unexpected keyword argument 'bogus'",
    );
    throwsNumpy(
      () => (np.fft.fftn as (...a: unknown[]) => unknown)(),
      'TypeError',
      "fftn() missing 1 required positional argument: 'a'",
    );
    throwsNumpy(
      () => np.fft.fft([1, 2], { out: [0, 0] as never }),
      'TypeError',
      'return arrays must be of ArrayType',
    );
  });
});

describe('np.fft helpers vs NumPy', () => {
  it('fftfreq / rfftfreq', () => {
    for (const c of fx.freq) {
      const f = c.fn === 'fftfreq' ? np.fft.fftfreq : np.fft.rfftfreq;
      const d = Array.isArray(c.d) ? new np.Complex(c.d[0], c.d[1]) : c.d;
      if (c.res === null) {
        throwsNumpy(() => f(c.n, d), 'ValueError', 'negative dimensions are not allowed');
        continue;
      }
      const r = f(c.n, d);
      assertClose(r, c.res, `${c.fn}(${c.n}, ${c.d})`);
      // exact: NumPy multiplies integers by 1/(n*d)
      assert.deepEqual(
        Array.from(r.dtype.kind === 'c' ? [] : (r.data as Float64Array)),
        r.dtype.kind === 'c' ? [] : c.res.data,
      );
    }
  });
  it('fftshift / ifftshift', () => {
    for (const c of fx.shifts) {
      const f = c.fn === 'fftshift' ? np.fft.fftshift : np.fft.ifftshift;
      const r = f(make(c.x), c.axes);
      assertClose(r, c.res, `${c.fn}(${JSON.stringify(c.x)}, ${JSON.stringify(c.axes)})`);
    }
  });
  it('errors', () => {
    for (const c of fx.freq_errors) {
      if (c.x) {
        const f = c.fn === 'fftshift' ? np.fft.fftshift : np.fft.ifftshift;
        throwsNumpy(() => f(make(c.x!), c.axes as null), c.err[0], c.err[1]);
        continue;
      }
      const f = c.fn === 'fftfreq' ? np.fft.fftfreq : np.fft.rfftfreq;
      throwsNumpy(() => f(c.n!, c.d!, c.device as 'cpu'), c.err[0], c.err[1]);
    }
  });
});
