/**
 * Replaying NumPy calls recorded by scripts/fixtures/gen_creation.py: arguments back to
 * JS values, results compared exactly (dtype, shape, strides, every value bit for bit).
 */
import assert from 'node:assert/strict';
import * as np from '../../../src/index.js';
import { decode, throwsNumpy } from '../../helpers.js';

/** Encoded array: `{dtype, shape, data, strides?}`. */
export interface EncArray {
  dtype: string;
  shape: number[];
  data: unknown[] | null;
  strides?: number[];
}

/** One element of an encoded array as the JS value np.array takes. */
function element(v: unknown): unknown {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if ('bytes' in o) return new Uint8Array(o.bytes as number[]);
    if ('complex' in o) {
      const [re, im] = decode(o.complex) as [number, number];
      return new np.Complex(re, im);
    }
  }
  return decode(v);
}

/** A fresh array from its encoding. */
export function buildArray(enc: EncArray): np.NDArray {
  const dt = np.dtype(enc.dtype);
  if (dt.kind === 'S') {
    // Bytes elements: lay the zero-padded bytes out and view them (a Uint8Array in a list
    // would be a nested sequence of numbers to np.array).
    const bytes = new Uint8Array(enc.data!.length * dt.itemsize);
    enc.data!.forEach((x, i) => {
      bytes.set((x as { bytes: number[] }).bytes, i * dt.itemsize);
    });
    return np.frombuffer(bytes, dt).copy().reshape(enc.shape);
  }
  const flat = np.array(enc.data!.map(element), { dtype: enc.dtype });
  return flat.reshape(enc.shape);
}

/** An input array: encoded base plus view operations (slicing, transposes). */
export function buildInput(spec: { array: EncArray; ops: any[] }): np.NDArray {
  let a = buildArray(spec.array);
  for (const op of spec.ops) {
    if (op[0] === 'get') a = a.get(op[1]);
    else if (op[0] === 'T') a = a.T;
    else if (op[0] === 'transpose') a = a.transpose(op[1]);
  }
  return a;
}

/** A recorded argument back to the JS value that stands for the Python one. */
export function jsArg(v: any): any {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(jsArg);
  if ('float' in v) return decode(v);
  if ('bigint' in v) return BigInt(v.bigint);
  if ('complex' in v) return element(v);
  if ('array' in v) return buildInput(v);
  if ('scalar' in v) return np.dtype(v.scalar)(jsArg(v.v));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = jsArg(x);
  return out;
}

/** Whether two element values are the same (NaN equals NaN, -0 differs from 0). */
function sameElement(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'bigint') {
    return typeof expected === 'bigint'
      ? actual === expected
      : typeof expected === 'number' && actual === BigInt(expected);
  }
  if (typeof actual === 'number')
    return typeof expected === 'number' && Object.is(actual, expected);
  if (actual instanceof np.Complex) {
    const e = expected as { re: number; im: number };
    return (
      e !== null &&
      typeof e === 'object' &&
      Object.is(actual.re, e.re) &&
      Object.is(actual.im, e.im)
    );
  }
  if (actual instanceof Uint8Array) {
    const e = (expected as { bytes: number[] }).bytes;
    return Array.isArray(e) && e.length === actual.length && e.every((b, i) => b === actual[i]);
  }
  return actual === expected;
}

function flatten(v: unknown): unknown[] {
  return Array.isArray(v) ? v.flatMap(flatten) : [v];
}

/** Assert that `a` is the encoded array exactly; `ulps` allows float differences (libm). */
export function expectArray(a: unknown, exp: EncArray, what: string, ulps = 0): void {
  assert.ok(a instanceof np.NDArray, `${what}: expected an NDArray, got ${String(a)}`);
  assert.equal(String(a.dtype), exp.dtype, `${what}: dtype`);
  assert.deepStrictEqual(a.shape, exp.shape, `${what}: shape`);
  if (exp.strides) assert.deepStrictEqual(a.strides, exp.strides, `${what}: strides`);
  if (exp.data === null) return; // np.empty: NumPy's values are whatever memory held
  const got = a.ndim === 0 ? [a.tolist({ bigint: true })] : flatten(a.tolist({ bigint: true }));
  const want = exp.data.map((x) =>
    x !== null && typeof x === 'object' && 'bytes' in (x as object) ? x : decode(x),
  );
  assert.equal(got.length, want.length, `${what}: size`);
  for (let i = 0; i < got.length; i++) {
    if (sameElement(got[i], want[i])) continue;
    if (ulps > 0 && closeUlps(got[i], want[i], ulps)) continue;
    assert.fail(`${what}: element ${i} is ${fmt(got[i])}, NumPy has ${fmt(want[i])}`);
  }
}

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);
function ordinal(x: number): bigint {
  f64[0] = x;
  const b = i64[0]!;
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
}

