/**
 * The benchmark's operations. Each entry runs in numtype (Node) and in NumPy (python3) in the
 * same run; bench/run.mjs times them alternately and reports medians and numtype/NumPy ratios.
 *
 * An entry:
 *   name   unique label (shown in the table and the chart)
 *   group  'kernel' (typed arrays, src/_core/kernels) or e.g. 'ndarray' for NDArray-level ops
 *   js     (ctx) => op: builds inputs once and returns the zero-argument function to time.
 *          ctx.K is src/_core/kernels, ctx.np() the numtype package (`await`ed: import * as np),
 *          ctx.data(n, lo, hi, Ctor, k) deterministic inputs identical to the Python side's.
 *   py     { setup, op }: Python statements run once (NumPy imported as np, with the helper
 *          data(n, lo, hi, dtype, k) defined, identical to ctx.data) and the statement to time.
 *
 * To benchmark an NDArray-level operation, add an entry such as
 *   { name: 'a*2 f64 1e6 (NDArray)', group: 'ndarray',
 *     js: async (ctx) => { const np = await ctx.np(); const a = np.asarray(ctx.data(1e6, -1, 1)); return () => a.mul(2); },
 *     py: { setup: 'a = data(10**6, -1, 1)', op: 'a * 2' } }
 */

/** Deterministic data: lo + (hi - lo) * frac(i * phi_k). Same bits in NumPy (see PY_PRELUDE). */
export function data(n, lo = -1, hi = 1, Ctor = Float64Array, k = 0) {
  const phi = k === 0 ? 0.6180339887498949 : 0.7548776662466927;
  const out = new Ctor(n);
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * ((i * phi) % 1);
  return out;
}

export const PY_PRELUDE = `
def data(n, lo=-1.0, hi=1.0, dtype=np.float64, k=0):
    phi = 0.6180339887498949 if k == 0 else 0.7548776662466927
    return (lo + (hi - lo) * ((np.arange(n, dtype=np.float64) * phi) % 1.0)).astype(dtype)
`;

const M = 1_000_000;

function unaryCase(label, fn, dt, lo, hi) {
  const T = dt === 'f64' ? 'F64' : 'F32';
  const Ctor = dt === 'f64' ? Float64Array : Float32Array;
  const npdt = dt === 'f64' ? 'np.float64' : 'np.float32';
  return {
    name: `${label} ${dt} 1e6`,
    group: 'kernel',
    js: (ctx) => {
      const a = ctx.data(M, lo, hi, Ctor);
      const out = new Ctor(M);
      const k = ctx.K[`${fn}${T}`];
      return () => k(a, out);
    },
    py: {
      setup: `a = data(${M}, ${lo}, ${hi}, ${npdt}); o = np.empty_like(a)`,
      op: `np.${label}(a, out=o)`,
    },
  };
}

function arithCases(dt) {
  const T = dt === 'f64' ? 'F64' : 'F32';
  const Ctor = dt === 'f64' ? Float64Array : Float32Array;
  const npdt = dt === 'f64' ? 'np.float64' : 'np.float32';
  const setup = `a = data(${M}, -1, 1, ${npdt}); b = data(${M}, -1, 1, ${npdt}, 1); o = np.empty_like(a)`;
  return [
    {
      name: `a*2 ${dt} 1e6`,
      group: 'kernel',
      js: (ctx) => {
        const a = ctx.data(M, -1, 1, Ctor);
        const out = new Ctor(M);
        const k = ctx.K[`mul${T}AS`];
        return () => k(a, 2, out);
      },
      py: { setup, op: 'np.multiply(a, 2, out=o)' },
    },
    {
      name: `a+b ${dt} 1e6`,
      group: 'kernel',
      js: (ctx) => {
        const a = ctx.data(M, -1, 1, Ctor);
        const b = ctx.data(M, -1, 1, Ctor, 1);
        const out = new Ctor(M);
        const k = ctx.K[`add${T}`];
        return () => k(a, b, out);
      },
      py: { setup, op: 'np.add(a, b, out=o)' },
    },
    {
      name: `a*2 ${dt} 1e6 (new output)`,
      group: 'kernel',
      js: (ctx) => {
        const a = ctx.data(M, -1, 1, Ctor);
        const k = ctx.K[`mul${T}AS`];
        return () => k(a, 2, new Ctor(M));
      },
      py: { setup, op: 'a * 2' },
    },
    {
      name: `a+b ${dt} 1e6 (new output)`,
      group: 'kernel',
      js: (ctx) => {
        const a = ctx.data(M, -1, 1, Ctor);
        const b = ctx.data(M, -1, 1, Ctor, 1);
        const k = ctx.K[`add${T}`];
        return () => k(a, b, new Ctor(M));
      },
      py: { setup, op: 'a + b' },
    },
  ];
}

export const cases = [
  ...arithCases('f64'),
  ...arithCases('f32'),
  unaryCase('exp', 'exp', 'f64', -10, 10),
  unaryCase('exp', 'exp', 'f32', -10, 10),
  unaryCase('log', 'log', 'f64', 0.001, 1000),
  unaryCase('log', 'log', 'f32', 0.001, 1000),
  unaryCase('sin', 'sin', 'f64', -100, 100),
  unaryCase('sin', 'sin', 'f32', -100, 100),
  unaryCase('sqrt', 'sqrt', 'f64', 0, 1000),
  unaryCase('sqrt', 'sqrt', 'f32', 0, 1000),
  {
    name: 'sum f64 1e7',
    group: 'kernel',
    js: (ctx) => {
      const a = ctx.data(10 * M, -1, 1);
      return () => ctx.K.sumF64(a);
    },
    py: { setup: `a = data(${10 * M})`, op: 'np.sum(a)' },
  },
  {
    name: 'a+b int64 1e6',
    group: 'kernel',
    js: (ctx) => {
      const a = BigInt64Array.from(ctx.data(M, -1e12, 1e12), (x) => BigInt(Math.trunc(x)));
      const b = BigInt64Array.from(ctx.data(M, -1e12, 1e12, Float64Array, 1), (x) =>
        BigInt(Math.trunc(x)),
      );
      const out = new BigInt64Array(M);
      return () => ctx.K.addI64(a, b, out);
    },
    py: {
      setup: `a = data(${M}, -1e12, 1e12).astype(np.int64); b = data(${M}, -1e12, 1e12, k=1).astype(np.int64); o = np.empty_like(a)`,
      op: 'np.add(a, b, out=o)',
    },
  },
  {
    name: 'a+b f64 n=10 (per call)',
    group: 'kernel',
    js: (ctx) => {
      const a = ctx.data(10, -1, 1);
      const b = ctx.data(10, -1, 1, Float64Array, 1);
      const out = new Float64Array(10);
      return () => ctx.K.addF64(a, b, out);
    },
    py: {
      setup: 'a = data(10); b = data(10, k=1); o = np.empty_like(a)',
      op: 'np.add(a, b, out=o)',
    },
  },
  {
    name: 'a+b f64 n=10 (per call, new output)',
    group: 'kernel',
    js: (ctx) => {
      const a = ctx.data(10, -1, 1);
      const b = ctx.data(10, -1, 1, Float64Array, 1);
      return () => ctx.K.addF64(a, b, new Float64Array(10));
    },
    py: { setup: 'a = data(10); b = data(10, k=1)', op: 'a + b' },
  },
];
