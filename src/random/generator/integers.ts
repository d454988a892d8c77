/**
 * `Generator.integers` and `RandomState.randint`: NumPy's _bounded_integers for every
 * integer dtype and bool, with its validation messages, the scalar fill path (one buffer for
 * the whole fill) and the broadcasting path over array bounds (one buffer for the loop).
 */
import { type DType, dtype as toDType } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { array } from '../../_core/multiarray/array.js';
import { NDArray } from '../../_core/ndarray.js';
import type { BitGenerator } from '../bit_generator/bit_generator.js';
import {
  BitBuffer,
  bounded8,
  bounded16,
  bounded32,
  bounded64,
  boundedBool,
  fill32,
  fill64Small,
  lemire64Threshold,
  mask32,
  OUT64,
} from '../distributions/bounded.js';
import { broadcastIndex, broadcastShapes, type Param, type Size, shapeOf } from './params.js';

interface IntInfo {
  bits: 1 | 8 | 16 | 32 | 64;
  signed: boolean;
  lb: bigint;
  ub: bigint;
}

function info(dt: DType): IntInfo | null {
  if (dt.kind === 'b') return { bits: 1, signed: false, lb: 0n, ub: 1n };
  if (dt.kind !== 'i' && dt.kind !== 'u') return null;
  const bits = (dt.itemsize * 8) as 8 | 16 | 32 | 64;
  const signed = dt.kind === 'i';
  const lb = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const ub = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  return { bits, signed, lb, ub };
}

/** Python's int() of one bound: numbers truncate, bigints and bools pass. */
function toBig(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) throw new ValueError('cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw new RangeError('cannot convert float infinity to integer');
    return BigInt(Math.trunc(v));
  }
  if (v instanceof NDArray && v.size === 1) {
    const x = v.reshape([]);
    return x.dtype.isBig ? x.atBig() : toBig(x.item());
  }
  throw new TypeError(`'${typeof v}' object cannot be interpreted as an integer`);
}

/** `format_bounds_error`: NumPy words it by whether any low bound is nonzero. */
function boundsError(closed: boolean, lowAnyNonzero: boolean): ValueError {
  if (!lowAnyNonzero) return new ValueError(`high ${closed ? '<' : '<='} 0`);
  return new ValueError(`low ${closed ? '>' : '>='} high`);
}

/** Bounds given as arrays: their values as bigints and their shape. */
function bigParam(x: unknown): { shape: number[]; vals: bigint[] } {
  const a = x instanceof NDArray ? x : array(x);
  const list = a.tolist({ bigint: true });
  const flat: unknown[] = [];
  const walk = (v: unknown) => (Array.isArray(v) ? v.forEach(walk) : flat.push(v));
  walk(list);
  return { shape: a.shape.slice(), vals: flat.map(toBig) };
}

/** Fill `n` values in [off, off + rng] (words of the dtype) into a fresh array's buffer. */
function fillScalar(
  bg: BitGenerator,
  inf: IntInfo,
  off: bigint,
  rng: bigint,
  masked: boolean,
  out: NDArray,
): void {
  const n = out.size;
  const buf = out.buffer as ArrayBuffer;
  const o = out.offset;
  switch (inf.bits) {
    case 64: {
      const w = new Uint32Array(buf, o, 2 * n);
      const offHi = Number((off >> 32n) & 0xffffffffn);
      const offLo = Number(off & 0xffffffffn);
      const rngHi = Number(rng >> 32n);
      const rngLo = Number(rng & 0xffffffffn);
      if (rngHi === 0) {
        // Ranges within 32 bits use the 32-bit samplers.
        fill64Small(bg, offHi, offLo, rngLo, masked, w, n);
        return;
      }
      const [tHi, tLo] = lemire64Threshold(rng);
      for (let i = 0; i < n; i++) {
        bounded64(bg, offHi, offLo, rngHi, rngLo, masked, tHi, tLo);
        w[2 * i] = OUT64.lo;
        w[2 * i + 1] = OUT64.hi;
      }
      return;
    }
    case 32:
      fill32(bg, Number(off), Number(rng), masked, new Uint32Array(buf, o, n), 0, n);
      return;
    case 16: {
      const a = new Uint16Array(buf, o, n);
      const b = new BitBuffer();
      const r = Number(rng);
      const m = mask32(r);
      for (let i = 0; i < n; i++) a[i] = bounded16(bg, Number(off), r, m, masked, b);
      return;
    }
    case 8: {
      const a = new Uint8Array(buf, o, n);
      const b = new BitBuffer();
      const r = Number(rng);
      const m = mask32(r);
      for (let i = 0; i < n; i++) a[i] = bounded8(bg, Number(off), r, m, masked, b);
      return;
    }
    default: {
      const a = new Uint8Array(buf, o, n);
      const b = new BitBuffer();
      for (let i = 0; i < n; i++) a[i] = boundedBool(bg, Number(off), Number(rng), b);
    }
  }
}

const wrap = (v: bigint, bits: number) => BigInt.asUintN(bits === 1 ? 8 : bits, v);

/**
 * `_rand_<dtype>(low, high, size, use_masked, closed)`: returns an NDArray, or for size=None
 * with scalar bounds the JS value of the drawn scalar.
 */
