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
function normalUnlikely(
  bg: { nextDouble(): number },
  idx: number,
  x: number,
  bit17: number,
): number {
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

/** Raw draws buffered by fillStandardNormal (module scratch: fills do not nest). */
const RAW_CAP = 4096;
const RAW = new Int32Array(2 * RAW_CAP);

/**
 * The buffered draw source of fillStandardNormal's rare paths: draws from the rest of RAW,
 * refilled with as many draws as outputs remain (each output takes at least one more).
 */
class RawSource {
  p = 0;
  l = 0;
  rem = 0;
  constructor(readonly bg: BitGenerator) {}
  /** Word index of the next buffered 64-bit draw. */
  take(): number {
    if (this.p === this.l) {
      this.l = Math.min(RAW_CAP, this.rem);
      this.bg.fillRaw64(RAW, this.l);
      this.p = 0;
    }
    return 2 * this.p++;
  }
  nextDouble(): number {
    const q = this.take();
    return this.bg.rawToDouble(RAW[q + 1]!, RAW[q]!);
  }
  /** The rest of `random_standard_normal` after a draw failed the quick test. */
  normal(idx: number, x: number, bit17: number): number {
    for (;;) {
      const r = normalUnlikely(this, idx, x, bit17);
      if (!Number.isNaN(r)) return r;
      const q = this.take();
      const lo = RAW[q]!;
      idx = lo & 0xff;
      const rabs = (RAW[q + 1]! & 0x1fffffff) * 8388608 + (lo >>> 9);
      x = rabs * WI[idx]!;
      if (lo & 0x100) x = -x;
      if (rabs < KI[idx]!) return x;
      bit17 = (lo >>> 17) & 1;
    }
  }
}

/**
 * out[i...] = the normals of draws RAW[p..stop) while they pass the ziggurat's quick test;
 * returns the index of the first draw that does not (or stop). A small function of its own,
 * so that V8 compiles this loop tightly.
 */
function quickNormals(out: Float64Array, i: number, p: number, stop: number): number {
  const buf = RAW;
  for (; p < stop; p++) {
    const lo = buf[2 * p]!;
    const idx = lo & 0xff;
    const rabs = (buf[2 * p + 1]! & 0x1fffffff) * 8388608 + (lo >>> 9);
    let v = rabs * WI[idx]!;
    if (lo & 0x100) v = -v;
    if (!(rabs < KI[idx]!)) break;
    out[i++] = v;
  }
  return p;
}

/**
 * `random_standard_normal_fill`: 64-bit draws come in bulk (`fillRaw64`), never more than
 * the outputs still to make, so the bit generator ends exactly where NumPy's does. A tight
 * loop takes the draws that pass the quick test; the rare others go through RawSource.
 */
export function fillStandardNormal(
  bg: BitGenerator,
  out: Float64Array,
  start: number,
  n: number,
): void {
  const buf = RAW;
  let p = 0;
  let l = 0;
  let i = start;
  const end = start + n;
  let src: RawSource | null = null;
  while (i < end) {
    if (p === l) {
      l = Math.min(RAW_CAP, end - i);
      bg.fillRaw64(buf, l);
      p = 0;
    }
    const stop = Math.min(l, p + (end - i));
    const p0 = p;
    p = quickNormals(out, i, p, stop);
    i += p - p0;
    if (p === stop) continue;
    // Draw p failed the quick test: finish this output on the rare path.
    const lo = buf[2 * p]!;
    const idx = lo & 0xff;
    let v = ((buf[2 * p + 1]! & 0x1fffffff) * 8388608 + (lo >>> 9)) * WI[idx]!;
    if (lo & 0x100) v = -v;
    src ??= new RawSource(bg);
    src.p = p + 1;
    src.l = l;
    src.rem = end - i;
    out[i++] = src.normal(idx, v, (lo >>> 17) & 1);
    p = src.p;
    l = src.l;
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
