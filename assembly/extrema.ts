// Whole-run maximum and minimum (np.max / np.min over a contiguous run) on SIMD lanes.
// Float kernels use the pseudo-max/min (pmax/pmin: one x86 instruction, where wasm's NaN-
// propagating max/min take several) and track NaN separately: a run holding a NaN returns
// NaN. The TypeScript side (src/_core/umath/reduce_wasm.ts) uses a float result only when it
// is neither NaN nor zero — there the NaN payload and the sign of a zero depend on NumPy's
// order of comparisons, which its scalar fold reproduces — so lane order never matters.
// Integers are exact in any order. Eight independent vector accumulators hide the latency.

// Operation codes (compile-time constants; the switch folds away after inlining).
const FMAX2: i32 = 0;
const FMIN2: i32 = 1;
const FMAX4: i32 = 2;
const FMIN4: i32 = 3;
const IMAX4: i32 = 4;
const IMIN4: i32 = 5;
const UMAX4: i32 = 6;
const UMIN4: i32 = 7;

// @ts-ignore: decorator
@inline function vop(op: i32, a: v128, b: v128): v128 {
  if (op == FMAX2) return f64x2.pmax(a, b);
  if (op == FMIN2) return f64x2.pmin(a, b);
  if (op == FMAX4) return f32x4.pmax(a, b);
  if (op == FMIN4) return f32x4.pmin(a, b);
  if (op == IMAX4) return i32x4.max_s(a, b);
  if (op == IMIN4) return i32x4.min_s(a, b);
  if (op == UMAX4) return i32x4.max_u(a, b);
  return i32x4.min_u(a, b);
}

/** All-ones lanes where v is NaN (floats); nothing for integers. */
// @ts-ignore: decorator
@inline function nanLanes(op: i32, v: v128): v128 {
  if (op <= FMIN2) return f64x2.ne(v, v);
  if (op <= FMIN4) return f32x4.ne(v, v);
  return i64x2.splat(0);
}

/**
 * op folded over the n (>= 1) elements at p, `lanes` per vector, as one vector whose lanes
 * all hold the result (the tail is covered by a vector that overlaps the last full one;
 * max and min are idempotent, so counting an element twice changes nothing); NaN lanes
 * when a float element is NaN.
 */
// @ts-ignore: decorator
@inline function foldRun(p: usize, n: i32, lanes: i32, op: i32): v128 {
  const size = <usize>(16 / lanes);
  let v: v128;
  let bad = i64x2.splat(0);
  if (n < lanes) {
    // Fewer elements than a vector: splat the first and fold the rest one lane at a time
    // (a short run is padded by repeating element 0, again harmless).
    v = lanes === 2 ? v128.load64_splat(p) : v128.load32_splat(p);
    bad = nanLanes(op, v);
    for (let i = 1; i < n; i++) {
      const q = p + <usize>i * size;
      const x = lanes === 2 ? v128.load64_splat(q) : v128.load32_splat(q);
      v = vop(op, v, x);
      bad = v128.or(bad, nanLanes(op, x));
    }
  } else {
    const step = lanes * 8;
    let a0 = v128.load(p);
    let a1 = a0;
    let a2 = a0;
    let a3 = a0;
    let a4 = a0;
    let a5 = a0;
    let a6 = a0;
    let a7 = a0;
    let i = 0;
    for (; i + step <= n; i += step) {
      const q = p + <usize>i * size;
      const x0 = v128.load(q);
      const x1 = v128.load(q, 16);
      const x2 = v128.load(q, 32);
      const x3 = v128.load(q, 48);
      const x4 = v128.load(q, 64);
      const x5 = v128.load(q, 80);
      const x6 = v128.load(q, 96);
      const x7 = v128.load(q, 112);
      a0 = vop(op, a0, x0);
      a1 = vop(op, a1, x1);
      a2 = vop(op, a2, x2);
      a3 = vop(op, a3, x3);
      a4 = vop(op, a4, x4);
      a5 = vop(op, a5, x5);
      a6 = vop(op, a6, x6);
      a7 = vop(op, a7, x7);
      if (op <= FMIN4) {
        const n01 = v128.or(nanLanes(op, x0), nanLanes(op, x1));
        const n23 = v128.or(nanLanes(op, x2), nanLanes(op, x3));
        const n45 = v128.or(nanLanes(op, x4), nanLanes(op, x5));
        const n67 = v128.or(nanLanes(op, x6), nanLanes(op, x7));
        bad = v128.or(bad, v128.or(v128.or(n01, n23), v128.or(n45, n67)));
      }
    }
    for (; i + lanes <= n; i += lanes) {
      const x = v128.load(p + <usize>i * size);
      a0 = vop(op, a0, x);
      bad = v128.or(bad, nanLanes(op, x));
    }
    if (i < n) {
      const x = v128.load(p + <usize>(n - lanes) * size);
      a0 = vop(op, a0, x);
      bad = v128.or(bad, nanLanes(op, x));
    }
    // The first vector seeded every accumulator: check it too.
    bad = v128.or(bad, nanLanes(op, v128.load(p)));
    v = vop(op, vop(op, vop(op, a0, a1), vop(op, a2, a3)), vop(op, vop(op, a4, a5), vop(op, a6, a7)));
  }
  // Fold the lanes onto each other.
  v = vop(op, v, i32x4.shuffle(v, v, 2, 3, 0, 1));
  if (lanes === 4) v = vop(op, v, i32x4.shuffle(v, v, 1, 0, 3, 2));
  if (op <= FMIN2) return v128.any_true(bad) ? f64x2.splat(NaN) : v;
  if (op <= FMIN4) return v128.any_true(bad) ? f32x4.splat(NaN) : v;
  return v;
}

