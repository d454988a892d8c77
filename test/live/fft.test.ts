/**
 * Live differential test of np.fft against NumPy: seeded random arrays (several
 * dtypes, strided / negative-stride / transposed views, lengths up to 300 with
 * primes and Bluestein sizes) through every transform with random n / axis / s /
 * axes / norm, and the helpers. All cases go to python3 in one batch; NumPy's
 * errors must match too. Replay with NUMTYPE_LIVE_SEED=<seed> NUMTYPE_LIVE_CASES=1.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import { assertClose, type Encoded } from '../fft/util.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const BASE_SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 8080);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 400);

interface Case {
  seed: number;
  fn: string;
  shape: number[];
  dtype: string;
  re: number[];
  im: number[];
  T: boolean;
  index: string | null;
  kw: Record<string, unknown>;
}

const ONE_D = ['fft', 'ifft', 'rfft', 'irfft', 'hfft', 'ihfft'];
const N_D = ['fftn', 'ifftn', 'rfftn', 'irfftn', 'fft2', 'ifft2', 'rfft2', 'irfft2'];
const DTYPES = ['float64', 'complex128', 'float32', 'complex64', 'int32', 'bool'];
const LENS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 16, 17, 25, 27, 31, 49, 64, 97, 101, 127, 300];
const NORMS = [null, 'backward', 'ortho', 'forward'];

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const fn = rnd() < 0.6 ? pick(ONE_D) : pick(N_D);
  const ndim = fn.endsWith('2') ? 2 + Math.floor(rnd() * 2) : 1 + Math.floor(rnd() * 3);
  const shape = Array.from({ length: ndim }, () =>
    ndim === 1 ? pick(LENS) : pick(LENS.slice(0, 14)),
  );
  const size = shape.reduce((p, d) => p * d, 1);
  const re = Array.from({ length: size }, () => Math.round((rnd() * 2 - 1) * 1e6) / 1e6);
  const im = Array.from({ length: size }, () => Math.round((rnd() * 2 - 1) * 1e6) / 1e6);
  const T = ndim > 1 && rnd() < 0.3;
  let index: string | null = null;
  if (rnd() < 0.4) {
    index = shape.map(() => pick([':', '::-1', '::2', '1:', ':'])).join(',');
  }
  const kw: Record<string, unknown> = {};
  if (rnd() < 0.7) kw.norm = pick(NORMS);
  if (ONE_D.includes(fn)) {
    if (rnd() < 0.5) kw.axis = -1 - Math.floor(rnd() * ndim);
    if (rnd() < 0.4) kw.n = pick(LENS.slice(0, 18));
    if (rnd() < 0.02) kw.n = 0;
  } else {
    const k = 1 + Math.floor(rnd() * ndim);
    const axes = Array.from(
      { length: k },
      () => Math.floor(rnd() * ndim) - (rnd() < 0.5 ? ndim : 0),
    );
    if (fn.endsWith('2') ? rnd() < 0.3 : rnd() < 0.6)
      kw.axes = fn.endsWith('2') ? axes.slice(0, 2) : axes;
    if (rnd() < 0.4 && kw.axes) {
      kw.s = (kw.axes as number[]).map(() => (rnd() < 0.15 ? -1 : pick(LENS.slice(0, 12))));
    }
  }
  return { seed, fn, shape, dtype: pick(DTYPES), re, im, T, index, kw };
}

function build(c: Case): np.NDArray {
  const z = np.zeros(c.shape, { dtype: 'complex128' });
  const d = z.data as Float64Array;
  const o = z.offset / 8; // a small array may sit inside a shared slab
  c.re.forEach((v, i) => {
    d[o + 2 * i] = v;
    d[o + 2 * i + 1] = c.im[i]!;
  });
  let x: np.NDArray;
  if (c.dtype === 'bool') x = z.real.gt(0) as np.NDArray;
  else if (c.dtype === 'int32') x = z.real.mul(100).astype('int32');
  else if (c.dtype.startsWith('complex')) x = z.astype(c.dtype as 'complex64');
  else x = z.real.astype(c.dtype as 'float64');
  if (c.T) x = x.T;
  if (c.index) x = x.get(c.index);
  return x;
}

const PY = `
cases = json.load(sys.stdin)
def enc(r):
    r = np.asarray(r)
    flat = r.ravel()
    if r.dtype.kind == 'c':
        vals = np.empty(2 * flat.size); vals[0::2] = flat.real; vals[1::2] = flat.imag
    else:
        vals = flat.astype(np.float64)
    return {'dtype': str(r.dtype), 'shape': list(r.shape), 'step': 1, 'data': vals.tolist()}
out = []
import warnings
warnings.simplefilter('ignore')
for c in cases:
    z = (np.array(c['re']) + 1j * np.array(c['im'])).reshape(c['shape'])
    if c['dtype'] == 'bool': x = z.real > 0
    elif c['dtype'] == 'int32': x = (z.real * 100).astype(np.int32)
    elif c['dtype'].startswith('complex'): x = z.astype(c['dtype'])
    else: x = z.real.astype(c['dtype'])
    if c['T']: x = x.T
    if c['index']: x = eval('x[' + c['index'] + ']')
    try:
        out.append({'res': enc(getattr(np.fft, c['fn'])(x, **c['kw']))})
    except Exception as e:
        out.append({'err': [type(e).__name__, str(e)]})
print(json.dumps(out))
`;

describe('np.fft live vs NumPy', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  it(`${CASES} random transforms`, () => {
    const cases = Array.from({ length: CASES }, (_, i) => makeCase(BASE_SEED + i));
    const expected = pyJSON<{ res?: Encoded; err?: [string, string] }[]>(PY, JSON.stringify(cases));
    const fns = np.fft as unknown as Record<string, (...a: unknown[]) => np.NDArray>;
    cases.forEach((c, i) => {
      const e = expected[i]!;
      const label = `seed ${c.seed}: ${c.fn} ${c.dtype} ${JSON.stringify(c.shape)} T=${c.T} [${c.index}] ${JSON.stringify(c.kw)}`;
      let got: np.NDArray | undefined;
      let err: Error | undefined;
      try {
        got = catchWarnings(() => fns[c.fn]!(build(c), { ...c.kw }))[0];
      } catch (x) {
        err = x as Error;
      }
      if (e.err) {
        assert.ok(err, `${label}: expected ${e.err.join(': ')}`);
        assert.deepEqual([err!.name, err!.message], e.err, label);
      } else {
        assert.ok(!err, `${label}: threw ${err?.name}: ${err?.message}`);
        // With no input points NumPy's irfft leaves its output uninitialized: only
        // dtype and shape are comparable there.
        if (build(c).size === 0) {
          assert.equal(got!.dtype.name, e.res!.dtype, label);
          assert.deepEqual(got!.shape, e.res!.shape, label);
        } else assertClose(got!, e.res!, label);
      }
    });
  });

  it('helpers', () => {
    const ns = [1, 2, 5, 8, 33];
    const ds = [1, 0.25, 3.3, -2];
    const expected = pyJSON<number[][][][]>(
      `print(json.dumps([[[np.fft.fftfreq(n, d).tolist(), np.fft.rfftfreq(n, d).tolist()] for d in ${JSON.stringify(ds)}] for n in ${JSON.stringify(ns)}]))`,
    );
    ns.forEach((n, i) => {
      ds.forEach((d, j) => {
        assert.deepEqual(np.fft.fftfreq(n, d).tolist(), expected[i]![j]![0]);
        assert.deepEqual(np.fft.rfftfreq(n, d).tolist(), expected[i]![j]![1]);
      });
    });
  });
});
