/**
 * Test helpers for printing: rebuild an array from dtype + shape + flat C-order values
 * (as the fixture generators and the live suite encode them), and the named formatters
 * that scripts/fixtures/gen_arrayprint.py also defines in Python.
 */
import { Complex } from '../../../src/_core/complex.js';
import { type DType, dtype as toDType } from '../../../src/_core/dtype.js';
import { type Canonical, writeElement } from '../../../src/_core/elements.js';
import { NDArray } from '../../../src/_core/ndarray.js';
import { decode } from '../../helpers.js';

/** A decoded JSON value as the canonical element of `dt`. */
export function canonical(v: any, dt: DType): Canonical {
  switch (dt.kind) {
    case 'b':
      return Boolean(v);
    case 'i':
    case 'u':
      return dt.itemsize === 8 ? BigInt(v) : Number(v);
    case 'f':
      return Number(v);
    case 'c':
      return new Complex(v.re, v.im);
    case 'U':
      return String(v);
    case 'S':
      return Uint8Array.from(String(v), (ch) => ch.charCodeAt(0));
    default:
      throw new TypeError(`no canonical form for ${dt}`);
  }
}

/** A C-ordered array of `dtype` and `shape` holding `data` (JSON-encoded flat values). */
export function build(dtype: string, shape: number[], data: unknown[]): NDArray {
  const dt = toDType(dtype);
  const a = NDArray.zeros(shape, dt);
  const vals = decode(data) as unknown[];
  a.forEachOffset((off, k) => writeElement(a.dataView, off, dt, canonical(vals[k], dt)));
  return a;
}

const pyHex = (x: number | bigint) =>
  x < 0 ? `-0x${(-BigInt(x)).toString(16)}` : `0x${BigInt(x).toString(16)}`;

/** JS twins of the formatters named in gen_arrayprint.py. */
export const FORMATTERS: Record<string, (x: any) => string> = {
  hex: (x) => pyHex(x),
  angle: (x) => `<${x}>`,
  fixed2: (x) => Number(x).toFixed(2),
  upper: (x) => String(x).toUpperCase(),
  twolines: (x) => `${x}\nL`,
  yesno: (x) => (x ? 'yes' : 'no'),
  cplx: (x: Complex) => `${x.re.toFixed(1)}|${x.im.toFixed(1)}`,
};

/** Print options with formatter names replaced by the functions. */
export function withFormatters(opts: Record<string, any>): Record<string, any> {
  if (!opts.formatter) return opts;
  const f: Record<string, (x: any) => string> = {};
  for (const [k, name] of Object.entries(opts.formatter as Record<string, string>))
    f[k] = FORMATTERS[name]!;
  return { ...opts, formatter: f };
}
