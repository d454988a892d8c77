/**
 * Real and imaginary parts and non-finite replacement (numpy/lib/_type_check_impl.py):
 * real, imag, nan_to_num.
 */
import { Complex } from '../_core/complex.js';
import { fromPython, toJS, writeElement } from '../_core/elements.js';
import { array, toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import { finfo } from '../_core/numerictypes/getlimits.js';

type Scalar = number | bigint | boolean | Complex;

function isJsScalar(x: unknown): x is Scalar {
  const t = typeof x;
  return t === 'number' || t === 'bigint' || t === 'boolean' || x instanceof Complex;
}

/** `np.real(val)`: a view of the real part (the array itself for real dtypes); JS scalars give JS values. */
export function real(val: unknown): any {
  if (isJsScalar(val)) {
    if (val instanceof Complex) return val.re;
    return typeof val === 'boolean' ? (val ? 1 : 0) : val;
  }
  return (val instanceof NDArray ? val : toArray(val)).real;
}

/** `np.imag(val)`: a view of the imaginary part (read-only zeros for real dtypes, as NumPy). */
export function imag(val: unknown): any {
  if (isJsScalar(val)) return val instanceof Complex ? val.im : 0;
  return (val instanceof NDArray ? val : toArray(val)).imag;
}

interface NanToNumOptions {
  copy?: boolean;
  nan?: number | bigint | boolean;
  posinf?: number | bigint | boolean | null;
  neginf?: number | bigint | boolean | null;
}

/**
 * `np.nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None)`: NaN → nan, +inf → posinf
 * (default: the dtype's largest finite value), -inf → neginf (default: the most negative),
 * in both parts of complex numbers. With copy=false an array argument is changed in place.
 */
export function nan_to_num(x: unknown, ...rest: unknown[]): any {
  const names = ['copy', 'nan', 'posinf', 'neginf'] as const;
  let opts: NanToNumOptions = {};
  const last = rest[rest.length - 1];
  if (last !== null && typeof last === 'object' && !(last instanceof Complex)) {
    opts = { ...(last as NanToNumOptions) };
    rest = rest.slice(0, -1);
  }
  for (const k of Object.keys(opts)) {
    if (!(names as readonly string[]).includes(k))
      throw new TypeError(`nan_to_num() got an unexpected keyword argument '${k}'`);
  }
  rest.forEach((v, i) => {
    (opts as Record<string, unknown>)[names[i]!] = v;
  });
  const copy = opts.copy ?? true;
  const arr = array(x as never, { copy }) as NDArray;
  const kind = arr.dtype.kind;
  if (kind === 'f' || kind === 'c') {
    const parts = kind === 'c' ? [arr.real, arr.imag] : [arr];
    const fi = finfo(parts[0]!.dtype);
    for (const d of parts) {
      const dt = d.dtype;
      const nanv = fromPython(opts.nan ?? 0.0, dt);
      const posv =
        opts.posinf === undefined || opts.posinf === null ? fi.max : fromPython(opts.posinf, dt);
      const negv =
        opts.neginf === undefined || opts.neginf === null ? fi.min : fromPython(opts.neginf, dt);
      const view = d.dataView;
      d.forEachOffset((off) => {
        const v = d.readAt(off) as number;
        if (Number.isNaN(v)) writeElement(view, off, dt, nanv);
        else if (v === Infinity) writeElement(view, off, dt, posv);
        else if (v === -Infinity) writeElement(view, off, dt, negv);
      });
    }
  }
  return isJsScalar(x) ? toJS(arr.readAt(arr.offset), arr.dtype) : arr;
}
