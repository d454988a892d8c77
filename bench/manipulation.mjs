/**
 * Benchmark entries for the index routines and joining (issue 4): boolean-mask
 * selection, fancy take, concatenate and a transposed copy, each against NumPy.
 * Functions not yet re-exported by src/index.ts are loaded from their modules.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const M = 1_000_000;

/** np.<name> from the package, or from the module that defines it. */
async function fn(ctx, name, modulePath) {
  const np = await ctx.np();
  if (typeof np[name] === 'function') return np[name];
  const mod = await import(pathToFileURL(path.join(root, 'dist', 'src', modulePath)).href);
  return mod[name];
}

/** Sorting and sets of 1e6 float64 (issue 4's targets). */
const sortingCases = [
  ['np.sort f64 1e6', (np, a) => () => np.sort(a), 'np.sort(a)'],
  ['np.argsort f64 1e6', (np, a) => () => np.argsort(a), 'np.argsort(a)'],
  ['np.unique f64 1e6 (1e4 distinct)', (np, a) => {
    const r = np.floor(a.mul(5000));
    return () => np.unique(r);
  }, 'np.unique(np.floor(a * 5000))'],
].map(([name, make, op]) => ({
  name,
  group: 'sorting',
  js: async (ctx) => {
    const np = await ctx.np();
    return make(np, np.asarray(ctx.data(M, -1, 1)));
  },
  py: { setup: `a = data(${M}); r = np.floor(a * 5000)`, op: op.replace('np.floor(a * 5000)', 'r') },
}));

/**
 * The same sorts on really random values: ctx.data is a golden-ratio sequence, whose bucket
 * lengths a branch predictor learns (helper-97 measured random doubles 2x slower to sort
 * than it). PCG64 gives both sides the same numbers (numtype's stream is NumPy's).
 */
const randomSortingCases = [
  ['np.sort f64 1e6 (PCG64 random)', (np, a) => () => np.sort(a), 'np.sort(a)'],
  ['np.argsort f64 1e6 (PCG64 random)', (np, a) => () => np.argsort(a), 'np.argsort(a)'],
].map(([name, make, op]) => ({
  name,
  group: 'sorting',
  js: async (ctx) => {
    const np = await ctx.np();
    return make(np, np.random.default_rng(0).random(M).mul(2).sub(1));
  },
  py: { setup: `a = np.random.default_rng(0).random(${M}) * 2 - 1`, op },
}));

export const manipulationCases = [
  ...sortingCases,
  ...randomSortingCases,
  {
    name: 'a[mask] f64 1e6 (half true)',
    group: 'indexing',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(ctx.data(M, -1, 1));
      const mask = a.gt(0);
      return () => a.get(mask);
    },
    py: { setup: `a = data(${M}); mask = a > 0`, op: 'a[mask]' },
  },
  {
    name: 'np.take f64 1e6, 1e6 indices',
    group: 'indexing',
    js: async (ctx) => {
      const np = await ctx.np();
      const take = await fn(ctx, 'take', '_core/item_selection/take.js');
      const a = np.asarray(ctx.data(M, -1, 1));
      const idx = np.asarray(ctx.data(M, 0, M - 1, Float64Array, 1)).astype('int64');
      return () => take(a, idx);
    },
    py: { setup: `a = data(${M}); idx = data(${M}, 0, ${M - 1}, k=1).astype(np.int64)`, op: 'np.take(a, idx)' },
  },
  {
    name: 'a[idx] f64 1e6, 1e6 indices',
    group: 'indexing',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(ctx.data(M, -1, 1));
      const idx = np.asarray(ctx.data(M, 0, M - 1, Float64Array, 1)).astype('int64');
      return () => a.get(idx);
    },
    py: { setup: `a = data(${M}); idx = data(${M}, 0, ${M - 1}, k=1).astype(np.int64)`, op: 'a[idx]' },
  },
  {
    name: 'concatenate 2x(1000x1000) f64 axis 0',
    group: 'joining',
    js: async (ctx) => {
      const np = await ctx.np();
      const concatenate = await fn(ctx, 'concatenate', '_core/multiarray/concatenate.js');
      const a = np.asarray(ctx.data(M, -1, 1)).reshape(1000, 1000);
      const b = np.asarray(ctx.data(M, -1, 1, Float64Array, 1)).reshape(1000, 1000);
      return () => concatenate([a, b]);
    },
    py: { setup: `a = data(${M}).reshape(1000, 1000); b = data(${M}, k=1).reshape(1000, 1000)`, op: 'np.concatenate([a, b])' },
  },
  {
    name: 'concatenate 2x(1000x1000) f64 axis 1',
    group: 'joining',
    js: async (ctx) => {
      const np = await ctx.np();
      const concatenate = await fn(ctx, 'concatenate', '_core/multiarray/concatenate.js');
      const a = np.asarray(ctx.data(M, -1, 1)).reshape(1000, 1000);
      const b = np.asarray(ctx.data(M, -1, 1, Float64Array, 1)).reshape(1000, 1000);
      return () => concatenate([a, b], 1);
    },
    py: { setup: `a = data(${M}).reshape(1000, 1000); b = data(${M}, k=1).reshape(1000, 1000)`, op: 'np.concatenate([a, b], 1)' },
  },
  {
    name: 'a.T.copy() 1000x1000 f64',
    group: 'joining',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(ctx.data(M, -1, 1)).reshape(1000, 1000);
      return () => a.T.copy();
    },
    py: { setup: `a = data(${M}).reshape(1000, 1000)`, op: 'a.T.copy()' },
  },
];
