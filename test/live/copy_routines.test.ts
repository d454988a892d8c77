/**
 * Live differential test of the block-copy paths of the copy routines against NumPy, byte
 * for byte: np.repeat (one-word loops per word size, repeat-by-2 unrolled, long runs by
 * fill), fills of strided views and every dtype (a.fill, np.full, np.ones, np.eye's
 * diagonal, np.pad's constant areas, one value assigned over a view), and copies of broadcast sources (np.meshgrid,
 * np.broadcast_to(x).copy()) whose runs are filled from one word. int64 values with
 * NaN bit patterns check that the float64 word moves keep bits. Replay with
 * NUMTYPE_LIVE_SEED=<seed> NUMTYPE_LIVE_CASES=1.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const BASE_SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20261123);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 500);
const DTYPES = [
  'float64',
  'float32',
  'int64',
  'uint64',
  'int32',
  'int16',
  'int8',
  'bool',
  'complex128',
  'complex64',
  'float16',
  '<U3',
];
const OPS = ['repeat', 'fill', 'full', 'eye', 'meshgrid', 'broadcast', 'pad', 'setone'] as const;
/** dtypes of the one value assigned over a view (cast once to the view's dtype). */
const ONE_DTYPES = ['float64', 'float32', 'int8', 'uint16', 'int64', 'bool', 'complex128'];
/** int64 words that are NaN bit patterns as float64 (signalling, quiet, negative). */
const NAN_WORDS = ['9218868437227405313', '-1', '-2251799813685249', '9221120237041090561'];

interface Arr {
  dtype: string;
  shape: number[];
  view: string | null;
  T: boolean;
}
interface Case {
  seed: number;
  op: (typeof OPS)[number];
  a: Arr;
  args: unknown[];
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const op = pick(OPS);
  // Two-word elements repeated by 2 have a loop of their own: complex128 more often there.
  const dtype =
    rnd() < 0.1 ? 'nanbits' : op === 'repeat' && rnd() < 0.3 ? 'complex128' : pick(DTYPES);
  const nd = op === 'meshgrid' ? 1 : int(1, 3);
  const shape = Array.from({ length: nd }, () => (rnd() < 0.04 ? 0 : int(1, nd === 1 ? 70 : 24)));
  const views = ['::-1', '1:', '::2', ':', '::-3', '2:-1'];
  const view =
    rnd() < 0.5
      ? shape
          .map(() => pick(views))
          .slice(0, int(1, nd))
          .join(', ')
      : null;
  const a: Arr = { dtype, shape, view, T: rnd() < 0.3 };
  let args: unknown[] = [];
  const axis = rnd() < 0.3 ? null : int(0, nd - 1);
  const len = (ax: number | null) => (ax === null ? shape.reduce((x, y) => x * y, 1) : shape[ax]!);
  switch (op) {
    case 'repeat': {
      // Scalar counts around the unrolled 2 and the fill threshold (16), or one per element.
      const counts =
        rnd() < 0.6
          ? pick([0, 1, 2, 2, 3, 17, 40])
          : Array.from({ length: a.view === null && !a.T ? len(axis) : 0 }, () =>
              pick([0, 1, 2, 5, 18]),
            );
      args = [counts, axis];
      break;
    }
    case 'fill':
      args = [];
      break;
    case 'full':
      args = [rnd() < 0.5 ? 'C' : 'F', rnd() < 0.3];
      break;
    case 'eye':
      args = [int(0, 40), rnd() < 0.5 ? null : int(0, 40), int(-45, 45), rnd() < 0.5 ? 'C' : 'F'];
      break;
    case 'meshgrid':
      args = [int(0, 40), pick(['xy', 'ij']), rnd() < 0.5];
      break;
    case 'broadcast':
      args = [int(1, 30)];
      break;
    case 'pad':
      args = [shape.map(() => [int(0, 3), int(0, 3)])];
      break;
    case 'setone':
      // A 0-d or one-element value of another dtype, or one element of the array itself.
      args = [pick(ONE_DTYPES), pick([[], [1], [1, 1], 'self'])];
      break;
  }
  return { seed, op, a, args };
}

