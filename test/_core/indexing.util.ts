/**
 * Shared by the indexing, flatiter and shape tests: rebuild a fixture's input
 * geometry and compare results with NumPy's description of them.
 */
import assert from 'node:assert/strict';
import * as np from '../../src/index.js';
import { decode } from '../helpers.js';

export interface Geometry {
  shape: number[];
  dtype: string;
  order: 'C' | 'F';
  pre: string | null;
  T: boolean;
}

export interface Described {
  dtype: string;
  shape: number[];
  strides: number[];
  values: unknown[];
  view: boolean;
}

export interface NumpyError {
  error: string;
  message: string;
}

/** Fixture JSON value → the JS value numtype takes for the same Python value. */
export function jsValue(v: unknown): any {
  const d = decode(v);
  const fix = (x: any): any => {
    if (Array.isArray(x)) return x.map(fix);
    if (x !== null && typeof x === 'object' && 're' in x && 'im' in x)
      return new np.Complex(x.re, x.im);
    return x;
  };
  return fix(d);
}

/** The owner of the data and the (possibly strided) array a case indexes. */
export function build(g: Geometry, data: unknown): { root: np.NDArray; a: np.NDArray } {
  const root = np.array(jsValue(data), { dtype: g.dtype as np.DTypeLike });
  let a = root.reshape(g.shape, { order: g.order });
  if (g.pre !== null) a = a.get(g.pre);
  if (g.T) a = a.T;
  return { root, a };
}

/** Elements in C order as comparable JS values (complex as {re, im}). */
export function flatValues(a: np.NDArray): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else out.push(v instanceof np.Complex ? { re: v.re, im: v.im } : v);
  };
  walk(a.tolist());
  return out;
}

export function expectedValues(v: unknown[]): unknown[] {
  return decode(v);
}

/** `r` against NumPy's description; strides only when NumPy's are meaningful (size > 0). */
export function checkDescribed(
  r: np.NDArray,
  exp: Described,
  root: np.NDArray,
  what: string,
): void {
  assert.equal(String(r.dtype), exp.dtype, `${what}: dtype`);
  assert.deepStrictEqual(r.shape, exp.shape, `${what}: shape`);
  if (r.size > 0) assert.deepStrictEqual(r.strides, exp.strides, `${what}: strides`);
  assert.deepStrictEqual(flatValues(r), expectedValues(exp.values), `${what}: values`);
  assert.equal(
    r.base === root,
    exp.view,
    `${what}: view of the input (${exp.view ? 'expected' : 'unexpected'})`,
  );
}

/** Run `fn` expecting NumPy's error class name and message. */
export function checkError(fn: () => unknown, exp: NumpyError, what: string): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof Error, `${what}: expected ${exp.error}: ${exp.message}, nothing thrown`);
  assert.equal(`${err.name}: ${err.message}`, `${exp.error}: ${exp.message}`, what);
}

/** A value spec from the fixtures: a Python value, an arange-based array, or a view of the target. */
export function makeValue(spec: any, a: np.NDArray): unknown {
  if ('py' in spec) return jsValue(spec.py);
  if ('self' in spec) return a.get(spec.self);
  const shape: number[] = spec.arange;
  const n = shape.reduce((x, y) => x * y, 1);
  const scale = spec.scale ?? 1;
  const vals = Array.from({ length: n }, (_, k) => k * scale - 1);
  return np.array(vals, { dtype: 'float64' }).astype(spec.dtype).reshape(shape);
}
