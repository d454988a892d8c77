// Kernels that reproduce np.sin and np.cos bit for bit, with a per-element escape:
// - float32: NumPy's own SIMD kernel (simd_sincos_f32 at X86_V3, ported in
//   src/_core/umath/defs/simd_f32.ts), evaluated on f64x2 lanes;
// - float64: glibc's sin/cos (second half of this file).
// Each kernel writes the results of the elements it can vouch for and lists the indices of
// the others (i32, ascending); the TypeScript driver (src/_core/kernels/exact_trig.ts)
// recomputes exactly those with the scalar port. Every element's result depends on its own
// value alone.
//
// float32: a fused multiply-add fma(a, b, c) of float32 values: the product a·b is exact in
// double, the double sum s = a·b + c rounds once more to float32 (f32round). That double
// rounding equals the single correct one unless s lies exactly halfway between two floats
// (its 29 bits below float32 precision are 1000…0); such lanes are flagged. So are the inputs
// the block kernel does not handle: NaN, ±inf, |x| beyond NumPy's limits (C-library path), tiny
// nonzero |x| (underflow bookkeeping, subnormal intermediates), and tiny reduced arguments.
// Every other lane performs the scalar port's operations in the same order, so its bits are
// the port's.

@inline function ld(p: usize): v128 {
  return v128.load64_splat(p);
}
@inline function ld32(p: usize): v128 {
  return v128.load32_splat(p);
}

const TWO_OVER_PI = memory.data<f64>([0.6366197466850281]);
const PIO2_HI = memory.data<f64>([-1.570796012878418]);
const PIO2_MED = memory.data<f64>([-3.1391647326017846e-7]);
const PIO2_LO = memory.data<f64>([-5.390302529957765e-15]);
const RINT_MAGIC = memory.data<f64>([12582912.0]);
const ONE = memory.data<f64>([1.0]);
const ZERO = memory.data<f64>([0.0]);
const C0 = memory.data<f64>([2.4372266125283204e-5]);
const C1 = memory.data<f64>([-1.388652017340064e-3]);
const C2 = memory.data<f64>([4.166661947965622e-2]);
const C3 = memory.data<f64>([-0.5]);
const S0 = memory.data<f64>([2.8404097065504175e-6]);
const S1 = memory.data<f64>([-1.9856491417158395e-4]);
const S2 = memory.data<f64>([8.333397097885609e-3]);
const S3 = memory.data<f64>([-0.1666666716337204]);
/** |r| below this: flagged (keeps every intermediate a normal float32). */
const R_TINY = memory.data<f64>([8.673617379884035e-19]); // 2^-60
const LOW29 = memory.data<i32>([0x1fffffff]);
const MID29 = memory.data<i32>([0x10000000]);
const ROUND_HALF = memory.data<i64>([0x10000000]);
const ROUND_MASK = memory.data<i64>([~0x1fffffff]);
const BIT29 = memory.data<i64>([1 << 29]);
const BIT30 = memory.data<i64>([1 << 30]);
const SIN_MAX32 = memory.data<f32>([117435.992]);
const COS_MAX32 = memory.data<f32>([71476.0625]);
/** Nonzero |x| below 2^-40 is flagged (underflow flags, tiny squares). */
const X_TINY32 = memory.data<f32>([9.094947017729282e-13]);

/** The i64 lane masks of two f64x2 vectors as one i32x4 mask (element order). */
@inline function pack(a: v128, b: v128): v128 {
  return v128.shuffle<i32>(a, b, 0, 2, 4, 6);
}

/**
 * Lanes of the double sums in a, b lying exactly on a float32 midpoint (their 29 bits below
 * float32 precision, all in the low word, are 1000…0): an i32x4 mask in element order.
 */
@inline function midpoint2(a: v128, b: v128): v128 {
  return i32x4.eq(v128.and(pack(a, b), ld32(LOW29)), ld32(MID29));
}

/**
 * s rounded to float32 precision (the rounded float's exact value), s in float32's normal
 * range: half an ulp added to the bit pattern's magnitude, the 29 bits below float32
 * precision cleared. That rounds ties away from zero instead of to even, but ties are
 * flagged (`midpoint`); two integer operations outrun demote + promote.
 */
@inline function f32round(s: v128): v128 {
  return v128.and(i64x2.add(s, ld(ROUND_HALF)), ld(ROUND_MASK));
}

/** s rounded to float32 (ties to even) and back: for the exact sums and products (ties real). */
@inline function f32roundEven(s: v128): v128 {
  return f64x2.promote_low_f32x4(f32x4.demote_f64x2_zero(s));
}

/** Append index j (< n) to the list at idx when lane flag f is set; the new count. */
@inline function push(idx: usize, cnt: i32, f: i32, j: i32, n: i32): i32 {
  if (f == 0 || j >= n) return cnt;
  store<i32>(idx + (<usize>cnt << 2), j);
  return cnt + 1;
}

/** Flagged lanes of the float32 vector at element j: appended to idx; the new count. */
@inline function pushAll(idx: usize, cnt: i32, bad: v128, j: i32, n: i32): i32 {
  if (!v128.any_true(bad)) return cnt;
  cnt = push(idx, cnt, i32x4.extract_lane(bad, 0), j, n);
  cnt = push(idx, cnt, i32x4.extract_lane(bad, 1), j + 1, n);
  cnt = push(idx, cnt, i32x4.extract_lane(bad, 2), j + 2, n);
  return push(idx, cnt, i32x4.extract_lane(bad, 3), j + 3, n);
}

/**
 * Four floats at p: results to o, flagged element indices (from j) appended to idx. The two
 * f64x2 halves are interleaved statement by statement (two independent dependency chains;
 * four chains measured slower: too many live vectors for the registers).
 */
