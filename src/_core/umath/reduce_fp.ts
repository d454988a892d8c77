/**
 * Floating-point flags and cast warnings of reductions. NumPy checks the FPU status after
 * the whole loop and reports "… encountered in reduce" (accumulate, reduceat); the buffered
 * casts around the loop raise flags too (NaN/inf/out-of-range floats to integers), and a
 * complex-to-real cast warns ComplexWarning.
 */
import type { DType } from '../dtype.js';
import { halfBitsToDouble } from '../float16.js';
import { castInto } from '../multiarray/castloops.js';
import type { NDArray } from '../ndarray.js';
import { catchWarnings, warn } from '../runtime_warning.js';
import { fpFlagsWatched, ignoringFp, reportFpError } from './errstate.js';
import type { FpFlags } from './reduce_loops.js';

/** Whether any of divide/over/invalid is not ignored (otherwise flags need not be found). */
export function fpWatched(): boolean {
  return fpFlagsWatched();
}

/** Every float lane of `a`. */
function forEachLane(a: NDArray, fn: (v: number) => void): void {
  if (a.dtype.kind !== 'f' && a.dtype.kind !== 'c') return;
  const half = a.dtype.kind === 'f' && a.dtype.itemsize === 2;
  const lanes = a.dtype.lanes;
  const unit = a.dtype.storageBytes;
  const data = a.data as Float64Array;
  a.forEachOffset((off) => {
    const i = off / unit;
    for (let l = 0; l < lanes; l++) fn(half ? halfBitsToDouble(data[i + l]!) : data[i + l]!);
  });
}

/** Whether `a` holds a NaN or infinity (contiguous arrays scan their storage directly). */
export function hasNonFinite(a: NDArray): boolean {
  if (a.dtype.kind !== 'f' && a.dtype.kind !== 'c') return false;
  const half = a.dtype.kind === 'f' && a.dtype.itemsize === 2;
  if (a.isAligned && (a.flags.c_contiguous || a.flags.f_contiguous)) {
    const unit = a.dtype.storageBytes;
    const start = a.offset / unit;
    const end = start + a.size * a.dtype.lanes;
    const d = a.data as Float64Array | Uint16Array;
    if (half) {
      for (let i = start; i < end; i++) if ((d[i]! & 0x7c00) === 0x7c00) return true;
      return false;
    }
    // x - x is NaN exactly for NaN and ±inf.
    for (let i = start; i < end; i++) {
      const v = d[i]!;
      if (v - v !== 0) return true;
    }
    return false;
  }
  let bad = false;
  forEachLane(a, (v) => {
    if (!Number.isFinite(v)) bad = true;
  });
  return bad;
}

/** Flags a cast of `a` to `to` raises: float (real part) to integer of NaN, inf or out of range. */
export function castFlags(a: NDArray, to: DType): FpFlags {
  const flags: FpFlags = { divide: false, over: false, invalid: false };
  if ((a.dtype.kind !== 'f' && a.dtype.kind !== 'c') || (to.kind !== 'i' && to.kind !== 'u'))
    return flags;
  // x86 converts through a 32-bit (or, for 64-bit targets, 64-bit) truncation.
  const lim = to.itemsize === 8 ? 2 ** 63 : 2 ** 31;
  const real = a.dtype.kind === 'c';
  let k = 0;
  forEachLane(a, (v) => {
    if (!real || k++ % 2 === 0) if (!(v > -lim - 1 && v < lim)) flags.invalid = true;
  });
  return flags;
}

export function mergeFlags(into: FpFlags, from: FpFlags): void {
  into.divide ||= from.divide;
  into.over ||= from.over;
  into.invalid ||= from.invalid;
}

/** Report flags in NumPy's order (divide, over, invalid) under `name`. */
export function reportFlags(flags: FpFlags, name: string): void {
  if (flags.divide) reportFpError('divide', name);
  if (flags.over) reportFpError('over', name);
  if (flags.invalid) reportFpError('invalid', name);
}

/** NumPy's ComplexWarning for casting complex to a real dtype (`times` casts set up). */
export function complexWarnings(from: DType, to: DType, times: number): void {
  if (from.kind !== 'c' || to.kind === 'c' || to.kind === 'b') return;
  for (let i = 0; i < times; i++)
    warn('Casting complex values to real discards the imaginary part', 'ComplexWarning');
}

/**
 * A cast inside a reduction: NumPy reports its FP flags and ComplexWarning as part of the
 * operation (see castFlags/complexWarnings), so the cast itself stays quiet.
 */
export function castQuiet(dst: NDArray, src: NDArray): void {
  if (dst.size === 0) return;
  // Same dtype and both C-contiguous: one block copy.
  if (
    dst.dtype === src.dtype &&
    dst.isAligned &&
    src.isAligned &&
    dst.flags.c_contiguous &&
    src.flags.c_contiguous &&
    dst.ndim === src.ndim &&
    dst.dims.every((n, i) => n === src.dims[i])
  ) {
    const unit = dst.dtype.storageBytes;
    const n = dst.size * dst.dtype.lanes;
    const s = src.data as Float64Array;
    (dst.data as Float64Array).set(
      s.subarray(src.offset / unit, src.offset / unit + n),
      dst.offset / unit,
    );
    return;
  }
  catchWarnings(() => ignoringFp(() => castInto(dst, src)));
}
