/**
 * np.sort and np.partition of float32, int32 and uint32 against live NumPy, on both
 * backends: the radix sort of 4-byte keys (src/_core/sorting/sort32.ts: rows in scratch,
 * longer rows split first, buckets longer than the scratch split again) and the 4-byte
 * first split of partition (partition.ts select32). Inputs are random words (every float32
 * bit pattern: NaNs of both signs and payloads, ±0, ±inf, subnormals), uniform values,
 * rare NaNs, few distinct values, outliers, specials and int32 / uint32 extremes, evenly
 * spread values, sorted and reversed, half the row one value; contiguous, reversed, strided, 2-d along either axis and flattened. np.sort is compared
 * bit for bit with NumPy's stable sort (zeros and NaNs keep input order and bits); a
 * partition must hold NumPy's sorted values at its kth positions (zeros without sign),
 * smaller-or-equal values before and larger-or-equal after, and be a permutation of its row.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { checksum, PY_CHECKSUM, withLayout } from '../_core/sort_radix.util.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const DTYPES = ['float32', 'int32', 'uint32'] as const;
const PATTERNS = [
  'words',
  'uniform',
  'fewnans',
  'dups',
  'outliers',
  'specials',
  'sorted',
  'reversed',
  'heavy',
  'even',
];
const LAYOUTS = ['c', 'rev', 'step2r', 'axis0', 'axis1', 'none'];
const SIZES = [20, 1000, 70000, 300000, 600000];

interface Case {
  dtype: (typeof DTYPES)[number];
  pattern: string;
  layout: string;
  n: number;
  seed: number;
  ks: number[];
}

function makeCases(): Case[] {
  const rnd = seededRandom(3232);
  const out: Case[] = [];
  for (const dtype of DTYPES) {
    for (const n of SIZES) {
      for (const pattern of PATTERNS) {
        // Long rows: fewer layouts (each is a 1e5-1e6 element sort on both backends).
        const layouts = n >= 300000 ? [LAYOUTS[Math.floor(rnd() * 3)]!] : LAYOUTS;
        for (const layout of n >= 70000 && n < 300000 ? ['c', 'axis1'] : layouts) {
          const len = n >= 300000 && layout === 'step2r' ? 2 * n : n;
          const m = layout === 'step2r' ? len / 2 : len;
          const row = layout === 'axis1' ? m / 4 : m;
          const ks = [0, row - 1, Math.floor(rnd() * row), Math.floor(row / 2)];
          out.push({ dtype, pattern, layout, n: len, seed: out.length + 1, ks });
        }
      }
    }
  }
  return out;
}

const SPECIAL_F32 = [0, -0, Number.NaN, Infinity, -Infinity, 1e-45, -1e-45, 3.4e38, -3.4e38, 1, -1];
const SPECIAL_I32 = [-2147483648, 2147483647, 0, -1, 1, 7];
const SPECIAL_U32 = [0, 4294967295, 2147483648, 2147483647, 1, 7];

/** The case's input words (the array's bytes). */
function words(c: Case): Uint32Array {
  const rnd = seededRandom(c.seed);
  const w = new Uint32Array(c.n);
  const f = new Float32Array(w.buffer);
  const i = new Int32Array(w.buffer);
  const put = (j: number, x: number) => {
    if (c.dtype === 'float32') f[j] = x;
    else if (c.dtype === 'int32') i[j] = x;
    else w[j] = x;
  };
  const special =
    c.dtype === 'float32' ? SPECIAL_F32 : c.dtype === 'int32' ? SPECIAL_I32 : SPECIAL_U32;
  for (let j = 0; j < c.n; j++) {
    const r = rnd();
    switch (c.pattern) {
      case 'words':
        w[j] = Math.floor(r * 2 ** 32);
        break;
      case 'fewnans':
        // NaNs too rare for partition's pivot sample to meet (float32; zeros otherwise).
        put(j, rnd() < 2e-4 ? Number.NaN : r * 2 - 1);
        break;
      case 'dups':
        put(j, Math.floor(r * 9) - 4 + (c.dtype === 'uint32' ? 4 : 0));
        break;
      case 'outliers':
        put(j, rnd() < 0.01 ? special[1]! : r * 1000 + (c.dtype === 'float32' ? 0 : 5));
        break;
      case 'heavy':
        // Half the row one key (float32: zeros of both signs): at 600000 values a bucket
        // longer than the scratch that no split divides.
        if (rnd() < 0.5) put(j, c.dtype === 'float32' ? (rnd() < 0.5 ? -0 : 0) : 7);
        else if (c.dtype === 'float32') put(j, r * 2 - 1);
        else w[j] = Math.floor(r * 2 ** 32);
        break;
      case 'even': {
        // Evenly spread (golden-ratio steps): bucket lengths of 1 to 3 in a pattern,
        // which the in-place ordering of assembly/sort32.ts distSort takes by branches.
        const g = (j * 0.6180339887498949) % 1;
        if (c.dtype === 'float32') put(j, g * 2 - 1);
        else if (c.dtype === 'int32') put(j, g * 2 ** 32 - 2 ** 31);
        else w[j] = g * 2 ** 32;
        break;
      }
      case 'specials':
        put(j, rnd() < 0.3 ? special[Math.floor(rnd() * special.length)]! : (r * 2 - 1) * 1e4);
        break;
      default:
        put(
          j,
          c.dtype === 'float32'
            ? r * 2 - 1
            : c.dtype === 'int32'
              ? r * 2 ** 32 - 2 ** 31
              : r * 2 ** 32,
        );
    }
  }
  if (c.pattern === 'sorted' || c.pattern === 'reversed') {
    const arr = c.dtype === 'float32' ? f : c.dtype === 'int32' ? i : w;
    arr.sort();
    if (c.pattern === 'reversed') arr.reverse();
  }
  return w;
}

