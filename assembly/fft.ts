// FFT butterflies on interleaved complex float64 data: one v128 holds one complex number.
//
// The passes are pocketfft's self-sorting mixed-radix passes (src/fft/cplan.ts has the same
// arithmetic in JS, operation for operation, so both backends give the same bits). Each pass
// reads cc as [k < l1][j < ip][i < ido] and writes ch as [j][k][i]; every element is `L`
// complex numbers wide (L lines transformed side by side, element e of line l at complex
// index e·L + l), and all L lines share one twiddle. The exported passes use that layout; the
// inline cores (pass2 … pass5) take byte strides instead: input element e of line l at
// cc + e·ie + l·il, output at ch + e·oe + l·ol, so that a first pass can read lines where
// they lie and a last pass can write them back (assembly/fft_strided.ts).
//
// Twiddles: 32 bytes per twiddle w = (wr, wi) of the forward transform, stored as
// (wr, wr, -wi, wi), so that w·v = v·(wr, wr) + swap(v)·(-wi, wi); pass j (1..ip-1), index
// i (1..ido-1) is at tw + 32·((j-1)(ido-1) + i-1). The backward transform uses conj(w),
// which is the second pair times -1.

/** (re, im) → (im, re) */
@inline
function swap(v: v128): v128 {
  return v128.shuffle<f64>(v, v, 1, 0);
}

/** i·v = (-im, re) */
@inline
function timesI(v: v128): v128 {
  return f64x2.mul(swap(v), f64x2(-1.0, 1.0));
}

/** v·w for the twiddle at t: (vr·wr - vi·wi, vi·wr + vr·wi) (products as the JS pass). */
@inline
function cmul(v: v128, wrr: v128, wii: v128): v128 {
  return f64x2.add(f64x2.mul(v, wrr), f64x2.mul(swap(v), wii));
}

/** (wr, wr) of the twiddle at t; 1 for the first index of a pass, which has none. */
@inline
function twRe(first: bool, t: usize): v128 {
  if (first) return f64x2.splat(1.0);
  return v128.load(t);
}

/** (-wi, wi) of the twiddle at t, conjugated for the backward transform (dir = -1). */
@inline
function twIm(first: bool, t: usize, dir: v128): v128 {
  if (first) return f64x2.splat(0.0);
  return f64x2.mul(v128.load(t, 16), dir);
}

export function fft_pass2(ido: i32, l1: i32, L: i32, cc: usize, ch: usize, tw: usize, fwd: bool): void {
  const el = <usize>L << 4;
  pass2(ido, l1, L, cc, ch, tw, fwd, el, 16, el, 16);
}

/** fft_pass2 with explicit strides (see the header). */
@inline
export function pass2(
  ido: i32,
  l1: i32,
  L: i32,
  cc: usize,
  ch: usize,
  tw: usize,
  fwd: bool,
  ie: usize,
  il: usize,
  oe: usize,
  ol: usize,
): void {
  const dir = f64x2.splat(fwd ? 1.0 : -1.0);
  const ji = <usize>ido * ie;
  const jiO = <usize>ido * oe;
  const jo = jiO * <usize>l1;
  const span = <usize>L * il;
  for (let k = 0; k < l1; k++) {
    const a = cc + <usize>k * 2 * ji;
    const b = ch + <usize>k * jiO;
    for (let i = 0; i < ido; i++) {
      let x = a + <usize>i * ie;
      let y = b + <usize>i * oe;
      const end = x + span;
      if (i == 0) {
        for (; x < end; x += il, y += ol) {
          const x0 = v128.load(x);
          const x1 = v128.load(x + ji);
          v128.store(y, f64x2.add(x0, x1));
          v128.store(y + jo, f64x2.sub(x0, x1));
        }
      } else {
        const t = tw + (<usize>(i - 1) << 5);
        const wr = v128.load(t);
        const wi = f64x2.mul(v128.load(t, 16), dir);
        for (; x < end; x += il, y += ol) {
          const x0 = v128.load(x);
          const x1 = v128.load(x + ji);
          v128.store(y, f64x2.add(x0, x1));
          v128.store(y + jo, cmul(f64x2.sub(x0, x1), wr, wi));
        }
      }
    }
  }
}

