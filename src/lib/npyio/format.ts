/**
 * The `.npy` format (NumPy's `numpy/lib/format.py`): magic string, version, a
 * header that is a Python dict literal `{'descr': …, 'fortran_order': …, 'shape': …}`
 * padded to 64 bytes, then the raw data. Versions 1.0 (2-byte header length,
 * latin1), 2.0 (4-byte length) and 3.0 (4-byte length, utf8).
 *
 * Header parsing never evaluates anything (see pyliteral.ts) and checks every size
 * against the bytes actually present before allocating. No node imports here: this
 * file backs `np.npy.encode`/`decode`, which run in browsers too.
 */
import { markRawBytes } from '../../_core/bool_bytes.js';
import { type DType, dtype as toDType } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { fStrides, shapeRepr } from '../../_core/iter.js';
import { NDArray } from '../../_core/ndarray.js';
import {
  type Descr,
  type DescrField,
  type DescrFieldName,
  dtypeFromDescr,
} from '../../_core/records/descr.js';
import { voidDType } from '../../_core/records/structured.js';
import {
  LiteralSyntaxError,
  PyTuple,
  type PyValue,
  parsePyLiteral,
  pyBytesRepr,
  pyRepr,
  pyStrRepr,
} from './pyliteral.js';

export const MAGIC_PREFIX = new Uint8Array([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);
const MAGIC_LEN = 8;
const ARRAY_ALIGN = 64;
const GROWTH_AXIS_MAX_DIGITS = 21;
/** NumPy's `_MAX_HEADER_SIZE`: longer headers need `max_header_size` or `allow_pickle`. */
export const MAX_HEADER_SIZE = 10000;

export type Version = [number, number];

/** Python's UnicodeDecodeError (a ValueError), for headers that are not valid utf8. */
export class UnicodeDecodeError extends ValueError {
  override name = 'UnicodeDecodeError';
}

/**
 * A dtype descriptor as the header spells it, parsed but not yet resolved:
 * a simple type string, or a structured list of fields (each with an optional
 * title and sub-array shape).
 */
export type DescrSpec =
  | { kind: 'simple'; str: string }
  | {
      kind: 'structured';
      fields: { name: string; title: string | null; descr: DescrSpec; shape: number[] }[];
    };

/** Parse the `descr` value of a header into a DescrSpec; ValueError with NumPy's message if malformed. */
export function descrSpec(v: PyValue): DescrSpec {
  const bad = (): never => {
    throw new ValueError(`descr is not a valid dtype descriptor: ${pyRepr(v)}`);
  };
  const walk = (x: PyValue, depth: number): DescrSpec => {
    if (depth > 32) bad();
    if (typeof x === 'string') return { kind: 'simple', str: x };
    if (!Array.isArray(x)) return bad();
    const fields: {
      name: string;
      title: string | null;
      descr: DescrSpec;
      shape: number[];
    }[] = [];
    for (const f of x) {
      // NumPy's descr_to_dtype unpacks each entry as (name, descr[, shape]): its unpacking
      // errors (ValueError) reach the caller as they are; type errors become `bad()`.
      const items = f instanceof PyTuple ? f.items : Array.isArray(f) ? f : bad();
      if (items.length < 2 || items.length > 3)
        throw new ValueError(
          items.length > 3
            ? 'too many values to unpack (expected 3)'
            : `not enough values to unpack (expected 3, got ${items.length})`,
        );
      let name: string;
      let title: string | null = null;
      const n0 = items[0]!;
      if (typeof n0 === 'string') name = n0;
      else if (n0 instanceof PyTuple && n0.items.length === 2) {
        const [t, nm] = n0.items;
        if (typeof nm !== 'string' || typeof t !== 'string')
          throw new ValueError('field names must be strings');
        name = nm;
        title = t;
      } else throw new ValueError('field names must be strings');
      let shape: number[] = [];
      if (items.length === 3) {
        const s = items[2]!;
        const dims = s instanceof PyTuple ? s.items : typeof s === 'bigint' ? [s] : null;
        if (dims === null || !dims.every((d) => typeof d === 'bigint' && d >= 0n && d < 2n ** 31n))
          throw new ValueError('invalid shape in fixed-type tuple.');
        shape = (dims as bigint[]).map(Number);
      }
      fields.push({ name, title, descr: walk(items[1]!, depth + 1), shape });
    }
    return { kind: 'structured', fields };
  };
  return walk(v, 0);
}

/** The spec written back as Python's repr, for messages. */
export function descrSpecRepr(s: DescrSpec): string {
  if (s.kind === 'simple') return pyStrRepr(s.str);
  const parts = s.fields.map((f) => {
    const name =
      f.title === null ? pyStrRepr(f.name) : `(${pyStrRepr(f.title)}, ${pyStrRepr(f.name)})`;
    const shape = f.shape.length ? `, ${shapeRepr(f.shape)}` : '';
    return `(${name}, ${descrSpecRepr(f.descr)}${shape})`;
  });
  return `[${parts.join(', ')}]`;
}

/** Whether a spec holds Python objects ('O'), which would need unpickling. */
export function specHasObject(s: DescrSpec): boolean {
  if (s.kind === 'simple') return /^[<>=|]?O\d*$/.test(s.str);
  return s.fields.some((f) => specHasObject(f.descr));
}

/**
 * The big-endian storage units inside one item: `count` units of `unit` bytes from
 * `offset` (a plain dtype has one entry; a structured dtype one per big-endian leaf).
 */
export interface SwapUnit {
  offset: number;
  unit: number;
  count: number;
}

/** A resolved element type: the native dtype, and which stored bytes are big-endian. */
export interface Resolved {
  dtype: DType;
  swap: boolean;
  /** Units to byte-swap in each item (empty when nothing is big-endian). */
  plan: SwapUnit[];
}

/** The byte-swap unit of a plain dtype: complex parts, UCS4 characters, or the item. */
function swapUnit(dt: DType): number {
  return dt.kind === 'c' ? dt.itemsize / 2 : dt.kind === 'U' ? 4 : dt.itemsize;
}

/**
 * Resolve a spec to a numtype dtype. Byte order `>` (big-endian) is kept as `swap`,
 * converted when the data is read; raw void `V<n>` is kept as bytes. Types NumPy has but
 * numtype lacks (datetime, longdouble) are refused with a message naming them.
 */
export function resolveSpec(s: DescrSpec, allowPickle: boolean, top: DescrSpec = s): Resolved {
  if (specHasObject(s)) {
    if (!allowPickle)
      throw new ValueError('Object arrays cannot be loaded when allow_pickle=False');
    throw new ValueError(
      `cannot load object arrays (descr ${descrSpecRepr(s)}): numtype never unpickles Python objects`,
    );
  }
  if (s.kind === 'structured') {
    const dtype = structuredOf(s, allowPickle);
    const plan: SwapUnit[] = [];
    structuredPlan(s, dtype, 0, allowPickle, plan);
    return { dtype, swap: plan.length > 0, plan };
  }
  const m = /^([<>=|]?)(.*)$/s.exec(s.str)!;
  const order = m[1];
  const body = m[2]!;
  const raw = /^V(\d+)$/.exec(body);
  if (raw) return { dtype: voidDType(Number(raw[1])), swap: false, plan: [] };
  let dt: DType;
  try {
    dt = toDType(body);
  } catch (e) {
    if (e instanceof TypeError) {
      // NumPy's own descriptors that numtype lacks get a clear message; others are NumPy's.
      if (/^([mM]8|[fc](12|16|24|32)|[gG]|[mM]8\[\w+\]|T)/.test(body) || body === 'O')
        throw new ValueError(
          `numtype does not support dtype ${pyStrRepr(s.str)} (from a .npy header)`,
        );
      throw new ValueError(`descr is not a valid dtype descriptor: ${descrSpecRepr(top)}`);
    }
    throw e;
  }
  if (dt.kind === 'S' || dt.kind === 'U') {
    if (dt.itemsize === 0 && body !== 'U0' && body !== 'S0')
      throw new ValueError(`descr is not a valid dtype descriptor: ${descrSpecRepr(top)}`);
  }
  const multiByte =
    dt.kind === 'U' || (dt.itemsize > 1 && dt.kind !== 'S' && dt.kind !== 'b' && dt.kind !== 'V');
  const swap = order === '>' && multiByte && dt.itemsize > 0;
  const unit = swapUnit(dt);
  return { dtype: dt, swap, plan: swap ? [{ offset: 0, unit, count: dt.itemsize / unit }] : [] };
}

const PAD_RE = /^[|<>=]?V\d+$/;

/**
 * The swap units of a structured spec's big-endian leaves, at their offsets in `dt`
 * (the dtype built from the spec: its fields follow the spec's non-padding entries).
 */
function structuredPlan(
  s: DescrSpec,
  dt: DType,
  base: number,
  allowPickle: boolean,
  out: SwapUnit[],
): void {
  if (s.kind === 'simple') {
    const r = resolveSpec(s, allowPickle);
    // A sub-array field: every element of the base swaps alike.
    const n = dt.subdtype ? dt.itemsize / r.dtype.itemsize : 1;
    for (const u of r.plan) out.push({ offset: base + u.offset, unit: u.unit, count: u.count * n });
    return;
  }
  const fields = s.fields.filter(
    (f) =>
      !(
        f.name === '' &&
        f.descr.kind === 'simple' &&
        f.shape.length === 0 &&
        PAD_RE.test(f.descr.str)
      ),
  );
  const names = dt.subdtype ? dt.subdtype[0].names! : dt.names!;
  const inner = dt.subdtype ? dt.subdtype[0] : dt;
  const reps = dt.subdtype ? dt.itemsize / inner.itemsize : 1;
  for (let k = 0; k < reps; k++) {
    fields.forEach((f, i) => {
      const fd = inner.fields![names[i]!]!;
      structuredPlan(f.descr, fd.dtype, base + k * inner.itemsize + fd.offset, allowPickle, out);
    });
  }
}

/**
 * A structured spec as a dtype (NumPy's `descr_to_dtype`), with native leaves.
 */
function structuredOf(s: DescrSpec, allowPickle: boolean): DType {
  const toDescr = (d: DescrSpec): Descr => {
    if (d.kind === 'simple') return d.str;
    return d.fields.map((f) => {
      const sub = toDescr(f.descr);
      const name: DescrFieldName = f.title === null ? f.name : [f.title, f.name];
      return (f.shape.length ? [name, sub, f.shape] : [name, sub]) as DescrField;
    });
  };
  // Big-endian leaves become native ones; the data is swapped on read (structuredPlan).
  return dtypeFromDescr(
    toDescr(s),
    (str) => resolveSpec({ kind: 'simple', str }, allowPickle, s).dtype,
  );
}

/**
 * NumPy's `dtype_to_descr`, as the header's Python literal: `'<f8'`, `'|b1'`, `'<U3'`, or
 * for structured dtypes the list of `dtype.descr` (`[('a', '<i4'), ('b', '<f8', (2,))]`).
 */
export function dtypeToDescr(dt: DType): string {
  if (!dt.fields) return pyStrRepr(dt.str);
  const lit = (d: unknown): string => {
    if (typeof d === 'string') return pyStrRepr(d);
    return `[${(d as unknown[][])
      .map((f) => {
        const n = f[0] as string | [string, string];
        const name = Array.isArray(n) ? `(${pyStrRepr(n[0])}, ${pyStrRepr(n[1])})` : pyStrRepr(n);
        const parts = [name, lit(f[1])];
        if (f.length === 3) parts.push(shapeRepr(f[2] as number[]));
        return `(${parts.join(', ')})`;
      })
      .join(', ')}]`;
  };
  return lit(dt.descr);
}

function tupleRepr(shape: readonly number[]): string {
  return shapeRepr(shape);
}

/** The header dict text exactly as NumPy writes it (before padding). */
export function headerDict(descr: string, fortran: boolean, shape: readonly number[]): string {
  let h = `{'descr': ${descr}, 'fortran_order': ${fortran ? 'True' : 'False'}, 'shape': ${tupleRepr(shape)}, }`;
  // Spare room so the header can be rewritten in place when an axis grows (as NumPy).
  if (shape.length > 0) {
    const grow = String(shape[fortran ? shape.length - 1 : 0]);
    h += ' '.repeat(GROWTH_AXIS_MAX_DIGITS - grow.length);
  }
  return h;
}

function latin1(s: string): Uint8Array | null {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) return null;
    out[i] = c;
  }
  return out;
}

