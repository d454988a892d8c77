/**
 * Benchmark entries beyond the issues' headline operations: everyday routines that a sweep
 * of the API found 10-200x behind NumPy (2026-11-23) and that now have fast paths — so a
 * regression shows in the table. Each runs the same data on both sides (ctx.data / data).
 */
import { tmpdir } from 'node:os';
import path from 'node:path';

const M = 1_000_000;

/** An entry of group 'breadth': `build(np, ctx)` returns the op; Python gets setup and op. */
function entry(name, build, setup, op) {
  return {
    name,
    group: 'breadth',
    js: async (ctx) => build(await ctx.np(), ctx),
    py: { setup, op },
  };
}

const mat = (np, ctx, k = 0) => np.asarray(ctx.data(M, -1, 1, Float64Array, k)).reshape(1000, 1000);
const idx = (np, ctx) => np.floor(np.asarray(ctx.data(M, 0, 1, Float64Array, 2)).mul(M)).astype('int64');
const PY_MAT = 'a = data(10**6, -1, 1).reshape(1000, 1000)';
const PY_IDX = 'idx = np.floor(data(10**6, 0, 1, k=2) * 10**6).astype(np.int64)';

/** Array-manipulation routines whose work is a copy (2026-11-23: 2-10x NumPy). */
const A1K = 'a1k = data(1000)';
const PY_IDX1K = 'idx1k = np.floor(data(1000, 0, 1, k=2) * 1000).astype(np.int64)';
const copyRow = (name, build, setup, op) => entry(name, build, setup, op);
const vec = (np, ctx) => np.asarray(ctx.data(M, -1, 1));
const idx1k = (np, ctx) => np.floor(np.asarray(ctx.data(1000, 0, 1, Float64Array, 2)).mul(1000)).astype('int64');
const PY_VEC = 'a = data(10**6, -1, 1)';

export const copyRoutineCases = [
  copyRow('np.repeat(a, 2) f64 1e6', (np, ctx) => { const a = vec(np, ctx); return () => np.repeat(a, 2); }, PY_VEC, 'np.repeat(a, 2)'),
  copyRow('np.pad(M, 2) 1000x1000', (np, ctx) => { const a = mat(np, ctx); return () => np.pad(a, 2); }, PY_MAT, 'np.pad(a, 2)'),
  copyRow("np.pad(M, 2, 'reflect') 1000x1000", (np, ctx) => { const a = mat(np, ctx); return () => np.pad(a, 2, { mode: 'reflect' }); }, PY_MAT, "np.pad(a, 2, mode='reflect')"),
  copyRow('np.hstack([M, M]) 1000x1000', (np, ctx) => { const a = mat(np, ctx); return () => np.hstack([a, a]); }, PY_MAT, 'np.hstack([a, a])'),
  copyRow('np.vstack([M, M]) 1000x1000', (np, ctx) => { const a = mat(np, ctx); return () => np.vstack([a, a]); }, PY_MAT, 'np.vstack([a, a])'),
  copyRow('np.stack([M, M]) 1000x1000', (np, ctx) => { const a = mat(np, ctx); return () => np.stack([a, a]); }, PY_MAT, 'np.stack([a, a])'),
  copyRow('np.tile(M, (2, 1)) 1000x1000', (np, ctx) => { const a = mat(np, ctx); return () => np.tile(a, [2, 1]); }, PY_MAT, 'np.tile(a, (2, 1))'),
  copyRow('np.meshgrid(a1k, a1k)', (np, ctx) => { const a = np.asarray(ctx.data(1000, -1, 1)); return () => np.meshgrid(a, a); }, A1K, 'np.meshgrid(a1k, a1k)'),
  copyRow('np.roll(a, 1000) f64 1e6', (np, ctx) => { const a = vec(np, ctx); return () => np.roll(a, 1000); }, PY_VEC, 'np.roll(a, 1000)'),
  copyRow('M.take(idx1k, 0) 1000x1000', (np, ctx) => { const a = mat(np, ctx); const i = idx1k(np, ctx); return () => a.take(i, 0); }, `${PY_MAT}; ${PY_IDX1K}`, 'a.take(idx1k, 0)'),
  copyRow('M[idx1k] rows 1000x1000', (np, ctx) => { const a = mat(np, ctx); const i = idx1k(np, ctx); return () => a.get(i); }, `${PY_MAT}; ${PY_IDX1K}`, 'a[idx1k]'),
  copyRow('np.diff(a) f64 1e6', (np, ctx) => { const a = vec(np, ctx); return () => np.diff(a); }, PY_VEC, 'np.diff(a)'),
  copyRow('np.eye(1000)', (np) => () => np.eye(1000), '', 'np.eye(1000)'),
  copyRow('np.zeros(1e6)', (np) => () => np.zeros(M), '', 'np.zeros(10**6)'),
  copyRow('np.full(1e6, 3.0)', (np) => () => np.full(M, 3.0), '', 'np.full(10**6, 3.0)'),
  copyRow('np.logspace(0, 1, 1e5)', (np) => () => np.logspace(0, 1, 100000), '', 'np.logspace(0, 1, 10**5)'),
];

