/**
 * Benchmark entries for numpy.linalg and einsum (issue 5): solve and inv 500x500, svd 200x200,
 * eigh 300x300 float64, the attention-score contraction einsum('bhid,bhjd->bhij') on
 * (4, 8, 64, 32) float32, and cholesky 300x300 (no issue target). Inputs are built identically
 * on both sides: solve/inv/cholesky get n on the diagonal (well conditioned), eigh and
 * cholesky a symmetrised matrix (a + a.T) / 2.
 */

/** n x n data in [-1, 1) (stream k), with n added on the diagonal when `diag`. */
function square(ctx, n, k, diag) {
  const a = ctx.data(n * n, -1, 1, Float64Array, k);
  if (diag) for (let i = 0; i < n; i++) a[i * n + i] += n;
  return a;
}

/** (a + a.T) / 2 of an n x n row-major matrix. */
function symmetric(a, n) {
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s[i * n + j] = (a[i * n + j] + a[j * n + i]) / 2;
  return s;
}

export const linalgCases = [
  {
    name: 'solve f64 500x500',
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(square(ctx, 500, 0, true)).reshape(500, 500);
      const b = np.asarray(ctx.data(500, -1, 1, Float64Array, 1));
      return () => np.linalg.solve(a, b);
    },
    py: {
      setup: 'a = data(250000).reshape(500, 500) + 500 * np.eye(500); b = data(500, k=1)',
      op: 'np.linalg.solve(a, b)',
    },
  },
  {
    name: 'inv f64 500x500',
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(square(ctx, 500, 0, true)).reshape(500, 500);
      return () => np.linalg.inv(a);
    },
    py: {
      setup: 'a = data(250000).reshape(500, 500) + 500 * np.eye(500)',
      op: 'np.linalg.inv(a)',
    },
  },
  {
    name: 'svd f64 200x200',
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(square(ctx, 200, 0, false)).reshape(200, 200);
      return () => np.linalg.svd(a);
    },
    py: { setup: 'a = data(40000).reshape(200, 200)', op: 'np.linalg.svd(a)' },
  },
  {
    name: 'eigh f64 300x300',
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(symmetric(square(ctx, 300, 0, false), 300)).reshape(300, 300);
      return () => np.linalg.eigh(a);
    },
    py: {
      setup: 'a = data(90000).reshape(300, 300); a = (a + a.T) / 2',
      op: 'np.linalg.eigh(a)',
    },
  },
  {
    name: 'cholesky f64 300x300',
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(symmetric(square(ctx, 300, 0, true), 300)).reshape(300, 300);
      return () => np.linalg.cholesky(a);
    },
    py: {
      setup: 'a = data(90000).reshape(300, 300) + 300 * np.eye(300); a = (a + a.T) / 2',
      op: 'np.linalg.cholesky(a)',
    },
  },
  {
    name: "einsum f32 'bhid,bhjd->bhij' (4,8,64,32)",
    group: 'linalg',
    js: async (ctx) => {
      const np = await ctx.np();
      const q = np.asarray(ctx.data(65536, -1, 1, Float32Array)).reshape(4, 8, 64, 32);
      const k = np.asarray(ctx.data(65536, -1, 1, Float32Array, 1)).reshape(4, 8, 64, 32);
      return () => np.einsum('bhid,bhjd->bhij', q, k);
    },
    py: {
      setup:
        'q = data(65536, -1, 1, np.float32).reshape(4, 8, 64, 32); k = data(65536, -1, 1, np.float32, k=1).reshape(4, 8, 64, 32)',
      op: "np.einsum('bhid,bhjd->bhij', q, k)",
    },
  },
];