export function fft_pass3(ido: i32, l1: i32, L: i32, cc: usize, ch: usize, tw: usize, fwd: bool): void {
  const el = <usize>L << 4;
  pass3(ido, l1, L, cc, ch, tw, fwd, el, 16, el, 16);
}

/** fft_pass3 with explicit strides (see the header). */
@inline
export function pass3(
  ido: i32,
  l1: i32,
  L: i32,
  cc: usize,
  ch: usize,
  tw: usize,
  fwd: bool,
  ie: usize,
  il: usize,
  oe: usize,
  ol: usize,
): void {
  const dir = f64x2.splat(fwd ? 1.0 : -1.0);
  const c = f64x2.splat(-0.5);
  // i·(s·v) as swap(v)·(-s, s): the same values (negation and products commute exactly)
  const sv = (fwd ? -1.0 : 1.0) * 0.8660254037844386;
  const sn = f64x2(-sv, sv);
  const ji = <usize>ido * ie;
  const jiO = <usize>ido * oe;
  const jo = jiO * <usize>l1;
  const span = <usize>L * il;
  const ts = <usize>(ido - 1) << 5;
  for (let k = 0; k < l1; k++) {
    const a = cc + <usize>k * 3 * ji;
    const b = ch + <usize>k * jiO;
    for (let i = 0; i < ido; i++) {
      let x = a + <usize>i * ie;
      let y = b + <usize>i * oe;
      const end = x + span;
      const t = tw + (<usize>(i - 1) << 5);
      const first = i == 0;
      const w1r = twRe(first, t);
      const w1i = twIm(first, t, dir);
      const w2r = twRe(first, t + ts);
      const w2i = twIm(first, t + ts, dir);
      for (; x < end; x += il, y += ol) {
        const x0 = v128.load(x);
        const x1 = v128.load(x + ji);
        const x2 = v128.load(x + 2 * ji);
        const s = f64x2.add(x1, x2);
        v128.store(y, f64x2.add(x0, s));
        const m = f64x2.add(x0, f64x2.mul(c, s));
        const d = f64x2.mul(swap(f64x2.sub(x1, x2)), sn);
        const y1 = f64x2.add(m, d);
        const y2 = f64x2.sub(m, d);
        if (first) {
          v128.store(y + jo, y1);
          v128.store(y + 2 * jo, y2);
        } else {
          v128.store(y + jo, cmul(y1, w1r, w1i));
          v128.store(y + 2 * jo, cmul(y2, w2r, w2i));
        }
      }
    }
  }
}

export function fft_pass4(ido: i32, l1: i32, L: i32, cc: usize, ch: usize, tw: usize, fwd: bool): void {
  const el = <usize>L << 4;
  pass4(ido, l1, L, cc, ch, tw, fwd, el, 16, el, 16);
}

