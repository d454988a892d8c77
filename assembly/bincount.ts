// np.bincount of int64 bins on a table in scratch, a block of elements per call. Counts go
// to four u32 tables in turn (t + k * cap * 4, k = element index mod 4), so that repeats of a
// bin do not wait on each other's increments; the caller adds them up. Weighted sums go to
// one f64 table, element by element in order (NumPy's order, so the same bits). Each kernel
// returns the largest bin of the block (-1 for none), or -2 when an element is negative or
// at least cap (before counting it: the caller then runs the general path from the start).

@inline function bump(t: usize, v: u64): void {
  const p = t + (<usize>v << 2);
  store<u32>(p, load<u32>(p) + 1);
}

export function i64_bincount(a: usize, n: i32, t: usize, cap: i32): i32 {
  const c = <u64>cap;
  const t1 = t + (<usize>cap << 2);
  const t2 = t1 + (<usize>cap << 2);
  const t3 = t2 + (<usize>cap << 2);
  let mx: u64 = 0;
  let any = false;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const p = a + (<usize>i << 3);
    const v0 = load<u64>(p);
    const v1 = load<u64>(p, 8);
    const v2 = load<u64>(p, 16);
    const v3 = load<u64>(p, 24);
    // Unsigned: a negative bin compares as huge.
    const m = max(max(v0, v1), max(v2, v3));
    if (m >= c) return -2;
    if (m > mx) mx = m;
    any = true;
    bump(t, v0);
    bump(t1, v1);
    bump(t2, v2);
    bump(t3, v3);
  }
  for (; i < n; i++) {
    const v = load<u64>(a + (<usize>i << 3));
    if (v >= c) return -2;
    if (v > mx) mx = v;
    any = true;
    bump(t, v);
  }
  return any ? <i32>mx : -1;
}

export function i64_bincount_w(a: usize, w: usize, n: i32, t: usize, cap: i32): i32 {
  const c = <u64>cap;
  let mx: i32 = -1;
  for (let i = 0; i < n; i++) {
    const v = load<u64>(a + (<usize>i << 3));
    if (v >= c) return -2;
    if (<i32>v > mx) mx = <i32>v;
    const p = t + (<usize>v << 3);
    store<f64>(p, load<f64>(p) + load<f64>(w + (<usize>i << 3)));
  }
  return mx;
}
