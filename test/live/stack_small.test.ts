/**
 * np.concatenate / np.vstack / np.hstack / np.stack of small arrays against NumPy: result
 * shape, strides, ownership, dtype and values. Small results live in slab blocks (shared
 * buffers at an offset) and vstack / stack insert their new axis as views of their own;
 * F-ordered, transposed, reversed and offset inputs, 0-d and 1-d inputs, negative axes,
 * `out` and `dtype` / `casting` keywords, and NumPy's errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

/** Shared inputs, built the same way on both sides. */
const SETUP_PY = `
a = np.arange(10, dtype=np.float64) / 7
b = np.arange(6, dtype=np.int32).reshape(2, 3)
f = np.arange(6, dtype=np.float64).reshape(3, 2).T.copy(order='F')
s = np.arange(12, dtype=np.float32).reshape(3, 4)[1:, ::-1]
z = np.array(1.5)
u = np.arange(4, dtype=np.uint8)
`;
function setup(): Record<string, np.NDArray> {
  return {
    a: np.arange(10, { dtype: 'float64' }).div(7),
    b: np.arange(6, { dtype: 'int32' }).reshape([2, 3]),
    f: np.arange(6, { dtype: 'float64' }).reshape([3, 2]).T.copy({ order: 'F' }),
    s: np.arange(12, { dtype: 'float32' }).reshape([3, 4]).get('1:, ::-1'),
    z: np.array(1.5),
    u: np.arange(4, { dtype: 'uint8' }),
  };
}

/** [NumPy expression, numtype expression]. */
const CASES: [string, string][] = [
  ['np.concatenate([a, a])', 'np.concatenate([a, a])'],
  ['np.concatenate([a[1:], a[:3]])', 'np.concatenate([a.get("1:"), a.get(":3")])'],
  ['np.concatenate([b, b], axis=1)', 'np.concatenate([b, b], {axis: 1})'],
  ['np.concatenate([b, f], axis=-1)', 'np.concatenate([b, f], {axis: -1})'],
  ['np.concatenate([f, f])', 'np.concatenate([f, f])'],
  ['np.concatenate([b, s[:, :3]], axis=None)', 'np.concatenate([b, s.get(":, :3")], null)'],
  ['np.concatenate([u, u], dtype=np.float32)', 'np.concatenate([u, u], {dtype: "float32"})'],
  ['np.concatenate([a, a], out=np.zeros(20))', 'np.concatenate([a, a], {out: np.zeros([20])})'],
  ['np.vstack([a, a])', 'np.vstack([a, a])'],
  ['np.vstack([a, a[::-1]])', 'np.vstack([a, a.get("::-1")])'],
  ['np.vstack([b, b[0]])', 'np.vstack([b, b.get(0)])'],
  ['np.vstack([f, f])', 'np.vstack([f, f])'],
  ['np.vstack([z, z])', 'np.vstack([z, z])'],
  ['np.vstack([u, u], dtype=np.int64)', 'np.vstack([u, u], {dtype: "int64"})'],
  ['np.hstack([a, a])', 'np.hstack([a, a])'],
  ['np.hstack([b, f])', 'np.hstack([b, f])'],
  ['np.hstack([z, a])', 'np.hstack([z, a])'],
  ['np.stack([a, a])', 'np.stack([a, a])'],
  ['np.stack([a, a], axis=1)', 'np.stack([a, a], {axis: 1})'],
  ['np.stack([b, b], axis=-1)', 'np.stack([b, b], {axis: -1})'],
  ['np.stack([b, b], axis=1)', 'np.stack([b, b], 1)'],
  ['np.stack([f, f], axis=2)', 'np.stack([f, f], {axis: 2})'],
  ['np.stack([s, s])', 'np.stack([s, s])'],
  ['np.stack([z, z])', 'np.stack([z, z])'],
  ['np.stack([a, a], out=np.zeros((2, 10)))', 'np.stack([a, a], 0, np.zeros([2, 10]))'],
  [
    'np.stack([u, u], casting="no", dtype=np.uint8)',
    'np.stack([u, u], {casting: "no", dtype: "uint8"})',
  ],
  ['np.stack([a, a], axis=2)', 'np.stack([a, a], {axis: 2})'],
  ['np.stack([a, a[:4]])', 'np.stack([a, a.get(":4")])'],
  ['np.vstack([a, a[:4]])', 'np.vstack([a, a.get(":4")])'],
  ['np.stack([u, u], dtype=np.int8)', 'np.stack([u, u], {dtype: "int8"})'],
];

type Got =
  | { shape: number[]; strides: number[]; owndata: boolean; dtype: string; data: number[] }
  | { error: string };

describe('concatenate / vstack / hstack / stack of small arrays (live)', () => {
  it('layout, ownership, values and errors agree', { skip: !hasNumpy() }, () => {
    const want = pyJSON<Got[]>(
      `${SETUP_PY}
out = []
for expr in json.loads(sys.stdin.read()):
    try:
        r = eval(expr)
        out.append({'shape': list(r.shape), 'strides': list(r.strides), 'owndata': bool(r.flags.owndata),
                    'dtype': str(r.dtype), 'data': [float(x) for x in r.ravel()]})
    except Exception as e:
        out.append({'error': f'{type(e).__name__}: {e}'})
print(json.dumps(out))`,
      JSON.stringify(CASES.map((c) => c[0])),
    );
    const env = setup();
    CASES.forEach(([py, ts], i) => {
      const f = new Function('np', ...Object.keys(env), `return ${ts};`);
      let got: Got;
      try {
        const r = f(np, ...Object.values(env)) as np.NDArray;
        got = {
          shape: r.shape,
          strides: r.strides,
          owndata: r.flags.owndata,
          dtype: String(r.dtype),
          data: (np.ravel(r).astype('float64').tolist() as number[]).map(Number),
        };
      } catch (e) {
        got = { error: `${(e as Error).name}: ${(e as Error).message}` };
      }
      assert.deepEqual(got, want[i], py);
    });
  });
});