/** Parse a version option `[major, minor]` (or `(1, 0)`-like arrays) with NumPy's check. */
export function checkVersion(v: unknown): Version | null {
  if (v === undefined || v === null) return null;
  const ok =
    Array.isArray(v) &&
    v.length === 2 &&
    ((v[0] === 1 && v[1] === 0) || (v[0] === 2 && v[1] === 0) || (v[0] === 3 && v[1] === 0));
  if (!ok) {
    const text = Array.isArray(v) ? `(${v.join(', ')}${v.length === 1 ? ',' : ''})` : String(v);
    throw new ValueError(`we only support format version (1,0), (2,0), and (3,0), not ${text}`);
  }
  return [v[0], v[1]] as Version;
}

/** Magic + length + header + padding: NumPy's `_wrap_header`, guessing the version when null. */
export function wrapHeader(header: string, version: Version | null): Uint8Array {
  const tryVersion = (ver: Version): Uint8Array | null => {
    const bytes = ver[0] === 3 ? new TextEncoder().encode(header) : latin1(header);
    if (bytes === null) return null;
    const lenSize = ver[0] === 1 ? 2 : 4;
    const hlen = bytes.length + 1;
    const padlen = ARRAY_ALIGN - ((MAGIC_LEN + lenSize + hlen) % ARRAY_ALIGN);
    const total = hlen + padlen;
    if (ver[0] === 1 && total > 0xffff) {
      if (version) throw new ValueError(`Header length ${hlen} too big for version=(1, 0)`);
      return null;
    }
    const out = new Uint8Array(MAGIC_LEN + lenSize + total);
    out.set(MAGIC_PREFIX, 0);
    out[6] = ver[0];
    out[7] = ver[1];
    const dv = new DataView(out.buffer);
    if (lenSize === 2) dv.setUint16(8, total, true);
    else dv.setUint32(8, total, true);
    out.set(bytes, MAGIC_LEN + lenSize);
    out.fill(0x20, MAGIC_LEN + lenSize + bytes.length, out.length - 1);
    out[out.length - 1] = 0x0a;
    return out;
  };
  if (version) {
    const r = tryVersion(version);
    if (r === null)
      throw new UnicodeDecodeError(
        `'latin-1' codec can't encode the header for version (${version.join(', ')}): use version (3, 0)`,
      );
    return r;
  }
  return tryVersion([1, 0]) ?? tryVersion([2, 0]) ?? (tryVersion([3, 0]) as Uint8Array);
}