@inline function block(
  cos: bool, p: usize, o: usize, j: i32, n: i32, idx: usize, cnt: i32, lim: v128,
): i32 {
  const w0 = v128.load(p, 0);
  const x0 = f64x2.promote_low_f32x4(w0);
  const x1 = f64x2.promote_low_f32x4(v128.shuffle<f32>(w0, w0, 2, 3, 2, 3));
  let s0 = f64x2.add(f64x2.mul(x0, ld(TWO_OVER_PI)), ld(RINT_MAGIC));
  let s1 = f64x2.add(f64x2.mul(x1, ld(TWO_OVER_PI)), ld(RINT_MAGIC));
  // mid: i32 lanes in element order, for both halves at once
  let mid = midpoint2(s0, s1);
  const m0 = f32round(s0);
  const m1 = f32round(s1);
  const q0 = f64x2.sub(m0, ld(RINT_MAGIC));
  const q1 = f64x2.sub(m1, ld(RINT_MAGIC));
  // The first two Cody–Waite steps are exact in double (q < 2^17, x's ulp ≥ 2^-24 when
  // q ≠ 0, π/2's parts multiples of 2^-20 and 2^-44, sums below 1): no midpoint doubt.
  s0 = f64x2.add(f64x2.mul(q0, ld(PIO2_HI)), x0);
  s1 = f64x2.add(f64x2.mul(q1, ld(PIO2_HI)), x1);
  let r0 = f32roundEven(s0);
  let r1 = f32roundEven(s1);
  s0 = f64x2.add(f64x2.mul(q0, ld(PIO2_MED)), r0);
  s1 = f64x2.add(f64x2.mul(q1, ld(PIO2_MED)), r1);
  r0 = f32roundEven(s0);
  r1 = f32roundEven(s1);
  s0 = f64x2.add(f64x2.mul(q0, ld(PIO2_LO)), r0);
  s1 = f64x2.add(f64x2.mul(q1, ld(PIO2_LO)), r1);
  mid = v128.or(mid, midpoint2(s0, s1));
  r0 = f32round(s0);
  r1 = f32round(s1);
  mid = v128.or(mid, pack(f64x2.lt(f64x2.abs(r0), ld(R_TINY)), f64x2.lt(f64x2.abs(r1), ld(R_TINY))));
  const r20 = f32roundEven(f64x2.mul(r0, r0));
  const r21 = f32roundEven(f64x2.mul(r1, r1));
  // quadrant n = q (+1 for cos): its low bits are bits 29, 30 of m = magic + q
  const nb0 = cos ? f64x2.add(m0, ld(ONE)) : m0;
  const nb1 = cos ? f64x2.add(m1, ld(ONE)) : m1;
  const odd0 = i64x2.eq(v128.and(nb0, ld(BIT29)), ld(BIT29));
  const odd1 = i64x2.eq(v128.and(nb1, ld(BIT29)), ld(BIT29));
  // One Horner chain per lane: cos's polynomial (odd n) or sin's, whose 4th step
  // fma(h, r², 0) is one rounded product (addend +0).
  s0 = f64x2.add(f64x2.mul(v128.bitselect(ld(C0), ld(S0), odd0), r20), v128.bitselect(ld(C1), ld(S1), odd0));
  s1 = f64x2.add(f64x2.mul(v128.bitselect(ld(C0), ld(S0), odd1), r21), v128.bitselect(ld(C1), ld(S1), odd1));
  mid = v128.or(mid, midpoint2(s0, s1));
  let p0 = f32round(s0);
  let p1 = f32round(s1);
  s0 = f64x2.add(f64x2.mul(p0, r20), v128.bitselect(ld(C2), ld(S2), odd0));
  s1 = f64x2.add(f64x2.mul(p1, r21), v128.bitselect(ld(C2), ld(S2), odd1));
  mid = v128.or(mid, midpoint2(s0, s1));
  p0 = f32round(s0);
  p1 = f32round(s1);
  s0 = f64x2.add(f64x2.mul(p0, r20), v128.bitselect(ld(C3), ld(S3), odd0));
  s1 = f64x2.add(f64x2.mul(p1, r21), v128.bitselect(ld(C3), ld(S3), odd1));
  mid = v128.or(mid, midpoint2(s0, s1));
  p0 = f32round(s0);
  p1 = f32round(s1);
  s0 = f64x2.add(f64x2.mul(p0, r20), v128.and(ld(ONE), odd0));
  s1 = f64x2.add(f64x2.mul(p1, r21), v128.and(ld(ONE), odd1));
  mid = v128.or(mid, midpoint2(s0, s1));
  p0 = f32round(s0);
  p1 = f32round(s1);
  // sin: fma(s, r, r)
  s0 = f64x2.add(f64x2.mul(p0, r0), r0);
  s1 = f64x2.add(f64x2.mul(p1, r1), r1);
  mid = v128.or(mid, v128.andnot(midpoint2(s0, s1), pack(odd0, odd1)));
  let v0 = v128.bitselect(p0, f32round(s0), odd0);
  let v1 = v128.bitselect(p1, f32round(s1), odd1);
  // NumPy negates by subtracting from zero (a zero result stays +0)
  v0 = v128.bitselect(f64x2.sub(ld(ZERO), v0), v0, i64x2.eq(v128.and(nb0, ld(BIT30)), ld(BIT30)));
  v1 = v128.bitselect(f64x2.sub(ld(ZERO), v1), v1, i64x2.eq(v128.and(nb1, ld(BIT30)), ld(BIT30)));
  v128.store(o, v128.shuffle<f32>(f32x4.demote_f64x2_zero(v0), f32x4.demote_f64x2_zero(v1), 0, 1, 4, 5), 0);
  const ax0 = f32x4.abs(w0);
  // not (|x| <= limit): NaN, ±inf, the C-library range; or 0 < |x| < 2^-40
  const bad0 = v128.or(
    v128.or(
      v128.not(f32x4.le(ax0, lim)),
      v128.and(f32x4.lt(ax0, ld32(X_TINY32)), f32x4.ne(w0, f32x4.splat(0))),
    ),
    mid,
  );
  cnt = pushAll(idx, cnt, bad0, j + 0, n);
  return cnt;
}

/**
 * o[i] = NumPy's float32 sin (cos) of a[i] for i < n, except the elements whose indices are
 * written to idx (i32 each, ascending): those o[i] hold no meaningful value. Returns how many
 * were written.
 * Reads and writes whole groups of 4 floats (the scratch blocks are sized for that).
 */
@inline function trigF32(cos: bool, a: usize, o: usize, n: i32, idx: usize): i32 {
  const lim = ld32(cos ? COS_MAX32 : SIN_MAX32);
  let cnt: i32 = 0;
  for (let j: i32 = 0; j < n; j += 4) {
    cnt = block(cos, a + (<usize>j << 2), o + (<usize>j << 2), j, n, idx, cnt, lim);
  }
  return cnt;
}

/** NumPy's float32 sin over n floats at a into o; flagged indices to idx, returns their count. */
export function f32_sin_exact(a: usize, o: usize, n: i32, idx: usize): i32 {
  return trigF32(false, a, o, n, idx);
}

/** NumPy's float32 cos over n floats at a into o; flagged indices to idx, returns their count. */
export function f32_cos_exact(a: usize, o: usize, n: i32, idx: usize): i32 {
  return trigF32(true, a, o, n, idx);
}

// ---------------------------------------------------------------------------------------
// float64: glibc's sin/cos (dbl-64/s_sin.c, FMA build; ported in src/_core/umath/defs/
// libm_trig.ts) for |x| < 105414336, without fused multiply-adds (baseline SIMD has none).
//
// glibc's result is RN(M + RN(V)): M a table value (sin or cos of k/128), V a small
// correction it forms with fused steps (or, for |a| < 0.126, RN(a + W) of its Taylor series).
// Each rounding whose outcome the unfused steps could change is bounded instead of
// reproduced: for RN(v) of a value v known only within [v' − e, v' + e], rounding both ends
// (RN is monotonic) gives RN(v) when they agree; otherwise the lane is flagged. The bounds e
// are generous multiples of what the fusions can change (each moves a value by at most half
// an ulp of its unrounded term), written from magnitudes at hand (|t2|, |x|, x'²). Steps
// whose products are exact (π/2's 26/27-bit parts times a quotient below 2^26) are glibc's
// exactly; the fused step that decides the reduced argument, b = fma(−xn, pp4, t2), and the
// leading product s·N of V are formed exactly with Dekker's product. Flagged lanes, and
// |x| ≥ 105414336, ±inf, NaN and subnormal sin inputs (their underflow flag), are recomputed
// by the scalar port.

