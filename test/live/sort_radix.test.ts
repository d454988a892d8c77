/**
 * np.sort / np.argsort / np.unique of real dtypes against live NumPy on randomized inputs
 * (the distribution sort of src/_core/sorting/bucket.ts): random dtype, size (around the
 * thresholds and up to 150000), value pool (NaN, ±0, ±inf, extremes, few or many distinct
 * values) and layout (reversed, negative step, 2-d axis=0, axis=None). Inputs are drawn on
 * both sides from (pool, seed) with the same PRNG; results compare by a checksum of their
 * bytes (bit-exact for the stable sorts; zeros without sign for the default kind and unique).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { buildInput, checksum, PY_CHECKSUM } from '../_core/sort_radix.util.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 4242);
const CASES = 40;
const DTYPES = [
  'float64',
  'float32',
  'int8',
  'int16',
  'int32',
  'uint8',
  'uint16',
  'uint32',
  'bool',
];
const SIZES = [0, 1, 2, 23, 24, 25, 255, 256, 257, 4096, 32768, 32769, 65535, 65536, 65537];
const LAYOUTS = ['flat', 'flat', 'rev', 'step2r', 'axis0', 'none'];
const SPECIAL = [Number.NaN, -0, 0, Infinity, -Infinity, 5e-324, -5e-324, 1.7e308, -1.7e308];

interface Case {
  dtype: string;
  pool: unknown[];
  seed: number;
  n: number;
  layout: string;
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const dtype = DTYPES[Math.floor(rnd() * DTYPES.length)]!;
  let n = rnd() < 0.6 ? SIZES[Math.floor(rnd() * SIZES.length)]! : Math.floor(rnd() * 150000);
  const layout = LAYOUTS[Math.floor(rnd() * LAYOUTS.length)]!;
  if (layout === 'axis0' || layout === 'none') n -= n % 4;
  const size = 1 + Math.floor(rnd() * (rnd() < 0.5 ? 8 : 5000));
  const pool: unknown[] = [];
  for (let i = 0; i < size; i++) {
    if (dtype === 'bool') pool.push(rnd() < 0.5);
    else if (dtype.startsWith('float')) {
      const x =
        rnd() < 0.1
          ? SPECIAL[Math.floor(rnd() * SPECIAL.length)]!
          : (rnd() - 0.5) * 10 ** Math.floor(rnd() * 12 - 6);
      pool.push(dtype === 'float32' ? Math.fround(x) : x);
    } else {
      const info = np.iinfo(dtype as np.DTypeLike);
      const lo = Math.max(Number(info.min), -1e6);
      const hi = Math.min(Number(info.max), 1e6);
      pool.push(Math.floor(lo + rnd() * (hi - lo + 1)));
    }
  }
  return { dtype, pool, seed, n, layout };
}

/** Pool values as JSON-safe tagged floats (common.py's encoding). */
function enc(v: unknown): unknown {
  if (typeof v !== 'number' || (Number.isFinite(v) && !Object.is(v, -0))) return v;
  if (Number.isNaN(v)) return { float: 'nan' };
  if (Object.is(v, -0)) return { float: '-0' };
  return { float: v > 0 ? 'inf' : '-inf' };
}

describe('distribution sort vs live NumPy', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(SEED + i));
  const expected = hasNumpy()
    ? pyJSON<Record<string, number>[]>(
        `
import warnings
warnings.simplefilter('ignore')
M = 0xFFFFFFFF
def mulberry(seed):
    a = seed & M
    def rnd():
        nonlocal a
        a = (a + 0x6D2B79F5) & M
        t = a
        t = ((t ^ (t >> 15)) * (t | 1)) & M
        t = (t ^ ((t + (((t ^ (t >> 7)) * (t | 61)) & M)) & M)) & M
        return ((t ^ (t >> 14)) & M) / 4294967296
    return rnd
def dec(v):
    if isinstance(v, dict):
        return {'nan': float('nan'), '-0': -0.0, 'inf': float('inf'), '-inf': float('-inf')}[v['float']]
    return v
${PY_CHECKSUM}
def canon(r):
    r = r.copy()
    if r.dtype.kind == 'f':
        r[r == 0] = 0
    return r
out = []
for c in json.load(sys.stdin):
    pool = [dec(v) for v in c['pool']]
    rnd = mulberry(c['seed'])
    a = np.array([pool[int(rnd() * len(pool))] for _ in range(c['n'])], dtype=c['dtype'])
    axis = -1
    if c['layout'] == 'rev': a = a[::-1]
    elif c['layout'] == 'step2r': a = a[::-2]
    elif c['layout'] == 'axis0': a, axis = a.reshape(-1, 4), 0
    elif c['layout'] == 'none': a, axis = a.reshape(-1, 4), None
    out.append({
        'sort': checksum(np.sort(a, axis=axis, kind='stable')),
        'argsort': checksum(np.argsort(a, axis=axis, kind='stable')),
        'sort_default': checksum(canon(np.sort(a, axis=axis))),
        'unique': checksum(canon(np.unique(a))),
    })
print(json.dumps(out))
`,
        JSON.stringify(cases.map((c) => ({ ...c, pool: c.pool.map(enc) }))),
      )
    : [];
  cases.forEach((c, i) => {
    it(`case ${c.seed}: ${c.dtype} n=${c.n} pool=${c.pool.length} ${c.layout}`, () => {
      const want = expected[i]!;
      const [x, axis] = buildInput({ ...c, pool: c.pool.map(enc) });
      assert.equal(checksum(np.sort(x, axis, { kind: 'stable' })), want.sort, 'stable sort');
      assert.equal(checksum(np.argsort(x, axis, { kind: 'stable' })), want.argsort, 'argsort');
      const s = np.sort(x, axis);
      const z = s.dtype.name.startsWith('float')
        ? (np.where(np.equal(s, 0), np.zeros([], { dtype: s.dtype }), s) as np.NDArray)
        : s;
      assert.equal(checksum(z), want.sort_default, 'default sort');
      const u = np.unique(x) as np.NDArray;
      const uz = u.dtype.name.startsWith('float')
        ? (np.where(np.equal(u, 0), np.zeros([], { dtype: u.dtype }), u) as np.NDArray)
        : u;
      assert.equal(checksum(uz), want.unique, 'unique');
    });
  });
});
