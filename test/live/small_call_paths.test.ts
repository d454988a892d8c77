/**
 * Live check of the per-call paths of small arrays against NumPy: sum / mean / var / std
 * with an axis (results in slab blocks, the 0-d count and degrees of freedom, the division
 * by the count), and small ufunc calls in every layout (broadcast, strided, transposed,
 * mixed dtypes, 0-d, empty). Values are compared bit for bit with dtype, shape, the
 * RuntimeWarnings and the floating-point error categories (through errstate 'call').
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

/** Shared inputs, built the same way on both sides. */
const SETUP_PY = `
a = np.arange(12, dtype=np.float64).reshape(3, 4) * 0.1 + 0.3
i = np.arange(12).reshape(3, 4) - 5
b = (np.arange(12, dtype=np.int8) * 7).reshape(3, 4)
f = a.astype(np.float32)
n = a + np.array([[0, np.inf, 0, 0], [0, 0, np.nan, 0], [0, 0, 0, 0]])
e = np.zeros((0, 4))
z = np.array(2.5)
v = np.arange(10, dtype=np.float64) * 0.7 - 2
c = v.reshape(10, 1)
k = np.arange(10)
m = np.array([[True, False, True, True]] * 3)
`;
function setup(): Record<string, np.NDArray> {
  const a = np.add(np.multiply(np.arange(12, { dtype: 'float64' }).reshape([3, 4]), 0.1), 0.3);
  const inf = Number.POSITIVE_INFINITY;
  const n = np.add(
    a,
    np.array([
      [0, inf, 0, 0],
      [0, 0, Number.NaN, 0],
      [0, 0, 0, 0],
    ]),
  );
  const v = np.subtract(np.multiply(np.arange(10, { dtype: 'float64' }), 0.7), 2);
  return {
    a,
    i: np.subtract(np.arange(12).reshape([3, 4]), 5),
    b: np.multiply(np.arange(12, { dtype: 'int8' }), 7).reshape([3, 4]),
    f: a.astype('float32'),
    n,
    e: np.zeros([0, 4]),
    z: np.array(2.5),
    v,
    c: v.reshape([10, 1]),
    k: np.arange(10),
    m: np.array([
      [true, false, true, true],
      [true, false, true, true],
      [true, false, true, true],
    ]),
  };
}