const PY = `
cases = json.load(sys.stdin)
NAN_WORDS = [int(w) for w in ${JSON.stringify(NAN_WORDS)}]
def dt(d):
    return 'int64' if d == 'nanbits' else d
def base(s):
    n = int(np.prod(s['shape']))
    if s['dtype'] == 'nanbits':
        return np.array([NAN_WORDS[i % 4] for i in range(n)], dtype=np.int64).reshape(s['shape'])
    return (np.arange(n) * 7919 % 251).astype(s['dtype']).reshape(s['shape'])
def view(a, s):
    if s['view'] is not None:
        try:
            a = eval('a[' + s['view'] + ']', {'a': a})
        except IndexError:
            pass
    return a.T if s['T'] else a
def value(d):
    if d == 'nanbits': return NAN_WORDS[0]
    if d == 'bool': return True
    if d.startswith('complex'): return complex(2.5, -1.0)
    if d.startswith('<U'): return 'xy'
    if d.startswith('float'): return -2.5
    return 7
def enc(r):
    r = np.asarray(r)
    return {'dtype': str(r.dtype), 'shape': list(r.shape), 'strides': list(r.strides),
            'hex': np.ascontiguousarray(r).tobytes().hex()}
out = []
for c in cases:
    s = c['a']; x = c['args']; d = dt(s['dtype'])
    try:
        if c['op'] == 'repeat':
            r = [np.repeat(view(base(s), s), x[0], axis=x[1])]
        elif c['op'] == 'fill':
            b = base(s); view(b, s).fill(value(s['dtype'])); r = [b]
        elif c['op'] == 'full':
            r = [np.ones(s['shape'], dtype=d, order=x[0]) if x[1] else np.full(s['shape'], value(s['dtype']), dtype=d, order=x[0])]
        elif c['op'] == 'eye':
            r = [np.eye(x[0], x[1], k=x[2], dtype=d, order=x[3])]
        elif c['op'] == 'meshgrid':
            v = view(base(s), s)
            r = list(np.meshgrid(v, base({'dtype': s['dtype'], 'shape': [x[0]]}), v[:3], indexing=x[1])) if x[2] else list(np.meshgrid(v, base({'dtype': s['dtype'], 'shape': [x[0]]}), indexing=x[1]))
        elif c['op'] == 'broadcast':
            v = view(base(s), s)
            r = [np.broadcast_to(v, (x[0],) + v.shape).copy(), np.broadcast_to(v[..., :1], v.shape[:-1] + (x[0],)).copy()]
        elif c['op'] == 'setone':
            b = base(s); v = view(b, s)
            one = b.reshape(-1)[1:2] if x[1] == 'self' else np.full(x[1], 3, dtype=x[0])
            v[...] = one; r = [b]
        else:
            r = [np.pad(view(base(s), s), x[0], constant_values=value(s['dtype']))]
        out.append([enc(y) for y in r])
    except Exception as e:
        out.append({'err': type(e).__name__})
print(json.dumps(out))
`;

const dt = (d: string) => (d === 'nanbits' ? 'int64' : d) as np.DTypeLike;

function base(s: Arr): np.NDArray {
  const n = s.shape.reduce((x, y) => x * y, 1);
  if (s.dtype === 'nanbits') {
    const w = Array.from({ length: n }, (_, i) => BigInt(NAN_WORDS[i % 4]!));
    return np.array(w, { dtype: 'int64' }).reshape(s.shape);
  }
  return np
    .remainder(np.arange(n).mul(7919), 251)
    .astype(s.dtype as np.DTypeLike)
    .reshape(s.shape);
}

function view(a: np.NDArray, s: Arr): np.NDArray {
  let v = a;
  if (s.view !== null) {
    try {
      v = a.get(s.view);
    } catch (e) {
      if (!(e instanceof Error) || e.name !== 'IndexError') throw e;
    }
  }
  return s.T ? v.T : v;
}