/** fft_pass4 with explicit strides (see the header). */
@inline
export function pass4(
  ido: i32,
  l1: i32,
  L: i32,
  cc: usize,
  ch: usize,
  tw: usize,
  fwd: bool,
  ie: usize,
  il: usize,
  oe: usize,
  ol: usize,
): void {
  const dir = f64x2.splat(fwd ? 1.0 : -1.0);
  const sg = fwd ? f64x2(1.0, -1.0) : f64x2(-1.0, 1.0); // i·(±v) = swap(v)·(∓1, ±1)
  const ji = <usize>ido * ie;
  const jiO = <usize>ido * oe;
  const jo = jiO * <usize>l1;
  const span = <usize>L * il;
  const ts = <usize>(ido - 1) << 5;
  for (let k = 0; k < l1; k++) {
    const a = cc + <usize>k * 4 * ji;
    const b = ch + <usize>k * jiO;
    for (let i = 0; i < ido; i++) {
      let x = a + <usize>i * ie;
      let y = b + <usize>i * oe;
      const end = x + span;
      const first = i == 0;
      const t = tw + (<usize>(i - 1) << 5);
      const w1r = twRe(first, t);
      const w1i = twIm(first, t, dir);
      const w2r = twRe(first, t + ts);
      const w2i = twIm(first, t + ts, dir);
      const w3r = twRe(first, t + 2 * ts);
      const w3i = twIm(first, t + 2 * ts, dir);
      for (; x < end; x += il, y += ol) {
        const x0 = v128.load(x);
        const x1 = v128.load(x + ji);
        const x2 = v128.load(x + 2 * ji);
        const x3 = v128.load(x + 3 * ji);
        const a0 = f64x2.add(x0, x2);
        const a1 = f64x2.sub(x0, x2);
        const b0 = f64x2.add(x1, x3);
        const jb = f64x2.mul(swap(f64x2.sub(x1, x3)), sg);
        v128.store(y, f64x2.add(a0, b0));
        const y1 = f64x2.add(a1, jb);
        const y2 = f64x2.sub(a0, b0);
        const y3 = f64x2.sub(a1, jb);
        if (first) {
          v128.store(y + jo, y1);
          v128.store(y + 2 * jo, y2);
          v128.store(y + 3 * jo, y3);
        } else {
          v128.store(y + jo, cmul(y1, w1r, w1i));
          v128.store(y + 2 * jo, cmul(y2, w2r, w2i));
          v128.store(y + 3 * jo, cmul(y3, w3r, w3i));
        }
      }
    }
  }
}

export function fft_pass5(ido: i32, l1: i32, L: i32, cc: usize, ch: usize, tw: usize, fwd: bool): void {
  const el = <usize>L << 4;
  pass5(ido, l1, L, cc, ch, tw, fwd, el, 16, el, 16);
}

/** fft_pass5 with explicit strides (see the header). */
@inline
export function pass5(
  ido: i32,
  l1: i32,
  L: i32,
  cc: usize,
  ch: usize,
  tw: usize,
  fwd: bool,
  ie: usize,
  il: usize,
  oe: usize,
  ol: usize,
): void {
  const dir = f64x2.splat(fwd ? 1.0 : -1.0);
  const sgn = fwd ? -1.0 : 1.0;
  const c1 = f64x2.splat(0.30901699437494745);
  const c2 = f64x2.splat(-0.8090169943749475);
  const s1 = f64x2.splat(sgn * 0.9510565162951535);
  const s2 = f64x2.splat(sgn * 0.5877852522924731);
  const ji = <usize>ido * ie;
  const jiO = <usize>ido * oe;
  const jo = jiO * <usize>l1;
  const span = <usize>L * il;
  const ts = <usize>(ido - 1) << 5;
  for (let k = 0; k < l1; k++) {
    const a = cc + <usize>k * 5 * ji;
    const b = ch + <usize>k * jiO;
    for (let i = 0; i < ido; i++) {
      let x = a + <usize>i * ie;
      let y = b + <usize>i * oe;
      const end = x + span;
      const first = i == 0;
      const t = tw + (<usize>(i - 1) << 5);
      const w1r = twRe(first, t);
      const w1i = twIm(first, t, dir);
      const w2r = twRe(first, t + ts);
      const w2i = twIm(first, t + ts, dir);
      const w3r = twRe(first, t + 2 * ts);
      const w3i = twIm(first, t + 2 * ts, dir);
      const w4r = twRe(first, t + 3 * ts);
      const w4i = twIm(first, t + 3 * ts, dir);
      for (; x < end; x += il, y += ol) {
        const x0 = v128.load(x);
        const x1 = v128.load(x + ji);
        const x2 = v128.load(x + 2 * ji);
        const x3 = v128.load(x + 3 * ji);
        const x4 = v128.load(x + 4 * ji);
        const a1 = f64x2.add(x1, x4);
        const b1 = f64x2.sub(x1, x4);
        const a2 = f64x2.add(x2, x3);
        const b2 = f64x2.sub(x2, x3);
        v128.store(y, f64x2.add(f64x2.add(x0, a1), a2));
        const m1 = f64x2.add(f64x2.add(x0, f64x2.mul(c1, a1)), f64x2.mul(c2, a2));
        const m2 = f64x2.add(f64x2.add(x0, f64x2.mul(c2, a1)), f64x2.mul(c1, a2));
        const n1 = timesI(f64x2.add(f64x2.mul(s1, b1), f64x2.mul(s2, b2)));
        const n2 = timesI(f64x2.sub(f64x2.mul(s2, b1), f64x2.mul(s1, b2)));
        const y1 = f64x2.add(m1, n1);
        const y4 = f64x2.sub(m1, n1);
        const y2 = f64x2.add(m2, n2);
        const y3 = f64x2.sub(m2, n2);
        if (first) {
          v128.store(y + jo, y1);
          v128.store(y + 2 * jo, y2);
          v128.store(y + 3 * jo, y3);
          v128.store(y + 4 * jo, y4);
        } else {
          v128.store(y + jo, cmul(y1, w1r, w1i));
          v128.store(y + 2 * jo, cmul(y2, w2r, w2i));
          v128.store(y + 3 * jo, cmul(y3, w3r, w3i));
          v128.store(y + 4 * jo, cmul(y4, w4r, w4i));
        }
      }
    }
  }
}

