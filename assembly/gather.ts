// Index blocks for take / a[idx] (src/_core/item_selection/wasm_indices.ts): int64 indices
// streamed into scratch are range-checked with SIMD and packed to their int32 low words in
// place, so the TypeScript gather reads one 4-byte word per index and does no check of its
// own (in V8 the check costs about as much as the gather's cache misses); int32 indices are
// checked in place (idx32_check). A block that fails the check is tried again by the `_wrap`
// versions when negative indices count from the end (NumPy's 'raise' and 'wrap' modes).

/**
 * Check the n int64 values at p against [0, lim] and write their low 32-bit words to
 * o (o <= p: the packed words never overtake the values still to be read). Returns 1 when
 * every value is in range, else 0 (o then holds garbage). Reads nothing past n.
 */
export function idx64_pack(p: usize, o: usize, n: i32, lim: i32): i32 {
  const l = i64x2.splat(<i64>lim);
  let acc = i64x2.splat(0);
  const count = <usize>n;
  const full = count & ~(<usize>3);
  for (let i: usize = 0; i < full; i += 4) {
    const a = v128.load(p + (i << 3));
    const b = v128.load(p + (i << 3), 16);
    // In range exactly when neither v nor lim - v is negative (no overflow: 0 <= lim < 2^31).
    acc = v128.or(acc, v128.or(v128.or(a, i64x2.sub(l, a)), v128.or(b, i64x2.sub(l, b))));
    v128.store(o + (i << 2), v128.shuffle<i32>(a, b, 0, 2, 4, 6));
  }
  let bad = i64x2.bitmask(acc);
  for (let i = full; i < count; i++) {
    const v = load<i64>(p + (i << 3));
    if (v < 0 || v > <i64>lim) bad = 1;
    store<i32>(o + (i << 2), <i32>v);
  }
  return bad == 0 ? 1 : 0;
}

/**
 * Whether the n int32 values at p are all in [0, lim]: 1 when they are, else 0. Reads
 * nothing past n.
 */
export function idx32_check(p: usize, n: i32, lim: i32): i32 {
  const l = i32x4.splat(lim);
  let acc = i32x4.splat(0);
  const count = <usize>n;
  const full = count & ~(<usize>3);
  for (let i: usize = 0; i < full; i += 4) {
    const a = v128.load(p + (i << 2));
    // In range exactly when neither v nor lim - v is negative (0 <= lim < 2^31).
    acc = v128.or(acc, v128.or(a, i32x4.sub(l, a)));
  }
  let bad = i32x4.bitmask(acc);
  for (let i = full; i < count; i++) {
    const v = load<i32>(p + (i << 2));
    if (v < 0 || v > lim) bad = 1;
  }
  return bad == 0 ? 1 : 0;
}

/**
 * idx64_pack for indices in [-(lim + 1), lim]: the negative ones are made v + lim + 1 (without
 * a branch). Returns 1 when every value is in that range, else 0.
 *
 * On 32-bit lanes: a value is in range exactly when its high word is its low word's sign
 * extension and the wrapped low word, read unsigned, is at most lim; the high words' XOR with
 * that sign is OR-ed up and the low words' unsigned maximum kept (x64 has no 64-bit arithmetic
 * shift below AVX-512: with i64x2 lanes this pass cost 2.5x idx64_pack's). Kept apart from
 * idx64_pack, whose pass over indices known to be non-negative is ~1.6x faster.
 */
export function idx64_wrap(p: usize, o: usize, n: i32, lim: i32): i32 {
  const add = i32x4.splat(lim + 1);
  let hiBad = i32x4.splat(0);
  let max = i32x4.splat(0);
  const count = <usize>n;
  const full = count & ~(<usize>3);
  for (let i: usize = 0; i < full; i += 4) {
    const a = v128.load(p + (i << 3));
    const b = v128.load(p + (i << 3), 16);
    const lo = v128.shuffle<i32>(a, b, 0, 2, 4, 6);
    const hi = v128.shuffle<i32>(a, b, 1, 3, 5, 7);
    const sign = i32x4.shr_s(lo, 31);
    const v = i32x4.add(lo, v128.and(add, sign));
    hiBad = v128.or(hiBad, v128.xor(hi, sign));
    max = i32x4.max_u(max, v);
    v128.store(o + (i << 2), v);
  }
  let bad = v128.any_true(hiBad) ? 1 : 0;
  for (let k = 0; k < 4; k++) {
    if (<u32>i32x4.extract_lane(max, 0) > <u32>lim) bad = 1;
    max = v128.shuffle<i32>(max, max, 1, 2, 3, 0);
  }
  for (let i = full; i < count; i++) {
    let v = load<i64>(p + (i << 3));
    if (v < 0) v += <i64>lim + 1;
    if (v < 0 || v > <i64>lim) bad = 1;
    store<i32>(o + (i << 2), <i32>v);
  }
  return bad == 0 ? 1 : 0;
}

/**
 * idx32_check for indices in [-(lim + 1), lim], the negative ones rewritten in place as
 * v + lim + 1: 1 when every value is in that range, else 0.
 */
export function idx32_wrap(p: usize, n: i32, lim: i32): i32 {
  const l = i32x4.splat(lim);
  const add = i32x4.splat(lim + 1);
  let acc = i32x4.splat(0);
  const count = <usize>n;
  const full = count & ~(<usize>3);
  for (let i: usize = 0; i < full; i += 4) {
    let a = v128.load(p + (i << 2));
    a = i32x4.add(a, v128.and(add, i32x4.shr_s(a, 31)));
    acc = v128.or(acc, v128.or(a, i32x4.sub(l, a)));
    v128.store(p + (i << 2), a);
  }
  let bad = i32x4.bitmask(acc);
  for (let i = full; i < count; i++) {
    let v = load<i32>(p + (i << 2));
    if (v < 0) v += lim + 1;
    store<i32>(p + (i << 2), v);
    if (v < 0 || v > lim) bad = 1;
  }
  return bad == 0 ? 1 : 0;
}