const D_SPLIT = memory.data<f64>([134217729.0]);
const D_HALF = memory.data<f64>([0.5]);
const D_ONE = memory.data<f64>([1.0]);
const D_ZERO = memory.data<f64>([0.0]);
const D_BIG = memory.data<f64>([52776558133248.0]);
const D_TOINT = memory.data<f64>([6755399441055744.0]);
const D_HPINV = memory.data<f64>([0.6366197723675814]);
const D_MP1 = memory.data<f64>([1.5707963407039642]);
const D_MP2 = memory.data<f64>([-1.3909067564377153e-8]);
const D_PP3 = memory.data<f64>([-4.97899623147991e-17]);
const D_PP4 = memory.data<f64>([-1.9034889620193266e-25]);
const D_PP4H = memory.data<f64>([-1.9034889470454776e-25]); // pp4's 24 leading bits
const D_PP4L = memory.data<f64>([-1.497384905065873e-33]); // pp4 − pp4h
const D_HP0 = memory.data<f64>([1.5707963267948966]);
const D_HP1 = memory.data<f64>([6.123233995736766e-17]);
const D_S1 = memory.data<f64>([-0.16666666666666666]);
const D_S2 = memory.data<f64>([0.008333333333332329]);
const D_S3 = memory.data<f64>([-0.00019841269834414642]);
const D_S4 = memory.data<f64>([2.755729806860771e-6]);
const D_S5 = memory.data<f64>([-2.5022014848318398e-8]);
const D_SN3 = memory.data<f64>([-0.16666666666666488]);
const D_SN5 = memory.data<f64>([0.008333332142857223]);
const D_CS2 = memory.data<f64>([0.5]);
const D_CS4 = memory.data<f64>([-0.04166666666666644]);
const D_CS6 = memory.data<f64>([0.001388888740079376]);
/** glibc's range limits (high-word comparisons as doubles). */
const D_TINY_SIN = memory.data<f64>([1.4901161193847656e-8]); // 0x3e500000: 2^-26
const D_TINY_COS = memory.data<f64>([7.450580596923828e-9]); // 0x3e400000: 2^-27
const D_SMALL = memory.data<f64>([0.85546875]); // 0x3feb6000
const D_MID = memory.data<f64>([2.4262638092041016]); // 0x400368fd
const D_RED = memory.data<f64>([105414336.0]); // 0x419921fb
const D_TAYLOR = memory.data<f64>([0.126]);
const D_DBL_MIN = memory.data<f64>([2.2250738585072014e-308]);
/** Half-integer guard for the quotient's rounding: x·2/π is within 2^-27 of the exact product. */
const D_QGUARD = memory.data<f64>([0.4999999850988388]); // 0.5 - 2^-26
const D_E50 = memory.data<f64>([8.881784197001252e-16]); // 2^-50
const D_E40 = memory.data<f64>([9.094947017729282e-13]); // 2^-40
const D_E100 = memory.data<f64>([7.888609052210118e-31]); // 2^-100
const D_E48 = memory.data<f64>([3.552713678800501e-15]); // 2^-48
const D_E51 = memory.data<f64>([4.440892098500626e-16]); // 2^-51
const D_E52 = memory.data<f64>([2.220446049250313e-16]); // 2^-52
const D_E58 = memory.data<f64>([3.469446951953614e-18]); // 2^-58
const D_E57 = memory.data<f64>([6.938893903907228e-18]); // 2^-57
const D_E102 = memory.data<f64>([1.9721522630525295e-31]); // 2^-102
const D_E130 = memory.data<f64>([7.346839692639297e-40]); // 2^-130
const D_E140 = memory.data<f64>([7.174648137343064e-43]); // 2^-140
const D_FOUR = memory.data<f64>([4.0]);
const D_SIGN = memory.data<f64>([-0.0]); // the sign bit
const D_TINYABS = memory.data<f64>([1e-300]);

