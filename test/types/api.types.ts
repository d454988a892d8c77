/**
 * Compile-time tests of the public API's static types (issue 9). Nothing here runs: the
 * functions are never called (node --test loads this file and finds no tests); `tsc`
 * (`npm run typecheck`, the first step of `npm test`) checks every `Expect<Equal<…>>`
 * and every `@ts-expect-error`, so a wrong or loosened type fails the build.
 *
 * Each assertion states the static type a user gets for an everyday call. Where NumPy's
 * result dtype depends on values (a JS number is int64 or float64 by value, API.md §11)
 * the type is the honest union or the general `NDArray`, and that is asserted too.
 */

import type { Complex, NDArray } from '../../src/index.js';
import * as np from '../../src/index.js';
import type { Equal, Expect, IsAny } from './assert.js';

type F32 = NDArray<'float32'>;
type F64 = NDArray<'float64'>;

/** Creation functions: the dtype argument (string, code or DType) types the result. */
export function creation(f32: F32, b: NDArray<'bool'>, c: NDArray<'complex128'>) {
  const z = np.zeros([2, 3], { dtype: 'float32' });
  const zDefault = np.zeros([2, 3]);
  const zPos = np.zeros(3, 'int32');
  const zDType = np.zeros(3, np.uint8);
  const zCode = np.zeros(3, { dtype: 'f4' });
  const zOrder = np.zeros(3, { dtype: '<i2' });
  const zCtor = np.zeros(3, { dtype: Float32Array });
  const o = np.ones([2], { dtype: 'complex64' });
  const oDefault = np.ones(2);
  const e = np.empty(2, { dtype: 'bool' });
  const fNum = np.full(3, 1.5);
  const fBool = np.full(3, true);
  const fComplex = np.full(3, new np.Complex(1, 2));
  const fOpt = np.full(3, 7, { dtype: 'int16' });
  const fPos = np.full(3, 7, 'uint32');
  const zl = np.zeros_like(f32);
  const zlOpt = np.zeros_like(f32, { dtype: 'int8' });
  const zlPos = np.zeros_like(f32, 'float64');
  const ol = np.ones_like(b);
  const el = np.empty_like(c);
  const fl = np.full_like(c, 2);
  const flOpt = np.full_like(f32, 2, { dtype: 'uint8' });
  const ar = np.arange(10);
  const arD = np.arange(0, 1, 0.1, { dtype: 'float32' });
  const ls = np.linspace(0, 1, 5);
  const lsD = np.linspace(0, 1, { num: 5, dtype: 'float32' });
  const lsStep = np.linspace(0, 1, { num: 5, retstep: true });
  const ey = np.eye(3);
  const eyD = np.eye(3, { dtype: 'int32' });
  const eyK = np.eye(3, 4, 1, 'bool');
  const id = np.identity(3);
  const idD = np.identity(3, 'float32');
  const dt = np.dtype('f8');
  const dtS = np.dtype('U10');
  type _ = [
    Expect<Equal<typeof z, F32>>,
    Expect<Equal<typeof zDefault, F64>>,
    Expect<Equal<typeof zPos, NDArray<'int32'>>>,
    Expect<Equal<typeof zDType, NDArray<'uint8'>>>,
    Expect<Equal<typeof zCode, F32>>,
    Expect<Equal<typeof zOrder, NDArray<'int16'>>>,
    Expect<Equal<typeof zCtor, F32>>,
    Expect<Equal<typeof o, NDArray<'complex64'>>>,
    Expect<Equal<typeof oDefault, F64>>,
    Expect<Equal<typeof e, NDArray<'bool'>>>,
    // A JS number fill is int64 or float64 by its value (API.md §11).
    Expect<Equal<typeof fNum, NDArray<'int64' | 'float64'>>>,
    Expect<Equal<typeof fBool, NDArray<'bool'>>>,
    Expect<Equal<typeof fComplex, NDArray<'complex128'>>>,
    Expect<Equal<typeof fOpt, NDArray<'int16'>>>,
    Expect<Equal<typeof fPos, NDArray<'uint32'>>>,
    Expect<Equal<typeof zl, F32>>,
    Expect<Equal<typeof zlOpt, NDArray<'int8'>>>,
    Expect<Equal<typeof zlPos, F64>>,
    Expect<Equal<typeof ol, NDArray<'bool'>>>,
    Expect<Equal<typeof el, NDArray<'complex128'>>>,
    Expect<Equal<typeof fl, NDArray<'complex128'>>>,
    Expect<Equal<typeof flOpt, NDArray<'uint8'>>>,
    Expect<Equal<typeof ar, NDArray<'int64' | 'float64'>>>,
    Expect<Equal<typeof arD, F32>>,
    Expect<Equal<typeof ls, F64>>,
    Expect<Equal<typeof lsD, F32>>,
    Expect<Equal<typeof lsStep, [F64, number]>>,
    Expect<Equal<typeof ey, F64>>,
    Expect<Equal<typeof eyD, NDArray<'int32'>>>,
    Expect<Equal<typeof eyK, NDArray<'bool'>>>,
    Expect<Equal<typeof id, F64>>,
    Expect<Equal<typeof idD, F32>>,
    Expect<Equal<typeof dt, np.DType<'float64'>>>,
    Expect<Equal<typeof dtS, np.DType<'str'>>>,
  ];
}