/**
 * Real FFT of even length 2h from the complex FFT Z of z_j = x_2j + i·x_2j+1 (h complex
 * per line, L lines interleaved at z): X_k = E_k + w_k·O_k for k ≤ h into x ((h+1)·L
 * complex, interleaved the same way). w holds exp(-2πi k/2h) for k ≤ h as plain (re, im)
 * pairs. Same operations as unpackHalf in src/fft/lines.ts.
 */
export function fft_r2c_unpack(z: usize, x: usize, w: usize, h: i32, L: i32): void {
  const el = <usize>L << 4;
  r2cUnpack(z, x, w, h, L, el, 16);
}

/**
 * fft_r2c_unpack writing element k of line l at x + k·oe + l·ol (bytes). X_k and X_h-k are
 * made together from z_k and z_h-k: E_h-k = conj(E_k) and O_h-k = conj(O_k) exactly.
 */
@inline
export function r2cUnpack(z: usize, x: usize, w: usize, h: i32, L: i32, oe: usize, ol: usize): void {
  const el = <usize>L << 4;
  const span = <usize>L * ol;
  const xh = x + <usize>h * oe;
  for (let l: usize = 0, o: usize = 0; o < span; l += 16, o += ol) {
    const z0r = load<f64>(z + l);
    const z0i = load<f64>(z + l, 8);
    store<f64>(x + o, z0r + z0i);
    store<f64>(x + o, 0.0, 8);
    store<f64>(xh + o, z0r - z0i);
    store<f64>(xh + o, 0.0, 8);
  }
  const half = f64x2.splat(0.5);
  const oMul = f64x2(0.5, -0.5);
  const conj = f64x2(1.0, -1.0);
  const jn = f64x2(-1.0, 1.0);
  for (let k = 1; k <= h - k; k++) {
    const kc = h - k;
    const wv = v128.load(w + (<usize>k << 4));
    const wr = f64x2.splat(f64x2.extract_lane(wv, 0));
    const wi = f64x2.mul(f64x2.splat(f64x2.extract_lane(wv, 1)), jn);
    const wc = v128.load(w + (<usize>kc << 4));
    const wcr = f64x2.splat(f64x2.extract_lane(wc, 0));
    const wci = f64x2.mul(f64x2.splat(f64x2.extract_lane(wc, 1)), jn);
    let pk = z + <usize>k * el;
    let pc = z + <usize>kc * el;
    let px = x + <usize>k * oe;
    let pxc = x + <usize>kc * oe;
    const end = px + span;
    if (k == kc) {
      for (; px < end; pk += 16, pc += 16, px += ol) {
        const zk = v128.load(pk);
        const ck = f64x2.mul(v128.load(pc), conj);
        const e = f64x2.mul(half, f64x2.add(zk, ck));
        const o = f64x2.mul(swap(f64x2.sub(zk, ck)), oMul);
        const p = f64x2.add(e, f64x2.mul(wr, o));
        v128.store(px, f64x2.add(p, f64x2.mul(swap(o), wi)));
      }
    } else {
      for (; px < end; pk += 16, pc += 16, px += ol, pxc += ol) {
        const zk = v128.load(pk);
        const ck = f64x2.mul(v128.load(pc), conj);
        const e = f64x2.mul(half, f64x2.add(zk, ck));
        const o = f64x2.mul(swap(f64x2.sub(zk, ck)), oMul);
        const p = f64x2.add(e, f64x2.mul(wr, o));
        v128.store(px, f64x2.add(p, f64x2.mul(swap(o), wi)));
        const e2 = f64x2.mul(e, conj);
        const o2 = f64x2.mul(o, conj);
        const p2 = f64x2.add(e2, f64x2.mul(wcr, o2));
        v128.store(pxc, f64x2.add(p2, f64x2.mul(swap(o2), wci)));
      }
    }
  }
}

