/**
 * Live differential test of np.take, a[idx], copies (transposed, strided, negative
 * strides) and concatenate against NumPy: random shapes, dtypes, views and index arrays
 * (int64/int32/int16, negative and out-of-bounds entries, every clip mode). All cases go
 * to python3 in one batch. Replay with NUMTYPE_LIVE_SEED=<seed> NUMTYPE_LIVE_CASES=1.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { take } from '../../src/_core/item_selection/take.js';
import { concatenate } from '../../src/_core/multiarray/concatenate.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom, throwsNumpy } from '../helpers.js';

const BASE_SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20261122);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 1500);
const DTYPES = [
  'bool',
  'int8',
  'uint16',
  'int32',
  'int64',
  'uint64',
  'float32',
  'float64',
  'complex128',
];

interface Arr {
  dtype: string;
  shape: number[];
  view: string | null;
  T: boolean;
}
interface Case {
  seed: number;
  op: 'take' | 'get' | 'copy' | 'concatenate';
  a: Arr[];
  ind?: { dtype: string; values: number[]; shape: number[] };
  axis?: number | null;
  mode?: string;
  order?: string;
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const nd = int(1, 3);
  // Some long last axes: strided runs of 64+ elements take the wasm gather (strided_copy.ts).
  const shape = Array.from({ length: nd }, (_, i) =>
    rnd() < 0.04
      ? 0
      : nd <= 2 && i === nd - 1 && rnd() < 0.2
        ? int(130, 400)
        : int(1, nd === 1 ? 60 : 24),
  );
  const view =
    rnd() < 0.5
      ? shape
          .map(() => pick(['::-1', '1:', '::2', ':', '::-3', '2:-1', '1::4', '::3']))
          .slice(0, int(1, nd))
          .join(', ')
      : null;
  const a: Arr = { dtype: pick(DTYPES), shape, view, T: rnd() < 0.4 };
  const op = pick(['take', 'take', 'get', 'copy', 'concatenate'] as const);
  const c: Case = { seed, op, a: [a] };
  if (op === 'take' || op === 'get') {
    const n = int(0, 30);
    // Half the cases small non-negative indices: in range, the gather checks them itself.
    const [lo, hi] = rnd() < 0.5 ? [0, 3] : [-30, 30];
    const values = Array.from({ length: n }, () => int(lo, hi));
    c.ind = { dtype: pick(['int64', 'int64', 'int32', 'int16']), values, shape: [n] };
    if (op === 'take') {
      c.axis = rnd() < 0.3 ? null : int(-nd, nd - 1);
      // NumPy's wrap loops forever on an empty axis of an empty result: only long axes.
      const modes = shape.every((d) => d >= 4)
        ? ['raise', 'raise', 'wrap', 'clip']
        : ['raise', 'clip'];
      c.mode = pick(modes);
    }
  } else if (op === 'copy') {
    c.order = pick(['C', 'F', 'K', 'A']);
  } else {
    c.axis = rnd() < 0.2 ? null : int(0, nd - 1);
    const b: Arr = { ...a, view: null, T: false };
    c.a.push(b, { ...a, view: rnd() < 0.5 ? a.view : null });
  }
  return c;
}

const PY = `
cases = json.load(sys.stdin)
def build(s):
    n = int(np.prod(s['shape']))
    a = (np.arange(n) * 7919 % 251).astype(s['dtype']).reshape(s['shape'])
    if s['view'] is not None:
        try:
            a = eval('a[' + s['view'] + ']', {'a': a})
        except IndexError:
            pass
    return a.T if s['T'] else a
def enc(v):
    if isinstance(v, complex):
        return [v.real, v.imag]
    if isinstance(v, float) and v != v:
        return 'nan'
    return v
out = []
for c in cases:
    try:
        arrs = [build(s) for s in c['a']]
        a = arrs[0]
        if c['op'] in ('take', 'get'):
            ind = np.array(c['ind']['values'], dtype=c['ind']['dtype']).reshape(c['ind']['shape'])
        if c['op'] == 'take':
            r = np.take(a, ind, axis=c['axis'], mode=c['mode'])
        elif c['op'] == 'get':
            r = a[ind]
        elif c['op'] == 'copy':
            r = a.copy(order=c['order'])
        else:
            r = np.concatenate(arrs, axis=c['axis'])
        r = np.asarray(r)
        out.append({'dtype': str(r.dtype), 'shape': list(r.shape), 'strides': list(r.strides),
                    'data': [enc(x) for x in r.ravel().tolist()]})
    except Exception as e:
        out.append({'err': [type(e).__name__, str(e)]})
print(json.dumps(out))
`;

/** Mirrors the python build (a view that NumPy rejects is skipped there too). */
function build(s: Arr): np.NDArray {
  const n = s.shape.reduce((x, y) => x * y, 1);
  let a = np
    .remainder(np.arange(n).mul(7919), 251)
    .astype(s.dtype as np.DTypeLike)
    .reshape(s.shape);
  if (s.view !== null) {
    try {
      a = a.get(s.view);
    } catch (e) {
      if (!(e instanceof Error) || e.name !== 'IndexError') throw e;
    }
  }
  return s.T ? a.T : a;
}

function run(c: Case): unknown {
  const arrs = c.a.map(build);
  const a = arrs[0]!;
  const ind = c.ind
    ? np.array(c.ind.values, { dtype: c.ind.dtype as np.DTypeLike }).reshape(c.ind.shape)
    : null;
  if (c.op === 'take') return take(a, ind, { axis: c.axis, mode: c.mode as 'raise' });
  if (c.op === 'get') return a.get(ind);
  if (c.op === 'copy') return a.copy(c.order as 'C');
  return concatenate(arrs, { axis: c.axis });
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

describe('live: take / a[idx] / copy / concatenate vs NumPy', { skip: !hasNumpy() }, () => {
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
      let r = run(c);
      if (!(r instanceof np.NDArray)) r = np.asarray(r as number);
      const got = r as np.NDArray;
      assert.equal(String(got.dtype), e.dtype, what);
      assert.deepEqual(got.shape, e.shape, what);
      assert.deepEqual(values(got), e.data, what);
      if (c.op === 'copy' && got.size > 0) assert.deepEqual(got.strides, e.strides, what);
    });
  });
});
