/**
 * Shared pieces of the np.linalg tests: the formula inputs of
 * scripts/fixtures/gen_linalg_basic.py rebuilt bit for bit, and tolerant comparison of a
 * result against NumPy's encoded one.
 */
import { NDArray } from '../../src/_core/ndarray.js';
import * as np from '../../src/index.js';
import { decode } from '../helpers.js';

export interface Spec {
  shape: number[];
  dtype: string;
  b?: number;
  shift?: number;
  view?: 'T' | 'rev' | 'step';
  zrow?: boolean;
}

const A_MUL = 389;
const A2_MUL = 577;
const MOD = 1009;

/** The input array described by `spec` (see the generator's docstring). */
export function gen(spec: Spec): NDArray {
  const shape = spec.shape;
  const dt = np.dtype(spec.dtype);
  const size = shape.reduce((p, s) => p * s, 1);
  const b = spec.b ?? 0;
  const cplx = dt.kind === 'c';
  const L = cplx ? 2 : 1;
  const buf = new Float64Array(size * L);
  for (let k = 0; k < size; k++) {
    const r = (k * A_MUL + b) % MOD;
    let v: number;
    if (dt.kind === 'i' || dt.kind === 'u') v = r - Math.floor(MOD / 2);
    else if (dt.kind === 'b') v = r % 3 !== 0 ? 1 : 0;
    else v = r / MOD - 0.5;
    buf[k * L] = v;
    if (cplx) buf[k * L + 1] = ((k * A2_MUL + b + 7) % MOD) / MOD - 0.5;
  }
  const nd = shape.length;
  if (nd >= 2) {
    const rows = shape[nd - 2];
    const cols = shape[nd - 1];
    const mat = rows * cols;
    for (let m0 = 0; m0 < size; m0 += mat) {
      if (spec.shift) {
        for (let i = 0; i < Math.min(rows, cols); i++) {
          const p = (m0 + i * cols + i) * L;
          buf[p] = dt.kind === 'b' ? 1 : buf[p] + spec.shift;
        }
      }
      if (spec.zrow) buf.fill(0, (m0 + (rows - 1) * cols) * L, (m0 + mat) * L);
    }
  }
  const base = new NDArray(buf.buffer, cplx ? np.complex128 : np.float64, shape);
  let x = base.astype(dt);
  if (spec.view === 'T') x = np.swapaxes(x, -1, -2);
  else if (spec.view === 'rev') x = x.get('...', '::-1');
  else if (spec.view === 'step') x = x.get('...', '::2');
  return x;
}

export interface Expect {
  kind: 'array' | 'scalar' | 'tuple';
  dtype?: string | null;
  shape?: number[];
  data?: unknown[];
  value?: unknown;
  items?: Expect[];
  names?: string[];
}

function mag(v: any): number {
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Math.abs(Number(v));
  return Math.hypot(v.re, v.im);
}

function close(g: any, e: any, tol: number, exact: boolean): boolean {
  if (exact) {
    if (typeof e === 'object' && e !== null) return g.re === e.re && g.im === e.im;
    if (typeof g === 'bigint') return g === BigInt(e);
    return g === e;
  }
  const parts = (v: any): [number, number] =>
    typeof v === 'object' && v !== null ? [v.re, v.im] : [Number(v), 0];
  const [gr, gi] = parts(g);
  const [er, ei] = parts(e);
  const one = (x: number, y: number) =>
    (Number.isNaN(x) && Number.isNaN(y)) || x === y || Math.abs(x - y) <= tol;
  return one(gr, er) && one(gi, ei);
}

/**
 * Compare `got` with NumPy's `exp`: exact for bool/int, within tol * max|exp| for floats.
 * `axisGiven`: NumPy's scalar comes back as a 0-d array (API.md §3, a reduction given axis).
 */
export function compare(got: any, exp: Expect, tol: number, axisGiven = false): string | null {
  if (exp.kind === 'scalar' && axisGiven && got instanceof NDArray) {
    if (got.ndim !== 0) return `expected a 0-d array, got shape ${got.shape}`;
    if (got.dtype.name !== exp.dtype) return `dtype ${got.dtype.name} != ${exp.dtype}`;
    return compare(got.item(), exp, tol);
  }
  if (exp.kind === 'tuple') {
    if (!Array.isArray(got)) return `expected a tuple, got ${typeof got}`;
    if (got.length !== exp.items!.length) return `tuple length ${got.length}`;
    for (let i = 0; i < got.length; i++) {
      if (exp.names && (got as any)[exp.names[i]] !== got[i]) return `name ${exp.names[i]} missing`;
      const d = compare(got[i], exp.items![i], tol, axisGiven);
      if (d) return `[${i}] ${d}`;
    }
    return null;
  }
  let values: unknown[];
  let expVals: unknown[];
  let dtype: string | null | undefined;
  if (exp.kind === 'array') {
    if (!(got instanceof NDArray)) return `expected an array, got ${String(got)}`;
    if (got.dtype.name !== exp.dtype) return `dtype ${got.dtype.name} != ${exp.dtype}`;
    if (JSON.stringify(got.shape) !== JSON.stringify(exp.shape))
      return `shape ${JSON.stringify(got.shape)} != ${JSON.stringify(exp.shape)}`;
    values = (np.ravel(got) as NDArray).tolist({ bigint: true }) as unknown[];
    expVals = decode(exp.data) as unknown[];
    dtype = exp.dtype;
  } else {
    if (got instanceof NDArray) return `expected a scalar, got array ${got.shape}`;
    values = [got];
    expVals = [decode(exp.value)];
    dtype = exp.dtype;
  }
  const exact = dtype == null ? false : !/float|complex/.test(dtype);
  let scale = 0;
  for (const v of expVals) {
    const m = mag(v);
    if (Number.isFinite(m)) scale = Math.max(scale, m);
  }
  const abs = tol * Math.max(scale, 1e-300);
  for (let i = 0; i < values.length; i++) {
    if (!close(values[i], expVals[i], abs, exact)) {
      return `item ${i}: ${JSON.stringify(values[i])} != ${JSON.stringify(expVals[i])} (tol ${abs})`;
    }
  }
  return null;
}
