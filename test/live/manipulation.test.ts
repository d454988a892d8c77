/**
 * Live differential test of the index routines and joining/rearranging against
 * NumPy: seeded random arrays (any dtype, C/F order, strided, negative-stride and
 * transposed views) through take, a[mask], a[idx], compress, repeat, concatenate,
 * copies, roll, flip, tile, pad, insert and delete. All cases go to python3 in one
 * batch. Replay with NUMTYPE_LIVE_SEED=<seed> NUMTYPE_LIVE_CASES=1.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { decode, hasNumpy, pyJSON, seededRandom } from '../helpers.js';
import * as m from '../manip.js';

const BASE_SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 4040);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 600);

interface Input {
  shape: number[];
  dtype: string;
  order: 'C' | 'F';
  pre: string | null;
  axes: number[] | null;
}

interface Case {
  seed: number;
  inputs: Input[];
  op: string;
  args: unknown[];
}

const DTYPES = [
  'float64',
  'float32',
  'int64',
  'int32',
  'int16',
  'uint8',
  'bool',
  'complex128',
  'float16',
  '<U4',
];
const OPS = [
  'take',
  'mask',
  'fancy',
  'compress',
  'repeat',
  'concatenate',
  'copy',
  'roll',
  'flip',
  'tile',
  'pad',
  'insert',
  'delete',
  'where',
];

function build(g: Input): np.NDArray {
  const n = g.shape.reduce((p, d) => p * d, 1);
  const vals = Array.from({ length: n }, (_, i) => i - 7);
  let a = np
    .array(vals)
    .astype(g.dtype as np.DTypeLike)
    .reshape(g.shape, { order: g.order });
  if (g.pre !== null) a = a.get(g.pre);
  if (g.axes !== null) a = a.transpose(g.axes);
  return a;
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const input = (nd: number, dtype: string): Input => {
    const shape = Array.from({ length: nd }, () => (rnd() < 0.05 ? 0 : int(1, 5)));
    const pre =
      nd > 0 && rnd() < 0.4 ? shape.map(() => pick([':', '::-1', '::2', '1:'])).join(', ') : null;
    const g: Input = { shape, dtype, order: rnd() < 0.3 ? 'F' : 'C', pre, axes: null };
    if (nd > 1 && rnd() < 0.4) {
      const axes = shape.map((_, i) => i);
      for (let i = axes.length - 1; i > 0; i--) {
        const j = int(0, i);
        [axes[i], axes[j]] = [axes[j]!, axes[i]!];
      }
      g.axes = axes;
    }
    return g;
  };
  const op = pick(OPS);
  const dtype = pick(DTYPES);
  const g = input(int(op === 'mask' || op === 'fancy' ? 1 : 0, 3), dtype);
  const a = build(g);
  const nd = a.ndim;
  const axisOrNone = () => (nd === 0 || rnd() < 0.3 ? null : int(-nd, nd - 1));
  const n = (axis: number | null) =>
    axis === null ? a.size : a.shape[axis < 0 ? axis + nd : axis]!;
  const inputs = [g];
  let args: unknown[] = [];
  switch (op) {
    case 'take': {
      const axis = axisOrNone();
      const len = n(axis);
      const mode = pick(['raise', 'wrap', 'clip']);
      const span = mode === 'raise' ? len : len + 3;
      const idx = Array.from({ length: int(0, 6) }, () => (span === 0 ? 0 : int(-span, span - 1)));
      args = [idx, axis, mode];
      break;
    }
    case 'mask':
      args = [Array.from({ length: a.size }, () => rnd() < 0.5)];
      break;
    case 'fancy':
      args = [
        Array.from({ length: int(0, 6) }, () => int(-a.shape[0]!, Math.max(a.shape[0]! - 1, 0))),
      ];
      if (a.shape[0] === 0) args = [[]];
      break;
    case 'compress': {
      const axis = axisOrNone();
      args = [Array.from({ length: n(axis) }, () => rnd() < 0.5), axis];
      break;
    }
    case 'repeat': {
      const axis = axisOrNone();
      args = [rnd() < 0.5 ? int(0, 3) : Array.from({ length: n(axis) }, () => int(0, 3)), axis];
      break;
    }
    case 'concatenate': {
      const others = int(1, 2);
      const axis = nd === 0 || rnd() < 0.2 ? null : int(-nd, nd - 1);
      for (let k = 0; k < others; k++) {
        const h = input(nd, rnd() < 0.7 ? dtype : pick(DTYPES));
        // Same shape except along the axis (or anything when flattening), then the same layout tricks.
        const target = a.shape.map((d, i) =>
          axis !== null && i === (axis < 0 ? axis + nd : axis) ? int(0, 3) : d,
        );
        h.shape = target;
        h.pre = null;
        h.axes = null;
        if (nd > 1 && rnd() < 0.5) {
          h.shape = target.slice().reverse();
          h.axes = target.map((_, i) => nd - 1 - i);
        }
        inputs.push(h);
      }
      args = [axis];
      break;
    }
    case 'copy':
      args = [pick(['C', 'F', 'A', 'K'])];
      break;
    case 'roll':
      args = [int(-7, 7), axisOrNone()];
      break;
    case 'flip':
      args = [axisOrNone()];
      break;
    case 'tile':
      args = [Array.from({ length: int(1, 3) }, () => int(0, 2))];
      break;
    case 'pad':
      // Statistics and ramps of strings are the ufunc engine's errors, not pad's.
      args = [
        int(0, 3),
        pick(
          dtype === '<U4'
            ? ['constant', 'edge', 'reflect', 'symmetric', 'wrap']
            : [
                'constant',
                'edge',
                'reflect',
                'symmetric',
                'wrap',
                'linear_ramp',
                'maximum',
                'mean',
              ],
        ),
      ];
      break;
    case 'insert':
    case 'delete': {
      const axis = axisOrNone();
      const len = n(axis);
      const idx = Array.from({ length: int(1, 3) }, () => int(0, Math.max(len - 1, 0)));
      args = op === 'insert' ? [idx, 9, axis] : [idx, axis];
      break;
    }
    case 'where': {
      // A mask over a trailing sub-shape (broadcast), and y an array of another layout and
      // maybe another dtype, or a weak scalar.
      const cshape = a.shape.slice(int(0, nd));
      const cn = cshape.reduce((p, d) => p * d, 1);
      const mask = Array.from({ length: cn }, () => rnd() < 0.5);
      if (rnd() < 0.5) {
        args = [mask, cshape, pick([3, -1, 2.5, true])];
      } else {
        const h = input(nd, rnd() < 0.6 ? dtype : pick(DTYPES));
        h.shape = a.shape.slice();
        h.pre = null;
        if (h.axes !== null) h.shape = h.axes.map((ax) => a.shape[ax]!);
        if (h.axes !== null) h.axes = h.axes.map((_, i) => h.axes!.indexOf(i));
        inputs.push(h);
        args = [mask, cshape, null];
      }
      break;
    }
  }
  return { seed, inputs, op, args };
}

function runJS(c: Case): unknown {
  const arrs = c.inputs.map(build);
  const a = arrs[0]!;
  const x = c.args;
  switch (c.op) {
    case 'take':
      return m.take(a, x[0], { axis: x[1] as number | null, mode: x[2] as m.ClipMode });
    case 'mask':
      return a.get(np.array(x[0] as boolean[], { dtype: 'bool' }).reshape(a.shape));
    case 'fancy':
      return a.get(np.array(x[0] as number[], { dtype: 'int64' }));
    case 'compress':
      return m.compress(x[0], a, x[1] as number | null);
    case 'repeat':
      return m.repeat(a, x[0], x[1] as number | null);
    case 'concatenate':
      return m.concatenate(arrs, x[0] as number | null);
    case 'copy':
      return a.copy(x[0] as 'C');
    case 'roll':
      return m.roll(a, x[0] as number, x[1] as number | null);
    case 'flip':
      return m.flip(a, x[0] as number | null);
    case 'tile':
      return m.tile(a, x[0] as number[]);
    case 'pad':
      return m.pad(a, x[0], x[1] as m.PadMode);
    case 'insert':
      return m.insert(a, x[0], x[1], x[2] as number | null);
    case 'where': {
      const cond = np.array(x[0] as boolean[], { dtype: 'bool' }).reshape(x[1] as number[]);
      return np.where(cond, a, x[2] === null ? arrs[1] : x[2]);
    }
    default:
      return m.delete(a, x[0], x[1] as number | null);
  }
}

const PY = `
cases = json.load(sys.stdin)
def build(g):
    n = 1
    for d in g['shape']: n *= d
    a = (np.arange(n) - 7).astype(g['dtype']).reshape(g['shape'], order=g['order'])
    if g['pre'] is not None: a = eval('a[' + g['pre'] + ']')
    if g['axes'] is not None: a = a.transpose(g['axes'])
    return a
def enc(v):
    if isinstance(v, complex): return {'complex': [enc(v.real), enc(v.imag)]}
    if isinstance(v, float) and v != v: return {'float': 'nan'}
    return v
out = []
for c in cases:
    arrs = [build(g) for g in c['inputs']]
    a = arrs[0]; x = c['args']; op = c['op']
    try:
        if op == 'take': r = np.take(a, x[0], axis=x[1], mode=x[2])
        elif op == 'mask': r = a[np.array(x[0], dtype=bool).reshape(a.shape)]
        elif op == 'fancy': r = a[np.array(x[0], dtype=np.int64)]
        elif op == 'compress': r = np.compress(x[0], a, axis=x[1])
        elif op == 'repeat': r = np.repeat(a, x[0], axis=x[1])
        elif op == 'concatenate': r = np.concatenate(arrs, axis=x[0])
        elif op == 'copy': r = a.copy(order=x[0])
        elif op == 'roll': r = np.roll(a, x[0], axis=x[1])
        elif op == 'flip': r = np.flip(a, axis=x[0])
        elif op == 'tile': r = np.tile(a, x[0])
        elif op == 'pad': r = np.pad(a, x[0], mode=x[1])
        elif op == 'insert': r = np.insert(a, x[0], x[1], axis=x[2])
        elif op == 'where':
            cond = np.array(x[0], dtype=bool).reshape(x[1])
            r = np.where(cond, a, arrs[1] if x[2] is None else x[2])
        else: r = np.delete(a, x[0], axis=x[1])
        r = np.asarray(r)
        out.append({'dtype': str(r.dtype), 'shape': list(r.shape), 'strides': list(r.strides),
                    'values': [enc(v) for v in r.ravel().tolist()]})
    except Exception as e:
        out.append({'error': type(e).__name__, 'message': str(e)})
print(json.dumps(out))
`;

function plain(v: unknown): unknown {
  if (v instanceof np.Complex) return { re: v.re, im: v.im };
  return v;
}

describe('index routines and joining vs live NumPy (random layouts and dtypes)', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(BASE_SEED + i));
  const expected = hasNumpy() ? pyJSON<any[]>(PY, JSON.stringify(cases)) : [];
  cases.forEach((c, i) => {
    it(`seed ${c.seed}: ${c.op} ${JSON.stringify(c.inputs[0])} ${JSON.stringify(c.args)}`, () => {
      const exp = expected[i];
      let r: unknown;
      try {
        r = runJS(c);
      } catch (e) {
        if (!('error' in exp)) throw e;
        assert.equal(
          `${(e as Error).name}: ${(e as Error).message}`,
          `${exp.error}: ${exp.message}`,
        );
        return;
      }
      assert.ok(!('error' in exp), `expected ${exp.error}: ${exp.message}`);
      // A JS value stands for NumPy's scalar: its value is compared, not a dtype.
      const a = r instanceof np.NDArray ? r : np.asarray(r as number);
      if (r instanceof np.NDArray) assert.equal(String(a.dtype), exp.dtype);
      assert.deepStrictEqual(a.shape, exp.shape);
      if (a.size > 0 && c.op !== 'flip') assert.deepStrictEqual(a.strides, exp.strides);
      const vals = (a.ndim === 0 ? [a.item()] : (a.tolist() as unknown[]).flat(8)).map(plain);
      assert.deepStrictEqual(vals, decode(exp.values));
    });
  });
});
