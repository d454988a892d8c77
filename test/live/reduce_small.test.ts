/**
 * np.sum / np.mean over one axis of small float64 / float32 matrices against NumPy, bit for
 * bit, with the result's shape and strides: the sizes the quick 2-d reduction takes (C
 * contiguous, both axes longer than 1, at most 8192 elements) and the ones around it that
 * take the general path (unit axes, 8193+ elements, transposed / reversed / strided views,
 * keepdims, negative axes). Under errstate(invalid='raise') a column or row adding +inf
 * and -inf must raise NumPy's FloatingPointError on both sides.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

interface Spec {
  rows: number;
  cols: number;
  dtype: 'float64' | 'float32';
  view: number;
  axis: number;
  keepdims: boolean;
  fn: 'sum' | 'mean';
  special: boolean;
}

const VIEWS_PY = ['a', 'a.T', 'a[::-1]', 'a[:, ::2]', 'a[1:, :]'];
const VIEWS_TS = ['a', 'a.T', 'a.get("::-1")', 'a.get(":, ::2")', 'a.get("1:, :")'];

const SHAPES: [number, number][] = [
  [2, 2],
  [3, 7],
  [10, 10],
  [7, 9],
  [9, 17],
  [1, 10],
  [10, 1],
  [2, 300],
  [300, 2],
  [64, 128],
  [65, 128],
  [128, 65],
];

function specs(): Spec[] {
  const out: Spec[] = [];
  let k = 0;
  for (const [rows, cols] of SHAPES) {
    for (const dtype of ['float64', 'float32'] as const) {
      for (const axis of [0, 1, -1]) {
        k++;
        out.push({
          rows,
          cols,
          dtype,
          view: k % 3 === 0 ? k % VIEWS_PY.length : 0,
          axis,
          keepdims: k % 4 === 1,
          fn: k % 5 === 2 ? 'mean' : 'sum',
          special: false,
        });
      }
    }
  }
  return out;
}

/** The same values on both sides: a fixed pattern of mixed magnitudes. */
function input(s: Spec): np.NDArray {
  const n = s.rows * s.cols;
  const vals = Array.from({ length: n }, (_, i) => {
    const m = ((i * 7919) % 1000) / 999 - 0.5;
    const e = (i % 13) - 6;
    return e >= 0 ? m * 10 ** e : m / 10 ** -e;
  });
  const a = np.array(vals, { dtype: 'float64' }).reshape(s.rows, s.cols);
  return s.dtype === 'float32' ? a.astype('float32') : a;
}

const PY_INPUT = `
def inp(s):
    n = s['rows'] * s['cols']
    ms = [((i * 7919) % 1000) / 999 - 0.5 for i in range(n)]
    vals = [m * 10.0 ** (i % 13 - 6) if i % 13 >= 6 else m / 10.0 ** (6 - i % 13) for i, m in enumerate(ms)]
    a = np.array(vals, dtype=np.float64).reshape(s['rows'], s['cols'])
    return a.astype(s['dtype'])
`;

function bits(r: np.NDArray): string[] {
  const v = np.ravel(r).astype('float64').view('int64');
  return (v.tolist({ bigint: true }) as unknown as bigint[]).map(String);
}

describe('np.sum / np.mean of small matrices over one axis (live)', { skip: !hasNumpy() }, () => {
  it('bits, shape and strides agree', () => {
    const all = specs();
    const want = pyJSON<{ bits: string[]; shape: number[]; strides: number[] }[]>(
      `${PY_INPUT}
specs = json.loads(sys.stdin.read())
views = ${JSON.stringify(VIEWS_PY)}
out = []
for s in specs:
    a = inp(s)
    v = eval(views[s['view']])
    r = getattr(np, s['fn'])(v, axis=s['axis'], keepdims=s['keepdims'])
    f = np.ravel(r).astype(np.float64).view(np.int64)
    out.append({'bits': [str(x) for x in f], 'shape': list(r.shape), 'strides': list(r.strides)})
print(json.dumps(out))`,
      JSON.stringify(all),
    );
    all.forEach((s, i) => {
      const a = input(s);
      const v = new Function('a', `return ${VIEWS_TS[s.view]};`)(a) as np.NDArray;
      const o = { axis: s.axis, keepdims: s.keepdims };
      const r = (s.fn === 'sum' ? np.sum(v, o) : np.mean(v, o)) as np.NDArray;
      assert.deepEqual(
        { bits: bits(r), shape: r.shape, strides: r.strides },
        want[i],
        JSON.stringify(s),
      );
    });
  });

  it("+inf + -inf raises under errstate(invalid='raise') on both sides", () => {
    const cases = [
      [0, 'float64'],
      [1, 'float64'],
      [0, 'float32'],
      [1, 'float32'],
    ] as const;
    const want = pyJSON<string[]>(
      `
out = []
for axis, dt in json.loads(sys.stdin.read()):
    a = np.ones((4, 5), dtype=dt)
    a[1, 2] = np.inf
    a[2, 2] = -np.inf
    a[1, 3] = np.inf
    a[1, 4] = -np.inf
    try:
        with np.errstate(invalid='raise'):
            np.sum(a, axis=axis)
        out.append('no error')
    except FloatingPointError as e:
        out.append(str(e))
print(json.dumps(out))`,
      JSON.stringify(cases),
    );
    cases.forEach(([axis, dt], i) => {
      const a = np.ones([4, 5], { dtype: dt });
      a.set(1, 2, Number.POSITIVE_INFINITY);
      a.set(2, 2, Number.NEGATIVE_INFINITY);
      a.set(1, 3, Number.POSITIVE_INFINITY);
      a.set(1, 4, Number.NEGATIVE_INFINITY);
      let got = 'no error';
      try {
        np.errstate({ invalid: 'raise' }, () => np.sum(a, { axis }));
      } catch (e) {
        got = (e as Error).message;
      }
      assert.equal(got, want[i], `axis ${axis} ${dt}`);
    });
  });
});
