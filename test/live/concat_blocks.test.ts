/**
 * Live differential test of concatenate's block-copy path against NumPy: random dtypes,
 * 1-3 dimensions, 2-4 same-dtype C-contiguous inputs (some starting at an odd element, so
 * narrower words), every axis and axis=None, long and short blocks, empty inputs, `out`.
 * All cases go to python3 in one batch. Replay with NUMTYPE_LIVE_SEED=<seed> NUMTYPE_LIVE_CASES=1.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { concatenate } from '../../src/_core/multiarray/concatenate.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom, throwsNumpy } from '../helpers.js';

const BASE_SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20261123);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 600);
const DTYPES = [
  'bool',
  'int8',
  'uint8',
  'int16',
  'float16',
  'int32',
  'float32',
  'int64',
  'uint64',
  'float64',
  'complex64',
  'complex128',
];

interface Arr {
  shape: number[];
  k: number;
  /** Drop the first element along axis 0 (an odd starting offset). */
  skip: boolean;
}
interface Case {
  seed: number;
  dtype: string;
  a: Arr[];
  axis: number | null;
  out: boolean;
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const nd = int(1, 3);
  const axis = rnd() < 0.15 ? null : int(0, nd - 1);
  const shape = Array.from({ length: nd }, () => int(1, nd === 1 ? 50 : 6));
  const a = Array.from({ length: int(2, 4) }, (_, k): Arr => {
    const s = shape.slice();
    if (axis !== null) s[axis] = rnd() < 0.1 ? 0 : int(1, nd === 1 ? 50 : 45);
    else s[0] = int(1, 9);
    // An odd start needs a spare row along axis 0, which only axis 0 and axis=None allow.
    const skip = (axis === 0 || axis === null) && rnd() < 0.4;
    if (skip) s[0]! += 1;
    return { shape: s, k, skip };
  });
  return { seed, dtype: DTYPES[int(0, DTYPES.length - 1)]!, a, axis, out: rnd() < 0.3 };
}

const PY = `
cases = json.load(sys.stdin)
def build(c, s):
    n = int(np.prod(s['shape']))
    a = ((np.arange(n) * 7919 + s['k'] * 31) % 251).astype(c['dtype']).reshape(s['shape'])
    return a[1:] if s['skip'] else a
def enc(v):
    if isinstance(v, complex):
        return [v.real, v.imag]
    if isinstance(v, float) and v != v:
        return 'nan'
    return v
out = []
for c in cases:
    try:
        arrs = [build(c, s) for s in c['a']]
        if c['out']:
            shape = np.concatenate([np.empty(a.shape, 'u1') for a in arrs], axis=c['axis']).shape
            o = np.zeros(shape, c['dtype'])
            r = np.concatenate(arrs, axis=c['axis'], out=o)
        else:
            r = np.concatenate(arrs, axis=c['axis'])
        out.append({'dtype': str(r.dtype), 'shape': list(r.shape),
                    'data': [enc(x) for x in r.ravel().tolist()]})
    except Exception as e:
        out.append({'err': [type(e).__name__, str(e)]})
print(json.dumps(out))
`;

function build(c: Case, s: Arr): np.NDArray {
  const n = s.shape.reduce((x, y) => x * y, 1);
  const a = np
    .remainder(
      np
        .arange(n)
        .mul(7919)
        .add(s.k * 31),
      251,
    )
    .astype(c.dtype as np.DTypeLike)
    .reshape(s.shape);
  return s.skip ? a.get('1:') : a;
}

function run(c: Case): np.NDArray {
  const arrs = c.a.map((s) => build(c, s));
  if (!c.out) return concatenate(arrs, { axis: c.axis });
  const shape = concatenate(
    arrs.map((a) => np.zeros(a.shape, 'uint8')),
    { axis: c.axis },
  ).shape;
  const out: np.NDArray = np.zeros(shape, c.dtype);
  const r = concatenate(arrs, { axis: c.axis, out });
  assert.equal(r, out);
  return r;
}

function values(r: np.NDArray): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v instanceof np.Complex) out.push([v.re, v.im]);
    else if (typeof v === 'bigint') out.push(Number(v));
    else if (typeof v === 'number' && Number.isNaN(v)) out.push('nan');
    else out.push(v);
  };
  walk(r.tolist({ bigint: true }));
  return out;
}

describe('live: concatenate block copies vs NumPy', { skip: !hasNumpy() }, () => {
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(BASE_SEED + i));
  const expected = hasNumpy() ? pyJSON<any[]>(PY, JSON.stringify(cases)) : [];
  it(`${CASES} random cases match`, () => {
    cases.forEach((c, i) => {
      const e = expected[i]!;
      const what = `seed ${c.seed}: ${JSON.stringify(c)}`;
      if (e.err) {
        throwsNumpy(() => run(c), e.err[0], e.err[1]);
        return;
      }
      const got = run(c);
      assert.equal(String(got.dtype), e.dtype, what);
      assert.deepEqual(got.shape, e.shape, what);
      assert.deepEqual(values(got), e.data, what);
    });
  });
});