/** np.array / np.asarray infer the key from nested JS values as NumPy infers the dtype. */
export function arrays(f32: F32, b: NDArray<'bool'>) {
  const nums = np.array([1, 2, 3]);
  const nested = np.array([
    [1, 2],
    [3, 4],
  ]);
  const bools = np.array([[true, false]]);
  const bigs = np.array([1n, 2n]);
  const complexes = np.array([new np.Complex(1, 2), 3]);
  const strs = np.array(['a', 'bc']);
  const empty = np.array([]);
  const withD = np.array([1, 2], { dtype: 'float32' });
  const withDType = np.array([1, 2], { dtype: np.int8 });
  const fromArr = np.array(f32);
  const fromTyped = np.array(new Float32Array(3));
  const fromInt32 = np.array(new Int32Array(3));
  const fromU8 = np.array(new Uint8Array(3));
  const fromBig = np.array(new BigInt64Array(3));
  const as1 = np.asarray(b);
  const as2 = np.asarray([1.5, 2], { dtype: 'complex64' });
  const scalar = np.float32(0.5);
  type _ = [
    Expect<Equal<typeof nums, NDArray<'int64' | 'float64'>>>,
    Expect<Equal<typeof nested, NDArray<'int64' | 'float64'>>>,
    Expect<Equal<typeof bools, NDArray<'bool'>>>,
    Expect<Equal<typeof bigs, NDArray<'int64' | 'uint64'>>>,
    Expect<Equal<typeof complexes, NDArray<'complex128'>>>,
    Expect<Equal<typeof strs, NDArray<'str'>>>,
    Expect<Equal<typeof empty, F64>>,
    Expect<Equal<typeof withD, F32>>,
    Expect<Equal<typeof withDType, NDArray<'int8'>>>,
    Expect<Equal<typeof fromArr, F32>>,
    Expect<Equal<typeof fromTyped, F32>>,
    Expect<Equal<typeof fromInt32, NDArray<'int32'>>>,
    Expect<Equal<typeof fromU8, NDArray<'uint8'>>>,
    Expect<Equal<typeof fromBig, NDArray<'int64'>>>,
    Expect<Equal<typeof as1, NDArray<'bool'>>>,
    Expect<Equal<typeof as2, NDArray<'complex64'>>>,
    Expect<Equal<typeof scalar, F32>>,
  ];
}

