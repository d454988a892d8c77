// Index blocks for take / a[idx] (src/_core/item_selection/wasm_indices.ts): int64 indices
// streamed into scratch are range-checked with SIMD and packed to their int32 low words in
// place, so the TypeScript gather reads one 4-byte word per index and does no check of its
// own (in V8 the check costs about as much as the gather's cache misses); int32 indices are
// checked in place (idx32_check).

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
