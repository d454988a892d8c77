// Shared pieces of the fused-multiply-add kernels: the fma itself and the bit access of the
// C library code they port.

/**
 * a·b + c with one rounding: relaxed SIMD's madd, which V8 compiles to the CPU's FMA
 * instruction where there is one. The loader (src/_core/kernels/fma_wasm.ts) checks that it
 * is fused on this engine before any kernel of this module runs.
 */
@inline
export function fma(a: f64, b: f64, c: f64): f64 {
  return f64x2.extract_lane(
    f64x2.relaxed_madd(f64x2.splat(a), f64x2.splat(b), f64x2.splat(c)),
    0,
  );
}

/** fmaf: a·b + c rounded once to float32. */
@inline
export function fmaf(a: f32, b: f32, c: f32): f32 {
  return f32x4.extract_lane(
    f32x4.relaxed_madd(f32x4.splat(a), f32x4.splat(b), f32x4.splat(c)),
    0,
  );
}

/** High 32 bits (sign, exponent, top of the mantissa) of a double. */
@inline
export function hiWord(x: f64): u32 {
  return <u32>(reinterpret<u64>(x) >>> 32);
}

/** Low 32 bits of a double's mantissa. */
@inline
export function loWord(x: f64): u32 {
  return <u32>reinterpret<u64>(x);
}

/** The double with the given high and low words. */
@inline
export function fromWords(hi: u32, lo: u32): f64 {
  return reinterpret<f64>((<u64>hi << 32) | <u64>lo);
}

/**
 * The x86 default NaN (sign bit set): what 0/0 gives on the CPU, so what glibc's
 * (x - x) / (x - x) returns for an invalid argument. The NaN literal is the positive one.
 */
export const DEFAULT_NAN: f64 = reinterpret<f64>(0xfff8000000000000);

// Two-lane helpers of the f64x2 kernels.

/** a·b + c on both lanes, fused (the loader checked that madd fuses). */
@inline
export function madd2(a: v128, b: v128, c: v128): v128 {
  return f64x2.relaxed_madd(a, b, c);
}

/** a where the mask m is set, else b. */
@inline
export function sel(m: v128, a: v128, b: v128): v128 {
  return v128.bitselect(a, b, m);
}

/** Whether lane l of a two-lane (64-bit) mask is set. */
@inline
export function laneOn(m: v128, l: i32): bool {
  return ((i8x16.bitmask(m) >> (l * 8)) & 1) != 0;
}

/**
 * The lanes of vector i off the vector paths (`off`): `listed` ones to idx, the others by the
 * scalar f; the new count.
 */
@inline
export function finish(
  off: v128, listed: v128, a: usize, o: usize, i: i32, n: i32, idx: usize, cnt: i32,
  f: (x: f64) => f64,
): i32 {
  for (let l = 0; l < 2 && i + l < n; l++) {
    if (!laneOn(off, l)) continue;
    const q = (<usize>(i + l)) << 3;
    if (laneOn(listed, l)) {
      store<i32>(idx + (<usize>cnt << 2), i + l);
      cnt++;
    } else store<f64>(o + q, f(load<f64>(a + q)));
  }
  return cnt;
}