/** The full header for array `a` (fortran_order when F- but not C-contiguous, as NumPy). */
export function arrayHeader(a: NDArray, version: Version | null): Uint8Array {
  const fortran = !a.flags.c_contiguous && a.flags.f_contiguous;
  return wrapHeader(headerDict(dtypeToDescr(a.dtype), fortran, a.dims), version);
}

/**
 * The data bytes of `a` in file order: C order, or Fortran order when the header
 * says so. Contiguous arrays give a view of their buffer (no copy).
 */
export function arrayDataBytes(a: NDArray): Uint8Array {
  if (a.nbytes === 0) return new Uint8Array(0);
  const c = a.flags.c_contiguous;
  const f = !c && a.flags.f_contiguous;
  if (c || f) return new Uint8Array(a.buffer as ArrayBuffer, a.offset, a.nbytes);
  const copy = a.copy('C');
  return new Uint8Array(copy.buffer as ArrayBuffer, copy.offset, copy.nbytes);
}

/** What a header says, with the data's byte position and length checked to be sane. */
export interface HeaderInfo {
  version: Version;
  shape: number[];
  fortran: boolean;
  dtype: DType;
  swap: boolean;
  /** What to byte-swap in each item when `swap` (see SwapUnit). */
  plan: SwapUnit[];
  /** Byte offset of the data from the start of the .npy bytes. */
  dataOffset: number;
  count: number;
  nbytes: number;
}

