// NumPy's complex division (loops.c.src @TYPE@_divide: Smith's method, each step an IEEE
// operation of the type, no fused multiply-adds) on interleaved (re, im) lanes, two complex128
// or four complex64 elements a step: both branches are computed and the one Smith's test picks
// is kept, so every part gets the very operations of the scalar loop. n counts lanes (2 per
// element). Returns 1 when a result part is NaN or ±inf (the engine then checks for errors).
// The sums of the real parts take their operands in the order of NumPy's compiled loop (x86
// passes on the first operand's NaN), so that a NaN part comes out with NumPy's sign.

@inline
function nonfinite64(r: v128): v128 {
  const d = f64x2.sub(r, r);
  return f64x2.ne(d, d);
}

/** One step of Smith's division on de-interleaved parts (lanes of type T); results in RE, IM. */
let RE: v128 = i64x2.splat(0);
let IM: v128 = i64x2.splat(0);

@inline
function smith<T>(ar: v128, ai: v128, br: v128, bi: v128): void {
  const abr = v128.abs<T>(br);
  const abi = v128.abs<T>(bi);
  const one = v128.splat<T>(<T>1);
  const z = v128.splat<T>(<T>0);
  // |br| >= |bi|
  const rat1 = v128.div<T>(bi, br);
  const scl1 = v128.div<T>(one, v128.add<T>(br, v128.mul<T>(bi, rat1)));
  const re1 = v128.mul<T>(v128.add<T>(v128.mul<T>(ai, rat1), ar), scl1);
  const im1 = v128.mul<T>(v128.sub<T>(ai, v128.mul<T>(ar, rat1)), scl1);
  // |br| < |bi|
  const rat2 = v128.div<T>(br, bi);
  const scl2 = v128.div<T>(one, v128.add<T>(bi, v128.mul<T>(br, rat2)));
  const re2 = v128.mul<T>(v128.add<T>(ai, v128.mul<T>(ar, rat2)), scl2);
  const im2 = v128.mul<T>(v128.sub<T>(v128.mul<T>(ai, rat2), ar), scl2);
  // 0 / 0: a complex inf or nan from the parts.
  const zero = v128.and(v128.eq<T>(abr, z), v128.eq<T>(abi, z));
  const first = v128.ge<T>(abr, abi);
  RE = v128.bitselect(v128.div<T>(ar, abr), v128.bitselect(re1, re2, first), zero);
  IM = v128.bitselect(v128.div<T>(ai, abi), v128.bitselect(im1, im2, first), zero);
}

export function cdivF64(a: usize, b: usize, o: usize, n: i32): i32 {
  const end = <usize>n << 3;
  let acc = i64x2.splat(0);
  let i: usize = 0;
  for (; i < end; i += 32) {
    const a0 = v128.load(a + i);
    const a1 = v128.load(a + i, 16);
    const b0 = v128.load(b + i);
    const b1 = v128.load(b + i, 16);
    smith<f64>(
      v128.shuffle<f64>(a0, a1, 0, 2),
      v128.shuffle<f64>(a0, a1, 1, 3),
      v128.shuffle<f64>(b0, b1, 0, 2),
      v128.shuffle<f64>(b0, b1, 1, 3),
    );
    const r0 = v128.shuffle<f64>(RE, IM, 0, 2);
    const r1 = v128.shuffle<f64>(RE, IM, 1, 3);
    v128.store(o + i, r0);
    v128.store(o + i, r1, 16);
    // The second element of the last step may lie past n.
    acc = v128.or(acc, nonfinite64(r0));
    if (i + 32 <= end) acc = v128.or(acc, nonfinite64(r1));
  }
  return v128.any_true(acc) ? 1 : 0;
}

@inline
function nonfinite32(r: v128): v128 {
  const d = f32x4.sub(r, r);
  return f32x4.ne(d, d);
}

export function cdivF32(a: usize, b: usize, o: usize, n: i32): i32 {
  const end = <usize>n << 2;
  let acc = i32x4.splat(0);
  for (let i: usize = 0; i < end; i += 32) {
    const a0 = v128.load(a + i);
    const a1 = v128.load(a + i, 16);
    const b0 = v128.load(b + i);
    const b1 = v128.load(b + i, 16);
    const ar = v128.shuffle<f32>(a0, a1, 0, 2, 4, 6);
    const ai = v128.shuffle<f32>(a0, a1, 1, 3, 5, 7);
    const br = v128.shuffle<f32>(b0, b1, 0, 2, 4, 6);
    const bi = v128.shuffle<f32>(b0, b1, 1, 3, 5, 7);
    smith<f32>(ar, ai, br, bi);
    const r0 = v128.shuffle<f32>(RE, IM, 0, 4, 1, 5);
    const r1 = v128.shuffle<f32>(RE, IM, 2, 6, 3, 7);
    v128.store(o + i, r0);
    v128.store(o + i, r1, 16);
    // Lanes past n (the last step's) do not count.
    const left = <i32>((end - i) >> 2);
    const lanes = i32x4(0, 1, 2, 3);
    acc = v128.or(acc, v128.and(nonfinite32(r0), i32x4.lt_s(lanes, i32x4.splat(left))));
    acc = v128.or(acc, v128.and(nonfinite32(r1), i32x4.lt_s(lanes, i32x4.splat(left - 4))));
  }
  return v128.any_true(acc) ? 1 : 0;
}
