/**
 * Generator's standard normal and standard exponential samplers: NumPy's 256-layer
 * ziggurats (distributions.c), for float64 and float32, draw for draw.
 */
import type { BitGenerator } from '../bit_generator/bit_generator.js';
import { cmpExp } from './libm/compare.js';
import { expf, log1p, log1pf } from './libm/index.js';
import { f64Table, u32Table } from './libm/tables_decode.js';
import * as Z from './ziggurat_tables.js';

const fr = Math.fround;

/** A uint64 table as exact doubles (all entries are below 2**53). */
function u64AsDouble(b64: string): Float64Array {
  const w = u32Table(b64);
  const out = new Float64Array(w.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = w[2 * i + 1]! * 4294967296 + w[2 * i]!;
  return out;
}
function f32Table(b64: string): Float64Array {
  const w = u32Table(b64);
  return Float64Array.from(new Float32Array(w.buffer, w.byteOffset, w.length));
}

const KI = u64AsDouble(Z.KI_DOUBLE_B64);
const WI = f64Table(Z.WI_DOUBLE_B64);
const FI = f64Table(Z.FI_DOUBLE_B64);
const KE = u64AsDouble(Z.KE_DOUBLE_B64);
const WE = f64Table(Z.WE_DOUBLE_B64);
const FE = f64Table(Z.FE_DOUBLE_B64);
const KI_F = u32Table(Z.KI_FLOAT_B64);
const WI_F = f32Table(Z.WI_FLOAT_B64);
const FI_F = f32Table(Z.FI_FLOAT_B64);
const KE_F = u32Table(Z.KE_FLOAT_B64);
const WE_F = f32Table(Z.WE_FLOAT_B64);
const FE_F = f32Table(Z.FE_FLOAT_B64);
const NOR_R = Z.ZIGGURAT_NOR_R;
const NOR_INV_R = Z.ZIGGURAT_NOR_INV_R;
const EXP_R = Z.ZIGGURAT_EXP_R;

/**
 * The rare draws of the normal ziggurat: the base strip's tail, or a wedge test. NaN means
 * rejected (draw again); a number (never NaN) is the sample.
 */
function normalUnlikely(bg: BitGenerator, idx: number, x: number, bit17: number): number {
  if (idx === 0) {
    for (;;) {
      // 1 - U instead of U avoids log(0).
      const xx = -NOR_INV_R * log1p(-bg.nextDouble());
      const yy = -log1p(-bg.nextDouble());
      if (yy + yy > xx * xx) return bit17 ? -(NOR_R + xx) : NOR_R + xx;
    }
  }
  if ((FI[idx - 1]! - FI[idx]!) * bg.nextDouble() + FI[idx]! < cmpExp(-0.5 * x * x)) return x;
  return Number.NaN;
}

/** `random_standard_normal`: 8 bits of layer, 1 of sign, 52 of magnitude per draw. */
export function standardNormal(bg: BitGenerator): number {
  for (;;) {
    bg.next64();
    const lo = bg.lo;
    const idx = lo & 0xff;
    const rabs = (bg.hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    let x = rabs * WI[idx]!;
    if (lo & 0x100) x = -x;
    if (rabs < KI[idx]!) return x;
    const r = normalUnlikely(bg, idx, x, (lo >>> 17) & 1);
    if (!Number.isNaN(r)) return r;
  }
}

/** `random_standard_normal_fill`. */
export function fillStandardNormal(
  bg: BitGenerator,
  out: Float64Array,
  start: number,
  n: number,
): void {
  for (let i = start, end = start + n; i < end; i++) {
    let v: number;
    for (;;) {
      bg.next64();
      const lo = bg.lo;
      const idx = lo & 0xff;
      const rabs = (bg.hi & 0x1fffffff) * 8388608 + (lo >>> 9);
      v = rabs * WI[idx]!;
      if (lo & 0x100) v = -v;
      if (rabs < KI[idx]!) break;
      const r = normalUnlikely(bg, idx, v, (lo >>> 17) & 1);
      if (!Number.isNaN(r)) {
        v = r;
        break;
      }
    }
    out[i] = v;
  }
}

/** `random_standard_normal_f`: the float32 ziggurat on 32-bit draws. */
export function standardNormalF(bg: BitGenerator): number {
  for (;;) {
    const r = bg.nextUint32();
    const idx = r & 0xff;
    const rabs = (r >>> 9) & 0x7fffff;
    let x = fr(rabs * WI_F[idx]!);
    if ((r >>> 8) & 1) x = -x;
    if (rabs < KI_F[idx]!) return x;
    if (idx === 0) {
      for (;;) {
        const xx = fr(-fr(Z.ZIGGURAT_NOR_INV_R_F) * log1pf(-bg.nextFloat()));
        const yy = -log1pf(-bg.nextFloat());
        if (fr(yy + yy) > fr(xx * xx)) {
          const t = fr(Z.ZIGGURAT_NOR_R_F + xx);
          return (rabs >>> 8) & 1 ? -t : t;
        }
      }
    }
    if (
      fr(fr(fr(FI_F[idx - 1]! - FI_F[idx]!) * bg.nextFloat()) + FI_F[idx]!) < cmpExp(-0.5 * x * x)
    )
      return x;
  }
}

/** `random_standard_exponential`: 8 bits of layer, 53 of magnitude per draw. */
export function standardExponential(bg: BitGenerator): number {
  for (;;) {
    bg.next64();
    const lo = bg.lo;
    const idx = (lo >>> 3) & 0xff;
    const ri = (bg.hi >>> 0) * 2097152 + (lo >>> 11);
    const x = ri * WE[idx]!;
    if (ri < KE[idx]!) return x;
    if (idx === 0) return EXP_R - log1p(-bg.nextDouble());
    if ((FE[idx - 1]! - FE[idx]!) * bg.nextDouble() + FE[idx]! < cmpExp(-x)) return x;
  }
}

/** `random_standard_exponential_f`. */
export function standardExponentialF(bg: BitGenerator): number {
  for (;;) {
    const r = bg.nextUint32() >>> 1;
    const idx = r & 0xff;
    const ri = r >>> 8;
    const x = fr(ri * WE_F[idx]!);
    if (ri < KE_F[idx]!) return x;
    if (idx === 0) return fr(Z.ZIGGURAT_EXP_R_F - log1pf(-bg.nextFloat()));
    if (fr(fr(fr(FE_F[idx - 1]! - FE_F[idx]!) * bg.nextFloat()) + FE_F[idx]!) < expf(-x)) return x;
  }
}