/** sin and cos of k/128 as double-doubles (sincostab.c), 4 doubles per k, padded to 128 k. */
const SINCOSTAB = memory.data<f64>([
  0.0, 0.0, 1.0, 0.0,
  0.0078124205273828315, -4.102755709382617e-19, 0.9999694825770951, 5.427791428371788e-17,
  0.015624364224883372, -1.265093755275982e-19, 0.9998779321710066, 3.216122229972341e-17,
  0.02343535429172257, 1.0500785515068913e-19, 0.9997253543694995, 4.666714544113391e-17,
  0.03124491398532608, -1.562781562225433e-18, 0.9995117584851364, -3.418806487972947e-17,
  0.03905256665042215, 1.1342467037138512e-18, 0.999237157554709, 1.1089280858439994e-17,
  0.04685783574813424, -2.3419368365610254e-18, 0.9989015683384429, -2.1425557800399754e-17,
  0.05466024488506646, 3.373831935351774e-19, 0.9985050113189741, 1.779930870620664e-17,
  0.0624593178423802, -2.040259504585711e-18, 0.9980475107000991, 3.3232291674141346e-17,
  0.07025457860486005, -6.773890900301373e-18, 0.9975290944052978, 5.112086057887235e-18,
  0.07804555138996731, -5.4494437820057936e-18, 0.9969497940760287, -1.2467075728553626e-17,
  0.08583176067687935, -3.490037167231825e-18, 0.996309645069798, -1.1743657041590172e-18,
  0.09361273123551289, 1.4628632005878733e-18, 0.9956086864580017, 3.312922430932991e-17,
  0.10138798815552964, 3.99242856835807e-18, 0.9948469610235406, -8.198278333258706e-18,
  0.10915705687532236, 6.6284699502736666e-18, 0.9940245152582091, 1.3287985046260087e-17,
  0.11691946321097965, -2.283412536970096e-18, 0.9931413993598577, 2.8553964189785565e-17,
  0.12467473338522769, -2.925947496057858e-18, 0.992197667229329, 4.754870575189364e-17,
  0.13242239405634718, 1.2801053067990684e-17, 0.9911933764671682, 3.1426138811726996e-17,
  0.1401619723470637, -9.946847113883478e-18, 0.9901285883701071, -4.589906353553811e-18,
  0.14789299587340962, -1.3140968557128452e-17, 0.9890033679273229, 1.7676104005868335e-18,
  0.15561499277355603, 8.886053372342288e-18, 0.9878177838164719, 4.91917302237681e-17,
  0.16332749173661285, 5.483569430347159e-18, 0.9865719083994976, -1.0327444588275446e-17,
  0.17103002203139503, -9.954774726452923e-18, 0.9852658177182139, -4.925721262944555e-17,
  0.17872211353515366, -1.6240405901074e-20, 0.983899591489664, -2.1647988531644275e-17,
  0.18640329676226988, 2.3493796901281573e-18, 0.9824733131012553, -3.919920375420088e-17,
  0.1940731028929098, -7.832741210198615e-18, 0.9809870696056692, 1.967841180870303e-17,
  0.2017310638016388, 5.587232815460113e-18, 0.9794409517155483, 1.310876952152676e-17,
  0.20937671208599365, -5.536403693172164e-18, 0.9778350537979598, 2.9910028492769484e-17,
  0.21700958109501015, 1.1170071073364376e-17, 0.9761694738686353, -7.850690609285027e-18,
  0.2246292049577053, -1.058590416432903e-17, 0.9744443135859889, 4.990128834921396e-17,
  0.23223511861151147, -8.318080852687206e-18, 0.9726596782449127, 2.3920264546490165e-17,
  0.23982685783066157, -7.260810660979712e-18, 0.9708156767703494, 5.1285792532153653e-17,
  0.24740395925452294, -7.53102495590706e-18, 0.9689124217106447, 5.071436662403936e-17,
  0.2549659604158785, -2.2310035435425957e-17, 0.9669500292306779, -3.237770297707692e-17,
  0.2625123997691533, -2.2534597527902128e-17, 0.964928619104771, -3.0345542681018625e-18,
  0.27004281671858504, -1.2103265097887777e-17, 0.9628483147093797, -4.646009771724241e-18,
  0.2775567516463363, 1.7674070262791825e-17, 0.9607092430155619, -2.807827063516729e-17,
  0.28505374594054744, -1.8162083107618118e-17, 0.9585115345812286, 8.134621492946255e-18,
  0.29253334202332754, 7.516944930327352e-18, 0.9562553235431753, -3.148450868841629e-17,
  0.299995083378683, 2.606392777930734e-17, 0.9539407476088947, 4.3757589471734985e-17,
  0.30743851458038085, 1.1004366442765292e-19, 0.9515679480481722, -3.8614834675674123e-17,
  0.3148631813197453, -2.6921345305772252e-17, 0.949137069684463, 4.149148046099445e-17,
  0.3222686304333866, 2.093773358126606e-17, 0.9466482608860534, -3.911683334934152e-17,
  0.32965440993086015, 2.35998378957031e-17, 0.9441016735570044, -1.6017653284545848e-17,
  0.33702006902225307, 1.0312279860787216e-17, 0.9414974631278811, -4.85238302367971e-18,
  0.3443651581456984, 5.881664587517989e-18, 0.9388357885462655, 6.919329459921788e-18,
  0.3516892289948141, -2.5616208736069942e-17, 0.9361168122670553, -5.2350302039683216e-17,
  0.35899183454606504, 1.7495482840158848e-17, 0.9333407002425484, -1.322859547778088e-17,
  0.36627252908604757, -9.938814562106524e-18, 0.9305076219123143, 4.488760003328074e-18,
  0.37353086823869297, -2.375669144106189e-17, 0.9276177501928519, 4.5350942573591974e-17,
  0.38076640899239017, 2.1372528646211374e-17, 0.924671261467036, 5.5444125388034563e-17,
  0.38797870972702503, 1.759799510335953e-17, 0.9216683355733519, -8.550693097867243e-18,
  0.39516733024093426, -1.9613487871414228e-17, 0.9186091557949183, -4.0564150104514996e-17,
  0.4023318317777731, 1.4413875452702007e-17, 0.9154939088483012, 5.413375566838042e-17,
  0.40947177705329507, -5.679403000091266e-18, 0.9123227848721178, 2.6349040211413332e-17,
  0.41658673028204113, -9.610850682533715e-18, 0.909095977415431, 2.920006113841211e-17,
  0.42367625720393803, -2.331800700068871e-17, 0.9058136834259364, 4.2864666490805214e-17,
  0.4307399251108032, -2.6212879607476533e-17, 0.9024761032379415, 3.112490674651326e-17,
  0.4377773028727551, 7.64345629962023e-18, 0.8990834405601384, 9.076951775075616e-18,
  0.4447879609645272, -6.655392977344925e-18, 0.8956359024631707, -8.854043885762716e-18,
  0.4517714714916838, -8.234073942098903e-18, 0.8921336993669944, 2.3160655211380166e-17,
  0.4587274082167366, 1.6080982096218356e-17, 0.8885770450280356, -4.034491998357167e-17,
  0.46565534658516017, 1.459870391051426e-17, 0.8849661565261433, -7.690557775987357e-18,
  0.47255486375130445, -3.608790703790546e-18, 0.8813012542513406, -4.973073189306066e-17,
  0.479425538604203, -5.103969860556013e-18, 0.8775825618903728, -4.2623149864279997e-17,
  0.48626695179327556, 1.5131647652857083e-17, 0.8738103064130545, 4.767670756525657e-17,
  0.49307868575392305, 5.605083973871755e-18, 0.8699847180584174, 1.657385110740923e-17,
  0.49986032473301345, 1.3570481487732128e-17, 0.8661060303206567, 2.0097792543831333e-17,
  0.5066114548142574, -3.269413423618168e-17, 0.8621744799348805, 4.4132427578105805e-18,
  0.5133316639434712, 3.462454351928195e-17, 0.8581903068626604, -5.4374664844403745e-17,
  0.520020541953727, -3.983266745698455e-17, 0.8541537542773854, 5.420565102675287e-18,
  0.5266776805903868, -4.570502275386202e-17, 0.8500650685494202, 5.317093455811416e-17,
  0.5333026735360201, 5.129318115032044e-17, 0.8459244992310679, 1.549506647350329e-17,
  0.5398951164352044, 2.4263515104613218e-17, 0.8417322990413384, -2.7333362440269662e-17,
  0.5464546069192036, 8.399754840929507e-18, 0.8374887238505236, 4.3337026043948396e-17,
  0.5529807446305274, -6.743270455611733e-18, 0.8331940326645814, -1.8644878796734315e-19,
  0.5594731312473669, 1.575565514488728e-17, 0.8288484876093257, 1.1163935406617444e-17,
  0.565931370507906, 6.582459440388572e-18, 0.8244523539144292, 3.731817754380378e-17,
  0.5723550682345072, 2.6575872357215316e-17, 0.820005899897234, -3.912431748209128e-17,
  0.5787438323577704, -2.7958488978746924e-17, 0.8155093969463755, 1.3751889684983784e-18,
  0.5850972729404622, -5.4883972461161805e-17, 0.8109631195052179, -3.091333486122179e-17,
  0.5914150022013163, 5.0668448898504805e-17, 0.8063673450551039, 3.4650875715584734e-17,
  0.5976966345387015, 5.450323593054385e-17, 0.8017223540984184, 4.0134533311087014e-17,
  0.6039417865541566, 1.1794923733511837e-17, 0.7970284301414683, 5.0523609948487484e-17,
  0.6101500770757914, -1.479826990758988e-17, 0.7922858596771786, -2.9049779312834576e-17,
  0.616321127181551, -2.20849501729641e-17, 0.7874949321676061, -4.8080555050456574e-17,
  0.6224545602223437, -6.049035765709707e-18, 0.7826559400262728, -1.474071641211487e-17,
  0.6285500018450296, 3.5348797769901485e-17, 0.7777691786003179, -8.842419849333787e-18,
  0.6346070800152693, -3.4568582392624965e-17, 0.7728349461524715, 4.231014921891023e-17,
  0.6406254250402305, -4.700891123899386e-17, 0.7678535438428503, 4.9065912521116424e-17,
  0.6466046695911524, 4.567647714393287e-19, 0.7628252757105762, 1.6672995021546628e-17,
  0.652544448725766, -4.5598735935930497e-17, 0.7577504486552193, -1.878215121154204e-18,
  0.6584443999105676, -3.7736386700306717e-17, 0.7526293724180665, -1.2970993013150526e-17,
  0.6643041630429463, 1.5784492324431575e-17, 0.7474623595632162, 5.6627515613726676e-18,
  0.6701233804731629, 6.18353672557496e-18, 0.7422497254585013, -1.2339303604869521e-17,
  0.6759016970261789, -5.119389624609889e-17, 0.7369917882562408, -4.631213290368497e-17,
  0.6816387600233341, 4.410467313197903e-17, 0.7316888688738209, -1.0475824306512768e-17,
  0.6873342193038735, 2.8994333996809586e-17, 0.7263412909741086, -9.465899179857832e-18,
  0.692987727246318, -5.3543290798909455e-17, 0.7209493809456964, 3.494986701478816e-17,
  0.6985989387896817, 2.975439919188114e-17, 0.7155134678829815, 3.8181038992157035e-17,
  0.7041675114545337, -3.94095700584825e-17, 0.7100338835660797, 1.505272211891291e-17,
  0.7096931053638997, -9.468276958542117e-18, 0.7045109624405747, -4.451398614976226e-17,
  0.7151753832640076, -1.466099578328228e-17, 0.6989450415971057, -5.5261332036460915e-18,
  0.7206140105448711, 1.105694456137362e-17, 0.6933364607507934, 1.2822831674529969e-17,
  0.7260086552607126, -1.573621815339587e-17, 0.6876855622205048, 3.5430696752823923e-17,
  0.7313589881502236, 2.6553630314845697e-17, 0.6819926909079606, 2.8089333561212785e-17,
  0.7366646826566614, -4.639723374875429e-17, 0.6762581942766833, 3.497002399394248e-17,
  0.7419254149477796, 2.907482756987512e-18, 0.6704824223307908, 5.425808997571648e-17,
  0.7471408639355942, 2.937498788028212e-17, 0.6646657275936333, -5.2874573286772266e-17,
  0.7523107112959804, -4.07866182575664e-17, 0.6588084650862769, 1.7760805237087262e-17,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
  0.0, 0.0, 0.0, 0.0,
]);

