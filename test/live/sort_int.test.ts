/**
 * Integer value sorts (the counting sort and range-reduced radix sort of
 * src/_core/sorting/int_sort.ts) against live NumPy: every integer dtype and bool, spans
 * from one value to the dtype's full range (placed at 0, across 0 and 2^32, at the dtype's
 * extremes: int64's minimum, uint64 above 2^63), few values repeated across the whole range,
 * sizes around the thresholds, and layouts reversed, strided, 2-d along either axis,
 * flattened, 0-d. The input's bytes go to NumPy as they are; np.sort (default and stable),
 * np.argsort (stable), np.unique with counts and np.unique compare by a checksum of the
 * result's bytes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { checksum, PY_CHECKSUM, withLayout } from '../_core/sort_radix.util.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 6161);
const CASES = 64;
const DTYPES = [
  'int64',
  'uint64',
  'int64',
  'uint64',
  'int32',
  'uint32',
  'int16',
  'int8',
  'uint8',
  'bool',
];
const SIZES = [0, 1, 2, 31, 32, 33, 63, 64, 65, 200, 4096, 65537];
const SPANS = [0n, 1n, 2n, 100n, 1000n, 70000n, 1n << 20n, 1n << 31n, 1n << 33n, 1n << 45n];
const LAYOUTS = ['flat', 'flat', 'rev', 'step2r', 'axis0', 'axis1', 'none', '0d'];

interface Case {
  dtype: string;
  n: number;
  layout: string;
  /** How the values were drawn (shown in the test name). */
  what: string;
  /** The input's bytes (C order, little-endian), base64. */
  bytes: string;
}

function bounds(dtype: string): [bigint, bigint] {
  if (dtype === 'bool') return [0n, 1n];
  const bits = BigInt(Number(dtype.replace(/\D/g, '')));
  return dtype.startsWith('u')
    ? [0n, (1n << bits) - 1n]
    : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}

/** A case's draws fixed instead of random: small spans across the words' boundaries. */
interface Fixed {
  dtype: string;
  n: number;
  span: bigint;
  base: bigint;
  layout: string;
  /** Draws spread over this many clusters 2^50 apart (span: each cluster's). */
  clusters?: number;
}

const FIXED: Fixed[] = [
  { dtype: 'int64', n: 5000, span: 1999n, base: -1000n, layout: 'flat' },
  { dtype: 'int64', n: 5000, span: 1000n, base: (1n << 32n) - 500n, layout: 'rev' },
  { dtype: 'int64', n: 5000, span: 1000n, base: -(1n << 32n) - 500n, layout: 'axis1' },
  { dtype: 'int64', n: 3000, span: 5000n, base: -(1n << 63n), layout: 'flat' },
  { dtype: 'int64', n: 3000, span: 5000n, base: (1n << 63n) - 5001n, layout: 'step2r' },
  { dtype: 'uint64', n: 5000, span: 1000n, base: (1n << 63n) - 500n, layout: 'flat' },
  { dtype: 'uint64', n: 5000, span: 7000n, base: (1n << 64n) - 7001n, layout: 'axis0' },
  { dtype: 'uint64', n: 70000, span: 1n << 40n, base: (1n << 63n) - (1n << 39n), layout: 'flat' },
  { dtype: 'int64', n: 70000, span: 1n << 24n, base: -(1n << 23n), layout: 'flat' },
  // Wide rows: the wasm first split, then runs that share their top three key bytes
  // (fixRuns in assembly/sort.ts): a few pairs, or whole clusters.
  { dtype: 'int64', n: 300000, span: (1n << 64n) - 1n, base: -(1n << 63n), layout: 'flat' },
  { dtype: 'int64', n: 20000, span: 1n << 20n, base: -(1n << 51n), layout: 'flat', clusters: 4 },
  { dtype: 'uint64', n: 200000, span: 1n << 30n, base: 1n << 63n, layout: 'rev', clusters: 5 },
  { dtype: 'int32', n: 5000, span: 2000n, base: -1000n, layout: 'flat' },
  { dtype: 'uint32', n: 5000, span: 2000n, base: (1n << 32n) - 2001n, layout: 'rev' },
];