export const breadthCases = [
  entry(
    'np.sort int64 1e6 in [0,1000)',
    (np, ctx) => {
      const a = np.floor(np.asarray(ctx.data(M, 0, 1000))).astype('int64');
      return () => np.sort(a);
    },
    'a = np.floor(data(10**6, 0, 1000)).astype(np.int64)',
    'np.sort(a)',
  ),
  entry(
    'np.sort int32 1e6 in [-1000,1000)',
    (np, ctx) => {
      const a = np.floor(np.asarray(ctx.data(M, -1000, 1000))).astype('int32');
      return () => np.sort(a);
    },
    'a = np.floor(data(10**6, -1000, 1000)).astype(np.int32)',
    'np.sort(a)',
  ),
  entry(
    'np.unique int64 1e6 in [0,1000), return_counts',
    (np, ctx) => {
      const a = np.floor(np.asarray(ctx.data(M, 0, 1000))).astype('int64');
      return () => np.unique(a, { return_counts: true });
    },
    'a = np.floor(data(10**6, 0, 1000)).astype(np.int64)',
    'np.unique(a, return_counts=True)',
  ),
  entry(
    'np.sort float32 1e6',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1)).astype('float32');
      return () => np.sort(a);
    },
    'a = data(10**6, -1, 1).astype(np.float32)',
    'np.sort(a)',
  ),
  entry(
    'np.sort int32 1e6 full range',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1))
        .mul(2 ** 31)
        .astype('int32');
      return () => np.sort(a);
    },
    'a = (data(10**6, -1, 1) * 2.0**31).astype(np.int32)',
    'np.sort(a)',
  ),
  entry(
    'np.argsort float32 1e6',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1)).astype('float32');
      return () => np.argsort(a);
    },
    'a = data(10**6, -1, 1).astype(np.float32)',
    'np.argsort(a)',
  ),
  entry(
    'np.sort int64 1e6 full range',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1))
        .mul(2 ** 62)
        .astype('int64');
      return () => np.sort(a);
    },
    'a = (data(10**6, -1, 1) * 2.0**62).astype(np.int64)',
    'np.sort(a)',
  ),
  entry(
    'np.sort 1000x1000 f64 axis 1',
    (np, ctx) => {
      const a = mat(np, ctx);
      return () => np.sort(a, 1);
    },
    PY_MAT,
    'np.sort(a, 1)',
  ),

  entry(
    'np.std(a, axis=1) 1000x1000',
    (np, ctx) => {
      const a = mat(np, ctx);
      return () => np.std(a, { axis: 1 });
    },
    PY_MAT,
    'np.std(a, axis=1)',
  ),
  entry(
    'a[idx] = 1.0, 1e6 random indices',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1));
      const i = idx(np, ctx);
      return () => a.set(i, 1.0);
    },
    `a = data(10**6, -1, 1); ${PY_IDX}`,
    'a.__setitem__(idx, 1.0)',
  ),
  entry(
    'a[idx] = v f64 1e6 values, 1e6 random indices',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1));
      const v = np.asarray(ctx.data(M, -1, 1, Float64Array, 1));
      const i = idx(np, ctx);
      return () => a.set(i, v);
    },
    `a = data(10**6, -1, 1); v = data(10**6, -1, 1, k=1); ${PY_IDX}`,
    'a.__setitem__(idx, v)',
  ),
  entry(
    'a[idx] f64 1e6, 1e6 indices half negative',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1));
      const i = np.subtract(idx(np, ctx), np.multiply(np.mod(np.arange(M), 2), M));
      return () => a.get(i);
    },
    `a = data(10**6, -1, 1); ${PY_IDX}; idx = idx - (np.arange(10**6) % 2) * 10**6`,
    'a[idx]',
  ),
  ...['complex128', 'uint8'].map((dt) =>
    entry(
      `a[idx] ${dt} 1e6, 1e6 indices`,
      (np, ctx) => {
        const a = np.asarray(ctx.data(M, 0, 100)).astype(dt);
        const i = idx(np, ctx);
        return () => a.get(i);
      },
      `a = data(10**6, 0, 100).astype(np.${dt}); ${PY_IDX}`,
      'a[idx]',
    ),
  ),
  entry(
    'np.take_along_axis 1000x1000 (argsort rows)',
    (np, ctx) => {
      const a = mat(np, ctx);
      const order = np.argsort(a, 1);
      return () => np.take_along_axis(a, order, 1);
    },
    `${PY_MAT}; order = np.argsort(a, 1)`,
    'np.take_along_axis(a, order, 1)',
  ),
  entry(
    'np.cross of 1e5 3-vectors',
    (np, ctx) => {
      const a = np.asarray(ctx.data(300000, -1, 1)).reshape(100000, 3);
      const b = np.asarray(ctx.data(300000, -1, 1, Float64Array, 1)).reshape(100000, 3);
      return () => np.cross(a, b);
    },
    'a = data(300000, -1, 1).reshape(100000, 3); b = data(300000, -1, 1, k=1).reshape(100000, 3)',
    'np.cross(a, b)',
  ),
  entry(
    'np.triu 1000x1000',
    (np, ctx) => {
      const a = mat(np, ctx);
      return () => np.triu(a);
    },
    PY_MAT,
    'np.triu(a)',
  ),
  entry(
    'float16 a + b 1e6',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1)).astype('float16');
      const b = np.asarray(ctx.data(M, -1, 1, Float64Array, 1)).astype('float16');
      return () => np.add(a, b);
    },
    'a = data(10**6, -1, 1).astype(np.float16); b = data(10**6, -1, 1, k=1).astype(np.float16)',
    'a + b',
  ),
  entry(
    'np.choose 1e6 from 4 arrays',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1));
      const b = np.asarray(ctx.data(M, -1, 1, Float64Array, 1));
      const c = np.floor(np.asarray(ctx.data(M, 0, 1, Float64Array, 2)).mul(4)).astype('int64');
      return () => np.choose(c, [a, b, a, b]);
    },
    'a = data(10**6, -1, 1); b = data(10**6, -1, 1, k=1); c = np.floor(data(10**6, 0, 1, k=2) * 4).astype(np.int64)',
    'np.choose(c, [a, b, a, b])',
  ),
  entry(
    'np.nan_to_num 1e6 (no NaN)',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1));
      return () => np.nan_to_num(a);
    },
    'a = data(10**6, -1, 1)',
    'np.nan_to_num(a)',
  ),
  entry(
    'np.logical_and of 1e6 bool',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1)).gt(0);
      const b = np.asarray(ctx.data(M, -1, 1, Float64Array, 1)).gt(0);
      return () => np.logical_and(a, b);
    },
    'a = data(10**6, -1, 1) > 0; b = data(10**6, -1, 1, k=1) > 0',
    'np.logical_and(a, b)',
  ),
  entry(
    'np.count_nonzero of 1e6 bool',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1)).gt(0);
      return () => np.count_nonzero(a);
    },
    'a = data(10**6, -1, 1) > 0',
    'np.count_nonzero(a)',
  ),
  entry(
    'np.savetxt 100x100',
    (np, ctx) => {
      const a = np.asarray(ctx.data(10000, -1, 1)).reshape(100, 100);
      const file = path.join(tmpdir(), 'numtype-bench-savetxt-js.txt');
      return () => np.savetxt(file, a);
    },
    "import os, tempfile; a = data(10000, -1, 1).reshape(100, 100); f = os.path.join(tempfile.gettempdir(), 'numtype-bench-savetxt-py.txt')",
    'np.savetxt(f, a)',
  ),
  entry(
    'np.correlate 1e5 with 100 (valid)',
    (np, ctx) => {
      const a = np.asarray(ctx.data(100000, -1, 1));
      const v = np.asarray(ctx.data(100, -1, 1, Float64Array, 1));
      return () => np.correlate(a, v);
    },
    'a = data(100000, -1, 1); v = data(100, -1, 1, k=1)',
    'np.correlate(a, v)',
  ),
  entry(
    "np.convolve 1e6 moving average of 10 ('same')",
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1));
      const v = np.full(10, 0.1);
      return () => np.convolve(a, v, 'same');
    },
    'a = data(10**6, -1, 1); v = np.full(10, 0.1)',
    "np.convolve(a, v, 'same')",
  ),
  entry(
    'np.partition f64 1e6, kth 500000',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1));
      return () => np.partition(a, 500000);
    },
    'a = data(10**6, -1, 1)',
    'np.partition(a, 500000)',
  ),
  entry(
    'np.partition float32 1e6, kth 500000',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1)).astype('float32');
      return () => np.partition(a, 500000);
    },
    'a = data(10**6, -1, 1).astype(np.float32)',
    'np.partition(a, 500000)',
  ),
  entry(
    'np.partition int32 1e6 full range, kth 500000',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1))
        .mul(2 ** 31)
        .astype('int32');
      return () => np.partition(a, 500000);
    },
    'a = (data(10**6, -1, 1) * 2.0**31).astype(np.int32)',
    'np.partition(a, 500000)',
  ),
  entry(
    'np.argpartition f64 1e6, kth 500000',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1));
      return () => np.argpartition(a, 500000);
    },
    'a = data(10**6, -1, 1)',
    'np.argpartition(a, 500000)',
  ),
  entry(
    'np.arctan(a) 1e6 float64 (-3..3)',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -3, 3));
      return () => np.arctan(a);
    },
    'a = data(10**6, -3, 3)',
    'np.arctan(a)',
  ),
  entry(
    'np.arctan2(a, b) 1e6 float64',
    (np, ctx) => {
      const a = np.asarray(ctx.data(M, -1, 1));
      const b = np.asarray(ctx.data(M, -1, 1, Float64Array, 1));
      return () => np.arctan2(a, b);
    },
    'a = data(10**6, -1, 1); b = data(10**6, -1, 1, k=1)',
    'np.arctan2(a, b)',
  ),
  entry(
    'np.angle(z) 1e6 complex128',
    (np, ctx) => {
      const z = np.empty(M, { dtype: 'complex128' });
      z.real.set('...', np.asarray(ctx.data(M, -1, 1)));
      z.imag.set('...', np.asarray(ctx.data(M, -1, 1, Float64Array, 1)));
      return () => np.angle(z);
    },
    'z = data(10**6, -1, 1) + 1j * data(10**6, -1, 1, k=1)',
    'np.angle(z)',
  ),
  ...complexCases(),
  ...copyRoutineCases,
];

/** complex128 element-wise and reductions beyond cases.mjs's z*z, z+z, z/z, abs, exp. */
function complexCases() {
  const zSetup = 'z = data(10**6, -1, 1) + 1j * data(10**6, -1, 1, k=1)';
  const row = (name, f, op) =>
    entry(
      name,
      (np, ctx) => {
        const z = np.empty(M, { dtype: 'complex128' });
        z.real.set('...', np.asarray(ctx.data(M, -1, 1)));
        z.imag.set('...', np.asarray(ctx.data(M, -1, 1, Float64Array, 1)));
        return () => f(np, z);
      },
      zSetup,
      op,
    );
  return [
    row('np.conj(z) 1e6 complex128', (np, z) => np.conj(z), 'np.conj(z)'),
    row('np.sum(z) 1e6 complex128', (np, z) => np.sum(z), 'np.sum(z)'),
    row('z.real.copy() 1e6 complex128', (np, z) => z.real.copy(), 'z.real.copy()'),
  ];
}
