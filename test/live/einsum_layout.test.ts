/**
 * np.einsum's matrix-product route (two operands, one contracted label) against NumPy: the
 * result's shape, strides, ownership, dtype and exact values (matmul's kernels: the JS loop
 * for tiny products, the wasm batch kernel from 256 multiply-adds). The route hands back matmul's
 * product itself where its C layout is the layout NumPy allocates (the usual case) and
 * copies it into a fresh result otherwise (transposed outputs, order='F', `out=`); this
 * holds both sides to NumPy's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NDArray } from '../../src/_core/ndarray.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

interface Case {
  sub: string;
  shapes: number[][];
  /** Per operand: '' as built, 'T' a transposed base, 'rev' the last axis reversed. */
  views: string[];
  dtype: string;
  order?: string;
  out?: boolean;
}

// biome-ignore format: one case per line
const CASES: Case[] = [
  { sub: 'ij,jk->ik', shapes: [[3, 3], [3, 3]], views: ['', ''], dtype: 'float64' },
  { sub: 'ij,jk->ik', shapes: [[4, 5], [5, 2]], views: ['', ''], dtype: 'float32' },
  { sub: 'ij,jk->ki', shapes: [[4, 5], [5, 3]], views: ['', ''], dtype: 'float64' },
  { sub: 'ij,jk', shapes: [[4, 5], [5, 3]], views: ['T', ''], dtype: 'float64' },
  { sub: 'ij,jk->ik', shapes: [[4, 5], [5, 3]], views: ['T', 'T'], dtype: 'float64' },
  { sub: 'ij,jk->ik', shapes: [[4, 5], [5, 3]], views: ['rev', ''], dtype: 'float64' },
  { sub: 'ij,jk->ik', shapes: [[4, 5], [5, 3]], views: ['', ''], dtype: 'float64', order: 'F' },
  { sub: 'ij,jk->ik', shapes: [[4, 5], [5, 3]], views: ['', ''], dtype: 'float64', order: 'C' },
  { sub: 'ij,jk->ik', shapes: [[4, 5], [5, 3]], views: ['', ''], dtype: 'float64', out: true },
  { sub: 'ij,kj->ik', shapes: [[4, 5], [3, 5]], views: ['', ''], dtype: 'float64' },
  { sub: 'bij,bjk->bik', shapes: [[2, 3, 4], [2, 4, 5]], views: ['', ''], dtype: 'float64' },
  { sub: 'bij,bjk->ibk', shapes: [[2, 3, 4], [2, 4, 5]], views: ['', ''], dtype: 'float64' },
  { sub: 'ij,jk->ik', shapes: [[1, 4], [4, 3]], views: ['', ''], dtype: 'float64' },
  { sub: 'ij,jk->ik', shapes: [[3, 4], [4, 3]], views: ['', ''], dtype: 'int64' },
  { sub: 'ij,jk->ik', shapes: [[3, 4], [4, 3]], views: ['', ''], dtype: 'int32' },
  { sub: 'abij,jk->abik', shapes: [[2, 2, 3, 4], [4, 3]], views: ['', ''], dtype: 'float64' },
  // 256+ multiply-adds: matmul's single small product runs the wasm batch kernel
  { sub: 'ij,jk->ik', shapes: [[10, 10], [10, 10]], views: ['', ''], dtype: 'float64' },
  { sub: 'ij,jk->ik', shapes: [[8, 9], [9, 7]], views: ['', ''], dtype: 'float32' },
  { sub: 'ij,jk->ik', shapes: [[12, 15], [15, 11]], views: ['T', ''], dtype: 'float64' },
];

function build(shape: number[], view: string, dtype: string, seed: number): NDArray {
  const base = view === 'T' ? [...shape].reverse() : shape;
  const n = base.reduce((x, y) => x * y, 1);
  const vals = Array.from({ length: n }, (_, i) => ((i * 7 + seed * 3) % 11) / 4 - 1.25);
  let a = np
    .array(vals, { dtype: 'float64' })
    .reshape(base)
    .astype(dtype as any) as NDArray;
  if (view === 'T') a = a.T;
  else if (view === 'rev') a = a.get('...', np.slice(null, null, -1));
  return a;
}

const PY = `
cases = json.load(sys.stdin)
def build(shape, view, dtype, seed):
    base = shape[::-1] if view == 'T' else shape
    n = int(np.prod(base))
    a = np.array([((i * 7 + seed * 3) % 11) / 4 - 1.25 for i in range(n)]).reshape(base).astype(dtype)
    return a.T if view == 'T' else a[..., ::-1] if view == 'rev' else a
res = []
for c in cases:
    ops = [build(s, v, c['dtype'], k) for k, (s, v) in enumerate(zip(c['shapes'], c['views']))]
    kw = {}
    if 'order' in c: kw['order'] = c['order']
    if c.get('out'):
        shape = np.einsum(c['sub'], *ops).shape
        kw['out'] = np.zeros(shape, dtype=c['dtype'])
    r = np.einsum(c['sub'], *ops, **kw)
    res.append({'shape': list(r.shape), 'strides': list(r.strides), 'owndata': bool(r.flags.owndata),
                'dtype': str(r.dtype), 'data': [float(x) for x in r.ravel()]})
print(json.dumps(res))
`;

describe('einsum matrix-product route: layout and bits vs NumPy', { skip: !hasNumpy() }, () => {
  it('shape, strides, owndata, dtype, values', () => {
    const want = pyJSON<any[]>(PY, JSON.stringify(CASES));
    CASES.forEach((c, i) => {
      const ops = c.shapes.map((s, k) => build(s, c.views[k], c.dtype, k));
      const kw: Record<string, unknown> = {};
      if (c.order) kw.order = c.order;
      let out: NDArray | null = null;
      if (c.out) {
        out = np.zeros(want[i].shape, { dtype: c.dtype as any }) as NDArray;
        kw.out = out;
      }
      const r = np.einsum(c.sub, ...ops, kw) as NDArray;
      const w = want[i];
      const label = `${c.sub} ${JSON.stringify(c.shapes)} ${c.views} ${c.dtype} ${JSON.stringify(kw)}`;
      if (out) assert.equal(r, out, label);
      assert.deepEqual(
        {
          shape: r.shape,
          strides: r.strides,
          owndata: r.flags.owndata,
          dtype: String(r.dtype),
          data: (r.flatten().tolist() as number[]).map(Number),
        },
        w,
        label,
      );
    });
  });
});
