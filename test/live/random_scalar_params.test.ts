/**
 * Generator methods called with plain JS numbers (the scalar-parameter path of params.ts
 * `run`, which skips the Param wrapping) against NumPy: one draw and a `size` of draws, the
 * stream continuing across calls, int-valued parameters given as fractions (truncated, as
 * NumPy's int64 conversion does), normal's bulk fill at sizes around the ziggurat buffer,
 * and NumPy's errors for bad values.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

/** [NumPy call on g, numtype call on g]: run in order on one generator per side. */
const CALLS: [string, string][] = [
  ['g.normal()', 'g.normal()'],
  ['g.normal(2.5, 3.0)', 'g.normal(2.5, 3)'],
  ['g.normal(size=10)', 'g.normal({size: 10})'],
  ['g.normal(-1.0, 0.5, 7)', 'g.normal(-1, 0.5, 7)'],
  ['g.normal(0.0, 0.0, 3)', 'g.normal(0, 0, 3)'],
  ['g.normal(1.0, 2.0, (3, 4))', 'g.normal(1, 2, [3, 4])'],
  ['g.normal(size=4097)', 'g.normal({size: 4097})'],
  ['g.normal(0.0, -1.0, 3)', 'g.normal(0, -1, 3)'],
  ['g.uniform(1.0, 3.0, 5)', 'g.uniform(1, 3, 5)'],
  ['g.exponential(2.0, 4)', 'g.exponential(2, 4)'],
  ['g.binomial(10.7, 0.5, 5)', 'g.binomial(10.7, 0.5, 5)'],
  ['g.binomial(10.7, 0.5)', 'g.binomial(10.7, 0.5)'],
  ['g.hypergeometric(10.7, 5.2, 3.9, 5)', 'g.hypergeometric(10.7, 5.2, 3.9, 5)'],
  ['g.negative_binomial(3.9, 0.4, 4)', 'g.negative_binomial(3.9, 0.4, 4)'],
  ['g.poisson(3.5, 4)', 'g.poisson(3.5, 4)'],
  ['g.gamma(2.0, 1.5, 3)', 'g.gamma(2, 1.5, 3)'],
  ['g.binomial(-1, 0.5)', 'g.binomial(-1, 0.5)'],
  ['g.normal(0.0, 1.0)', 'g.normal(0, 1)'],
];

type Got = { v: number[] } | { error: string };

describe('Generator with plain-number parameters (live)', { skip: !hasNumpy() }, () => {
  it('draws, stream position and errors agree', () => {
    const want = pyJSON<Got[]>(
      `
g = np.random.default_rng(20261123)
out = []
for expr in json.loads(sys.stdin.read()):
    try:
        out.append({'v': [float(x) for x in np.ravel(eval(expr))]})
    except Exception as e:
        out.append({'error': f'{type(e).__name__}: {e}'})
print(json.dumps(out))`,
      JSON.stringify(CALLS.map((c) => c[0])),
    );
    const g = np.random.default_rng(20261123);
    CALLS.forEach(([py, ts], i) => {
      let got: Got;
      try {
        const r = new Function('g', `return ${ts};`)(g) as unknown;
        const flat = r instanceof np.NDArray ? (np.ravel(r).tolist() as unknown[]) : [r];
        got = { v: flat.map(Number) };
      } catch (e) {
        got = { error: `${(e as Error).name}: ${(e as Error).message}` };
      }
      assert.deepEqual(got, want[i], py);
    });
  });
});
