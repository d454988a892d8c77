/**
 * float64 np.sort / np.argsort / np.unique against live NumPy on randomized continuous
 * inputs (the wasm sort path, src/_core/sorting/wasm_sort.ts, and its TypeScript twin):
 * random size up to 300000, scale, integer-valued or continuous values, NaN / ±inf / ±0 /
 * outliers at random positions, sorted or reversed order, and as rows of a 2-d array sorted
 * along either axis; every case on both backends.
 * Inputs are drawn on both sides with the same PRNG; results compare by the checksum of
 * test/_core/sort_radix.util.ts (bit-exact for the stable sorts; zeros without sign for
 * the default kind and unique).
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { checksum, PY_CHECKSUM } from '../_core/sort_radix.util.js';
import { decode, hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 9090);
const CASES = 10;
const SCALES = [1, 1e-300, 1e-6, 1000, 1e300, 1.7e308];
const SPECIAL = [
  { float: 'nan' },
  { float: 'inf' },
  { float: '-inf' },
  { float: '-0' },
  0,
  1e300,
  -1e300,
  5e-324,
];

/** Row lengths of the 2-d sorts (many rows a wasm call: sort_f64_rows). */
const ROW_LENS = [2, 3, 10, 64, 999, 32768, 40000];

interface Case {
  seed: number;
  n: number;
  kind: 'uniform' | 'ints';
  scale: number;
  k: number;
  specials: [number, unknown][];
  order: string;
  /** Row length of the 2-d sorts (the first rows * rowLen values as rows). */
  rowLen: number;
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const n = 1000 + Math.floor(rnd() * 299000);
  const kind = rnd() < 0.7 ? 'uniform' : 'ints';
  const scale = SCALES[Math.floor(rnd() * SCALES.length)]!;
  const k = 1 + Math.floor(rnd() * (rnd() < 0.5 ? 20000 : 200000));
  const specials: [number, unknown][] = [];
  const ns = rnd() < 0.5 ? 0 : Math.floor(rnd() * 6);
  for (let i = 0; i < ns; i++) {
    specials.push([Math.floor(rnd() * n), SPECIAL[Math.floor(rnd() * SPECIAL.length)]!]);
  }
  const r = rnd();
  const order = r < 0.7 ? '' : r < 0.85 ? 'sorted' : 'reversed';
  const rowLen = ROW_LENS[Math.floor(rnd() * ROW_LENS.length)]!;
  return { seed: seed * 7 + 1, n, kind, scale, k, specials, order, rowLen };
}

function build(c: Case): np.NDArray {
  const rnd = seededRandom(c.seed);
  const x = new Float64Array(c.n);
  if (c.kind === 'uniform') for (let i = 0; i < c.n; i++) x[i] = (rnd() * 2 - 1) * c.scale;
  else for (let i = 0; i < c.n; i++) x[i] = Math.floor(rnd() * c.k) - Math.floor(c.k / 2);
  if (c.order === 'sorted') x.sort();
  else if (c.order === 'reversed') x.sort().reverse();
  for (const [pos, v] of c.specials) x[pos] = decode(v) as number;
  return np.asarray(x);
}

function canon(r: np.NDArray): np.NDArray {
  return np.where(np.equal(r, 0), np.zeros([], { dtype: r.dtype }), r) as np.NDArray;
}

describe('float64 sort, argsort, unique vs live NumPy (wasm path and its twin)', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  after(() => setBackend('auto'));
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
    return float(v)
${PY_CHECKSUM}
def canon(r):
    r = r.copy()
    r[r == 0] = 0
    return r
out = []
for c in json.load(sys.stdin):
    rnd = mulberry(c['seed'])
    n = c['n']
    L = c['rowLen']
    if c['kind'] == 'uniform':
        x = np.array([(rnd() * 2 - 1) * c['scale'] for _ in range(n)])
    else:
        k = c['k']
        x = np.array([float(int(rnd() * k) - k // 2) for _ in range(n)])
    if c['order'] == 'sorted':
        x = np.sort(x, kind='stable')
    elif c['order'] == 'reversed':
        x = np.sort(x, kind='stable')[::-1].copy()
    for pos, v in c['specials']:
        x[pos] = dec(v)
    out.append({
        'sort': checksum(np.sort(x, kind='stable')),
        'argsort': checksum(np.argsort(x, kind='stable')),
        'sort_default': checksum(canon(np.sort(x))),
        'unique': checksum(canon(np.unique(x))),
        'rows': checksum(np.sort(x[:n // L * L].reshape(-1, L), axis=1, kind='stable')),
        'cols': checksum(np.sort(x[:n // L * L].reshape(-1, L), axis=0, kind='stable')),
    })
print(json.dumps(out))
`,
        JSON.stringify(cases),
      )
    : [];
  cases.forEach((c, i) => {
    for (const backend of ['wasm', 'js'] as const) {
      const sp = c.specials.length;
      it(`case ${c.seed} ${backend}: ${c.kind} n=${c.n} specials=${sp} ${c.order} rows of ${c.rowLen}`, () => {
        setBackend(backend);
        const want = expected[i]!;
        const x = build(c);
        assert.equal(checksum(np.sort(x, -1, { kind: 'stable' })), want.sort, 'stable sort');
        assert.equal(checksum(np.argsort(x, -1, { kind: 'stable' })), want.argsort, 'argsort');
        assert.equal(checksum(canon(np.sort(x))), want.sort_default, 'default sort');
        assert.equal(checksum(canon(np.unique(x))), want.unique, 'unique');
        const L = c.rowLen;
        const m = x.get(`:${Math.floor(c.n / L) * L}`).reshape([-1, L]);
        assert.equal(checksum(np.sort(m, 1, { kind: 'stable' })), want.rows, 'rows');
        assert.equal(checksum(np.sort(m, 0, { kind: 'stable' })), want.cols, 'columns');
      });
    }
  });
});