/** Reads up to `len` bytes at `pos` (fewer at the end of the input). */
export type ByteReader = (pos: number, len: number) => Uint8Array;

function eof(what: string, expected: number, got: number): ValueError {
  return new ValueError(`EOF: reading ${what}, expected ${expected} bytes got ${got}`);
}

/** Options of the readers: NumPy's `allow_pickle` and `max_header_size`. */
export interface ReadOptions {
  allow_pickle?: boolean;
  max_header_size?: number;
}

/** Read and validate magic, version and header through `read` (NumPy's `read_magic` + `_read_array_header`). */
export function readHeader(read: ByteReader, opts: ReadOptions = {}): HeaderInfo {
  const allowPickle = opts.allow_pickle ?? false;
  const maxHeader = allowPickle
    ? Number.POSITIVE_INFINITY
    : (opts.max_header_size ?? MAX_HEADER_SIZE);
  const magic = read(0, MAGIC_LEN);
  if (magic.length < MAGIC_LEN) throw eof('magic string', MAGIC_LEN, magic.length);
  for (let k = 0; k < 6; k++) {
    if (magic[k] !== MAGIC_PREFIX[k])
      throw new ValueError(
        `the magic string is not correct; expected ${pyBytesRepr(MAGIC_PREFIX)}, got ${pyBytesRepr(magic.subarray(0, 6))}`,
      );
  }
  const major = magic[6]!;
  const minor = magic[7]!;
  if (!((major === 1 || major === 2 || major === 3) && minor === 0))
    throw new ValueError(
      `we only support format version (1,0), (2,0), and (3,0), not (${major}, ${minor})`,
    );
  const lenSize = major === 1 ? 2 : 4;
  const lenBytes = read(MAGIC_LEN, lenSize);
  if (lenBytes.length < lenSize) throw eof('array header length', lenSize, lenBytes.length);
  const hlen =
    lenSize === 2
      ? lenBytes[0]! | (lenBytes[1]! << 8)
      : (lenBytes[0]! | (lenBytes[1]! << 8) | (lenBytes[2]! << 16)) + lenBytes[3]! * 2 ** 24;
  // Readers return at most what exists, so a lying length costs no more than the input's size;
  // a header longer than 4 bytes per allowed character is refused before it is read.
  const probe = read(MAGIC_LEN + lenSize + hlen - 1, 1);
  if (probe.length === 1 && hlen > maxHeader * 4) headerTooLarge(hlen);
  const hbytes = read(MAGIC_LEN + lenSize, hlen);
  if (hbytes.length < hlen) throw eof('array header', hlen, hbytes.length);
  let header: string;
  if (major === 3) {
    try {
      header = new TextDecoder('utf-8', { fatal: true }).decode(hbytes);
    } catch {
      throw new UnicodeDecodeError("'utf-8' codec can't decode the .npy header: invalid utf-8");
    }
  } else header = new TextDecoder('latin1').decode(hbytes);
  if (major === 3 ? [...header].length > maxHeader : header.length > maxHeader)
    headerTooLarge(major === 3 ? [...header].length : header.length);
  let d: PyValue;
  try {
    d = parsePyLiteral(header);
  } catch (e) {
    if (!(e instanceof LiteralSyntaxError)) throw e;
    try {
      // Python 2 writers could leave `3L` longs (NumPy's _filter_header).
      if (major === 3) throw e;
      d = parsePyLiteral(header, true);
    } catch (e2) {
      if (!(e2 instanceof LiteralSyntaxError)) throw e2;
      throw new ValueError(`Cannot parse header: ${pyStrRepr(header)}`);
    }
  }
  if (!(d instanceof Map)) throw new ValueError(`Header is not a dictionary: ${pyRepr(d)}`);
  const keys = [...d.keys()];
  const expected = ['descr', 'fortran_order', 'shape'];
  if (keys.length !== 3 || !expected.every((k) => d.has(k))) {
    const sorted = keys.map((k) => pyRepr(k)).sort();
    throw new ValueError(`Header does not contain the correct keys: [${sorted.join(', ')}]`);
  }
  const shapeV = d.get('shape')!;
  if (!(shapeV instanceof PyTuple) || !shapeV.items.every((x) => typeof x === 'bigint'))
    throw new ValueError(`shape is not valid: ${pyRepr(shapeV)}`);
  const fo = d.get('fortran_order');
  if (typeof fo !== 'boolean')
    throw new ValueError(`fortran_order is not a valid bool: ${pyRepr(fo!)}`);
  const { dtype, swap, plan } = resolveSpec(descrSpec(d.get('descr')!), allowPickle);
  const dims = shapeV.items as bigint[];
  if (dims.some((x) => x < 0n)) throw new ValueError('negative dimensions are not allowed');
  let count = 1n;
  for (const x of dims) count *= x;
  const nbytesBig = count * BigInt(dtype.itemsize);
  if (
    dims.some((x) => x > BigInt(Number.MAX_SAFE_INTEGER)) ||
    nbytesBig > BigInt(Number.MAX_SAFE_INTEGER)
  )
    throw new ValueError(
      'array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.',
    );
  const shape = dims.map(Number);
  return {
    version: [major, minor],
    shape,
    fortran: fo,
    dtype,
    swap,
    plan,
    dataOffset: MAGIC_LEN + lenSize + hlen,
    count: Number(count),
    nbytes: Number(nbytesBig),
  };
}

