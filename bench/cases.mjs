/**
 * The benchmark's operations. Each entry runs in numtype (Node) and in NumPy (python3) in the
 * same run; bench/run.mjs times them alternately and reports medians and numtype/NumPy ratios.
 *
 * An entry:
 *   name   unique label (shown in the table and the chart)
 *   group  'kernel' (typed arrays, src/_core/kernels) or e.g. 'ndarray' for NDArray-level ops
 *   js     (ctx) => op: builds inputs once and returns the zero-argument function to time.
 *          ctx.K is src/_core/kernels, ctx.E the exact exp/log/sin/cos kernels, ctx.np() the numtype package (`await`ed: import * as np),
 *          ctx.data(n, lo, hi, Ctor, k) deterministic inputs identical to the Python side's.
 *   py     { setup, op }: Python statements run once (NumPy imported as np, with the helper
 *          data(n, lo, hi, dtype, k) defined, identical to ctx.data) and the statement to time.
 *
 * To benchmark an NDArray-level operation, add an entry such as
 *   { name: 'a*2 f64 1e6 (NDArray)', group: 'ndarray',
 *     js: async (ctx) => { const np = await ctx.np(); const a = np.asarray(ctx.data(1e6, -1, 1)); return () => a.mul(2); },
 *     py: { setup: 'a = data(10**6, -1, 1)', op: 'a * 2' } }
 */

import { productsCases } from './products.mjs';
import { randomCases } from './random.mjs';
import { breadthCases } from './breadth_cases.mjs';
import { manipulationCases } from './manipulation.mjs';
import { fftCases } from './fft_cases.mjs';
import { gemmCases } from './gemm_cases.mjs';
import { npyioCases } from './npyio_cases.mjs';
import { linalgCases } from './linalg_cases.mjs';

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
      // exp/log/sin: the exact kernels np.exp etc. use (ctx.E); sqrt: the arithmetic kernel.
      const k = ctx.E[`${fn}${T}`] ?? ctx.K[`${fn}${T}`];
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