/** [NumPy expression, numtype expression] over the shared inputs. */
const CASES: [string, string][] = [
  ['np.sum(a, 0)', 'np.sum(a, 0)'],
  ['np.sum(a, 1)', 'np.sum(a, 1)'],
  ['np.sum(a.T, 0)', 'np.sum(a.T, 0)'],
  ['np.sum(a[::2, ::-1], 1)', 'np.sum(a.get("::2, ::-1"), 1)'],
  ['np.sum(a, 0, keepdims=True)', 'np.sum(a, 0, null, null, true)'],
  ['np.sum(i, 0)', 'np.sum(i, 0)'],
  ['np.sum(b, 1)', 'np.sum(b, 1)'],
  ['np.sum(f, 0)', 'np.sum(f, 0)'],
  ['np.sum(n, 0)', 'np.sum(n, 0)'],
  ['np.sum(e, 0)', 'np.sum(e, 0)'],
  ['np.sum(a, 0, where=m)', 'np.sum(a, {axis: 0, where: m})'],
  ['np.sum(a, 1, initial=1.5)', 'np.sum(a, {axis: 1, initial: 1.5})'],
  [
    'np.add.reduce(a, 0, out=np.zeros(4, np.float32))',
    'np.add.reduce(a, {axis: 0, out: np.zeros([4], "float32")})',
  ],
  ['np.maximum.reduce(a.T, 1)', 'np.maximum.reduce(a.T, {axis: 1})'],
  ['np.mean(a, 0)', 'np.mean(a, 0)'],
  ['np.mean(a.T, 1)', 'np.mean(a.T, 1)'],
  ['np.mean(i, 0)', 'np.mean(i, 0)'],
  ['np.mean(b, 1)', 'np.mean(b, 1)'],
  ['np.mean(f, 0)', 'np.mean(f, 0)'],
  ['np.mean(n, 0)', 'np.mean(n, 0)'],
  ['np.mean(e, 0)', 'np.mean(e, 0)'],
  ['np.mean(e, 1)', 'np.mean(e, 1)'],
  ['np.mean(z)', 'np.mean(z)'],
  ['np.mean(a, 0, where=m)', 'np.mean(a, {axis: 0, where: m})'],
  ['np.mean(a, 1, keepdims=True)', 'np.mean(a, {axis: 1, keepdims: true})'],
  ['np.var(a, 0)', 'np.var(a, 0)'],
  ['np.var(a, 0, ddof=1)', 'np.var(a, {axis: 0, ddof: 1})'],
  ['np.var(a, 0, ddof=3)', 'np.var(a, {axis: 0, ddof: 3})'],
  ['np.var(a, 0, ddof=5)', 'np.var(a, {axis: 0, ddof: 5})'],
  ['np.var(a, 0, ddof=1.5)', 'np.var(a, {axis: 0, ddof: 1.5})'],
  ['np.var(a, 1, ddof=-2)', 'np.var(a, {axis: 1, ddof: -2})'],
  ['np.var(i, 1)', 'np.var(i, 1)'],
  ['np.var(f, 0)', 'np.var(f, 0)'],
  ['np.var(a, 0, where=m)', 'np.var(a, {axis: 0, where: m})'],
  ['np.std(a, 0)', 'np.std(a, 0)'],
  ['np.std(a.T, 0)', 'np.std(a.T, 0)'],
  ['np.std(n, 0)', 'np.std(n, 0)'],
  ['np.std(b, 0, keepdims=True)', 'np.std(b, {axis: 0, keepdims: true})'],
  ['np.std(e, 0)', 'np.std(e, 0)'],
  ['np.std(z)', 'np.std(z)'],
  ['np.std(v)', 'np.std(v)'],
  ['np.add(c, v)', 'np.add(c, v)'],
  ['np.add(a.T, 1)', 'np.add(a.T, 1)'],
  ['np.add(k, v)', 'np.add(k, v)'],
  ['np.add(v[::2], 1)', 'np.add(v.get("::2"), 1)'],
  ['np.multiply(a[:, ::-1], a[0])', 'np.multiply(a.get(":, ::-1"), a.get(0))'],
  ['np.add(z, v)', 'np.add(z, v)'],
  ['np.add(e, a[0])', 'np.add(e, a.get(0))'],
  // Broadcasts of C-contiguous inputs (the quick path takes them from the second call on).
  ['np.multiply(c, v)', 'np.multiply(c, v)'],
  ['np.outer(v, v)', 'np.outer(v, v)'],
  ['np.subtract(a, a[0])', 'np.subtract(a, a.get(0))'],
  ['np.subtract(a[0], a)', 'np.subtract(a.get(0), a)'],
  ['np.add(n, a[0])', 'np.add(n, a.get(0))'],
  ['np.multiply(n, np.zeros((3, 1)))', 'np.multiply(n, np.zeros([3, 1]))'],
  [
    'np.divide(c, np.array([[0.0, 1.0, -1.0]]))',
    'np.divide(c, np.array([[0, 1, -1]], {dtype: "float64"}))',
  ],
  ['np.add(b, b[1])', 'np.add(b, b.get(1))'],
  ['np.multiply(i, k[:4])', 'np.multiply(i, k.get(":4"))'],
  ['np.floor_divide(k.reshape(10, 1), k[:3])', 'np.floor_divide(k.reshape([10, 1]), k.get(":3"))'],
  [
    'np.logical_and(m, m[:, :1]).astype(np.int8)',
    'np.logical_and(m, m.get(":, :1")).astype("int8")',
  ],
  ['np.multiply(f, f[:, :1])', 'np.multiply(f, f.get(":, :1"))'],
  ['np.add(f, a[0])', 'np.add(f, a.get(0))'],
  [
    'np.add(a.reshape(3, 1, 4), v[:2].reshape(2, 1))',
    'np.add(a.reshape([3, 1, 4]), v.get(":2").reshape([2, 1]))',
  ],
  [
    'np.add(np.arange(300.0).reshape(30, 10), v)',
    'np.add(np.arange(300, {dtype: "float64"}).reshape([30, 10]), v)',
  ],
  [
    'np.add(np.arange(3000.0).reshape(300, 10), v)',
    'np.add(np.arange(3000, {dtype: "float64"}).reshape([300, 10]), v)',
  ],
  // Slab neighbours (input and output in one buffer, apart) and true overlaps, with FP flags.
  ['np.add(np.multiply(v, 1e308), 1e308)', 'np.add(np.multiply(v, 1e308), 1e308)'],
  ['np.multiply(a.T, 1e308)', 'np.multiply(a.T, 1e308)'],
  [
    '(lambda t: np.add(t, 1e308, out=t))(v * 1e308)',
    '((t) => np.add(t, 1e308, {out: t}))(np.multiply(v, 1e308))',
  ],
  [
    '(lambda t: (np.multiply(t[:-1], 1e308, out=t[1:]), t)[1])(v * 1.0)',
    '((t) => { np.multiply(t.get(":-1"), 1e308, {out: t.get("1:")}); return t; })(np.multiply(v, 1))',
  ],
  [
    '(lambda t: np.sum(t[1:], 0, out=t[0]))(np.arange(8.0).reshape(4, 2))',
    '((t) => np.sum(t.get("1:"), 0, null, t.get(0)))(np.arange(8, {dtype: "float64"}).reshape([4, 2]))',
  ],
];