/** The case's array and axis (as the Python side lays it out). */
function build(c: Case): [np.NDArray, number | null] {
  return withLayout(np.frombuffer(words(c).buffer, { dtype: c.dtype as 'float32' }), c.layout);
}

/** Rows of a 1-d or (4, m) array as arrays of numbers. */
function rows(r: np.NDArray): number[][] {
  const l = r.tolist() as number[] | number[][];
  return r.ndim === 1 ? [l as number[]] : (l as number[][]);
}

const same = (x: number, y: number) => x === y || (Number.isNaN(x) && Number.isNaN(y));

describe('float32 / int32 / uint32 sort and partition vs live NumPy', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  after(() => setBackend('auto'));
  const cases = makeCases();
  const expected = hasNumpy()
    ? pyJSON<{ sort: number; kth: (string | null)[][] | null }[]>(
        `
import base64
${PY_CHECKSUM}
out = []
for c in json.load(sys.stdin):
    a = np.frombuffer(base64.b64decode(c['data']), dtype=c['dtype'])
    lay = c['layout']
    axis = -1
    if lay == 'rev': a = a[::-1]
    elif lay == 'step2r': a = a[::-2]
    elif lay == 'axis0': a, axis = a.reshape(-1, 4), 0
    elif lay == 'axis1': a, axis = a.reshape(4, -1), 1
    elif lay == 'none': a, axis = a.reshape(-1, 4), None
    s = np.sort(a, axis=axis, kind='stable')
    kth = None
    if lay in ('c', 'rev', 'step2r', 'axis1'):
        rows = s if s.ndim == 2 else s[None]
        kth = [[None if np.isnan(v) else repr(float(v)) for v in row[c['ks']].astype(np.float64)] for row in rows]
    out.append({'sort': checksum(s), 'kth': kth})
print(json.dumps(out))
`,
        JSON.stringify(
          cases.map((c) => ({
            ...c,
            data: Buffer.from(words(c).buffer).toString('base64'),
          })),
        ),
      )
    : [];
  cases.forEach((c, ci) => {
    for (const backend of ['wasm', 'js'] as const) {
      it(`${c.dtype} ${c.pattern} n=${c.n} ${c.layout} ${backend}`, () => {
        setBackend(backend);
        const want = expected[ci]!;
        const [x, axis] = build(c);
        assert.equal(checksum(np.sort(x, axis)), want.sort, 'sort');
        assert.equal(checksum(np.sort(x, axis, { kind: 'stable' })), want.sort, 'stable sort');
        if (want.kth === null) return;
        const p = np.partition(x, c.ks, axis ?? -1);
        const sorted = rows(np.sort(x, axis));
        rows(p).forEach((row, r) => {
          c.ks.forEach((k, j) => {
            const s = want.kth![r]![j]!;
            const v =
              s === null
                ? null
                : s.endsWith('inf')
                  ? Number(s.replace('inf', 'Infinity'))
                  : Number(s);
            const got = row[k]!;
            assert.ok(v === null ? Number.isNaN(got) : got === v, `kth ${k}: ${got} vs ${v}`);
            for (let i = 0; i < k; i++) {
              assert.ok(Number.isNaN(got) || row[i]! <= got, `before ${k}`);
            }
            for (let i = k + 1; i < row.length; i++) {
              assert.ok(Number.isNaN(row[i]!) || row[i]! >= got, `after ${k}`);
            }
          });
          // A permutation of the row: the same sorted values (zeros without sign).
          const back = [...row].sort((u, w) =>
            Number.isNaN(u) ? 1 : Number.isNaN(w) ? -1 : u - w,
          );
          back.forEach((u, i) => {
            assert.ok(same(u, sorted[r]![i]!), `permutation at ${i}`);
          });
        });
      });
    }
  });
});