/** NDArray-level operations of the compute-engine issue (numtype's public API vs NumPy). */
function ndarrayCases() {
  const nd = (name, build, op, pySetup, pyOp) => ({
    name: `${name} (NDArray)`,
    group: 'ndarray',
    js: async (ctx) => {
      const np = await ctx.np();
      const env = build(np, ctx);
      return () => op(np, env);
    },
    py: { setup: pySetup, op: pyOp },
  });
  const vec = (np, ctx, dt) => np.asarray(ctx.data(M, -1, 1, dt === 'f32' ? Float32Array : Float64Array));
  const out = [];
  for (const dt of ['f64', 'f32']) {
    const pyDt = dt === 'f32' ? 'np.float32' : 'np.float64';
    const setup = `a = data(10**6, -1, 1, ${pyDt}); b = data(10**6, -1, 1, ${pyDt}, k=1)`;
    out.push(
      nd(`a*2 ${dt}`, (np, ctx) => ({ a: vec(np, ctx, dt) }), (_np, e) => e.a.mul(2), setup, 'a * 2'),
      nd(`a+b ${dt}`, (np, ctx) => ({ a: vec(np, ctx, dt), b: np.asarray(ctx.data(M, -1, 1, dt === 'f32' ? Float32Array : Float64Array, 1)) }), (_np, e) => e.a.add(e.b), setup, 'a + b'),
      nd(`exp ${dt}`, (np, ctx) => ({ a: vec(np, ctx, dt) }), (np, e) => np.exp(e.a), setup, 'np.exp(a)'),
      nd(`log ${dt}`, (np, ctx) => ({ a: np.abs(vec(np, ctx, dt)) }), (np, e) => np.log(e.a), `${setup}; a = np.abs(a)`, 'np.log(a)'),
      nd(`sin ${dt}`, (np, ctx) => ({ a: vec(np, ctx, dt) }), (np, e) => np.sin(e.a), setup, 'np.sin(a)'),
      nd(`sqrt ${dt}`, (np, ctx) => ({ a: np.abs(vec(np, ctx, dt)) }), (np, e) => np.sqrt(e.a), `${setup}; a = np.abs(a)`, 'np.sqrt(a)'),
    );
  }
  // complex128: z = a + 1j·b with the two data sequences as parts.
  const cplx = (np, ctx) => {
    const z = np.empty(M, { dtype: 'complex128' });
    z.real.set('...', np.asarray(ctx.data(M, -1, 1)));
    z.imag.set('...', np.asarray(ctx.data(M, -1, 1, Float64Array, 1)));
    return { z };
  };
  const zSetup = 'z = data(10**6, -1, 1) + 1j * data(10**6, -1, 1, k=1)';
  out.push(
    nd('z*z c128 1e6', cplx, (np, e) => np.multiply(e.z, e.z), zSetup, 'z * z'),
    nd('z+z c128 1e6', cplx, (np, e) => np.add(e.z, e.z), zSetup, 'z + z'),
    nd('z/z c128 1e6', cplx, (np, e) => np.divide(e.z, e.z), zSetup, 'z / z'),
    nd('abs c128 1e6', cplx, (np, e) => np.abs(e.z), zSetup, 'np.abs(z)'),
    nd('exp c128 1e6', cplx, (np, e) => np.exp(e.z), zSetup, 'np.exp(z)'),
  );
  const mSetup = 'm = data(10**6, -1, 1).reshape(1000, 1000); v = data(1000, -1, 1, k=2)';
  const mat = (np, ctx) => ({ m: np.asarray(ctx.data(M, -1, 1)).reshape(1000, 1000), v: np.asarray(ctx.data(1000, -1, 1, Float64Array, 2)) });
  out.push(
    nd('sum f64 1e7', (np, ctx) => ({ a: np.asarray(ctx.data(10 * M, -1, 1)) }), (np, e) => np.sum(e.a), 'a = data(10**7, -1, 1)', 'np.sum(a)'),
    nd('sum axis0 1000x1000', mat, (np, e) => np.sum(e.m, { axis: 0 }), mSetup, 'np.sum(m, axis=0)'),
    nd('sum axis1 1000x1000', mat, (np, e) => np.sum(e.m, { axis: 1 }), mSetup, 'np.sum(m, axis=1)'),
    nd('mean 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.mean(e.a), 'a = data(10**6, -1, 1)', 'np.mean(a)'),
    nd('std 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.std(e.a), 'a = data(10**6, -1, 1)', 'np.std(a)'),
    nd('max 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.max(e.a), 'a = data(10**6, -1, 1)', 'np.max(a)'),
    nd('max axis1 1000x1000', mat, (np, e) => np.max(e.m, { axis: 1 }), mSetup, 'np.max(m, axis=1)'),
    nd('max 10 elements (per call)', (np, ctx) => ({ a: np.asarray(ctx.data(10, -1, 1)) }), (_np, e) => e.a.max(), 'a = data(10, -1, 1)', 'a.max()'),
    // Everyday element-wise functions outside the list (measured since session 8).
    nd('argmax 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.argmax(e.a), 'a = data(10**6, -1, 1)', 'np.argmax(a)'),
    nd('clip(a, -0.5, 0.5) 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.clip(e.a, -0.5, 0.5), 'a = data(10**6, -1, 1)', 'np.clip(a, -0.5, 0.5)'),
    nd('maximum(a, b) 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64'), b: np.asarray(ctx.data(M, -1, 1, Float64Array, 1)) }), (np, e) => np.maximum(e.a, e.b), 'a = data(10**6, -1, 1); b = data(10**6, -1, 1, k=1)', 'np.maximum(a, b)'),
    nd('floor 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.floor(e.a), 'a = data(10**6, -1, 1)', 'np.floor(a)'),
    nd('isnan 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.isnan(e.a), 'a = data(10**6, -1, 1)', 'np.isnan(a)'),
    nd('astype float32 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (_np, e) => e.a.astype('float32'), 'a = data(10**6, -1, 1)', "a.astype('float32')"),
    // The C library's functions built on fused multiply-adds (the FMA module since session 9).
    nd('tanh f64 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.tanh(e.a), 'a = data(10**6, -1, 1)', 'np.tanh(a)'),
    nd('log1p f64 1e6', (np, ctx) => ({ a: np.abs(vec(np, ctx, 'f64')) }), (np, e) => np.log1p(e.a), 'a = np.abs(data(10**6, -1, 1))', 'np.log1p(a)'),
    nd('cosh f64 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.cosh(e.a), 'a = data(10**6, -1, 1)', 'np.cosh(a)'),
    nd('exp2 f64 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.exp2(e.a), 'a = data(10**6, -1, 1)', 'np.exp2(a)'),
    nd('expm1 f64 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.expm1(e.a), 'a = data(10**6, -1, 1)', 'np.expm1(a)'),
    nd('sinh f64 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.sinh(e.a), 'a = data(10**6, -1, 1)', 'np.sinh(a)'),
    nd('arctanh f64 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.arctanh(e.a), 'a = data(10**6, -1, 1)', 'np.arctanh(a)'),
    nd('log2 f64 1e6', (np, ctx) => ({ a: np.abs(vec(np, ctx, 'f64')) }), (np, e) => np.log2(e.a), 'a = np.abs(data(10**6, -1, 1))', 'np.log2(a)'),
    nd('log10 f64 1e6', (np, ctx) => ({ a: np.abs(vec(np, ctx, 'f64')) }), (np, e) => np.log10(e.a), 'a = np.abs(data(10**6, -1, 1))', 'np.log10(a)'),
    nd('power(a, 1.5) f64 1e6', (np, ctx) => ({ a: np.abs(vec(np, ctx, 'f64')) }), (np, e) => np.power(e.a, 1.5), 'a = np.abs(data(10**6, -1, 1))', 'np.power(a, 1.5)'),
    nd('arctan f64 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.arctan(e.a), 'a = data(10**6, -1, 1)', 'np.arctan(a)'),
    nd('astype int32 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (_np, e) => e.a.mul(1000).astype('int32'), 'a = data(10**6, -1, 1)', "(a * 1000).astype('int32')"),
    // Casts, rounding and creation outliers (helper 80): the cast alone, without the a * 1000.
    nd('astype int32 only 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1000, 1000)) }), (_np, e) => e.a.astype('int32'), 'a = data(10**6, -1000, 1000)', "a.astype('int32')"),
    nd('astype int16 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1000, 1000)) }), (_np, e) => e.a.astype('int16'), 'a = data(10**6, -1000, 1000)', "a.astype('int16')"),
    nd('astype uint8 f32 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, 0, 255, Float32Array)) }), (_np, e) => e.a.astype('uint8'), 'a = data(10**6, 0, 255, np.float32)', "a.astype('uint8')"),
    nd('astype uint32 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, 0, 1e6)) }), (_np, e) => e.a.astype('uint32'), 'a = data(10**6, 0, 1e6)', "a.astype('uint32')"),
    nd('astype int64 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1e6, 1e6)) }), (_np, e) => e.a.astype('int64'), 'a = data(10**6, -1e6, 1e6)', "a.astype('int64')"),
    nd('astype float64 of int32 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1e6, 1e6, Int32Array)) }), (_np, e) => e.a.astype('float64'), 'a = data(10**6, -1e6, 1e6, np.int32)', "a.astype('float64')"),
    nd('astype float64 of int64 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1e6, 1e6)).astype('int64') }), (_np, e) => e.a.astype('float64'), 'a = data(10**6, -1e6, 1e6).astype(np.int64)', "a.astype('float64')"),
    nd('round(a, 2) 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -100, 100)) }), (np, e) => np.round(e.a, 2), 'a = data(10**6, -100, 100)', 'np.round(a, 2)'),
    nd('arange 1e6', () => ({}), (np) => np.arange(M), '', 'np.arange(10**6)'),
    nd('arange float 1e6', () => ({}), (np) => np.arange(0, 100, 1e-4), '', 'np.arange(0, 100, 1e-4)'),
    nd('bincount 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, 0, 100)).astype('int64') }), (np, e) => np.bincount(e.a), 'a = data(10**6, 0, 100).astype(np.int64)', 'np.bincount(a)'),
    nd('bincount weights 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, 0, 100)).astype('int64'), w: np.asarray(ctx.data(M, -1, 1, Float64Array, 1)) }), (np, e) => np.bincount(e.a, { weights: e.w }), 'a = data(10**6, 0, 100).astype(np.int64); w = data(10**6, -1, 1, k=1)', 'np.bincount(a, weights=w)'),
    nd('nonzero(a > 0) 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.nonzero(e.a.gt(0)), 'a = data(10**6, -1, 1)', 'np.nonzero(a > 0)'),
    nd('linspace 1e6', () => ({}), (np) => np.linspace(0, 1, M), '', 'np.linspace(0, 1, 10**6)'),
    nd('broadcast (1000,1000)+(1000,)', mat, (_np, e) => e.m.add(e.v), mSetup, 'm + v'),
    nd('transposed a.T+b', mat, (_np, e) => e.m.T.add(e.m), mSetup, 'm.T + m'),
    nd('strided a[::2]*2', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (_np, e) => e.a.get('::2').mul(2), 'a = data(10**6, -1, 1)', 'a[::2] * 2'),
    nd('where(a>0, a, 0)', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.where(e.a.gt(0), e.a, 0), 'a = data(10**6, -1, 1)', 'np.where(a > 0, a, 0)'),
    nd('int64 add 1e6', (np) => ({ a: np.arange(M) }), (_np, e) => e.a.add(e.a), 'a = np.arange(10**6)', 'a + a'),
    // ≤32-bit integer loops (assembly/int_ops.ts) and bool reductions over an axis.
    nd('add int32 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1e6, 1e6, Int32Array)), b: np.asarray(ctx.data(M, -1e6, 1e6, Int32Array, 1)) }), (_np, e) => e.a.add(e.b), 'a = data(10**6, -1e6, 1e6, np.int32); b = data(10**6, -1e6, 1e6, np.int32, k=1)', 'a + b'),
    nd('clip int32 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1000, 1000, Int32Array)) }), (np, e) => np.clip(e.a, 0, 100), 'a = data(10**6, -1000, 1000, np.int32)', 'np.clip(a, 0, 100)'),
    nd('minimum int32 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1000, 1000, Int32Array)) }), (np, e) => np.minimum(e.a, 100), 'a = data(10**6, -1000, 1000, np.int32)', 'np.minimum(a, 100)'),
    nd('equal int32 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, 0, 10, Int32Array)), b: np.asarray(ctx.data(M, 0, 10, Int32Array, 1)) }), (np, e) => np.equal(e.a, e.b), 'a = data(10**6, 0, 10, np.int32); b = data(10**6, 0, 10, np.int32, k=1)', 'np.equal(a, b)'),
    nd('left_shift int32 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1e6, 1e6, Int32Array)) }), (np, e) => np.left_shift(e.a, 2), 'a = data(10**6, -1e6, 1e6, np.int32)', 'np.left_shift(a, 2)'),
    nd('bitwise_and int32 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1e6, 1e6, Int32Array)) }), (np, e) => np.bitwise_and(e.a, 255), 'a = data(10**6, -1e6, 1e6, np.int32)', 'np.bitwise_and(a, 255)'),
    nd('floor_divide int32 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1e6, 1e6, Int32Array)) }), (np, e) => np.floor_divide(e.a, 7), 'a = data(10**6, -1e6, 1e6, np.int32)', 'np.floor_divide(a, 7)'),
    nd('mod int32 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1e6, 1e6, Int32Array)) }), (np, e) => np.mod(e.a, 7), 'a = data(10**6, -1e6, 1e6, np.int32)', 'np.mod(a, 7)'),
    nd('multiply int64 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1e6, 1e6, Int32Array)).astype('int64') }), (np, e) => np.multiply(e.a, e.a), 'a = data(10**6, -1e6, 1e6, np.int32).astype(np.int64)', 'np.multiply(a, a)'),
    nd('sum int32 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, -1e6, 1e6, Int32Array)) }), (np, e) => np.sum(e.a), 'a = data(10**6, -1e6, 1e6, np.int32)', 'np.sum(a)'),
    nd('add uint8 1e6', (np, ctx) => ({ a: np.asarray(ctx.data(M, 0, 255, Uint8Array)), b: np.asarray(ctx.data(M, 0, 255, Uint8Array, 1)) }), (_np, e) => e.a.add(e.b), 'a = data(10**6, 0, 255, np.uint8); b = data(10**6, 0, 255, np.uint8, k=1)', 'a + b'),
    nd('all axis0 bool 1000x1000', (np, ctx) => ({ b: np.asarray(ctx.data(M, -1, 1)).reshape(1000, 1000).gt(-0.99) }), (np, e) => np.all(e.b, { axis: 0 }), 'b = data(10**6, -1, 1).reshape(1000, 1000) > -0.99', 'np.all(b, axis=0)'),
    nd('any axis1 bool 1000x1000', (np, ctx) => ({ b: np.asarray(ctx.data(M, -1, 1)).reshape(1000, 1000).gt(0.99) }), (np, e) => np.any(e.b, { axis: 1 }), 'b = data(10**6, -1, 1).reshape(1000, 1000) > 0.99', 'np.any(b, axis=1)'),
    nd('cumsum 1e6', (np, ctx) => ({ a: vec(np, ctx, 'f64') }), (np, e) => np.cumsum(e.a), 'a = data(10**6, -1, 1)', 'np.cumsum(a)'),
    nd('add 10 elements (per call)', (np, ctx) => ({ a: np.asarray(ctx.data(10, -1, 1)) }), (_np, e) => e.a.add(e.a), 'a = data(10, -1, 1)', 'a + a'),
    // Other everyday calls on small arrays: their fixed cost is what a ported loop pays.
    nd('np.zeros(10) (per call)', () => ({}), (np) => np.zeros(10), '', 'np.zeros(10)'),
    nd('copy 10 elements (per call)', (np, ctx) => ({ a: np.asarray(ctx.data(10, -1, 1)) }), (_np, e) => e.a.copy(), 'a = data(10, -1, 1)', 'a.copy()'),
    nd('a[idx] 10 elements (per call)', (np, ctx) => ({ a: np.asarray(ctx.data(10, -1, 1)), i: np.array([1, 3, 5]) }), (_np, e) => e.a.get(e.i), 'a = data(10, -1, 1); i = np.array([1, 3, 5])', 'a[i]'),
    nd('sum axis 0 of 10x10 (per call)', (np, ctx) => ({ m: np.asarray(ctx.data(100, -1, 1)).reshape(10, 10) }), (_np, e) => e.m.sum(0), 'm = data(100, -1, 1).reshape(10, 10)', 'm.sum(axis=0)'),
  );
  return out;
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
  ...ndarrayCases(),
  ...randomCases,
  ...productsCases,
  ...manipulationCases,
  ...breadthCases,
  ...fftCases,
  ...gemmCases,
  ...npyioCases,
  ...linalgCases,
];