/** Values out (API.md §3): at/item/tolist per dtype; views and shape methods keep K. */
export function valuesAndViews(
  f32: F32,
  b: NDArray<'bool'>,
  c: NDArray<'complex64'>,
  i64: NDArray<'int64'>,
  s: NDArray<'str'>,
) {
  const atF = f32.at(0, 1);
  const atB = b.at(0);
  const atC = c.at(0);
  const atI = i64.at(0);
  const atS = s.at(0);
  const itF = f32.item();
  const itB = b.item(0);
  const tlF = f32.tolist();
  const tlBig = i64.tolist({ bigint: true });
  const t = f32.T;
  const mt = f32.mT;
  const r1 = f32.reshape(2, 3);
  const r2 = f32.reshape([2, 3], { order: 'F' });
  const g = f32.get(0, '1:');
  const g2 = f32.get([0, 1]);
  const cp = f32.copy();
  const fl = f32.flatten();
  const rv = f32.ravel();
  const tr = f32.transpose(1, 0);
  const sq = f32.squeeze();
  const ex = f32.expand_dims(0);
  const sw = f32.swapaxes(0, 1);
  const npR = np.reshape(f32, [3, 2]);
  const npT = np.transpose(b);
  const npRv = np.ravel(c);
  const ast = f32.astype('int16');
  const astD = f32.astype(np.complex64);
  const astC = f32.astype('c16', { casting: 'same_kind', copy: false });
  const vw = f32.view('int32');
  const vwSame = f32.view();
  const re = c.real;
  const im = f32.imag;
  const rows: F32[] = [...f32];
  type _ = [
    Expect<Equal<typeof atF, number>>,
    Expect<Equal<typeof atB, boolean>>,
    Expect<Equal<typeof atC, Complex>>,
    // int64 reads as a number (a RangeError beyond 2^53 names atBig / tolist({bigint})).
    Expect<Equal<typeof atI, number>>,
    Expect<Equal<typeof atS, string>>,
    Expect<Equal<typeof itF, number>>,
    Expect<Equal<typeof itB, boolean>>,
    Expect<Equal<typeof tlF, np.NestedList<number>>>,
    Expect<Equal<typeof tlBig, np.NestedList<number | bigint>>>,
    Expect<Equal<typeof t, F32>>,
    Expect<Equal<typeof mt, F32>>,
    Expect<Equal<typeof r1, F32>>,
    Expect<Equal<typeof r2, F32>>,
    Expect<Equal<typeof g, F32>>,
    Expect<Equal<typeof g2, F32>>,
    Expect<Equal<typeof cp, F32>>,
    Expect<Equal<typeof fl, F32>>,
    Expect<Equal<typeof rv, F32>>,
    Expect<Equal<typeof tr, F32>>,
    Expect<Equal<typeof sq, F32>>,
    Expect<Equal<typeof ex, F32>>,
    Expect<Equal<typeof sw, F32>>,
    Expect<Equal<typeof npR, F32>>,
    Expect<Equal<typeof npT, NDArray<'bool'>>>,
    Expect<Equal<typeof npRv, NDArray<'complex64'>>>,
    Expect<Equal<typeof ast, NDArray<'int16'>>>,
    Expect<Equal<typeof astD, NDArray<'complex64'>>>,
    Expect<Equal<typeof astC, NDArray<'complex128'>>>,
    Expect<Equal<typeof vw, NDArray<'int32'>>>,
    Expect<Equal<typeof vwSame, F32>>,
    Expect<Equal<typeof re, F32>>,
    Expect<Equal<typeof im, F32>>,
  ];
  return rows;
}