function makeCase(seed: number, fixed?: Fixed): Case {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const dtype = fixed?.dtype ?? pick(DTYPES);
  const layout = fixed?.layout ?? pick(LAYOUTS);
  let n =
    fixed?.n ?? (layout === '0d' ? 1 : rnd() < 0.7 ? pick(SIZES) : Math.floor(rnd() * 100000));
  if (layout === 'axis0' || layout === 'axis1' || layout === 'none') n -= n % 4;
  const [lo, hi] = bounds(dtype);
  const u64 = () =>
    (BigInt(Math.floor(rnd() * 2 ** 32)) << 32n) | BigInt(Math.floor(rnd() * 2 ** 32));
  const mode = pick(['span', 'span', 'span', 'full', 'few']);
  let draw: () => bigint;
  let what: string;
  if (fixed !== undefined) {
    const k = fixed.clusters ?? 1;
    draw = () => fixed.base + (BigInt(Math.floor(rnd() * k)) << 50n) + (u64() % (fixed.span + 1n));
    what = `span ${fixed.span} from ${fixed.base}${k > 1 ? ` in ${k} clusters` : ''}`;
  } else if (mode === 'full') {
    draw = () => lo + (u64() % (hi - lo + 1n));
    what = 'full range';
  } else if (mode === 'few') {
    // A few values anywhere in the range, the extremes among them, each repeated.
    const vals = [
      lo,
      hi,
      0n,
      hi - 1n,
      lo + 1n,
      ...Array.from({ length: 5 }, () => lo + (u64() % (hi - lo + 1n))),
    ];
    const k = 1 + Math.floor(rnd() * vals.length);
    draw = () => vals[Math.floor(rnd() * k)]!;
    what = `${k} values`;
  } else {
    let span = pick(SPANS);
    if (span > hi - lo) span = hi - lo;
    const starts = [
      0n,
      lo,
      hi - span,
      -(span / 2n),
      (1n << 32n) - span / 2n,
      lo + (u64() % (hi - lo - span + 1n)),
    ];
    let base = pick(starts);
    if (base < lo) base = lo;
    if (base > hi - span) base = hi - span;
    draw = () => base + (u64() % (span + 1n));
    what = `span ${span} from ${base}`;
  }
  const vals = Array.from({ length: n }, draw);
  const a = np.array(dtype.endsWith('64') ? vals : vals.map(Number), {
    dtype: dtype as np.DTypeLike,
  });
  const bytes = Buffer.from(a.buffer as ArrayBuffer, a.offset, a.size * a.itemsize).toString(
    'base64',
  );
  return { dtype, n, layout, what, bytes };
}

/** The case's input and sort axis, as the Python side builds them. */
function input(c: Case): [np.NDArray, number | null] {
  const raw = Buffer.from(c.bytes, 'base64');
  const buf = new Uint8Array(raw.length);
  buf.set(raw);
  return withLayout(np.frombuffer(buf.buffer, { dtype: c.dtype }) as np.NDArray, c.layout);
}

describe('integer sorts vs live NumPy', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  const cases = [
    ...Array.from({ length: CASES }, (_, i) => makeCase(SEED + i)),
    ...FIXED.map((f, i) => makeCase(SEED + CASES + i, f)),
  ];
  const expected = hasNumpy()
    ? pyJSON<Record<string, number>[]>(
        `
import base64
${PY_CHECKSUM}
out = []
for c in json.load(sys.stdin):
    a = np.frombuffer(base64.b64decode(c['bytes']), dtype=c['dtype'])
    axis = -1
    if c['layout'] == 'rev': a = a[::-1]
    elif c['layout'] == 'step2r': a = a[::-2]
    elif c['layout'] == 'axis0': a, axis = a.reshape(-1, 4), 0
    elif c['layout'] == 'axis1': a, axis = a.reshape(4, -1), 1
    elif c['layout'] == 'none': a, axis = a.reshape(-1, 4), None
    elif c['layout'] == '0d': a, axis = a.reshape(()), None
    u, cnt = np.unique(a, return_counts=True)
    out.append({
        'sort': checksum(np.sort(a, axis=axis)),
        'stable': checksum(np.sort(a, axis=axis, kind='stable')),
        'argsort': checksum(np.argsort(a, axis=axis, kind='stable')),
        'values': checksum(u),
        'counts': checksum(cnt),
        'unique': checksum(np.unique(a)),
    })
print(json.dumps(out))
`,
        JSON.stringify(cases),
      )
    : [];
  cases.forEach((c, i) => {
    it(`case ${SEED + i}: ${c.dtype} n=${c.n} ${c.what} ${c.layout}`, () => {
      const want = expected[i]!;
      const [x, axis] = input(c);
      assert.equal(checksum(np.sort(x, axis)), want.sort, 'sort');
      assert.equal(checksum(np.sort(x, axis, { kind: 'stable' })), want.stable, 'stable sort');
      assert.equal(checksum(np.argsort(x, axis, { kind: 'stable' })), want.argsort, 'argsort');
      const [u, cnt] = np.unique(x, { return_counts: true }) as np.NDArray[];
      assert.equal(checksum(u!), want.values, 'unique values');
      assert.equal(checksum(cnt!), want.counts, 'unique counts');
      assert.equal(checksum(np.unique(x) as np.NDArray), want.unique, 'unique');
    });
  });
});