function headerTooLarge(len: number): never {
  throw new ValueError(
    `Header info length (${len}) is large and may not be safe to load securely.\n` +
      'To allow loading, adjust `max_header_size` or fully trust the `.npy` file using `allow_pickle=True`.\n' +
      'For safety against large resource use or crashes, sandboxing may be necessary.',
  );
}

/** NumPy's message when the data is shorter than the header says. */
export function truncatedError(info: HeaderInfo, gotBytes: number): ValueError {
  const got = info.dtype.itemsize ? Math.floor(gotBytes / info.dtype.itemsize) : 0;
  return new ValueError(
    `Failed to read all data for array. Expected ${shapeRepr(info.shape)} = ${info.count} elements, could only read ${got} elements. (file seems not fully written?)`,
  );
}

/**
 * Swap the bytes of each stored unit in place (complex: each part; strings: each
 * character; structured: the units `plan` lists in each item).
 */
export function byteswapInPlace(bytes: Uint8Array, dt: DType, plan?: readonly SwapUnit[]): void {
  const whole =
    !plan ||
    (plan.length === 1 && plan[0]!.offset === 0 && plan[0]!.unit * plan[0]!.count === dt.itemsize);
  if (whole) {
    swapUnits(bytes, 0, bytes.length, plan ? plan[0]!.unit : swapUnit(dt));
    return;
  }
  const size = dt.itemsize;
  for (let base = 0; base + size <= bytes.length; base += size)
    for (const u of plan) swapUnits(bytes, base + u.offset, u.unit * u.count, u.unit);
}

