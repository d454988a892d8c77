/**
 * One element of a structured or sub-array dtype: read, write, conversion from JS
 * values (records as tuples or objects keyed by field, API.md §2) and casts.
 *
 * Canonical forms: a structured element is a plain object keyed by field name (in
 * field order) holding each field's canonical value; a sub-array element is nested
 * JS arrays of its base dtype's canonical values.
 */

import type { DType } from '../dtype.js';
import {
  type Canonical,
  castElement,
  fromPython,
  readElement,
  type StructValue,
  type SubArrayValue,
  setVoidElements,
  toJS,
  writeElement,
} from '../elements.js';
import { ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { shapeTuple } from './dtype_repr.js';

function readVoid(view: DataView, off: number, dt: DType): Canonical {
  if (dt.fields) {
    const out: StructValue = {};
    for (const n of dt.names!) {
      const f = dt.fields[n]!;
      out[n] = readElement(view, off + f.offset, f.dtype);
    }
    return out;
  }
  const [base, shape] = dt.subdtype!;
  const rec = (ax: number, o: number): SubArrayValue => {
    const n = shape[ax]!;
    const step = shape.slice(ax + 1).reduce((a, b) => a * b, base.itemsize);
    const out: SubArrayValue = new Array(n);
    for (let i = 0; i < n; i++)
      out[i] =
        ax + 1 === shape.length ? readElement(view, o + i * step, base) : rec(ax + 1, o + i * step);
    return out;
  };
  return rec(0, off);
}

function writeVoid(view: DataView, off: number, dt: DType, v: Canonical): void {
  if (dt.fields) {
    const s = v as StructValue;
    for (const n of dt.names!) {
      const f = dt.fields[n]!;
      writeElement(view, off + f.offset, f.dtype, s[n]!);
    }
    return;
  }
  const base = dt.subdtype![0];
  let o = off;
  const put = (x: Canonical): void => {
    if (Array.isArray(x)) for (const y of x) put(y);
    else {
      writeElement(view, o, base, x);
      o += base.itemsize;
    }
  };
  put(v);
}

const isRecordObject = (v: unknown): v is Record<string, unknown> =>
  v !== null &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  !(v instanceof NDArray) &&
  !ArrayBuffer.isView(v) &&
  (v as object).constructor?.name !== 'Complex';

/** A JS value as one element of `dt` (NumPy's `__setitem__` of a structured element). */
function fromPythonVoid(v: unknown, dt: DType): Canonical {
  if (v instanceof NDArray) {
    if (v.ndim !== 0 && !(dt.subdtype && v.ndim > 0))
      throw new ValueError(
        `setting an element of ${dt} from an array of shape ${shapeTuple(v.dims)}`,
      );
    if (v.ndim === 0) return castElement(v.readAt(v.offset), v.dtype, dt);
    return fromPythonVoid(v.tolist(), dt);
  }
  if (dt.fields) {
    const names = dt.names!;
    const out: StructValue = {};
    if (Array.isArray(v)) {
      if (v.length !== names.length)
        throw new ValueError(
          `could not assign tuple of length ${v.length} to structure with ${names.length} fields.`,
        );
      names.forEach((n, i) => {
        out[n] = fromPython(v[i], dt.fields![n]!.dtype);
      });
      return out;
    }
    if (isRecordObject(v)) {
      for (const k of Object.keys(v))
        if (!(k in dt.fields))
          throw new ValueError(`no field of name ${k} in record of dtype ${dt}`);
      for (const n of names) {
        if (!(n in v)) throw new ValueError(`record has no value for field '${n}' of dtype ${dt}`);
        out[n] = fromPython(v[n], dt.fields[n]!.dtype);
      }
      return out;
    }
    // A scalar goes to every field, as in NumPy.
    for (const n of names) out[n] = fromPython(v, dt.fields[n]!.dtype);
    return out;
  }
  const [base, shape] = dt.subdtype!;
  const rec = (x: unknown, ax: number): SubArrayValue => {
    const n = shape[ax]!;
    const last = ax + 1 === shape.length;
    if (Array.isArray(x) && !(base.fields && last && !Array.isArray(x[0]) && x.length !== n)) {
      if (x.length !== n)
        throw new ValueError(
          `could not broadcast input array from shape (${x.length},) into shape ${shapeTuple(shape.slice(ax))}`,
        );
      return x.map((y) => (last ? fromPython(y, base) : rec(y, ax + 1)));
    }
    // A scalar (or one record) fills the sub-array.
    const one = last ? fromPython(x, base) : null;
    return Array.from({ length: n }, () => (last ? one! : rec(x, ax + 1)));
  };
  return rec(v, 0);
}

function castVoid(v: Canonical, from: DType, to: DType): Canonical {
  if (to.fields) {
    const out: StructValue = {};
    if (from.fields) {
      // Structure to structure: field by field in order (NumPy assigns by position).
      const fn = from.names!;
      const tn = to.names!;
      if (fn.length !== tn.length)
        throw new TypeError(`Cannot cast array data from ${from.repr()} to ${to.repr()}`);
      const s = v as StructValue;
      tn.forEach((n, i) => {
        out[n] = castElement(s[fn[i]!]!, from.fields![fn[i]!]!.dtype, to.fields![n]!.dtype);
      });
      return out;
    }
    for (const n of to.names!) out[n] = castElement(v, from, to.fields[n]!.dtype);
    return out;
  }
  if (to.subdtype) {
    const [base, shape] = to.subdtype;
    if (from.subdtype && Array.isArray(v)) {
      const fb = from.subdtype[0];
      const map = (x: Canonical): Canonical =>
        Array.isArray(x) ? x.map(map) : castElement(x, fb, base);
      return map(v);
    }
    const one = castElement(v, from, base);
    const rec = (ax: number): SubArrayValue =>
      Array.from({ length: shape[ax]! }, () => (ax + 1 === shape.length ? one : rec(ax + 1)));
    return rec(0);
  }
  // A one-field structure casts as its field; a sub-array as its first element (NumPy).
  if (from.fields && from.names!.length === 1) {
    const n = from.names![0]!;
    return castElement((v as StructValue)[n]!, from.fields[n]!.dtype, to);
  }
  if (from.subdtype) {
    let x: Canonical = v;
    while (Array.isArray(x)) x = x[0]!;
    return castElement(x, from.subdtype[0], to);
  }
  throw new TypeError(`Cannot cast array data from ${from.repr()} to ${to.repr()}`);
}

function toJSVoid(v: Canonical, dt: DType, keepBig: boolean): unknown {
  if (dt.fields) {
    const s = v as StructValue;
    const out: Record<string, unknown> = {};
    for (const n of dt.names!) out[n] = toJS(s[n]!, dt.fields[n]!.dtype, keepBig);
    return out;
  }
  const base = dt.subdtype![0];
  const map = (x: Canonical): unknown => (Array.isArray(x) ? x.map(map) : toJS(x, base, keepBig));
  return map(v);
}

setVoidElements({
  read: readVoid,
  write: writeVoid,
  fromPython: fromPythonVoid,
  cast: castVoid,
  toJS: toJSVoid,
});