/** Ufuncs and operator methods. */
export function ufuncs(f32: F32, f64: F64, i8: NDArray<'int8'>, b: NDArray<'bool'>, any_: NDArray) {
  const cmp = f32.lt(0);
  const eq = np.equal(f32, i8);
  const less = np.less([1, 2], 3);
  const lessJs = np.less(1, 2);
  const nan = np.isnan(f32);
  const land = np.logical_and(b, true);
  const addSame = np.add(f32, f32);
  const addNum = np.add(f32, 2.5);
  const addNumL = np.add(2, f64);
  const addMixed = np.add(f32, f64);
  const addInt = np.add(i8, 1);
  const addJs = np.add(1, 2);
  const addBool = np.add(b, b);
  const subBool = np.subtract(b, b);
  const mulM = f32.mul(f32);
  const subM = f32.sub(1);
  const divInt = np.divide(i8, i8);
  const divF = f32.div(2);
  const powF = f32.pow(2);
  const neg = np.negative(i8);
  const negM = i8.neg();
  const absC = np.absolute(np.zeros(2, { dtype: 'complex64' }));
  const absM = f32.abs();
  const sqrtF = np.sqrt(f32);
  const sqrtI = np.sqrt(i8);
  const sqrtJs = np.sqrt(32);
  const floorI = np.floor(i8);
  const rintI = np.rint(i8);
  const expC = np.exp(new np.Complex(0, 1));
  const out = np.add(f32, 1, { out: f64 });
  const outPos = np.multiply(f32, f32, f64);
  const red = np.add.reduce(f32);
  type _ = [
    Expect<Equal<typeof cmp, NDArray<'bool'>>>,
    Expect<Equal<typeof eq, NDArray<'bool'>>>,
    Expect<Equal<typeof less, NDArray<'bool'>>>,
    Expect<Equal<typeof lessJs, boolean>>,
    Expect<Equal<typeof nan, NDArray<'bool'>>>,
    Expect<Equal<typeof land, NDArray<'bool'>>>,
    Expect<Equal<typeof addSame, F32>>,
    // NEP 50: a JS number is weak, so a float array keeps its dtype.
    Expect<Equal<typeof addNum, F32>>,
    Expect<Equal<typeof addNumL, F64>>,
    // Mixed dtypes promote through NumPy's tables: the general NDArray.
    Expect<Equal<typeof addMixed, NDArray>>,
    // int8 + 1 is int8 but int8 + 1.5 is float64: depends on the value.
    Expect<Equal<typeof addInt, NDArray>>,
    Expect<Equal<typeof addJs, number>>,
    Expect<Equal<typeof addBool, NDArray<'bool'>>>,
    Expect<Equal<typeof subBool, NDArray>>,
    Expect<Equal<typeof mulM, F32>>,
    Expect<Equal<typeof subM, F32>>,
    Expect<Equal<typeof divInt, NDArray>>,
    Expect<Equal<typeof divF, F32>>,
    Expect<Equal<typeof powF, F32>>,
    Expect<Equal<typeof neg, NDArray<'int8'>>>,
    Expect<Equal<typeof negM, NDArray<'int8'>>>,
    Expect<Equal<typeof absC, F32>>,
    Expect<Equal<typeof absM, F32>>,
    Expect<Equal<typeof sqrtF, F32>>,
    Expect<Equal<typeof sqrtI, NDArray>>,
    Expect<Equal<typeof sqrtJs, number>>,
    Expect<Equal<typeof floorI, NDArray<'int8'>>>,
    // rint of an integer array is a float sized by the integer: general.
    Expect<Equal<typeof rintI, NDArray>>,
    Expect<Equal<typeof expC, Complex>>,
    Expect<Equal<typeof out, F64>>,
    Expect<Equal<typeof outPos, F64>>,
    // Ufunc methods other than the call stay untyped.
    Expect<IsAny<typeof red>>,
  ];
  return any_;
}

