/**
 * Live check of np.nonzero / flatnonzero / argwhere on 1-d inputs (nonzero.ts positions1d,
 * the branchless fill) against NumPy: random masks of several densities and lengths, float
 * inputs with zeros and NaN, and a bool view of bytes other than 0 and 1.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

describe('np.nonzero of 1-d arrays matches NumPy (live)', () => {
  it('random masks, floats with NaN, bytes viewed as bool', { skip: !hasNumpy() }, () => {
    const r = np.random.default_rng(Date.now() % 100000);
    const specs = Array.from({ length: 18 }, (_, i) => ({
      seed: Number(r.integers(0, 1e9)),
      n: [0, 1, 7, 1000, 100003, 4096][i % 6]!,
      p: [0, 0.01, 0.5, 0.99, 1][i % 5]!,
      kind: ['bool', 'float', 'bytes'][i % 3]!,
    }));
    const build = `
def build(s):
    g = np.random.default_rng(s['seed'])
    m = g.random(s['n']) < s['p']
    if s['kind'] == 'float':
        x = np.where(m, g.standard_normal(s['n']), 0.0)
        x[::5] = np.where(m[::5], np.nan, 0.0)
        return x
    if s['kind'] == 'bytes':
        return (m.astype(np.uint8) * 3).view(np.bool_)
    return m
`;
    const want = pyJSON<[number[], number[], number[][]][]>(
      `${build}
out = []
for s in json.loads(sys.stdin.read()):
    x = build(s)
    out.append([np.nonzero(x)[0].tolist(), np.flatnonzero(x).tolist(), np.argwhere(x).tolist()])
print(json.dumps(out))
`,
      JSON.stringify(specs),
    );
    specs.forEach((s, i) => {
      const g = np.random.default_rng(s.seed);
      const m = np.less(g.random(s.n), s.p) as np.NDArray<'bool'>;
      let x: np.NDArray<np.DTypeKey> = m;
      if (s.kind === 'float') {
        const f = np.where(m, g.standard_normal(s.n), 0.0) as np.NDArray<np.DTypeKey>;
        f.set('::5', np.where(m.get('::5'), Number.NaN, 0.0));
        x = f;
      } else if (s.kind === 'bytes') {
        x = np.multiply(m.astype('uint8'), 3).astype('uint8').view('bool');
      }
      const label = `${s.kind} n=${s.n} p=${s.p}`;
      assert.deepEqual(np.nonzero(x)[0]!.tolist(), want[i]![0], `${label}: nonzero`);
      assert.deepEqual(np.flatnonzero(x).tolist(), want[i]![1], `${label}: flatnonzero`);
      assert.deepEqual(np.argwhere(x).tolist(), want[i]![2], `${label}: argwhere`);
    });
  });
});