@inline function dsel(a: v128, b: v128, m: v128): v128 {
  return v128.bitselect(a, b, m);
}
@inline function dabs(a: v128): v128 {
  return f64x2.abs(a);
}
@inline function dmul(a: v128, b: v128): v128 {
  return f64x2.mul(a, b);
}
@inline function dadd(a: v128, b: v128): v128 {
  return f64x2.add(a, b);
}
@inline function dsub(a: v128, b: v128): v128 {
  return f64x2.sub(a, b);
}
/** Lanes where RN(h + (t − e)) ≠ RN(h + (t + e)): the rounding is in doubt. */
@inline function doubt(h: v128, t: v128, e: v128): v128 {
  return f64x2.ne(dadd(h, dsub(t, e)), dadd(h, dadd(t, e)));
}
/** The rounding error of the product a·b (Dekker; a·b = fl(a·b) + error exactly). */
@inline function prodErr(a: v128, b: v128, p: v128): v128 {
  let t = dmul(a, ld(D_SPLIT));
  const ah = dsub(t, dsub(t, a));
  const al = dsub(a, ah);
  t = dmul(b, ld(D_SPLIT));
  const bh = dsub(t, dsub(t, b));
  const bl = dsub(b, bh);
  return dadd(dadd(dadd(dsub(dmul(ah, bh), p), dmul(ah, bl)), dmul(al, bh)), dmul(al, bl));
}

/** Table row of index k = round(|a|·128) from the low bits of u = big + |a|. */
@inline function row(k: i64): usize {
  return SINCOSTAB + ((<usize>(<i32>k & 127)) << 5);
}

const DBAD = memory.data(32, 16);

/**
 * glibc's sin (cos = false) or cos of the four doubles in x0, x1, results to o; flagged lanes
 * to DBAD (all-ones i64 lanes). The two vectors' steps are interleaved statement by
 * statement: the evaluation is one long dependency chain, and two of them in flight overlap
 * better (measured 25 → 22 ns an element).
 */
