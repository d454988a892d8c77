/**
 * np.exp / np.log on contiguous float64 arrays long enough for the SIMD kernels
 * (kernels/exact_explog.ts) against live NumPy: random arrays of 8 … 3000 elements mixing
 * ordinary values (around 0 and 1, wide ranges) with the special ones (0, -0, ±inf, NaN,
 * overflow, subnormal and zero results, subnormal inputs, negatives), fresh and in-place
 * outputs, under errstate(all='call'): the categories reported, in order, must be NumPy's, and
 * without AVX512F (where NumPy calls glibc's exp/log element by element) the bits too. Replay
 * with NUMTYPE_EXPLOG64_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const SEED = Number(process.env.NUMTYPE_EXPLOG64_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CASES = 200;
const SPECIALS = [0, -0, Infinity, -Infinity, Number.NaN, 800, -800, -710, 5e-324, -1, 1, 709.8];

const UFUNCS = { exp: np.exp, log: np.log };

interface Case {
  func: 'exp' | 'log';
  x: number[];
  inPlace: boolean;
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const func = rnd() < 0.5 ? 'exp' : 'log';
  const n = 8 + Math.floor(rnd() * (rnd() < 0.8 ? 300 : 3000));
  const special = rnd() < 0.6 ? rnd() * 0.1 : 0;
  const kind = Math.floor(rnd() * 3);
  const gen = (): number => {
    if (func === 'exp')
      return kind === 0 ? rnd() * 2 - 1 : kind === 1 ? (rnd() * 2 - 1) * 30 : (rnd() * 2 - 1) * 720;
    return kind === 0 ? rnd() : kind === 1 ? 0.9 + rnd() * 0.2 : 2 ** (rnd() * 200 - 100);
  };
  const x = Array.from({ length: n }, () =>
    rnd() < special ? SPECIALS[Math.floor(rnd() * SPECIALS.length)]! : gen(),
  );
  return { func, x, inPlace: rnd() < 0.3 };
}

/** NaN, ±inf survive JSON as strings; finite doubles round-trip through JSON. */
const enc = (v: number) => (Number.isFinite(v) ? v : String(v));

const PY = `
import base64
try:
    from numpy._core._multiarray_umath import __cpu_features__
except ImportError:
    from numpy.core._multiarray_umath import __cpu_features__
cases = json.load(sys.stdin)
res = []
for c in cases:
    x = np.array([float(v) for v in c['x']], dtype=np.float64)
    seen = []
    old = np.seterrcall(lambda err, flag: seen.append(err))
    with np.errstate(all='call'):
        y = getattr(np, c['func'])(x, out=x) if c['inPlace'] else getattr(np, c['func'])(x)
    np.seterrcall(old)
    res.append({'seen': seen, 'y': base64.b64encode(y.tobytes()).decode()})
print(json.dumps({'avx512f': bool(__cpu_features__.get('AVX512F')), 'res': res}))
`;

function runJS(c: Case): { seen: string[]; y: Float64Array } {
  const x = np.array(c.x, { dtype: 'float64' });
  const seen: string[] = [];
  np.seterrcall((err: string) => {
    seen.push(err);
  });
  let y: any;
  try {
    np.errstate({ all: 'call' }, () => {
      const f = UFUNCS[c.func];
      y = c.inPlace ? f(x, { out: x }) : f(x);
    });
  } finally {
    np.seterrcall(null);
  }
  return { seen, y: new Float64Array(y.buffer, y.offset, y.size) };
}

describe(`np.exp / np.log float64 kernels vs live NumPy (seed ${SEED})`, {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(SEED + i));
  it(`${CASES} random arrays: errstate categories (and bits without AVX512F) as NumPy`, () => {
    const input = cases.map((c) => ({ ...c, x: c.x.map(enc) }));
    const py = pyJSON<{ avx512f: boolean; res: { seen: string[]; y: string }[] }>(
      PY,
      JSON.stringify(input),
    );
    const bad: string[] = [];
    cases.forEach((c, i) => {
      const got = runJS(c);
      const want = py.res[i]!;
      if (JSON.stringify(got.seen) !== JSON.stringify(want.seen)) {
        bad.push(`seed ${SEED + i} ${c.func}: got ${got.seen}, NumPy ${want.seen}`);
      }
      if (py.avx512f) return;
      const wf = new Float64Array(new Uint8Array(Buffer.from(want.y, 'base64')).buffer);
      const wb = new BigUint64Array(wf.buffer);
      const gb = new BigUint64Array(got.y.buffer, got.y.byteOffset, got.y.length);
      // NaN signs and payloads aside (the scalar port's NaN is not always NumPy's)
      const d = wb.findIndex(
        (v, k) => v !== gb[k] && !(Number.isNaN(wf[k]) && Number.isNaN(got.y[k])),
      );
      if (d >= 0)
        bad.push(`seed ${SEED + i} ${c.func}(${c.x[d]}): got ${got.y[d]}, NumPy ${wf[d]}`);
    });
    assert.deepStrictEqual(bad.slice(0, 10), []);
  });
});
