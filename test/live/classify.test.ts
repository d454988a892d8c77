/**
 * Live check of np.isnan, np.isinf and np.isfinite on float32 and float64 arrays (the SIMD
 * comparison kernels x != x, |x| == inf, |x| < inf) against NumPy: NaN, ±inf, ±0, subnormal
 * and huge values, contiguous and strided, lengths around the kernels' block sizes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

describe('np.isnan / isinf / isfinite of floats match NumPy (live)', () => {
  it('specials, dtypes, strides', { skip: !hasNumpy() }, () => {
    const r = np.random.default_rng(Date.now() % 100000);
    const specs = Array.from({ length: 16 }, (_, i) => ({
      seed: Number(r.integers(0, 1e9)),
      n: [1, 17, 63, 64, 2049, 20011][i % 6]!,
      dt: i % 2 ? 'float32' : 'float64',
      step: [1, 1, 2, -3][i % 4]!,
    }));
    const build = `
SPECIAL = [np.nan, np.inf, -np.inf, 0.0, -0.0, 5e-324, 1e-45, 1e308, -3.5e38, 1.0]
def build(s):
    g = np.random.default_rng(s['seed'])
    x = g.standard_normal(s['n'])
    pick = g.integers(0, len(SPECIAL), s['n'])
    where = g.random(s['n']) < 0.3
    x[where] = np.array(SPECIAL)[pick[where]]
    with np.errstate(all='ignore'):
        return x.astype(s['dt'])[::s['step']]
`;
    const want = pyJSON<boolean[][][]>(
      `${build}
out = []
for s in json.loads(sys.stdin.read()):
    x = build(s)
    out.append([np.isnan(x).tolist(), np.isinf(x).tolist(), np.isfinite(x).tolist()])
print(json.dumps(out))
`,
      JSON.stringify(specs),
    );
    const SPECIAL = [Number.NaN, Infinity, -Infinity, 0, -0, 5e-324, 1e-45, 1e308, -3.5e38, 1];
    specs.forEach((s, i) => {
      const g = np.random.default_rng(s.seed);
      const x = g.standard_normal(s.n) as np.NDArray<'float64'>;
      const pick = g.integers(0, SPECIAL.length, s.n) as np.NDArray<'int64'>;
      const where = g.random(s.n).lt(0.3);
      const vals = np.take(np.array(SPECIAL), pick);
      x.set(where, vals.get(where));
      const y = np.errstate({ all: 'ignore' }, () => x.astype(s.dt)).get(`::${s.step}`);
      const label = `${s.dt} n=${s.n} step=${s.step}`;
      assert.deepEqual(np.isnan(y).tolist(), want[i]![0], `${label}: isnan`);
      assert.deepEqual(np.isinf(y).tolist(), want[i]![1], `${label}: isinf`);
      assert.deepEqual(np.isfinite(y).tolist(), want[i]![2], `${label}: isfinite`);
    });
  });
});
