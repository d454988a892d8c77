/**
 * np.unique on large arrays with repeated values (the hash-based path, as NumPy 2.x takes
 * it) against live NumPy: random sizes, dtypes, value pools with NaN, ±0 and ±inf, and
 * equal_nan both ways. Values and dtypes must match exactly; which of -0.0 and 0.0 stands
 * for their group depends on NumPy's hash table internals (neither the first nor the last
 * met), so zeros compare without their sign.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { decode, hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 8080);
const CASES = 60;
const DTYPES = ['float64', 'float32', 'int8', 'int16', 'int32', 'uint8', 'uint32', 'bool'];

interface Case {
  dtype: string;
  pool: (number | string)[];
  idx: number[];
  equal_nan: boolean;
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const dtype = DTYPES[Math.floor(rnd() * DTYPES.length)]!;
  const float = dtype.startsWith('float');
  const poolSize = 1 + Math.floor(rnd() * (rnd() < 0.3 ? 3000 : 50));
  const pool: (number | string)[] = Array.from({ length: poolSize }, () =>
    float && rnd() < 0.1
      ? ['nan', '-0', '0', 'inf', '-inf'][Math.floor(rnd() * 5)]!
      : Math.floor(rnd() * 200) - 100,
  );
  const n = 1000 + Math.floor(rnd() * 40000);
  const idx = Array.from({ length: n }, () => Math.floor(rnd() * poolSize));
  return { dtype, pool, idx, equal_nan: rnd() < 0.7 };
}

const num = (v: number | string) =>
  v === 'nan'
    ? Number.NaN
    : v === 'inf'
      ? Infinity
      : v === '-inf'
        ? -Infinity
        : v === '-0'
          ? -0
          : Number(v);

describe('np.unique of large arrays vs live NumPy (hash path)', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(SEED + i));
  const expected = hasNumpy()
    ? pyJSON<any[]>(
        `
def enc(v):
    if v != v: return {'float': 'nan'}
    if v in (float('inf'), float('-inf')): return {'float': 'inf' if v > 0 else '-inf'}
    if v == 0 and str(v).startswith('-'): return {'float': '-0'}
    return v
out = []
for c in json.load(sys.stdin):
    pool = np.array([float(v) for v in c['pool']]).astype(c['dtype'])
    a = pool[np.array(c['idx'])]
    u = np.unique(a, equal_nan=c['equal_nan'])
    out.append({'dtype': str(u.dtype), 'values': [enc(v) for v in u.tolist()]})
print(json.dumps(out))`,
        JSON.stringify(cases),
      )
    : [];
  it(`${CASES} random arrays`, () => {
    cases.forEach((c, i) => {
      const pool = np.array(c.pool.map(num), { dtype: 'float64' }).astype(c.dtype as np.DTypeLike);
      const a = pool.get(np.array(c.idx));
      const u = np.unique(a, { equal_nan: c.equal_nan }) as np.NDArray;
      const want = expected[i];
      assert.equal(String(u.dtype), want.dtype, `seed ${SEED + i}`);
      const got = (u.tolist() as unknown[]).map((v) => (Object.is(v, -0) ? 0 : v));
      const exp = (want.values as unknown[]).map((v) => {
        const d = decode(v);
        return Object.is(d, -0) ? 0 : d;
      });
      assert.deepStrictEqual(got, exp, `seed ${SEED + i} ${c.dtype} n=${c.idx.length}`);
    });
  });
});