/** Reductions: a JS value without axis/keepdims/out, an NDArray with them (API.md §3). */
export function reductions(
  f32: F32,
  i8: NDArray<'int8'>,
  u8: NDArray<'uint8'>,
  c: NDArray<'complex64'>,
  b: NDArray<'bool'>,
  out: F64,
  gen: NDArray,
) {
  const s = f32.sum();
  const sAxis = f32.sum(0);
  const sOpt = f32.sum({ axis: 0 });
  const sKeep = f32.sum({ keepdims: true });
  const sNull = f32.sum({ axis: null });
  const sOut = f32.sum({ axis: 0, out });
  const sD = f32.sum({ dtype: 'float64' });
  const sAxisD = f32.sum(0, 'int32');
  const sInt = i8.sum();
  const sIntAxis = i8.sum(1);
  const sU = np.sum(u8, { axis: 0 });
  const sC = c.sum();
  const sBool = np.sum(b);
  const sList = np.sum([1, 2, 3]);
  const p = np.prod(f32, 0);
  const mx = f32.max();
  const mxAxis = np.max(i8, { axis: 0, keepdims: true });
  const mn = np.min(b);
  const mean = i8.mean();
  const meanF = f32.mean({ axis: 1 });
  const meanC = np.mean(c);
  const v = c.var();
  const sd = np.std(f32, { axis: 0, ddof: 1 });
  const all = b.all();
  const anyA = np.any(f32, { axis: 0 });
  const am = f32.argmax();
  const amAxis = np.argmax(f32, { axis: 0 });
  const amPos = f32.argmin(0);
  const keepUnknown = f32.sum({ keepdims: Math.random() > 0.5 });
  const untyped = gen.max();
  const untypedAxis = gen.max(0);
  const cs = i8.cumsum();
  const csD = f32.cumsum(0, 'float64');
  const csOut = f32.cumprod({ axis: 0, out });
  type _ = [
    Expect<Equal<typeof s, number>>,
    Expect<Equal<typeof sAxis, F32>>,
    Expect<Equal<typeof sOpt, F32>>,
    Expect<Equal<typeof sKeep, F32>>,
    Expect<Equal<typeof sNull, number>>,
    Expect<Equal<typeof sOut, F64>>,
    Expect<Equal<typeof sD, number>>,
    Expect<Equal<typeof sAxisD, NDArray<'int32'>>>,
    // NumPy sums small integers in int64 / uint64.
    Expect<Equal<typeof sInt, number>>,
    Expect<Equal<typeof sIntAxis, NDArray<'int64'>>>,
    Expect<Equal<typeof sU, NDArray<'uint64'>>>,
    Expect<Equal<typeof sC, Complex>>,
    Expect<Equal<typeof sBool, number>>,
    Expect<Equal<typeof sList, number>>,
    Expect<Equal<typeof p, F32>>,
    Expect<Equal<typeof mx, number>>,
    Expect<Equal<typeof mxAxis, NDArray<'int8'>>>,
    Expect<Equal<typeof mn, boolean>>,
    Expect<Equal<typeof mean, number>>,
    Expect<Equal<typeof meanF, F32>>,
    Expect<Equal<typeof meanC, Complex>>,
    Expect<Equal<typeof v, number>>,
    Expect<Equal<typeof sd, F32>>,
    Expect<Equal<typeof all, boolean>>,
    Expect<Equal<typeof anyA, NDArray<'bool'>>>,
    Expect<Equal<typeof am, number>>,
    Expect<Equal<typeof amAxis, NDArray<'int64'>>>,
    Expect<Equal<typeof amPos, NDArray<'int64'>>>,
    // keepdims only known at run time: either.
    Expect<Equal<typeof keepUnknown, number | F32>>,
    // An array whose dtype is not known statically gives `any` values (NumPy's stubs: Any).
    Expect<IsAny<typeof untyped>>,
    Expect<Equal<typeof untypedAxis, NDArray>>,
    Expect<Equal<typeof cs, NDArray<'int64'>>>,
    Expect<Equal<typeof csD, F64>>,
    Expect<Equal<typeof csOut, F64>>,
  ];
}

/** np.linalg: named results and result dtypes from the input dtype. */
export function linalg(f32: F32, i8: NDArray<'int8'>, c: NDArray<'complex128'>, any_: NDArray) {
  const eh = np.linalg.eigh(f32);
  const ehC = np.linalg.eigh(c, 'U');
  const evs = np.linalg.eigvalsh(i8);
  const sv = np.linalg.svd(f32);
  const svC = np.linalg.svd(c, { full_matrices: false });
  const svS = np.linalg.svd(i8, { compute_uv: false });
  const detJs = np.linalg.det([
    [1, 2],
    [3, 4],
  ]);
  const detArr = np.linalg.det(f32);
  const inv = np.linalg.inv(i8);
  const sol = np.linalg.solve(f32, f32);
  const [U, S, Vh] = sv;
  type _ = [
    Expect<Equal<typeof eh.eigenvalues, F32>>,
    Expect<Equal<typeof eh.eigenvectors, F32>>,
    Expect<Equal<typeof ehC.eigenvalues, F64>>,
    Expect<Equal<typeof ehC.eigenvectors, NDArray<'complex128'>>>,
    Expect<Equal<typeof evs, F64>>,
    Expect<Equal<typeof sv.S, F32>>,
    Expect<Equal<typeof U, F32>>,
    Expect<Equal<typeof S, F32>>,
    Expect<Equal<typeof Vh, F32>>,
    Expect<Equal<typeof svC.U, NDArray<'complex128'>>>,
    Expect<Equal<typeof svC.S, F64>>,
    Expect<Equal<typeof svS, F64>>,
    // A matrix of JS lists has one determinant; an NDArray may be a stack.
    Expect<Equal<typeof detJs, number>>,
    Expect<Equal<typeof detArr, number | F32>>,
    Expect<Equal<typeof inv, F64>>,
    Expect<Equal<typeof sol, F32>>,
  ];
  return any_;
}