function value(d: string): unknown {
  if (d === 'nanbits') return BigInt(NAN_WORDS[0]!);
  if (d === 'bool') return true;
  if (d.startsWith('complex')) return new np.Complex(2.5, -1);
  if (d.startsWith('<U')) return 'xy';
  if (d.startsWith('float')) return -2.5;
  return 7;
}

function run(c: Case): np.NDArray[] {
  const s = c.a;
  const x = c.args as any[];
  const d = dt(s.dtype) as 'float64';
  switch (c.op) {
    case 'repeat':
      return [np.repeat(view(base(s), s), x[0], x[1])];
    case 'fill': {
      const b = base(s);
      view(b, s).fill(value(s.dtype) as number);
      return [b];
    }
    case 'full':
      return [
        x[1]
          ? np.ones(s.shape, { dtype: d, order: x[0] })
          : np.full(s.shape, value(s.dtype), { dtype: d, order: x[0] }),
      ];
    case 'eye':
      return [np.eye(x[0], x[1], { k: x[2], dtype: d, order: x[3] })];
    case 'meshgrid': {
      const v = view(base(s), s);
      const w = base({ dtype: s.dtype, shape: [x[0]], view: null, T: false });
      return x[2]
        ? np.meshgrid(v, w, v.get(':3'), { indexing: x[1] })
        : np.meshgrid(v, w, { indexing: x[1] });
    }
    case 'broadcast': {
      const v = view(base(s), s);
      return [
        np.broadcast_to(v, [x[0], ...v.shape]).copy(),
        np.broadcast_to(v.get('...', ':1'), [...v.shape.slice(0, -1), x[0]]).copy(),
      ];
    }
    case 'setone': {
      const b = base(s);
      const one =
        x[1] === 'self' ? b.reshape(-1).get('1:2') : np.full(x[1], 3, { dtype: x[0] as 'int8' });
      view(b, s).set('...', one);
      return [b];
    }
    default:
      return [np.pad(view(base(s), s), x[0], { constant_values: value(s.dtype) })];
  }
}

function hex(r: np.NDArray): string {
  return Buffer.from(r.tobytes()).toString('hex');
}

function check(c: Case, got: np.NDArray[], e: any): void {
  const what = `seed ${c.seed}: ${JSON.stringify(c)}`;
  assert.equal(got.length, e.length, what);
  got.forEach((r, k) => {
    assert.equal(String(r.dtype), e[k].dtype, what);
    assert.deepEqual(r.shape, e[k].shape, what);
    if (r.size > 0) assert.deepEqual(r.strides, e[k].strides, what);
    assert.equal(hex(r), e[k].hex, what);
  });
}

describe('live: repeat / fill / full / eye / meshgrid / broadcast copies / pad / a[...] = one vs NumPy', {
  skip: !hasNumpy(),
}, () => {
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(BASE_SEED + i));
  const expected = hasNumpy() ? pyJSON<any[]>(PY, JSON.stringify(cases)) : [];
  it(`${CASES} random cases match byte for byte`, () => {
    cases.forEach((c, i) => {
      const e = expected[i]!;
      if (e.err) {
        assert.throws(() => run(c), { name: e.err }, `seed ${c.seed}: ${JSON.stringify(c)}`);
        return;
      }
      check(c, run(c), e);
    });
  });
  it('NaN-pattern int64 words survive the optimized loops', () => {
    // Hot enough for the optimizing compiler: each case runs 300 times.
    const hot = cases.filter((c) => c.a.dtype === 'nanbits' && c.a.shape.every((n) => n > 0));
    assert.ok(hot.length > 5);
    for (const c of hot.slice(0, 12)) {
      const e = expected[cases.indexOf(c)]!;
      if (e.err) continue;
      for (let k = 0; k < 300; k++) run(c);
      check(c, run(c), e);
    }
  });
});
