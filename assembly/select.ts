// np.where(c, x, y) on contiguous 8-byte elements (float64, int64, complex64): o[i] = c[i] ?
// x[i] : y[i] (or the scalar y), branch-free. A condition byte is any nonzero value.
// Like the other kernels, `n` is rounded up to whole iterations of 16 elements inside the
// caller's scratch blocks; only the first n results are copied out.

/** Eight 2-lane masks (all ones where the condition byte is nonzero) from 16 condition bytes. */
@inline
function store16(o: usize, c: v128, x: usize, y: usize, ys: v128, scalar: bool): void {
  const t = i8x16.ne(c, i8x16.splat(0));
  const lo = i16x8.extend_low_i8x16_s(t);
  const hi = i16x8.extend_high_i8x16_s(t);
  const q0 = i32x4.extend_low_i16x8_s(lo);
  const q1 = i32x4.extend_high_i16x8_s(lo);
  const q2 = i32x4.extend_low_i16x8_s(hi);
  const q3 = i32x4.extend_high_i16x8_s(hi);
  sel(o, 0, i64x2.extend_low_i32x4_s(q0), x, y, ys, scalar);
  sel(o, 16, i64x2.extend_high_i32x4_s(q0), x, y, ys, scalar);
  sel(o, 32, i64x2.extend_low_i32x4_s(q1), x, y, ys, scalar);
  sel(o, 48, i64x2.extend_high_i32x4_s(q1), x, y, ys, scalar);
  sel(o, 64, i64x2.extend_low_i32x4_s(q2), x, y, ys, scalar);
  sel(o, 80, i64x2.extend_high_i32x4_s(q2), x, y, ys, scalar);
  sel(o, 96, i64x2.extend_low_i32x4_s(q3), x, y, ys, scalar);
  sel(o, 112, i64x2.extend_high_i32x4_s(q3), x, y, ys, scalar);
}

@inline
function sel(o: usize, off: usize, m: v128, x: usize, y: usize, ys: v128, scalar: bool): void {
  const b = scalar ? ys : v128.load(y + off);
  v128.store(o + off, v128.bitselect(v128.load(x + off), b, m));
}

/** o[i] = c[i] ? x[i] : y[i]; o may be x or y. */
export function select64(c: usize, x: usize, y: usize, o: usize, n: i32): void {
  for (let i: usize = 0; i < <usize>n; i += 16) {
    const p = i << 3;
    store16(o + p, v128.load(c + i), x + p, y + p, v128.splat<i64>(0), false);
  }
}

/** o[i] = c[i] ? x[i] : s (s given by its bits); o may be x. */
export function select64s(c: usize, x: usize, s: i64, o: usize, n: i32): void {
  const ys = i64x2.splat(s);
  for (let i: usize = 0; i < <usize>n; i += 16) {
    const p = i << 3;
    store16(o + p, v128.load(c + i), x + p, 0, ys, true);
  }
}

/** o[i] = c[i] ? s : y[i] (s given by its bits); o may be y. */
export function select64sv(c: usize, s: i64, y: usize, o: usize, n: i32): void {
  const xs = i64x2.splat(s);
  for (let i: usize = 0; i < <usize>n; i += 16) {
    const p = i << 3;
    const t = i8x16.ne(v128.load(c + i), i8x16.splat(0));
    // Swap roles: select y where the condition is false, i.e. s where it is true.
    const nt = v128.not(t);
    store16(o + p, nt, y + p, 0, xs, true);
  }
}

// Strided gathers (the ufunc engine's strided inputs): o[k] = s[k·step] for k < n, element
// bits copied unchanged. The caller copies the span the elements lie in into scratch (one
// memcpy) and `s` points at the first element (for a negative step, at the span's end).

/** 8-byte elements: o[k] = s[k·step]. */
export function gather64(s: usize, step: i32, o: usize, n: i32): void {
  if (step === 2) {
    // Two vectors of pairs → one vector of their first lanes.
    let k = 0;
    for (; k + 2 <= n; k += 2) {
      const p = s + (<usize>k << 4);
      v128.store(o + (<usize>k << 3), i8x16.shuffle(v128.load(p), v128.load(p, 16), 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23));
    }
    if (k < n) store<i64>(o + (<usize>k << 3), load<i64>(s + (<usize>k << 4)));
    return;
  }
  const d = <isize>step << 3;
  let p = <isize>s;
  for (let k = 0; k < n; k++, p += d) store<i64>(o + (<usize>k << 3), load<i64>(<usize>p));
}

/** 4-byte elements: o[k] = s[k·step]. */
export function gather32(s: usize, step: i32, o: usize, n: i32): void {
  const d = <isize>step << 2;
  let p = <isize>s;
  for (let k = 0; k < n; k++, p += d) store<i32>(o + (<usize>k << 2), load<i32>(<usize>p));
}

// np.nonzero of a 1-d mask: the positions base + i of the nonzero bytes of m[0 .. n) as int64
// at o, branch-free (each position is written, the cursor advances by one for a nonzero
// byte; o has room for n + 1); sixteen zero bytes at a time are skipped. Returns the count.
export function nonzeroPositions(m: usize, n: i32, base: i64, o: usize): i32 {
  let k: usize = 0;
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const c = v128.load(m + <usize>i);
    if (!v128.any_true(c)) continue;
    for (let j = i; j < i + 16; j++) {
      store<i64>(o + (k << 3), base + <i64>j);
      k += <usize>(load<u8>(m + <usize>j) != 0);
    }
  }
  for (; i < n; i++) {
    store<i64>(o + (k << 3), base + <i64>i);
    k += <usize>(load<u8>(m + <usize>i) != 0);
  }
  return <i32>k;
}