/** Largest of the n float64 at p (NaN if any is NaN; which of ±0 is unspecified). */
export function f64_max(p: usize, n: i32): f64 { return f64x2.extract_lane(foldRun(p, n, 2, FMAX2), 0); }
/** Smallest of the n float64 at p. */
export function f64_min(p: usize, n: i32): f64 { return f64x2.extract_lane(foldRun(p, n, 2, FMIN2), 0); }
/** Largest of the n float32 at p. */
export function f32_max(p: usize, n: i32): f32 { return f32x4.extract_lane(foldRun(p, n, 4, FMAX4), 0); }
/** Smallest of the n float32 at p. */
export function f32_min(p: usize, n: i32): f32 { return f32x4.extract_lane(foldRun(p, n, 4, FMIN4), 0); }
/** Largest of the n int32 at p. */
export function i32_max(p: usize, n: i32): i32 { return i32x4.extract_lane(foldRun(p, n, 4, IMAX4), 0); }
/** Smallest of the n int32 at p. */
export function i32_min(p: usize, n: i32): i32 { return i32x4.extract_lane(foldRun(p, n, 4, IMIN4), 0); }
/** Largest of the n uint32 at p (as the int32 of the same bits). */
export function u32_max(p: usize, n: i32): i32 { return i32x4.extract_lane(foldRun(p, n, 4, UMAX4), 0); }
/** Smallest of the n uint32 at p (as the int32 of the same bits). */
export function u32_min(p: usize, n: i32): i32 { return i32x4.extract_lane(foldRun(p, n, 4, UMIN4), 0); }

// np.clip with scalar bounds (NumPy's clip.cpp constant-bounds loop): x < lo gives lo, then
// x > hi gives hi; a NaN x stays (both comparisons false). NaN bounds are the caller's.
// @ts-ignore: decorator
@inline function clipRun<T>(a: usize, lo: T, hi: T, o: usize, n: i32): void {
  const l = v128.splat<T>(lo);
  const h = v128.splat<T>(hi);
  const end = <usize>n * sizeof<T>();
  for (let i: usize = 0; i < end; i += 16) {
    const x = v128.load(a + i);
    const y = v128.bitselect(l, x, v128.lt<T>(x, l));
    v128.store(o + i, v128.bitselect(h, y, v128.gt<T>(y, h)));
  }
}
/** o[i] = clip(a[i], lo, hi) for n float64 (whole vectors: the block is padded). */
export function f64_clip(a: usize, lo: f64, hi: f64, o: usize, n: i32): void { clipRun<f64>(a, lo, hi, o, n); }
/** o[i] = clip(a[i], lo, hi) for n float32. */
export function f32_clip(a: usize, lo: f32, hi: f32, o: usize, n: i32): void { clipRun<f32>(a, lo, hi, o, n); }

// int64 / uint64 runs: i64x2 has a signed compare only, so uint64 lanes are compared with
// their sign bits flipped. Any order of comparisons gives the same extremum.
// @ts-ignore: decorator
@inline function foldI64(p: usize, n: i32, max: bool, unsigned: bool): i64 {
  const flip = i64x2.splat(unsigned ? i64.MIN_VALUE : 0);
  let a0 = v128.xor(v128.load64_splat(p), flip);
  let a1 = a0;
  let a2 = a0;
  let a3 = a0;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const q = p + (<usize>i << 3);
    const x0 = v128.xor(v128.load(q), flip);
    const x1 = v128.xor(v128.load(q, 16), flip);
    const x2 = v128.xor(v128.load(q, 32), flip);
    const x3 = v128.xor(v128.load(q, 48), flip);
    a0 = v128.bitselect(x0, a0, max ? i64x2.gt_s(x0, a0) : i64x2.lt_s(x0, a0));
    a1 = v128.bitselect(x1, a1, max ? i64x2.gt_s(x1, a1) : i64x2.lt_s(x1, a1));
    a2 = v128.bitselect(x2, a2, max ? i64x2.gt_s(x2, a2) : i64x2.lt_s(x2, a2));
    a3 = v128.bitselect(x3, a3, max ? i64x2.gt_s(x3, a3) : i64x2.lt_s(x3, a3));
  }
  a0 = v128.bitselect(a1, a0, max ? i64x2.gt_s(a1, a0) : i64x2.lt_s(a1, a0));
  a2 = v128.bitselect(a3, a2, max ? i64x2.gt_s(a3, a2) : i64x2.lt_s(a3, a2));
  a0 = v128.bitselect(a2, a0, max ? i64x2.gt_s(a2, a0) : i64x2.lt_s(a2, a0));
  let r = i64x2.extract_lane(a0, 0);
  const r1 = i64x2.extract_lane(a0, 1);
  if (max ? r1 > r : r1 < r) r = r1;
  const f = unsigned ? i64.MIN_VALUE : 0;
  for (; i < n; i++) {
    const x = load<i64>(p + (<usize>i << 3)) ^ f;
    if (max ? x > r : x < r) r = x;
  }
  return r ^ f;
}
/** Largest of the n int64 at p. */
export function i64_max(p: usize, n: i32): i64 { return foldI64(p, n, true, false); }
/** Smallest of the n int64 at p. */
export function i64_min(p: usize, n: i32): i64 { return foldI64(p, n, false, false); }
/** Largest of the n uint64 at p (as the int64 of the same bits). */
export function u64_max(p: usize, n: i32): i64 { return foldI64(p, n, true, true); }
/** Smallest of the n uint64 at p (as the int64 of the same bits). */
export function u64_min(p: usize, n: i32): i64 { return foldI64(p, n, false, true); }