/** Reverse each `unit`-byte group of bytes[start, start + len). */
function swapUnits(bytes: Uint8Array, start: number, len: number, unit: number): void {
  const end = start + len;
  if (unit === 2) {
    for (let i = start; i + 1 < end; i += 2) {
      const t = bytes[i]!;
      bytes[i] = bytes[i + 1]!;
      bytes[i + 1] = t;
    }
  } else if (unit === 4 || unit === 8) {
    for (let i = start; i + unit <= end; i += unit) {
      for (let a = i, b = i + unit - 1; a < b; a++, b--) {
        const t = bytes[a]!;
        bytes[a] = bytes[b]!;
        bytes[b] = t;
      }
    }
  }
}

/**
 * The NDArray over `buf` (exactly `info.nbytes` of data, already in native order),
 * with the header's shape and Fortran order.
 */
export function arrayFromData(buf: ArrayBuffer, info: HeaderInfo): NDArray {
  // A file may hold any byte where a bool is stored.
  markRawBytes(buf);
  const strides = info.fortran ? fStrides(info.shape, info.dtype.itemsize) : undefined;
  return new NDArray(buf, info.dtype, info.shape, strides, 0, null);
}

/** Options of `np.npy.encode`. */
export interface EncodeOptions {
  version?: Version | number[] | null;
}

/**
 * `.npy` bytes of an array (NumPy's `np.save` to a BytesIO); works in browsers.
 * @example np.npy.encode(np.arange(3))  // Uint8Array starting with \x93NUMPY
 */
export function encode(a: NDArray, opts: EncodeOptions = {}): Uint8Array {
  for (const k of Object.keys(opts))
    if (k !== 'version') throw new TypeError(`encode() got an unexpected keyword argument '${k}'`);
  const header = arrayHeader(a, checkVersion(opts.version));
  const data = arrayDataBytes(a);
  const out = new Uint8Array(header.length + data.length);
  out.set(header, 0);
  out.set(data, header.length);
  return out;
}

/**
 * An array from `.npy` bytes (NumPy's `np.load` of a BytesIO); works in browsers.
 * The result owns a copy of the data.
 * @example np.npy.decode(np.npy.encode(np.arange(3)))  // array([0, 1, 2])
 */
export function decode(bytes: Uint8Array | ArrayBuffer, opts: ReadOptions = {}): NDArray {
  for (const k of Object.keys(opts))
    if (k !== 'allow_pickle' && k !== 'max_header_size')
      throw new TypeError(`decode() got an unexpected keyword argument '${k}'`);
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const read: ByteReader = (pos, len) =>
    u8.subarray(Math.min(pos, u8.length), Math.min(pos + len, u8.length));
  const info = readHeader(read, opts);
  const avail = Math.max(0, u8.length - info.dataOffset);
  if (avail < info.nbytes) throw truncatedError(info, avail);
  // A fresh copy (Node Buffers' slice() would be a view into a shared pool).
  const data = new Uint8Array(info.nbytes);
  data.set(u8.subarray(info.dataOffset, info.dataOffset + info.nbytes));
  if (info.swap) byteswapInPlace(data, info.dtype, info.plan);
  return arrayFromData(data.buffer, info);
}