/** Joining and selecting: arrays of one key keep it; mixed keys promote (general). */
export function joining(f32: F32, f64: F64, b: NDArray<'bool'>) {
  const cat = np.concatenate([f32, f32]);
  const catAxis = np.concatenate([f32, f32], { axis: null });
  const catMixed = np.concatenate([f32, f64]);
  const st = np.stack([b, b], 1);
  const vs = np.vstack([f64, f64]);
  const hs = np.hstack([f32, f32]);
  const wIdx = np.where(b);
  const wSame = np.where(b, f32, f32);
  const wMixed = np.where(b, f32, 0);
  const nz = f32.nonzero();
  type _ = [
    Expect<Equal<typeof cat, F32>>,
    Expect<Equal<typeof catAxis, F32>>,
    Expect<Equal<typeof catMixed, NDArray>>,
    Expect<Equal<typeof st, NDArray<'bool'>>>,
    Expect<Equal<typeof vs, F64>>,
    Expect<Equal<typeof hs, F32>>,
    Expect<Equal<typeof wIdx, NDArray<'int64'>[]>>,
    Expect<Equal<typeof wSame, F32>>,
    Expect<Equal<typeof wMixed, NDArray>>,
    Expect<Equal<typeof nz, NDArray<'int64'>[]>>,
  ];
}

/** Calls that must not compile: misspelled options, unknown dtypes, wrong value types. */
export function rejected(f32: F32) {
  // @ts-expect-error misspelled option name
  np.zeros(3, { dtyp: 'float32' });
  // @ts-expect-error misspelled dtype
  np.zeros(3, { dtype: 'flaot32' });
  // @ts-expect-error misspelled dtype, positional
  np.ones(3, 'float23');
  // @ts-expect-error misspelled dtype in np.array
  np.array([1, 2], { dtype: 'int33' });
  // @ts-expect-error misspelled dtype in np.dtype
  np.dtype('complex100');
  // @ts-expect-error misspelled dtype in astype
  f32.astype('uint7');
  // @ts-expect-error misspelled dtype in view
  f32.view('i3');
  // @ts-expect-error unknown option of np.array
  np.array([1], { dtpye: 'float32' });
  // @ts-expect-error unknown option of np.linspace
  np.linspace(0, 1, { nun: 5 });
  // @ts-expect-error unknown option of np.eye
  np.eye(3, { dtype: 'float32', kk: 1 });
  // @ts-expect-error unknown option of np.full_like
  np.full_like(f32, 1, { dtyp: 'int8' });
  // @ts-expect-error unknown option of a reduction method
  f32.sum({ axsi: 0 });
  // @ts-expect-error unknown option of np.mean
  np.mean(f32, { keepdim: true });
  // @ts-expect-error misspelled dtype in a reduction
  np.mean(f32, { dtype: 'float46' });
  // @ts-expect-error unknown option of argmax
  f32.argmax({ axes: 0 });
  // @ts-expect-error unknown option of np.arange
  np.arange(0, 5, { dtpe: 'int8' });
  // @ts-expect-error unknown option of np.zeros_like
  np.zeros_like(f32, { ordr: 'C' });
  // @ts-expect-error unknown option of cumsum
  f32.cumsum({ axis: 0, keepdims: true });
  // @ts-expect-error var takes ddof, not dof
  f32.var({ dof: 1 });
  // @ts-expect-error unknown option of np.concatenate
  np.concatenate([f32, f32], { axes: 0 });
  // @ts-expect-error unknown option of astype
  f32.astype('int8', { castng: 'unsafe' });
  // @ts-expect-error bad casting mode
  f32.astype('int8', { casting: 'sometimes' });
  // @ts-expect-error unknown option of a ufunc
  np.add(f32, 1, { wehre: true });
  // @ts-expect-error unknown option of eigvalsh
  np.linalg.eigvalsh(f32, { uplo: 'L' });
  // @ts-expect-error a bool array reads booleans, not numbers
  const n: number = np.zeros(2, { dtype: 'bool' }).at(0);
  // @ts-expect-error a comparison is a bool array
  const f: F32 = f32.lt(1);
  return [n, f];
}
