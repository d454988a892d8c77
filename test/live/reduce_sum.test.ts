/**
 * Live randomized check of np.sum / np.mean on the fast reduction paths against NumPy:
 * random shapes (around the 128-element wasm threshold and the 64 KiB piece size), float64
 * / float32 / int64, axis 0, 1 or all, through contiguous, transposed, reversed and strided
 * views; results compared bit for bit. Inputs come from default_rng on both sides.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

interface Spec {
  seed: number;
  rows: number;
  cols: number;
  dtype: 'float64' | 'float32' | 'int64';
  view: number;
  axis: number | null;
  fn: 'sum' | 'mean';
}

/** Views by index: the same slicing on both sides. */
const VIEWS_PY = [
  'a',
  'a.T',
  'a[::-1]',
  'a[:, ::-1]',
  'a[::2, 1::3]',
  'a[::-1, ::-2]',
  'a[1:, 2:]',
];
const VIEWS_TS = [
  'a',
  'a.T',
  'a.get("::-1")',
  'a.get(":, ::-1")',
  'a.get("::2, 1::3")',
  'a.get("::-1, ::-2")',
  'a.get("1:, 2:")',
];

function specs(count: number): Spec[] {
  const r = np.random.default_rng(Date.now() % 100000);
  const pick = <T>(xs: T[]): T => xs[Number(r.integers(0, xs.length))]!;
  const dims = [1, 3, 7, 8, 127, 128, 129, 257, 1000, 1013, 2049, 8193, 9000];
  const out: Spec[] = [];
  for (let i = 0; i < count; i++) {
    let rows = pick(dims);
    let cols = pick(dims);
    while (rows * cols > 400000) rows > cols ? (rows = pick(dims)) : (cols = pick(dims));
    out.push({
      seed: Number(r.integers(0, 1e9)),
      rows,
      cols,
      dtype: pick(['float64', 'float64', 'float32', 'int64'] as const),
      view: Number(r.integers(0, VIEWS_PY.length)),
      axis: pick([0, 1, null]),
      fn: pick(['sum', 'sum', 'mean'] as const),
    });
  }
  return out;
}

function input(s: Spec): np.NDArray {
  const rng = np.random.default_rng(s.seed);
  if (s.dtype === 'int64')
    return np.multiply(rng.integers(-(2 ** 31), 2 ** 31, [s.rows, s.cols]), 4294967297);
  const x = rng.standard_normal([s.rows, s.cols]);
  const e = rng.integers(-6, 7, [s.rows, s.cols]);
  const a = np.multiply(x, np.power(np.full([s.rows, s.cols], 10, { dtype: 'float64' }), e));
  return s.dtype === 'float32' ? a.astype('float32') : a;
}

function bits(r: np.NDArray): string[] {
  const flat = np.ravel(r);
  const v = r.dtype.kind === 'f' ? flat.astype('float64').view('int64') : flat;
  return (v.tolist({ bigint: true }) as unknown as bigint[]).map(String);
}

describe('np.sum / np.mean match NumPy on random shapes and views (live)', () => {
  it('bits agree', { skip: !hasNumpy() }, () => {
    const all = specs(40);
    const want = pyJSON<string[][]>(
      `
specs = json.loads(sys.stdin.read())
views = ${JSON.stringify(VIEWS_PY)}
out = []
for s in specs:
    rng = np.random.default_rng(s['seed'])
    shape = (s['rows'], s['cols'])
    if s['dtype'] == 'int64':
        a = rng.integers(-2**31, 2**31, shape) * 4294967297
    else:
        a = rng.standard_normal(shape) * np.power(np.full(shape, 10.0), rng.integers(-6, 7, shape))
        a = a.astype(s['dtype'])
    v = eval(views[s['view']])
    r = np.asarray(getattr(np, s['fn'])(v, axis=s['axis'], keepdims=True))
    f = np.ravel(r)
    out.append([str(x) for x in (f.astype(np.float64).view(np.int64) if r.dtype.kind == 'f' else f)])
print(json.dumps(out))`,
      JSON.stringify(all),
    );
    all.forEach((s, i) => {
      const a = input(s);
      const v = new Function('a', `return ${VIEWS_TS[s.view]};`)(a) as np.NDArray;
      const o = { axis: s.axis, keepdims: true };
      const r = (s.fn === 'sum' ? np.sum(v, o) : np.mean(v, o)) as np.NDArray;
      assert.deepEqual(bits(r), want[i], JSON.stringify(s));
    });
  });
});
