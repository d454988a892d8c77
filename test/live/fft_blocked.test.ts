/**
 * Live differential test of np.fft against NumPy on larger arrays, where lines move in
 * blocks: columns of C arrays (axis 0) staged and transformed a few lanes at a time, with
 * random column counts (partial blocks), lengths of every kind (one radix pass, mixed radix,
 * factor 7, primes, Bluestein), dtypes, reversed views, norms, and the n-D transforms whose
 * later axes run in place. Inputs are built on both sides from a formula (nothing large is
 * sent); NumPy returns a sample of each result, every step-th element with a step coprime to
 * the last dimension. Replay with NUMTYPE_LIVE_SEED=<seed> NUMTYPE_LIVE_CASES=1.
 */
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { assertClose, type Encoded } from '../fft/util.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const BASE_SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 9090);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 40);

interface Case {
  seed: number;
  fn: string;
  shape: number[];
  dtype: string;
  /** Data offset of the input formula. */
  off: number;
  index: string | null;
  kw: Record<string, unknown>;
}

const LENS = [2, 3, 4, 5, 6, 7, 8, 12, 30, 64, 100, 128, 240, 360, 500, 997, 1000, 1009, 1024];
const NORMS = [null, 'ortho', 'forward'];
const DTYPES = ['complex128', 'float64', 'float32', 'complex64'];
const MAX_SIZE = 150_000;

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const fn = pick(['fft', 'ifft', 'fft', 'rfft2', 'irfft2', 'fft2', 'fftn']);
  const n = pick(LENS);
  const cols = 1 + Math.floor(rnd() * Math.min(300, MAX_SIZE / n));
  const shape = rnd() < 0.2 && cols > 6 ? [n, 3, Math.ceil(cols / 3)] : [n, cols];
  const dtype =
    fn === 'irfft2' ? 'complex128' : fn === 'rfft2' ? pick(DTYPES.slice(1, 3)) : pick(DTYPES);
  const kw: Record<string, unknown> = {};
  if (rnd() < 0.6) kw.norm = pick(NORMS);
  if (fn === 'fft' || fn === 'ifft') kw.axis = 0;
  if (fn === 'fftn') kw.axes = shape.length === 3 && rnd() < 0.5 ? [2, 0] : [0];
  if (fn === 'fft' && rnd() < 0.2) kw.n = pick(LENS);
  const index = rnd() < 0.25 ? shape.map(() => pick([':', '::-1', '1:'])).join(',') : null;
  return { seed, fn, shape, dtype, off: Math.floor(rnd() * 1000), index, kw };
}

/** bench's data() formula with an offset: -1 + 2·frac((i + off)·φ). */
function values(size: number, off: number, phi: number): Float64Array {
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) out[i] = -1 + 2 * (((i + off) * phi) % 1);
  return out;
}

function build(c: Case): np.NDArray {
  const size = c.shape.reduce((p, d) => p * d, 1);
  const re = values(size, c.off, 0.6180339887498949);
  let x: np.NDArray;
  if (c.dtype.startsWith('complex')) {
    const im = values(size, c.off, 0.7548776662466927);
    const z = np.zeros(size, { dtype: 'complex128' });
    const d = z.data as Float64Array;
    const o = z.offset / 8; // a small array may sit inside a shared slab
    for (let i = 0; i < size; i++) {
      d[o + 2 * i] = re[i]!;
      d[o + 2 * i + 1] = im[i]!;
    }
    x = z.astype(c.dtype as 'complex64');
  } else x = np.asarray(re).astype(c.dtype as 'float64');
  x = x.reshape(c.shape);
  return c.index ? x.get(c.index) : x;
}

const PY = `
import math
cases = json.load(sys.stdin)
def values(size, off, phi):
    return -1 + 2 * (((np.arange(size, dtype=np.float64) + off) * phi) % 1.0)
def enc(r):
    r = np.asarray(r)
    step = max(1, -(-r.size // 1500))
    while r.ndim and r.shape[-1] > 1 and math.gcd(step, r.shape[-1]) > 1:
        step += 1
    flat = r.ravel()[::step]
    if r.dtype.kind == 'c':
        vals = np.empty(2 * flat.size); vals[0::2] = flat.real; vals[1::2] = flat.imag
    else:
        vals = flat.astype(np.float64)
    return {'dtype': str(r.dtype), 'shape': list(r.shape), 'step': step, 'data': vals.tolist()}
out = []
for c in cases:
    size = math.prod(c['shape'])
    re = values(size, c['off'], 0.6180339887498949)
    if c['dtype'].startswith('complex'):
        x = (re + 1j * values(size, c['off'], 0.7548776662466927)).astype(c['dtype'])
    else:
        x = re.astype(c['dtype'])
    x = x.reshape(c['shape'])
    if c['index']: x = eval('x[' + c['index'] + ']')
    out.append(enc(getattr(np.fft, c['fn'])(x, **c['kw'])))
print(json.dumps(out))
`;

describe('np.fft blocked lines live vs NumPy', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  it(`${CASES} random larger transforms`, () => {
    const cases = Array.from({ length: CASES }, (_, i) => makeCase(BASE_SEED + i));
    const expected = pyJSON<Encoded[]>(PY, JSON.stringify(cases));
    const fns = np.fft as unknown as Record<string, (...a: unknown[]) => np.NDArray>;
    cases.forEach((c, i) => {
      const label = `seed ${c.seed}: ${c.fn} ${c.dtype} ${JSON.stringify(c.shape)} [${c.index}] ${JSON.stringify(c.kw)}`;
      assertClose(fns[c.fn]!(build(c), { ...c.kw }), expected[i]!, label);
    });
  });
});
