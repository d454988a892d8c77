// np.correlate / np.convolve on float64: the outputs whose window lies wholly inside the
// signal (src/lib/statistics/correlate.ts runs the partial windows at the edges).
//
// out[o] = sum over j < nv of a[o + j] * v[j], in the same order as that file's JS loop
// (slideF64): four partial sums per output, term j going to sum j % 4 while j + 3 < nv, the
// leftover terms to sum 0, then (s0 + s1) + (s2 + s3); each term rounded, no FMA. So both
// backends give the same bits. Vectorised across outputs: four outputs (two f64x2 lanes)
// times four partial sums stay in registers while j walks the window.

/** out[o] for o < n: a holds n + nv - 1 doubles, v holds nv. */
export function correlate_f64(a: usize, v: usize, nv: i32, out: usize, n: i32): void {
  const full = nv & ~3;
  let o: i32 = 0;
  for (; o + 4 <= n; o += 4) {
    const p = a + (<usize>o << 3);
    let s0l = f64x2.splat(0), s0h = f64x2.splat(0);
    let s1l = f64x2.splat(0), s1h = f64x2.splat(0);
    let s2l = f64x2.splat(0), s2h = f64x2.splat(0);
    let s3l = f64x2.splat(0), s3h = f64x2.splat(0);
    let j: i32 = 0;
    for (; j < full; j += 4) {
      const q = p + (<usize>j << 3);
      const w = v + (<usize>j << 3);
      const v0 = v128.load64_splat(w);
      const v1 = v128.load64_splat(w, 8);
      const v2 = v128.load64_splat(w, 16);
      const v3 = v128.load64_splat(w, 24);
      s0l = f64x2.add(s0l, f64x2.mul(v128.load(q), v0));
      s0h = f64x2.add(s0h, f64x2.mul(v128.load(q, 16), v0));
      s1l = f64x2.add(s1l, f64x2.mul(v128.load(q, 8), v1));
      s1h = f64x2.add(s1h, f64x2.mul(v128.load(q, 24), v1));
      s2l = f64x2.add(s2l, f64x2.mul(v128.load(q, 16), v2));
      s2h = f64x2.add(s2h, f64x2.mul(v128.load(q, 32), v2));
      s3l = f64x2.add(s3l, f64x2.mul(v128.load(q, 24), v3));
      s3h = f64x2.add(s3h, f64x2.mul(v128.load(q, 40), v3));
    }
    for (; j < nv; j++) {
      const q = p + (<usize>j << 3);
      const vj = v128.load64_splat(v + (<usize>j << 3));
      s0l = f64x2.add(s0l, f64x2.mul(v128.load(q), vj));
      s0h = f64x2.add(s0h, f64x2.mul(v128.load(q, 16), vj));
    }
    const r = out + (<usize>o << 3);
    v128.store(r, f64x2.add(f64x2.add(s0l, s1l), f64x2.add(s2l, s3l)));
    v128.store(r, f64x2.add(f64x2.add(s0h, s1h), f64x2.add(s2h, s3h)), 16);
  }
  for (; o < n; o++) {
    const p = a + (<usize>o << 3);
    let s0: f64 = 0, s1: f64 = 0, s2: f64 = 0, s3: f64 = 0;
    let j: i32 = 0;
    for (; j < full; j += 4) {
      const q = p + (<usize>j << 3);
      const w = v + (<usize>j << 3);
      s0 += load<f64>(q) * load<f64>(w);
      s1 += load<f64>(q, 8) * load<f64>(w, 8);
      s2 += load<f64>(q, 16) * load<f64>(w, 16);
      s3 += load<f64>(q, 24) * load<f64>(w, 24);
    }
    for (; j < nv; j++) s0 += load<f64>(p + (<usize>j << 3)) * load<f64>(v + (<usize>j << 3));
    store<f64>(out + (<usize>o << 3), s0 + s1 + (s2 + s3));
  }
}