@inline function sincosF64(x0: v128, x1: v128, cos: bool, o: usize): void {
  const ax0 = dabs(x0);
  const ax1 = dabs(x1);
  const tinyR0 = f64x2.lt(ax0, ld(cos ? D_TINY_COS : D_TINY_SIN));
  const tinyR1 = f64x2.lt(ax1, ld(cos ? D_TINY_COS : D_TINY_SIN));
  const smallR0 = f64x2.lt(ax0, ld(D_SMALL));
  const smallR1 = f64x2.lt(ax1, ld(D_SMALL));
  const midR0 = v128.andnot(f64x2.lt(ax0, ld(D_MID)), smallR0);
  const midR1 = v128.andnot(f64x2.lt(ax1, ld(D_MID)), smallR1);
  const redR0 = v128.not(f64x2.lt(ax0, ld(D_MID)));
  const redR1 = v128.not(f64x2.lt(ax1, ld(D_MID)));
  // not below the reduction limit: inf, NaN, Payne–Hanek range
  let bad0 = v128.not(f64x2.lt(ax0, ld(D_RED)));
  let bad1 = v128.not(f64x2.lt(ax1, ld(D_RED)));
  // tiny lanes: exact (x or 1), but sin of a subnormal raises underflow: the scalar path
  const badTiny0 = cos
    ? i64x2.splat(0)
    : v128.and(f64x2.lt(ax0, ld(D_DBL_MIN)), f64x2.ne(x0, ld(D_ZERO)));
  const badTiny1 = cos
    ? i64x2.splat(0)
    : v128.and(f64x2.lt(ax1, ld(D_DBL_MIN)), f64x2.ne(x1, ld(D_ZERO)));

  // ---- reduction by π/2 (glibc's reduce_sincos), for the lanes at or beyond 2.426 ----
  // (skipped when no lane needs it: arguments below 2.426 are common)
  let b0 = ld(D_ZERO);
  let b1 = ld(D_ZERO);
  let db0 = ld(D_ZERO);
  let db1 = ld(D_ZERO);
  let at20 = ld(D_ZERO);
  let at21 = ld(D_ZERO);
  let nq0 = i64x2.splat(0);
  let nq1 = i64x2.splat(0);
  if (v128.any_true(redR0)) {
    const z0 = dmul(x0, ld(D_HPINV));
    const tq0 = dadd(z0, ld(D_TOINT));
    const xn0 = dsub(tq0, ld(D_TOINT));
    bad0 = v128.or(bad0, v128.and(redR0, f64x2.gt(dabs(dsub(z0, xn0)), ld(D_QGUARD))));
    const y0 = dsub(dsub(x0, dmul(xn0, ld(D_MP1))), dmul(xn0, ld(D_MP2)));
    const p30 = dmul(xn0, ld(D_PP3));
    const t20 = dsub(y0, p30);
    const db10 = dsub(dsub(y0, t20), p30);
    // b0 = fma(−xn0, pp4, t20) = RN(t20 − P40 − e40) with xn0·pp4 = P40 + e40: xn0 (< 2^27, an integer)
    // times the 24-bit head of pp4 is exact, so Dekker's0 error term needs no splitting; the
    // tail's0 product is off by < 2^-130. Fast2Sum needs |t20| ≥ |P40| (else flagged: tiny b0).
    const P40 = dmul(xn0, ld(D_PP4));
    const e40 = dadd(dsub(dmul(xn0, ld(D_PP4H)), P40), dmul(xn0, ld(D_PP4L)));
    const h0 = dsub(t20, P40);
    const tau0 = dsub(dsub(dsub(t20, h0), P40), e40);
    // |tau0| ≤ |t20|·2^-52, |P40| ≤ |x0|·2^-82: bounds from magnitudes at hand (no more abs)
    at20 = dabs(t20);
    const eb0 = dadd(dmul(at20, ld(D_E102)), dmul(ax0, ld(D_E140)));
    bad0 = v128.or(bad0, v128.and(redR0, v128.or(doubt(h0, tau0, eb0), f64x2.lt(at20, ld(D_E40)))));
    b0 = dadd(h0, tau0);
    const db20 = dsub(dsub(dsub(t20, b0), P40), e40);
    db0 = dadd(db10, db20);
    // quadrant: low bits of tq0; cos adds one
    nq0 = cos ? i64x2.add(tq0, i64x2.splat(1)) : tq0;
  }
  if (v128.any_true(redR1)) {
    const z1 = dmul(x1, ld(D_HPINV));
    const tq1 = dadd(z1, ld(D_TOINT));
    const xn1 = dsub(tq1, ld(D_TOINT));
    bad1 = v128.or(bad1, v128.and(redR1, f64x2.gt(dabs(dsub(z1, xn1)), ld(D_QGUARD))));
    const y1 = dsub(dsub(x1, dmul(xn1, ld(D_MP1))), dmul(xn1, ld(D_MP2)));
    const p31 = dmul(xn1, ld(D_PP3));
    const t21 = dsub(y1, p31);
    const db11 = dsub(dsub(y1, t21), p31);
    // b1 = fma(−xn1, pp4, t21) = RN(t21 − P41 − e41) with xn1·pp4 = P41 + e41: xn1 (< 2^27, an integer)
    // times the 24-bit head of pp4 is exact, so Dekker's1 error term needs no splitting; the
    // tail's1 product is off by < 2^-130. Fast2Sum needs |t21| ≥ |P41| (else flagged: tiny b1).
    const P41 = dmul(xn1, ld(D_PP4));
    const e41 = dadd(dsub(dmul(xn1, ld(D_PP4H)), P41), dmul(xn1, ld(D_PP4L)));
    const h1 = dsub(t21, P41);
    const tau1 = dsub(dsub(dsub(t21, h1), P41), e41);
    // |tau1| ≤ |t21|·2^-52, |P41| ≤ |x1|·2^-82: bounds from magnitudes at hand (no more abs)
    at21 = dabs(t21);
    const eb1 = dadd(dmul(at21, ld(D_E102)), dmul(ax1, ld(D_E140)));
    bad1 = v128.or(bad1, v128.and(redR1, v128.or(doubt(h1, tau1, eb1), f64x2.lt(at21, ld(D_E40)))));
    b1 = dadd(h1, tau1);
    const db21 = dsub(dsub(dsub(t21, b1), P41), e41);
    db1 = dadd(db11, db21);
    // quadrant: low bits of tq1; cos adds one
    nq1 = cos ? i64x2.add(tq1, i64x2.splat(1)) : tq1;
  }

  // ---- per lane: (a, da), sine or cosine evaluation, sign handling ----
  const hp0 = dsub(ld(D_HP0), ax0);
  const hp1 = dsub(ld(D_HP0), ax1);
  let a0: v128;
  let a1: v128;
  let da0: v128;
  let da1: v128;
  let isSin0: v128; // all-ones: doSin lane
  const redSin0 = i64x2.eq(v128.and(nq0, i64x2.splat(1)), i64x2.splat(0));
  let isSin1: v128; // all-ones: doSin lane
  const redSin1 = i64x2.eq(v128.and(nq1, i64x2.splat(1)), i64x2.splat(0));
  if (cos) {
    // mid range: a0 = y0 + hp1, da0 = (y0 − a0) + hp1 (glibc's0 plain steps); sine evaluation
    const am0 = dadd(hp0, ld(D_HP1));
    const dam0 = dadd(dsub(hp0, am0), ld(D_HP1));
    a0 = dsel(x0, dsel(am0, b0, midR0), smallR0);
    da0 = dsel(ld(D_ZERO), dsel(dam0, db0, midR0), smallR0);
    isSin0 = v128.or(midR0, v128.and(redR0, redSin0));
  } else {
    // mid range: cos(hp0 − |x0| + hp1) with x0's0 sign
    a0 = dsel(x0, dsel(hp0, b0, midR0), smallR0);
    da0 = dsel(ld(D_ZERO), dsel(ld(D_HP1), db0, midR0), smallR0);
    isSin0 = v128.or(smallR0, v128.and(redR0, redSin0));
  }
  if (cos) {
    // mid range: a1 = y1 + hp1, da1 = (y1 − a1) + hp1 (glibc's1 plain steps); sine evaluation
    const am1 = dadd(hp1, ld(D_HP1));
    const dam1 = dadd(dsub(hp1, am1), ld(D_HP1));
    a1 = dsel(x1, dsel(am1, b1, midR1), smallR1);
    da1 = dsel(ld(D_ZERO), dsel(dam1, db1, midR1), smallR1);
    isSin1 = v128.or(midR1, v128.and(redR1, redSin1));
  } else {
    // mid range: cos(hp0 − |x1| + hp1) with x1's1 sign
    a1 = dsel(x1, dsel(hp1, b1, midR1), smallR1);
    da1 = dsel(ld(D_ZERO), dsel(ld(D_HP1), db1, midR1), smallR1);
    isSin1 = v128.or(smallR1, v128.and(redR1, redSin1));
  }
  // db1 is glibc's exactly; db2 and the sum may differ by a few rounding errors of terms
  // below |t2|·2^-52 (db1, db2) and |x|·2^-82 (P4)
  const eda0 = v128.and(
    redR0,
    dadd(dadd(dmul(at20, ld(D_E100)), dmul(ax0, ld(D_E130))), ld(D_TINYABS)),
  );
  const eda1 = v128.and(
    redR1,
    dadd(dadd(dmul(at21, ld(D_E100)), dmul(ax1, ld(D_E130))), ld(D_TINYABS)),
  );

  const aa0 = dabs(a0);
  const aa1 = dabs(a1);
  // a's sign bit (a is never −0 here): glibc negates dx for negative a
  const sgnA0 = v128.and(a0, ld(D_SIGN));
  const sgnA1 = v128.and(a1, ld(D_SIGN));
  const dx0 = v128.xor(da0, sgnA0);
  const dx1 = v128.xor(da1, sgnA1);
  const u0 = dadd(ld(D_BIG), aa0);
  const u1 = dadd(ld(D_BIG), aa1);
  const x00 = dsub(aa0, dsub(u0, ld(D_BIG)));
  const x01 = dsub(aa1, dsub(u1, ld(D_BIG)));
  // cosine lanes: x' = x0 + dx, rounded as glibc rounds it
  bad0 = v128.or(bad0, v128.andnot(doubt(x00, dx0, eda0), isSin0));
  bad1 = v128.or(bad1, v128.andnot(doubt(x01, dx1, eda1), isSin1));
  const xp0 = dsel(x00, dadd(x00, dx0), isSin0);
  const xp1 = dsel(x01, dadd(x01, dx1), isSin1);
  const xx0 = dmul(xp0, xp0);
  const xx1 = dmul(xp1, xp1);
  const A0 = dmul(xp0, xx0);
  const A1 = dmul(xp1, xx1);
  const P0 = dadd(dmul(xx0, ld(D_SN5)), ld(D_SN3));
  const P1 = dadd(dmul(xx1, ld(D_SN5)), ld(D_SN3));
  const dsn0 = v128.and(dx0, isSin0);
  const dsn1 = v128.and(dx1, isSin1);
  const T0 = dadd(dmul(A0, P0), dsn0);
  const T1 = dadd(dmul(A1, P1), dsn1);
  // |A| ≤ xx·2^-7.9 (|x'| ≤ 2^-8 + |dx|); the fused steps move T by ≤ |A|·2^-54 + |dx|·2^-52
  // (|dx| ≤ |t2|·2^-51 on the reduction range, ≤ 2^-53 on the mid range) + eda
  const eT0 = dadd(dadd(dmul(xx0, ld(D_E57)), dmul(eda0, ld(D_FOUR))), ld(D_E102));
  const eT1 = dadd(dadd(dmul(xx1, ld(D_E57)), dmul(eda1, ld(D_FOUR))), ld(D_E102));
  const s0 = dadd(xp0, T0);
  const s1 = dadd(xp1, T1);
  const Q0 = dadd(dmul(dadd(dmul(xx0, ld(D_CS6)), ld(D_CS4)), xx0), ld(D_CS2));
  const Q1 = dadd(dmul(dadd(dmul(xx1, ld(D_CS6)), ld(D_CS4)), xx1), ld(D_CS2));
  const cl0 = dadd(dmul(xx0, Q0), v128.and(dmul(dx0, xp0), isSin0));
  const cl1 = dadd(dmul(xx1, Q1), v128.and(dmul(dx1, xp1), isSin1));
  // The table rows of both lanes: M (the main term, sn for sine lanes, cs for cosine lanes)
  // and N (the other), each with its low part, picked by address per lane.
  const r00 = row(i64x2.extract_lane(u0, 0));
  const r01 = row(i64x2.extract_lane(u1, 0));
  const r10 = row(i64x2.extract_lane(u0, 1));
  const r11 = row(i64x2.extract_lane(u1, 1));
  const o00 = (<usize>(<i32>i64x2.extract_lane(isSin0, 0)) & 16) ^ 16;
  const o01 = (<usize>(<i32>i64x2.extract_lane(isSin1, 0)) & 16) ^ 16;
  const o10 = (<usize>(<i32>i64x2.extract_lane(isSin0, 1)) & 16) ^ 16;
  const o11 = (<usize>(<i32>i64x2.extract_lane(isSin1, 1)) & 16) ^ 16;
  const mA0 = v128.load(r00 + o00);
  const mA1 = v128.load(r01 + o01);
  const nA0 = v128.load(r00 + (o00 ^ 16));
  const nA1 = v128.load(r01 + (o01 ^ 16));
  const mB0 = v128.load(r10 + o10);
  const mB1 = v128.load(r11 + o11);
  const nB0 = v128.load(r10 + (o10 ^ 16));
  const nB1 = v128.load(r11 + (o11 ^ 16));
  const M0 = v128.shuffle<f64>(mA0, mB0, 0, 2);
  const M1 = v128.shuffle<f64>(mA1, mB1, 0, 2);
  const Mlo0 = v128.shuffle<f64>(mA0, mB0, 1, 3);
  const Mlo1 = v128.shuffle<f64>(mA1, mB1, 1, 3);
  const N0 = v128.shuffle<f64>(nA0, nB0, 0, 2);
  const N1 = v128.shuffle<f64>(nA1, nB1, 0, 2);
  const Nlo0 = v128.shuffle<f64>(nA0, nB0, 1, 3);
  const Nlo1 = v128.shuffle<f64>(nA1, nB1, 1, 3);
  // cosine lanes use −s (glibc's fma(−s, …) steps)
  const sp0 = v128.xor(s0, v128.andnot(ld(D_SIGN), isSin0));
  const sp1 = v128.xor(s1, v128.andnot(ld(D_SIGN), isSin1));
  const Z0 = dadd(dmul(sp0, Nlo0), Mlo0);
  const Z1 = dadd(dmul(sp1, Nlo1), Mlo1);
  const Y0 = dsub(Z0, dmul(cl0, M0));
  const Y1 = dsub(Z1, dmul(cl1, M1));
  // V = sp·N + Y: product exactly (Dekker), sum exactly (two-sum), then the interval
  const Ph0 = dmul(sp0, N0);
  const Ph1 = dmul(sp1, N1);
  const pl0 = prodErr(sp0, N0, Ph0);
  const pl1 = prodErr(sp1, N1, Ph1);
  // V ≈ Ph + (Y + pl): that sum's rounding is within the |tv|·2^-52 part of eV2
  const tv0 = dadd(Y0, pl0);
  const tv1 = dadd(Y1, pl1);
  // Bound on |V − glibc's V|: c (≈ xx/2, below xx·2^-51.4 off), Y (|Y| ≤ xx/2 + 2^-53, a few
  // roundings), Z's fusion (≤ 2^-114) and tv's rounding (|tv| ≤ xx/2 + 2^-52): ≤ xx·2^-49.1
  // + 2^-101.5, taken with a margin.
  const eV20 = dadd(dmul(xx0, ld(D_E48)), ld(D_E100));
  const eV21 = dadd(dmul(xx1, ld(D_E48)), ld(D_E100));
  // glibc's r = RN(M + RN(V)) for V within eV2 of Ph + tv: both ends through both roundings
  const rTabLo0 = dadd(M0, dadd(Ph0, dsub(tv0, eV20)));
  const rTabLo1 = dadd(M1, dadd(Ph1, dsub(tv1, eV21)));
  let rTab0 = dadd(M0, dadd(Ph0, dadd(tv0, eV20)));
  let rTab1 = dadd(M1, dadd(Ph1, dadd(tv1, eV21)));
  const useTab0 = v128.or(v128.not(isSin0), f64x2.ge(aa0, ld(D_TAYLOR)));
  const useTab1 = v128.or(v128.not(isSin1), f64x2.ge(aa1, ld(D_TAYLOR)));
  bad0 = v128.or(bad0, v128.and(useTab0, v128.or(doubt(xp0, T0, eT0), f64x2.ne(rTabLo0, rTab0))));
  bad1 = v128.or(bad1, v128.and(useTab1, v128.or(doubt(xp1, T1, eT1), f64x2.ne(rTabLo1, rTab1))));
  // sine lanes take the sign of a (their r is positive)
  rTab0 = v128.xor(rTab0, v128.and(sgnA0, isSin0));
  rTab1 = v128.xor(rTab1, v128.and(sgnA1, isSin1));

  // ---- Taylor series of sin(a + da) for |a| < 0.126 ----
  let rTay0 = a0;
  let rTay1 = a1;
  if (!v128.all_true<i64>(useTab0)) {
    const ta0 = dmul(a0, a0);
    let pt0 = dadd(dmul(ta0, ld(D_S5)), ld(D_S4));
    pt0 = dadd(dmul(pt0, ta0), ld(D_S3));
    pt0 = dadd(dmul(pt0, ta0), ld(D_S2));
    // glibc's0 p exactly: its earlier fused steps differ from these by < 2^-58 (times x² < 2^-6
    // here), so the last rounding, checked, decides
    const pc0 = dmul(pt0, ta0);
    bad0 = v128.or(
      bad0,
      v128.andnot(doubt(ld(D_S1), pc0, dadd(dmul(dabs(pc0), ld(D_E52)), dmul(ta0, ld(D_E58)))), useTab0),
    );
    pt0 = dadd(pc0, ld(D_S1));
    const inner0 = dsub(dmul(pt0, a0), dmul(ld(D_HALF), da0));
    const xin0 = dmul(ta0, inner0);
    const W0 = dadd(xin0, da0);
    // da0 = 0: these are glibc's0 steps exactly; otherwise its fusions of p·a0 − da0/2 and
    // x²·inner0 + da0 move W0 by < |xin0|·2^-51.4 + |W0|·2^-52 (+ da0's0 own error)
    const eW0 = dadd(
      dadd(
        v128.and(f64x2.ne(da0, ld(D_ZERO)), dmul(dadd(dabs(xin0), dabs(W0)), ld(D_E51))),
        dadd(eda0, eda0),
      ),
      ld(D_TINYABS),
    );
    bad0 = v128.or(bad0, v128.andnot(doubt(a0, W0, eW0), useTab0));
    rTay0 = dadd(a0, W0);
  }
  if (!v128.all_true<i64>(useTab1)) {
    const ta1 = dmul(a1, a1);
    let pt1 = dadd(dmul(ta1, ld(D_S5)), ld(D_S4));
    pt1 = dadd(dmul(pt1, ta1), ld(D_S3));
    pt1 = dadd(dmul(pt1, ta1), ld(D_S2));
    // glibc's1 p exactly: its earlier fused steps differ from these by < 2^-58 (times x² < 2^-6
    // here), so the last rounding, checked, decides
    const pc1 = dmul(pt1, ta1);
    bad1 = v128.or(
      bad1,
      v128.andnot(doubt(ld(D_S1), pc1, dadd(dmul(dabs(pc1), ld(D_E52)), dmul(ta1, ld(D_E58)))), useTab1),
    );
    pt1 = dadd(pc1, ld(D_S1));
    const inner1 = dsub(dmul(pt1, a1), dmul(ld(D_HALF), da1));
    const xin1 = dmul(ta1, inner1);
    const W1 = dadd(xin1, da1);
    // da1 = 0: these are glibc's1 steps exactly; otherwise its fusions of p·a1 − da1/2 and
    // x²·inner1 + da1 move W1 by < |xin1|·2^-51.4 + |W1|·2^-52 (+ da1's1 own error)
    const eW1 = dadd(
      dadd(
        v128.and(f64x2.ne(da1, ld(D_ZERO)), dmul(dadd(dabs(xin1), dabs(W1)), ld(D_E51))),
        dadd(eda1, eda1),
      ),
      ld(D_TINYABS),
    );
    bad1 = v128.or(bad1, v128.andnot(doubt(a1, W1, eW1), useTab1));
    rTay1 = dadd(a1, W1);
  }
  let r0 = dsel(rTab0, rTay0, useTab0);
  let r1 = dsel(rTab1, rTay1, useTab1);
  // sin on the mid range: x's sign; reduction: negate in quadrants 2, 3
  if (!cos) r0 = v128.xor(r0, v128.and(midR0, v128.and(x0, ld(D_SIGN))));
  if (!cos) r1 = v128.xor(r1, v128.and(midR1, v128.and(x1, ld(D_SIGN))));
  const q20 = v128.and(redR0, i64x2.ne(v128.and(nq0, i64x2.splat(2)), i64x2.splat(0)));
  const q21 = v128.and(redR1, i64x2.ne(v128.and(nq1, i64x2.splat(2)), i64x2.splat(0)));
  r0 = v128.xor(r0, v128.and(q20, ld(D_SIGN)));
  r1 = v128.xor(r1, v128.and(q21, ld(D_SIGN)));
  // tiny |x|: sin x = x, cos x = 1
  r0 = dsel(cos ? ld(D_ONE) : x0, r0, tinyR0);
  r1 = dsel(cos ? ld(D_ONE) : x1, r1, tinyR1);
  v128.store(DBAD, dsel(badTiny0, bad0, tinyR0));
  v128.store(DBAD + 16, dsel(badTiny1, bad1, tinyR1));
  v128.store(o, r0);
  v128.store(o, r1, 16);
}