/** Float values within `n` units in the last place (complex: both parts). */
function closeUlps(a: unknown, b: unknown, n: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b) || !Number.isFinite(a) || !Number.isFinite(b))
      return Object.is(a, b);
    const d = ordinal(a) - ordinal(b);
    return (d < 0n ? -d : d) <= BigInt(n) || Math.abs(a - b) <= 1e-300;
  }
  if (a instanceof np.Complex && b !== null && typeof b === 'object') {
    const e = b as { re: number; im: number };
    return closeUlps(a.re, e.re, n) && closeUlps(a.im, e.im, n);
  }
  return false;
}

function fmt(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (Object.is(v, -0)) return '-0';
  if (v instanceof np.Complex) return `(${fmt(v.re)}, ${fmt(v.im)})`;
  if (v instanceof Uint8Array) return `bytes[${[...v].join(',')}]`;
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Compare any recorded result: arrays, tuples (JS arrays), scalars. */
export function expectResult(actual: unknown, expected: any, what: string, ulps = 0): void {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${what}: expected a tuple`);
    expected.forEach((e, i) => {
      expectResult((actual as unknown[])[i], e, `${what}[${i}]`, ulps);
    });
    return;
  }
  if (
    expected !== null &&
    typeof expected === 'object' &&
    'dtype' in expected &&
    'shape' in expected
  ) {
    expectArray(actual, expected as EncArray, what, ulps);
    return;
  }
  const want = decode(expected);
  assert.ok(
    sameElement(actual, want) || closeUlps(actual, want, ulps),
    `${what}: ${fmt(actual)} vs NumPy ${fmt(want)}`,
  );
}

/** A recorded call `{fn, args, kwargs}` made in JS. */
export function callOf(c: any): () => unknown {
  const args = c.args.map(jsArg);
  const kwargs = jsArg(c.kwargs) as Record<string, unknown>;
  const fn = (np as any)[c.fn] as (...a: unknown[]) => unknown;
  return Object.keys(kwargs).length > 0 ? () => fn(...args, kwargs) : () => fn(...args);
}

/** A recorded method call `{method, self, args, kwargs}` made in JS; returns [self, call]. */
export function methodOf(c: any): [np.NDArray, () => unknown] {
  const self = jsArg(c.self) as np.NDArray;
  const args = c.args.map(jsArg);
  const kwargs = jsArg(c.kwargs) as Record<string, unknown>;
  const m = (self as any)[c.method].bind(self) as (...a: unknown[]) => unknown;
  return [self, Object.keys(kwargs).length > 0 ? () => m(...args, kwargs) : () => m(...args)];
}

/** Run a recorded case: NumPy's error (class and message) or NumPy's result. */
export function check(c: any, run: () => unknown, what: string, ulps = 0): unknown {
  if (c.error) {
    throwsNumpy(run, c.error[0], c.error[1]);
    return undefined;
  }
  const out = run();
  expectResult(out, c.ok, what, ulps);
  return out;
}

/** A short label for a recorded call. */
export function label(c: any): string {
  const s = JSON.stringify([...(c.args ?? []), c.kwargs ?? {}], (_k, v) =>
    v !== null && typeof v === 'object' && 'array' in v
      ? `<${v.array.dtype}${JSON.stringify(v.array.shape)}${v.ops.map((o: any[]) => o.join(' ')).join(',')}>`
      : v,
  );
  return `${c.fn ?? c.method}(${s.slice(1, -1)})`.slice(0, 160);
}
