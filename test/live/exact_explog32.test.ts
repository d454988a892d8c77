/**
 * np.exp / np.log on contiguous float32 arrays long enough for the SIMD kernels
 * (kernels/exact_explog32.ts) against live NumPy: random arrays of 8 … 300 elements mixing
 * ordinary values with the special ones (0, -0, ±inf, NaN, overflow, subnormal results, tiny
 * inputs, negatives), fresh and in-place outputs, under errstate(all='call'): the categories
 * reported, in order, must be NumPy's, and on NumPy's X86_V3 dispatch the bits too (elsewhere
 * NumPy's float32 kernels differ legitimately; f32_simd.test.ts explains). Replay with
 * NUMTYPE_EXPLOG32_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const SEED = Number(process.env.NUMTYPE_EXPLOG32_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CASES = 300;
const SPECIALS = [0, -0, Infinity, -Infinity, Number.NaN, 100, -100, -90, 1e-40, -1, 88.7, 2e-45];

const UFUNCS = { exp: np.exp, log: np.log };

interface Case {
  func: 'exp' | 'log';
  x: number[];
  inPlace: boolean;
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const func = rnd() < 0.5 ? 'exp' : 'log';
  const n = 8 + Math.floor(rnd() * 293);
  const special = rnd() < 0.7 ? rnd() * 0.1 : 0;
  const x = Array.from({ length: n }, () =>
    rnd() < special
      ? SPECIALS[Math.floor(rnd() * SPECIALS.length)]!
      : Math.fround(func === 'exp' ? (rnd() * 2 - 1) * 30 : rnd() * 100),
  );
  return { func, x, inPlace: rnd() < 0.3 };
}

/** NaN, ±inf survive JSON as strings. */
const enc = (v: number) => (Number.isFinite(v) ? v : String(v));

const PY = `
import base64
try:
    from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__
except ImportError:
    from numpy.core._multiarray_umath import __cpu_dispatch__, __cpu_features__
level = next((t for t in ('X86_V4', 'X86_V3') if t in __cpu_dispatch__ and __cpu_features__.get(t)), None)
cases = json.load(sys.stdin)
res = []
for c in cases:
    x = np.array([float(v) for v in c['x']], dtype=np.float32)
    seen = []
    old = np.seterrcall(lambda err, flag: seen.append(err))
    with np.errstate(all='call'):
        y = getattr(np, c['func'])(x, out=x) if c['inPlace'] else getattr(np, c['func'])(x)
    np.seterrcall(old)
    res.append({'seen': seen, 'y': base64.b64encode(y.tobytes()).decode()})
print(json.dumps({'level': level, 'res': res}))
`;

function runJS(c: Case): { seen: string[]; y: Float32Array } {
  const x = np.array(c.x, { dtype: 'float32' });
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
  return { seen, y: new Float32Array(y.buffer, y.offset, y.size) };
}

describe(`np.exp / np.log float32 kernels vs live NumPy (seed ${SEED})`, {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(SEED + i));
  it(`${CASES} random arrays: errstate categories (and bits on X86_V3) as NumPy`, () => {
    const input = cases.map((c) => ({ ...c, x: c.x.map(enc) }));
    const py = pyJSON<{ level: string | null; res: { seen: string[]; y: string }[] }>(
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
      if (py.level !== 'X86_V3') return;
      const wf = new Float32Array(new Uint8Array(Buffer.from(want.y, 'base64')).buffer);
      const wb = new Uint32Array(wf.buffer);
      const gb = new Uint32Array(got.y.buffer, got.y.byteOffset, got.y.length);
      // NaN signs and payloads aside (the scalar port's NaN is not always NumPy's)
      const d = wb.findIndex(
        (v, k) => v !== gb[k] && !(Number.isNaN(wf[k]) && Number.isNaN(got.y[k])),
      );
      if (d >= 0) bad.push(`seed ${SEED + i} ${c.func}(${c.x[d]}): got ${got.y[d]}`);
    });
    assert.deepStrictEqual(bad.slice(0, 10), []);
  });
});
