/**
 * Benchmark entries for the products (issue 5, first slice): matmul n x n float64/float32
 * (the packed WebAssembly SIMD GEMM) against NumPy (OpenBLAS). For single-threaded
 * comparisons run the harness with OPENBLAS_NUM_THREADS=1 in the environment (the NumPy
 * runner inherits it). Functions not yet re-exported by src/index.ts are loaded from their module.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** np.<name> from the package, or from the module that defines it. */
async function fn(ctx, name) {
  const np = await ctx.np();
  if (typeof np[name] === 'function') return np[name];
  const mod = await import(
    pathToFileURL(path.join(root, 'dist', 'src', '_core', 'linalg_products', 'products.js')).href
  );
  return mod[name];
}

function matmulCase(n, dt) {
  const Ctor = dt === 'f64' ? Float64Array : Float32Array;
  const npdt = dt === 'f64' ? 'np.float64' : 'np.float32';
  return {
    name: `matmul ${dt} ${n}x${n}`,
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const matmul = await fn(ctx, 'matmul');
      const a = np.asarray(ctx.data(n * n, -1, 1, Ctor)).reshape(n, n);
      const b = np.asarray(ctx.data(n * n, -1, 1, Ctor, 1)).reshape(n, n);
      return () => matmul(a, b);
    },
    py: {
      setup: `a = data(${n * n}, -1, 1, ${npdt}).reshape(${n}, ${n}); b = data(${n * n}, -1, 1, ${npdt}, k=1).reshape(${n}, ${n})`,
      op: 'np.matmul(a, b)',
    },
  };
}

/** A (1000, 1000) float64 matrix times a vector, or (vecmat) a vector times it. */
function matVecCase(name, vecmat) {
  return {
    name,
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const matmul = await fn(ctx, 'matmul');
      const a = np.asarray(ctx.data(1_000_000, -1, 1)).reshape(1000, 1000);
      const x = np.asarray(ctx.data(1000, -1, 1, Float64Array, 1));
      return vecmat ? () => matmul(x, a) : () => matmul(a, x);
    },
    py: {
      setup: 'a = data(10**6).reshape(1000, 1000); x = data(1000, k=1)',
      op: vecmat ? 'np.matmul(x, a)' : 'np.matmul(a, x)',
    },
  };
}

export const productsCases = [
  ...[64, 256, 512, 1024].flatMap((n) => [matmulCase(n, 'f64'), matmulCase(n, 'f32')]),
  {
    name: 'matmul f64 batched 1000x(8x8)',
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const matmul = await fn(ctx, 'matmul');
      const a = np.asarray(ctx.data(64000, -1, 1)).reshape(1000, 8, 8);
      const b = np.asarray(ctx.data(64000, -1, 1, Float64Array, 1)).reshape(1000, 8, 8);
      return () => matmul(a, b);
    },
    py: {
      setup: 'a = data(64000).reshape(1000, 8, 8); b = data(64000, k=1).reshape(1000, 8, 8)',
      op: 'np.matmul(a, b)',
    },
  },
  {
    name: 'dot f64 1e6 vectors',
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const dot = await fn(ctx, 'dot');
      const a = np.asarray(ctx.data(1_000_000, -1, 1));
      const b = np.asarray(ctx.data(1_000_000, -1, 1, Float64Array, 1));
      return () => dot(a, b);
    },
    py: { setup: 'a = data(10**6); b = data(10**6, k=1)', op: 'np.dot(a, b)' },
  },
  matVecCase('matvec f64 1000x1000 @ 1000', false),
  matVecCase('vecmat f64 1000 @ 1000x1000', true),
  {
    name: 'dot f32 1e6 vectors',
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const dot = await fn(ctx, 'dot');
      const a = np.asarray(ctx.data(1_000_000, -1, 1, Float32Array));
      const b = np.asarray(ctx.data(1_000_000, -1, 1, Float32Array, 1));
      return () => dot(a, b);
    },
    py: {
      setup: 'a = data(10**6, dtype=np.float32); b = data(10**6, dtype=np.float32, k=1)',
      op: 'np.dot(a, b)',
    },
  },
  {
    name: 'norm f64 1e6',
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(ctx.data(1_000_000, -1, 1));
      return () => np.linalg.norm(a);
    },
    py: { setup: 'a = data(10**6)', op: 'np.linalg.norm(a)' },
  },
  {
    name: 'cov f64 (100,10000)',
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(ctx.data(1_000_000, -1, 1)).reshape(100, 10000);
      return () => np.cov(a);
    },
    py: { setup: 'a = data(10**6).reshape(100, 10000)', op: 'np.cov(a)' },
  },
  {
    name: 'corrcoef f64 (100,10000)',
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(ctx.data(1_000_000, -1, 1)).reshape(100, 10000);
      return () => np.corrcoef(a);
    },
    py: { setup: 'a = data(10**6).reshape(100, 10000)', op: 'np.corrcoef(a)' },
  },
];
