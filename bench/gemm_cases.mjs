/**
 * Benchmark entries for the packed WebAssembly SIMD GEMM (src/_core/kernels/gemm.ts, issue 5):
 * the kernel itself (gemm, C = A B on typed arrays; gemmUpdate, C -= A B) and np.matmul at
 * 500 and 1000 against NumPy (OpenBLAS). Set OPENBLAS_NUM_THREADS=1 in the environment for
 * single-threaded comparisons (the NumPy runner inherits it). Hooked into bench/cases.mjs as
 * `...gemmCases`.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** dist/src/_core/kernels/gemm.js (gemm, gemmUpdate). */
async function gemmModule() {
  return import(
    pathToFileURL(path.join(root, 'dist', 'src', '_core', 'kernels', 'gemm.js')).href
  );
}

function ops(n, dt) {
  const Ctor = dt === 'f64' ? Float64Array : Float32Array;
  const npdt = dt === 'f64' ? 'np.float64' : 'np.float32';
  const setup = `a = data(${n * n}, -1, 1, ${npdt}).reshape(${n}, ${n}); b = data(${n * n}, -1, 1, ${npdt}, k=1).reshape(${n}, ${n}); o = np.zeros((${n}, ${n}), ${npdt})`;
  const inputs = (ctx) => ({
    A: { data: ctx.data(n * n, -1, 1, Ctor), off: 0, rs: n, cs: 1 },
    B: { data: ctx.data(n * n, -1, 1, Ctor, 1), off: 0, rs: n, cs: 1 },
    C: new Ctor(n * n),
  });
  return { Ctor, npdt, setup, inputs };
}

/** gemm (C = A B) on n x n row-major typed arrays vs np.matmul(a, b, out=o). */
function gemmCase(n, dt) {
  const { setup, inputs } = ops(n, dt);
  return {
    name: `gemm ${dt} ${n}x${n}`,
    group: 'kernel',
    js: async (ctx) => {
      const { gemm } = await gemmModule();
      const { A, B, C } = inputs(ctx);
      const f32 = dt === 'f32';
      return () => gemm(f32, n, n, n, A, B, C, 0, n);
    },
    py: { setup, op: 'np.matmul(a, b, out=o)' },
  };
}

/** gemmUpdate (C -= A B, a blocked factorization's trailing update) vs o -= a @ b. */
function updateCase(n, dt) {
  const { setup, inputs } = ops(n, dt);
  return {
    name: `gemmUpdate C-=AB ${dt} ${n}x${n}`,
    group: 'kernel',
    js: async (ctx) => {
      const { gemmUpdate } = await gemmModule();
      const { A, B, C } = inputs(ctx);
      const f32 = dt === 'f32';
      return () => gemmUpdate(f32, n, n, n, -1, A, B, C, 0, n);
    },
    py: { setup, op: 'np.subtract(o, np.matmul(a, b), out=o)' },
  };
}

/** np.matmul on n x n NDArrays. */
function matmulCase(n, dt) {
  const { Ctor, npdt } = ops(n, dt);
  return {
    name: `np.matmul ${dt} ${n}x${n}`,
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(ctx.data(n * n, -1, 1, Ctor)).reshape(n, n);
      const b = np.asarray(ctx.data(n * n, -1, 1, Ctor, 1)).reshape(n, n);
      return () => np.matmul(a, b);
    },
    py: {
      setup: `a = data(${n * n}, -1, 1, ${npdt}).reshape(${n}, ${n}); b = data(${n * n}, -1, 1, ${npdt}, k=1).reshape(${n}, ${n})`,
      op: 'np.matmul(a, b)',
    },
  };
}

export const gemmCases = [
  ...[64, 256, 500, 1000].flatMap((n) => [gemmCase(n, 'f64'), gemmCase(n, 'f32')]),
  updateCase(500, 'f64'),
  ...[500, 1000].flatMap((n) => [matmulCase(n, 'f64'), matmulCase(n, 'f32')]),
];