export function boundedIntegers(
  bg: BitGenerator,
  low: unknown,
  high: unknown,
  size: Size,
  dtypeSpec: unknown,
  masked: boolean,
  closed: boolean,
  fname: string,
): unknown {
  const dt = toDType(dtypeSpec as never) as DType;
  const inf = info(dt);
  if (!inf) throw new TypeError(`Unsupported dtype ${dt.repr()} for ${fname}`);
  const name = dt.kind === 'b' ? 'bool' : dt.name;
  if (size !== null && size !== undefined) {
    const shape = shapeOf(size);
    if (shape.reduce((a, b) => a * b, 1) === 0) return NDArray.zeros(shape, dt);
  }
  const isScalar = (x: unknown) =>
    !(x instanceof NDArray ? x.ndim > 0 : Array.isArray(x) || ArrayBuffer.isView(x));
  if (isScalar(low) && isScalar(high)) {
    const lo = toBig(low);
    let hi = toBig(high);
    if (!closed) hi -= 1n;
    if (lo < inf.lb) throw new ValueError(`low is out of bounds for ${name}`);
    if (hi > inf.ub) throw new ValueError(`high is out of bounds for ${name}`);
    if (lo > hi) throw boundsError(closed, lo !== 0n);
    const rng = wrap(hi - lo, inf.bits);
    const off = wrap(lo, inf.bits);
    const out = NDArray.empty(size === null || size === undefined ? [] : shapeOf(size), dt);
    fillScalar(bg, inf, off, rng, masked, out);
    if (size === null || size === undefined) return out.item();
    return out;
  }
  return broadcastPath(bg, inf, dt, name, low, high, size, masked, closed);
}

function broadcastPath(
  bg: BitGenerator,
  inf: IntInfo,
  dt: DType,
  name: string,
  low: unknown,
  high: unknown,
  size: Size,
  masked: boolean,
  closed: boolean,
): NDArray {
  const L = bigParam(low);
  const H = bigParam(high);
  const anyLow = () => L.vals.some((v) => v !== 0n);
  let hiVals: bigint[];
  if (inf.bits < 64) {
    if (L.vals.some((v) => v < inf.lb)) throw new ValueError(`low is out of bounds for ${name}`);
    const excl = inf.ub + 1n;
    if (H.vals.some((v) => (closed ? v >= excl : v > excl)))
      throw new ValueError(`high is out of bounds for ${name}`);
    checkOrder(L, H, closed, anyLow);
    hiVals = H.vals.map((v) => (closed ? v : v - 1n));
  } else {
    if (L.vals.some((v) => v < inf.lb || v > inf.ub))
      throw new ValueError(`low is out of bounds for ${name}`);
    hiVals = H.vals.map((v) => {
      const cu = closed ? v : v - 1n;
      if (cu > inf.ub) throw new ValueError(`high is out of bounds for ${name}`);
      if (cu < inf.lb) throw boundsError(closed, anyLow());
      return cu;
    });
    checkOrder(L, { shape: H.shape, vals: hiVals }, true, anyLow, closed);
  }
  const shape =
    size !== null && size !== undefined ? shapeOf(size) : broadcastShapes([L.shape, H.shape]);
  broadcastShapes([L.shape, H.shape, shape]);
  const out = NDArray.empty(shape, dt);
  const n = out.size;
  const li = broadcastIndex(shape, {
    shape: L.shape,
    data: new Float64Array(L.vals.length),
  } as Param);
  const hi = broadcastIndex(shape, {
    shape: H.shape,
    data: new Float64Array(H.vals.length),
  } as Param);
  const buf = out.buffer as ArrayBuffer;
  const b = new BitBuffer();
  const words = inf.bits === 64 ? new Uint32Array(buf, 0, 2 * n) : null;
  const view =
    inf.bits === 32
      ? new Uint32Array(buf, 0, n)
      : inf.bits === 16
        ? new Uint16Array(buf, 0, n)
        : new Uint8Array(buf, 0, n);
  for (let i = 0; i < n; i++) {
    const lo = L.vals[li ? li[i]! : 0]!;
    const h = hiVals[hi ? hi[i]! : 0]!;
    const rng = wrap(h - lo, inf.bits);
    const off = wrap(lo, inf.bits);
    if (words) {
      const [tHi, tLo] = masked ? [0, 0] : lemire64Threshold(rng);
      bounded64(
        bg,
        Number(off >> 32n),
        Number(off & 0xffffffffn),
        Number(rng >> 32n),
        Number(rng & 0xffffffffn),
        masked,
        tHi,
        tLo,
      );
      words[2 * i] = OUT64.lo;
      words[2 * i + 1] = OUT64.hi;
    } else {
      const r = Number(rng);
      const m = mask32(r);
      const o = Number(off);
      if (inf.bits === 32) view[i] = bounded32(bg, o, r, m, masked);
      else if (inf.bits === 16) view[i] = bounded16(bg, o, r, m, masked, b);
      else if (inf.bits === 8) view[i] = bounded8(bg, o, r, m, masked, b);
      else view[i] = boundedBool(bg, o, r, b);
    }
  }
  return out;
}

/** low > high (closed) or low >= high (open), elementwise with broadcasting. */
function checkOrder(
  L: { shape: number[]; vals: bigint[] },
  H: { shape: number[]; vals: bigint[] },
  closedCmp: boolean,
  anyLow: () => boolean,
  closedMsg = closedCmp,
): void {
  const shape = broadcastShapes([L.shape, H.shape]);
  const li = broadcastIndex(shape, {
    shape: L.shape,
    data: new Float64Array(L.vals.length),
  } as Param);
  const hi = broadcastIndex(shape, {
    shape: H.shape,
    data: new Float64Array(H.vals.length),
  } as Param);
  const n = shape.reduce((a, b) => a * b, 1);
  for (let i = 0; i < n; i++) {
    const lo = L.vals[li ? li[i]! : 0]!;
    const h = H.vals[hi ? hi[i]! : 0]!;
    if (closedCmp ? lo > h : lo >= h) throw boundsError(closedMsg, anyLow());
  }
}