/**
 * Lines side by side: L lines of m complex each (line l at src + l·stride complex) to
 * dst[t·L + l].
 */
export function fft_interleave(src: usize, dst: usize, L: i32, m: i32, stride: i32): void {
  const line = <usize>m << 4;
  const ls = <usize>stride << 4;
  const el = <usize>L << 4;
  for (let l = 0; l < L; l++) {
    let s = src + <usize>l * ls;
    let d = dst + (<usize>l << 4);
    const end = s + line;
    for (; s < end; s += 16, d += el) v128.store(d, v128.load(s));
  }
}

/** The inverse of fft_interleave: dst line l (at dst + l·stride complex), element t = src[t·L + l]. */
export function fft_deinterleave(src: usize, dst: usize, L: i32, m: i32, stride: i32): void {
  const line = <usize>m << 4;
  const ls = <usize>stride << 4;
  const el = <usize>L << 4;
  for (let l = 0; l < L; l++) {
    let d = dst + <usize>l * ls;
    let s = src + (<usize>l << 4);
    const end = d + line;
    for (; d < end; d += 16, s += el) v128.store(d, v128.load(s));
  }
}

/**
 * The inverse of fft_r2c_unpack before the backward complex FFT of length h: from the
 * h+1 half-complex terms at a, the h complex inputs Z at b (as c2r in src/fft/lines.ts).
 */
export function fft_c2r_pack(a: usize, b: usize, w: usize, h: i32): void {
  const x0 = load<f64>(a);
  const xh = load<f64>(a + (<usize>h << 4));
  store<f64>(b, x0 + xh);
  store<f64>(b, x0 - xh, 8);
  const conj = f64x2(1.0, -1.0);
  for (let k = 1; k < h; k++) {
    const xk = v128.load(a + (<usize>k << 4));
    const ck = f64x2.mul(v128.load(a + (<usize>(h - k) << 4)), conj);
    const e = f64x2.add(xk, ck);
    const d = f64x2.sub(xk, ck);
    const wv = v128.load(w + (<usize>k << 4));
    // conj of the forward twiddle: (wr, -wi_fwd); as a (wr, wr), (-wi, wi) pair
    const wr = f64x2.splat(f64x2.extract_lane(wv, 0));
    const s = -f64x2.extract_lane(wv, 1);
    const wi = f64x2.replace_lane(f64x2.splat(-s), 1, s);
    const o = cmul(d, wr, wi);
    v128.store(b + (<usize>k << 4), f64x2.add(e, timesI(o)));
  }
}
