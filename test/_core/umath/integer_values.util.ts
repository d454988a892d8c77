/**
 * Helpers for the integer/bitwise/rounding ufunc tests: the fixture's value tables as
 * arrays, results as flat JS lists, exact comparison (bit for bit; NaN equals NaN), and the
 * FP flags one call raises.
 */
import * as np from '../../../src/index.js';
import { decode, loadFixture } from '../../helpers.js';

export interface Encoded {
  dtype: string;
  shape: number[];
  data: unknown[];
}
export interface Case {
  ufunc: string;
  ins: string[];
  kind: 'grid' | 'zip' | 'unary';
  outs?: Encoded[];
  flags?: string;
  error?: { name: string; message: string };
}
export interface FuncCase {
  name: string;
  ins: string[];
  outs?: Encoded[];
  error?: { name: string; message: string };
  [k: string]: unknown;
}
export interface Fixture {
  values: Record<string, unknown[]>;
  cases: Case[];
  funcs: FuncCase[];
}

export const fixture = loadFixture<Fixture>('ufunc_values_int');

/** A decoded fixture value as the JS value numtype takes (complex as np.Complex). */
export function jsValue(v: unknown): unknown {
  const d = decode(v);
  if (d !== null && typeof d === 'object' && 're' in d) return new np.Complex(d.re, d.im);
  return d;
}

/** The values of table `name` (e.g. 'int8', 'float64:rand'). */
export function values(name: string): unknown[] {
  return fixture.values[name]!.map(jsValue);
}

/** Table `name` as an array of its dtype. */
export function table(name: string): np.NDArray {
  const dtype = name.split(':')[0]!;
  return np.array(values(name) as never, { dtype: dtype as np.NumericDTypeName });
}

/** Elements of `a` in C order as JS values (int64 as bigints, complex as np.Complex). */
export function flat(a: np.NDArray): unknown[] {
  return (a.flatten().tolist({ bigint: true }) as unknown[]).slice();
}

function sameNumber(x: number, y: number): boolean {
  return Object.is(x, y) || (Number.isNaN(x) && Number.isNaN(y));
}

/** Exact equality of one result element with the expected (decoded) value. */
export function same(got: unknown, exp: unknown): boolean {
  if (typeof got === 'bigint' || typeof exp === 'bigint') {
    if (
      (typeof got !== 'bigint' && typeof got !== 'number') ||
      (typeof exp !== 'bigint' && typeof exp !== 'number')
    )
      return false;
    return BigInt(got) === BigInt(exp);
  }
  if (typeof got === 'number' && typeof exp === 'number') return sameNumber(got, exp);
  if (got instanceof np.Complex && exp !== null && typeof exp === 'object' && 're' in exp) {
    const e = exp as { re: number; im: number };
    return sameNumber(got.re, e.re) && sameNumber(got.im, e.im);
  }
  return got === exp;
}

function close(x: number, y: number, rtol: number): boolean {
  if (sameNumber(x, y) || (x === 0 && y === 0)) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  return Math.abs(x - y) <= rtol * Math.max(Math.abs(x), Math.abs(y));
}

/** Complex equality within a relative tolerance of the larger part (for results of the C library's cpow). */
export function closeComplex(got: unknown, exp: unknown, rtol: number): boolean {
  if (!(got instanceof np.Complex) || exp === null || typeof exp !== 'object') return false;
  const e = exp as { re: number; im: number };
  const scale = Math.max(Math.abs(e.re), Math.abs(e.im));
  const ok = (g: number, w: number) =>
    close(g, w, rtol) || (Number.isFinite(scale) && Math.abs(g - w) <= rtol * scale);
  return ok(got.re, e.re) && ok(got.im, e.im);
}

/**
 * Differences between `a` and the encoded expected array (dtype, shape, elements); at most
 * `max`. `loose(i)` marks elements compared within `rtol` instead of exactly.
 */
export function diff(
  a: unknown,
  exp: Encoded,
  max = 8,
  loose?: (i: number) => boolean,
  rtol = 0,
): string[] {
  if (!(a instanceof np.NDArray)) return [`expected an NDArray, got ${String(a)}`];
  const out: string[] = [];
  if (String(a.dtype) !== exp.dtype) out.push(`dtype ${String(a.dtype)} != ${exp.dtype}`);
  if (JSON.stringify(a.shape) !== JSON.stringify(exp.shape))
    out.push(`shape ${JSON.stringify(a.shape)} != ${JSON.stringify(exp.shape)}`);
  if (out.length) return out;
  const got = flat(a);
  const want = exp.data.map(decode);
  for (let i = 0; i < got.length && out.length < max; i++) {
    const ok = loose?.(i) ? closeComplex(got[i], want[i], rtol) : same(got[i], want[i]);
    if (!ok) out.push(`[${i}] got ${show(got[i])} expected ${show(want[i])}`);
  }
  return out;
}

function show(v: unknown): string {
  if (v instanceof np.Complex) return `(${show(v.re)}, ${show(v.im)})`;
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  if (v !== null && typeof v === 'object' && 're' in v)
    return `(${show((v as any).re)}, ${show((v as any).im)})`;
  return String(v);
}

const FLAG_MASK = 1 | 2 | 8;

/** The FP flags (1 divide, 2 overflow, 8 invalid) raised while running `fn`. */
export function flagsOf(fn: () => unknown): number {
  let bits = 0;
  np.errstate(
    {
      all: 'call',
      call: (_err: string, flag: number) => {
        bits |= flag;
      },
    },
    fn,
  );
  return bits & FLAG_MASK;
}

/** Run `fn`, returning its error as {name, message}, or null. */
export function errorOf(fn: () => unknown): { name: string; message: string } | null {
  try {
    fn();
    return null;
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
}