/** Append the flagged lanes of the double pair at element j to idx; the new count. */
@inline function push2(idx: usize, cnt: i32, bad: v128, j: i32, n: i32): i32 {
  if (!v128.any_true(bad)) return cnt;
  cnt = push(idx, cnt, <i32>i64x2.extract_lane(bad, 0), j, n);
  return push(idx, cnt, <i32>i64x2.extract_lane(bad, 1), j + 1, n);
}

/**
 * glibc's sin (cos) over n doubles at a into o, flagged indices to idx (as trigF32); reads and
 * writes whole groups of 4 doubles.
 */
@inline function trigF64(cos: bool, a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt: i32 = 0;
  for (let j: i32 = 0; j < n; j += 4) {
    const p = <usize>j << 3;
    sincosF64(v128.load(a + p), v128.load(a + p, 16), cos, o + p);
    cnt = push2(idx, cnt, v128.load(DBAD), j, n);
    cnt = push2(idx, cnt, v128.load(DBAD, 16), j + 2, n);
  }
  return cnt;
}

/** glibc's sin over n doubles at a into o; flagged indices to idx, returns their count. */
export function f64_sin_exact(a: usize, o: usize, n: i32, idx: usize): i32 {
  return trigF64(false, a, o, n, idx);
}

/** glibc's cos over n doubles at a into o; flagged indices to idx, returns their count. */
export function f64_cos_exact(a: usize, o: usize, n: i32, idx: usize): i32 {
  return trigF64(true, a, o, n, idx);
}