type Got = {
  dtype: string;
  shape: number[];
  strides: number[];
  bits: string[];
  warnings: string[];
};

function encode(r: unknown, warnings: string[]): Got {
  // Scalar results here are all float (a JS number would otherwise read back as int64).
  const x = r instanceof np.NDArray ? r : np.asarray(r as number, { dtype: 'float64' });
  const flat = np.ravel(x);
  const w = x.dtype.kind === 'f' ? flat.astype('float64').view('int64') : flat;
  return {
    dtype: x.dtype.name,
    shape: [...x.shape],
    strides: [...x.strides],
    bits: (w.tolist({ bigint: true }) as unknown as bigint[]).map(String),
    warnings,
  };
}

describe('small-array per-call paths match NumPy (live)', () => {
  it('values, dtypes, shapes and warnings agree', { skip: !hasNumpy() }, () => {
    const want = pyJSON<Got[]>(
      `${SETUP_PY}
import warnings
out = []
for expr in json.loads(sys.stdin.read()):
    fp = []
    np.seterrcall(lambda err, flag: fp.append(err))
    with warnings.catch_warnings(record=True) as ws, np.errstate(divide='call', over='call', invalid='call'):
        warnings.simplefilter('always')
        r_ = np.asarray(eval(expr))
    f_ = np.ravel(r_)
    w_ = f_.astype(np.float64).view(np.int64) if r_.dtype.kind == 'f' else f_
    out.append({'dtype': str(r_.dtype), 'shape': list(r_.shape), 'strides': list(r_.strides), 'bits': [str(int(x)) for x in w_],
                'warnings': sorted(set([str(x.message) for x in ws] + fp))})
print(json.dumps(out))`,
      JSON.stringify(CASES.map((c) => c[0])),
    );
    const env = setup();
    CASES.forEach(([py, ts], idx) => {
      const f = new Function('np', ...Object.keys(env), `return ${ts};`);
      // twice: the quick paths take a call once its loop is memoised
      for (const call of ['first call', 'second call']) {
        const fp: string[] = [];
        np.seterrcall((err: string) => {
          fp.push(err);
        });
        const [r, caught] = catchWarnings(() =>
          np.errstate({ divide: 'call', over: 'call', invalid: 'call' }, () =>
            f(np, ...Object.values(env)),
          ),
        );
        np.seterrcall(null);
        const got = encode(r, [...new Set([...caught.map((w) => w.message), ...fp])].sort());
        assert.deepEqual(got, want[idx], `${py} (${call})`);
      }
    });
  });
});
