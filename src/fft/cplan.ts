/**
 * Complex FFT plans of any length, in the manner of pocketfft's `cfftp`/`fftblue`
 * (numpy/fft's engine): a self-sorting mixed-radix transform (passes of radix 4, 2,
 * 3, 5 and a generic odd radix) on interleaved re/im Float64Arrays, ping-ponging
 * between the data and a scratch buffer, and Bluestein's chirp-z algorithm when
 * the length has a large prime factor. Plans (twiddles included) are cached.
 */

/** A planned complex DFT of length `n` on interleaved (re, im) data. */
export interface ComplexPlan {
  readonly n: number;
  /**
   * Transform `c` (2n doubles) unnormalized: forward is exp(-2πi jk/n), backward
   * exp(+2πi jk/n). `ch` is scratch of the same size; returns whichever of the two
   * holds the result.
   */
  exec(c: Float64Array, ch: Float64Array, fwd: boolean): Float64Array;
}

/** cos and sin of 2π m/n, with m reduced so that the angle stays small and exact-ish. */
export function sincos(m: number, n: number): [number, number] {
  m %= n;
  if (m < 0) m += n;
  // Fold into [0, n/2] and use sin(2π(n-m)/n) = -sin(2πm/n) to keep the angle ≤ π.
  if (2 * m > n) {
    const [c, s] = sincos(n - m, n);
    return [c, -s];
  }
  const x = (2 * Math.PI * m) / n;
  return [Math.cos(x), Math.sin(x)];
}

interface Pass {
  ip: number;
  l1: number;
  ido: number;
  /**
   * Forward twiddles exp(-2πi·j·l1·i/n) at [2((j-1)(ido-1) + i-1)], for j in 1..ip-1,
   * i in 1..ido-1, and their conjugates for the backward transform.
   */
  twF: Float64Array;
  twB: Float64Array;
  /** Generic radix only: (cos, sin) of 2π q/ip for q < ip. */
  roots: Float64Array | null;
}

export function factorize(n: number): number[] {
  const f: number[] = [];
  let len = n;
  while (len % 4 === 0) {
    f.push(4);
    len /= 4;
  }
  if (len % 2 === 0) {
    len /= 2;
    f.push(2);
    // A radix-2 pass goes first, as pocketfft does.
    const last = f.length - 1;
    [f[0], f[last]] = [f[last]!, f[0]!];
  }
  for (let d = 3; d * d <= len; d += 2) {
    while (len % d === 0) {
      f.push(d);
      len /= d;
    }
  }
  if (len > 1) f.push(len);
  return f;
}

function largestPrimeFactor(n: number): number {
  let res = 1;
  while (n % 2 === 0) {
    res = 2;
    n /= 2;
  }
  for (let d = 3; d * d <= n; d += 2) {
    while (n % d === 0) {
      res = d;
      n /= d;
    }
  }
  return n > 1 ? n : res;
}

/** pocketfft's cost estimate of the mixed-radix transform of length n. */
function costGuess(n: number): number {
  const lfp = 1.1; // penalty for the generic radix
  const ni = n;
  let result = 0;
  while (n % 2 === 0) {
    result += 2;
    n /= 2;
  }
  for (let x = 3; x * x <= n; x += 2) {
    while (n % x === 0) {
      result += x <= 5 ? x : lfp * x;
      n /= x;
    }
  }
  if (n > 1) result += n <= 5 ? n : lfp * n;
  return result * ni;
}

/** The smallest 2^a 3^b 5^c ≥ n. */
export function goodSize(n: number): number {
  if (n <= 6) return n;
  let best = 2 * n;
  for (let f2 = 1; f2 < best; f2 *= 2) {
    for (let f23 = f2; f23 < best; f23 *= 3) {
      let f = f23;
      while (f < n) f *= 5;
      if (f < best) best = f;
    }
  }
  return best;
}

/**
 * The mixed-radix plan. With `lanes` L > 1 it transforms L interleaved sequences at
 * once (element e of sequence l at complex index e·L + l): the passes are the same
 * with ido·L in place of ido and each twiddle repeated L times.
 */
class MixedRadixPlan implements ComplexPlan {
  readonly n: number;
  private readonly passes: Pass[] = [];

  constructor(n: number, lanes = 1) {
    this.n = n;
    let l1 = 1;
    for (const ip of factorize(n)) {
      const ido0 = n / (l1 * ip);
      const ido = ido0 * lanes;
      const twF = new Float64Array(2 * (ip - 1) * Math.max(ido - 1, 0));
      const twB = new Float64Array(twF.length);
      for (let j = 1; j < ip; j++) {
        for (let i0 = 0; i0 < ido0; i0++) {
          const [c, s] = sincos(j * l1 * i0, n);
          for (let l = 0; l < lanes; l++) {
            const i = i0 * lanes + l;
            if (i === 0) continue;
            const at = 2 * ((j - 1) * (ido - 1) + i - 1);
            twF[at] = twB[at] = c;
            twF[at + 1] = -s;
            twB[at + 1] = s;
          }
        }
      }
      let roots: Float64Array | null = null;
      if (ip > 5) {
        roots = new Float64Array(2 * ip);
        for (let q = 0; q < ip; q++) {
          const [c, s] = sincos(q, ip);
          roots[2 * q] = c;
          roots[2 * q + 1] = s;
        }
      }
      this.passes.push({ ip, l1, ido, twF, twB, roots });
      l1 *= ip;
    }
  }

  exec(c: Float64Array, ch: Float64Array, fwd: boolean): Float64Array {
    const s = fwd ? -1 : 1;
    let p1 = c;
    let p2 = ch;
    for (const p of this.passes) {
      const tw = fwd ? p.twF : p.twB;
      switch (p.ip) {
        case 4:
          pass4(p.ido, p.l1, p1, p2, tw, s);
          break;
        case 2:
          pass2(p.ido, p.l1, p1, p2, tw);
          break;
        case 3:
          pass3(p.ido, p.l1, p1, p2, tw, s);
          break;
        case 5:
          pass5(p.ido, p.l1, p1, p2, tw, s);
          break;
        default:
          passGeneric(p.ip, p.ido, p.l1, p1, p2, tw, p.roots!, s);
      }
      const t = p1;
      p1 = p2;
      p2 = t;
    }
    return p1;
  }
}

// Each pass: input cc viewed as [k < l1][j < ip][i < ido], output ch as [j][k][i];
// a DFT of size ip over j (sign s), then the output j is multiplied by
// exp(s·2πi·j·l1·i/n). Indices below are in doubles (2 per complex element).

function pass2(
  ido: number,
  l1: number,
  cc: Float64Array,
  ch: Float64Array,
  tw: Float64Array,
): void {
  const jo = 2 * ido * l1;
  for (let k = 0; k < l1; k++) {
    const a = 4 * ido * k;
    const b = 2 * ido * k;
    {
      const r0 = cc[a]!;
      const i0 = cc[a + 1]!;
      const r1 = cc[a + 2 * ido]!;
      const i1 = cc[a + 2 * ido + 1]!;
      ch[b] = r0 + r1;
      ch[b + 1] = i0 + i1;
      ch[b + jo] = r0 - r1;
      ch[b + jo + 1] = i0 - i1;
    }
    for (let i = 1; i < ido; i++) {
      const x = a + 2 * i;
      const y = b + 2 * i;
      const r0 = cc[x]!;
      const i0 = cc[x + 1]!;
      const r1 = cc[x + 2 * ido]!;
      const i1 = cc[x + 2 * ido + 1]!;
      ch[y] = r0 + r1;
      ch[y + 1] = i0 + i1;
      const dr = r0 - r1;
      const di = i0 - i1;
      const wr = tw[2 * i - 2]!;
      const wi = tw[2 * i - 1]!;
      ch[y + jo] = dr * wr - di * wi;
      ch[y + jo + 1] = dr * wi + di * wr;
    }
  }
}

function pass4(
  ido: number,
  l1: number,
  cc: Float64Array,
  ch: Float64Array,
  tw: Float64Array,
  s: number,
): void {
  const jo = 2 * ido * l1; // output stride between j blocks
  const ji = 2 * ido; // input stride between j blocks
  const t2 = 2 * (ido - 1);
  const t3 = 4 * (ido - 1);
  if (ido === 1) {
    for (let k = 0; k < l1; k++) {
      const x = 8 * k;
      const y = 2 * k;
      const r0 = cc[x]!;
      const i0 = cc[x + 1]!;
      const r1 = cc[x + 2]!;
      const i1 = cc[x + 3]!;
      const r2 = cc[x + 4]!;
      const i2 = cc[x + 5]!;
      const r3 = cc[x + 6]!;
      const i3 = cc[x + 7]!;
      const a0r = r0 + r2;
      const a0i = i0 + i2;
      const a1r = r0 - r2;
      const a1i = i0 - i2;
      const b0r = r1 + r3;
      const b0i = i1 + i3;
      const b1r = s * (r1 - r3);
      const b1i = s * (i1 - i3);
      ch[y] = a0r + b0r;
      ch[y + 1] = a0i + b0i;
      ch[y + 2 * jo] = a0r - b0r;
      ch[y + 2 * jo + 1] = a0i - b0i;
      ch[y + jo] = a1r - b1i;
      ch[y + jo + 1] = a1i + b1r;
      ch[y + 3 * jo] = a1r + b1i;
      ch[y + 3 * jo + 1] = a1i - b1r;
    }
    return;
  }
  for (let k = 0; k < l1; k++) {
    const a = 8 * ido * k;
    const b = 2 * ido * k;
    for (let i = 0; i < ido; i++) {
      const x = a + 2 * i;
      const y = b + 2 * i;
      const r0 = cc[x]!;
      const i0 = cc[x + 1]!;
      const r1 = cc[x + ji]!;
      const i1 = cc[x + ji + 1]!;
      const r2 = cc[x + 2 * ji]!;
      const i2 = cc[x + 2 * ji + 1]!;
      const r3 = cc[x + 3 * ji]!;
      const i3 = cc[x + 3 * ji + 1]!;
      const a0r = r0 + r2;
      const a0i = i0 + i2;
      const a1r = r0 - r2;
      const a1i = i0 - i2;
      const b0r = r1 + r3;
      const b0i = i1 + i3;
      const b1r = s * (r1 - r3);
      const b1i = s * (i1 - i3);
      ch[y] = a0r + b0r;
      ch[y + 1] = a0i + b0i;
      const y1r = a1r - b1i;
      const y1i = a1i + b1r;
      const y2r = a0r - b0r;
      const y2i = a0i - b0i;
      const y3r = a1r + b1i;
      const y3i = a1i - b1r;
      if (i === 0) {
        ch[y + jo] = y1r;
        ch[y + jo + 1] = y1i;
        ch[y + 2 * jo] = y2r;
        ch[y + 2 * jo + 1] = y2i;
        ch[y + 3 * jo] = y3r;
        ch[y + 3 * jo + 1] = y3i;
      } else {
        const w = 2 * i - 2;
        const w1r = tw[w]!;
        const w1i = tw[w + 1]!;
        const w2r = tw[w + t2]!;
        const w2i = tw[w + t2 + 1]!;
        const w3r = tw[w + t3]!;
        const w3i = tw[w + t3 + 1]!;
        ch[y + jo] = y1r * w1r - y1i * w1i;
        ch[y + jo + 1] = y1r * w1i + y1i * w1r;
        ch[y + 2 * jo] = y2r * w2r - y2i * w2i;
        ch[y + 2 * jo + 1] = y2r * w2i + y2i * w2r;
        ch[y + 3 * jo] = y3r * w3r - y3i * w3i;
        ch[y + 3 * jo + 1] = y3r * w3i + y3i * w3r;
      }
    }
  }
}

function pass3(
  ido: number,
  l1: number,
  cc: Float64Array,
  ch: Float64Array,
  tw: Float64Array,
  s: number,
): void {
  const jo = 2 * ido * l1;
  const ji = 2 * ido;
  const t2 = 2 * (ido - 1);
  const c = -0.5;
  const sn = s * 0.8660254037844386; // s·sin(2π/3)
  for (let k = 0; k < l1; k++) {
    const a = 6 * ido * k;
    const b = 2 * ido * k;
    for (let i = 0; i < ido; i++) {
      const x = a + 2 * i;
      const y = b + 2 * i;
      const r0 = cc[x]!;
      const i0 = cc[x + 1]!;
      const r1 = cc[x + ji]!;
      const i1 = cc[x + ji + 1]!;
      const r2 = cc[x + 2 * ji]!;
      const i2 = cc[x + 2 * ji + 1]!;
      const sr = r1 + r2;
      const si = i1 + i2;
      ch[y] = r0 + sr;
      ch[y + 1] = i0 + si;
      const mr = r0 + c * sr;
      const mi = i0 + c * si;
      const dr = sn * (r1 - r2);
      const di = sn * (i1 - i2);
      // y1 = m + i·d, y2 = m - i·d
      const y1r = mr - di;
      const y1i = mi + dr;
      const y2r = mr + di;
      const y2i = mi - dr;
      if (i === 0) {
        ch[y + jo] = y1r;
        ch[y + jo + 1] = y1i;
        ch[y + 2 * jo] = y2r;
        ch[y + 2 * jo + 1] = y2i;
      } else {
        const w = 2 * i - 2;
        const w1r = tw[w]!;
        const w1i = tw[w + 1]!;
        const w2r = tw[w + t2]!;
        const w2i = tw[w + t2 + 1]!;
        ch[y + jo] = y1r * w1r - y1i * w1i;
        ch[y + jo + 1] = y1r * w1i + y1i * w1r;
        ch[y + 2 * jo] = y2r * w2r - y2i * w2i;
        ch[y + 2 * jo + 1] = y2r * w2i + y2i * w2r;
      }
    }
  }
}

function pass5(
  ido: number,
  l1: number,
  cc: Float64Array,
  ch: Float64Array,
  tw: Float64Array,
  s: number,
): void {
  const jo = 2 * ido * l1;
  const ji = 2 * ido;
  const tws = 2 * (ido - 1);
  const c1 = 0.30901699437494745; // cos(2π/5)
  const c2 = -0.8090169943749475; // cos(4π/5)
  const s1 = s * 0.9510565162951535; // s·sin(2π/5)
  const s2 = s * 0.5877852522924731; // s·sin(4π/5)
  for (let k = 0; k < l1; k++) {
    const a = 10 * ido * k;
    const b = 2 * ido * k;
    for (let i = 0; i < ido; i++) {
      const x = a + 2 * i;
      const y = b + 2 * i;
      const r0 = cc[x]!;
      const i0 = cc[x + 1]!;
      const r1 = cc[x + ji]!;
      const i1 = cc[x + ji + 1]!;
      const r2 = cc[x + 2 * ji]!;
      const i2 = cc[x + 2 * ji + 1]!;
      const r3 = cc[x + 3 * ji]!;
      const i3 = cc[x + 3 * ji + 1]!;
      const r4 = cc[x + 4 * ji]!;
      const i4 = cc[x + 4 * ji + 1]!;
      const a1r = r1 + r4;
      const a1i = i1 + i4;
      const b1r = r1 - r4;
      const b1i = i1 - i4;
      const a2r = r2 + r3;
      const a2i = i2 + i3;
      const b2r = r2 - r3;
      const b2i = i2 - i3;
      ch[y] = r0 + a1r + a2r;
      ch[y + 1] = i0 + a1i + a2i;
      const m1r = r0 + c1 * a1r + c2 * a2r;
      const m1i = i0 + c1 * a1i + c2 * a2i;
      const m2r = r0 + c2 * a1r + c1 * a2r;
      const m2i = i0 + c2 * a1i + c1 * a2i;
      const n1r = s1 * b1r + s2 * b2r;
      const n1i = s1 * b1i + s2 * b2i;
      const n2r = s2 * b1r - s1 * b2r;
      const n2i = s2 * b1i - s1 * b2i;
      // y1 = m1 + i·n1, y4 = m1 - i·n1, y2 = m2 + i·n2, y3 = m2 - i·n2
      const y1r = m1r - n1i;
      const y1i = m1i + n1r;
      const y4r = m1r + n1i;
      const y4i = m1i - n1r;
      const y2r = m2r - n2i;
      const y2i = m2i + n2r;
      const y3r = m2r + n2i;
      const y3i = m2i - n2r;
      if (i === 0) {
        ch[y + jo] = y1r;
        ch[y + jo + 1] = y1i;
        ch[y + 2 * jo] = y2r;
        ch[y + 2 * jo + 1] = y2i;
        ch[y + 3 * jo] = y3r;
        ch[y + 3 * jo + 1] = y3i;
        ch[y + 4 * jo] = y4r;
        ch[y + 4 * jo + 1] = y4i;
      } else {
        const w = 2 * i - 2;
        let wr = tw[w]!;
        let wi = tw[w + 1]!;
        ch[y + jo] = y1r * wr - y1i * wi;
        ch[y + jo + 1] = y1r * wi + y1i * wr;
        wr = tw[w + tws]!;
        wi = tw[w + tws + 1]!;
        ch[y + 2 * jo] = y2r * wr - y2i * wi;
        ch[y + 2 * jo + 1] = y2r * wi + y2i * wr;
        wr = tw[w + 2 * tws]!;
        wi = tw[w + 2 * tws + 1]!;
        ch[y + 3 * jo] = y3r * wr - y3i * wi;
        ch[y + 3 * jo + 1] = y3r * wi + y3i * wr;
        wr = tw[w + 3 * tws]!;
        wi = tw[w + 3 * tws + 1]!;
        ch[y + 4 * jo] = y4r * wr - y4i * wi;
        ch[y + 4 * jo + 1] = y4r * wi + y4i * wr;
      }
    }
  }
}

function passGeneric(
  ip: number,
  ido: number,
  l1: number,
  cc: Float64Array,
  ch: Float64Array,
  tw: Float64Array,
  roots: Float64Array,
  s: number,
): void {
  const jo = 2 * ido * l1;
  const ji = 2 * ido;
  const tws = 2 * (ido - 1);
  const half = (ip - 1) >> 1;
  const sumR = new Float64Array(half + 1);
  const sumI = new Float64Array(half + 1);
  const difR = new Float64Array(half + 1);
  const difI = new Float64Array(half + 1);
  for (let k = 0; k < l1; k++) {
    const a = 2 * ip * ido * k;
    const b = 2 * ido * k;
    for (let i = 0; i < ido; i++) {
      const x = a + 2 * i;
      const y = b + 2 * i;
      const r0 = cc[x]!;
      const i0 = cc[x + 1]!;
      let totR = r0;
      let totI = i0;
      for (let j = 1; j <= half; j++) {
        const p = x + j * ji;
        const q = x + (ip - j) * ji;
        sumR[j] = cc[p]! + cc[q]!;
        sumI[j] = cc[p + 1]! + cc[q + 1]!;
        difR[j] = cc[p]! - cc[q]!;
        difI[j] = cc[p + 1]! - cc[q + 1]!;
        totR += sumR[j]!;
        totI += sumI[j]!;
      }
      ch[y] = totR;
      ch[y + 1] = totI;
      for (let m = 1; m <= half; m++) {
        let mr = r0;
        let mi = i0;
        let nr = 0;
        let ni = 0;
        let q = 0;
        for (let j = 1; j <= half; j++) {
          q += m;
          if (q >= ip) q -= ip;
          const cr = roots[2 * q]!;
          const sv = roots[2 * q + 1]!;
          mr += cr * sumR[j]!;
          mi += cr * sumI[j]!;
          nr += sv * difR[j]!;
          ni += sv * difI[j]!;
        }
        nr *= s;
        ni *= s;
        // y_m = M + i·N, y_{ip-m} = M - i·N
        let ar = mr - ni;
        let ai = mi + nr;
        let br = mr + ni;
        let bi = mi - nr;
        if (i > 0) {
          const wa = 2 * i - 2 + (m - 1) * tws;
          const wb = 2 * i - 2 + (ip - m - 1) * tws;
          const war = tw[wa]!;
          const wai = tw[wa + 1]!;
          const wbr = tw[wb]!;
          const wbi = tw[wb + 1]!;
          const tr = ar * war - ai * wai;
          ai = ar * wai + ai * war;
          ar = tr;
          const ur = br * wbr - bi * wbi;
          bi = br * wbi + bi * wbr;
          br = ur;
        }
        ch[y + m * jo] = ar;
        ch[y + m * jo + 1] = ai;
        ch[y + (ip - m) * jo] = br;
        ch[y + (ip - m) * jo + 1] = bi;
      }
    }
  }
}

/** Bluestein's algorithm: a length-n DFT as a circular convolution of good length n2. */
class BluesteinPlan implements ComplexPlan {
  readonly n: number;
  private readonly n2: number;
  private readonly plan: ComplexPlan;
  /** exp(iπ m²/n), m < n. */
  private readonly bk: Float64Array;
  /** FFT_n2 of the chirp filter, divided by n2. */
  private readonly bkf: Float64Array;
  private readonly a: Float64Array;
  private readonly b: Float64Array;

  constructor(n: number) {
    this.n = n;
    const n2 = goodSize(2 * n - 1);
    this.n2 = n2;
    this.plan = getPlan(n2);
    const bk = new Float64Array(2 * n);
    let coeff = 0;
    for (let m = 0; m < n; m++) {
      if (m > 0) {
        coeff += 2 * m - 1;
        if (coeff >= 2 * n) coeff -= 2 * n;
      }
      const [c, s] = sincos(coeff, 2 * n);
      bk[2 * m] = c;
      bk[2 * m + 1] = s;
    }
    this.bk = bk;
    const f = new Float64Array(2 * n2);
    const inv = 1 / n2;
    f[0] = bk[0]! * inv;
    f[1] = bk[1]! * inv;
    for (let m = 1; m < n; m++) {
      f[2 * m] = f[2 * (n2 - m)] = bk[2 * m]! * inv;
      f[2 * m + 1] = f[2 * (n2 - m) + 1] = bk[2 * m + 1]! * inv;
    }
    this.a = new Float64Array(2 * n2);
    this.b = new Float64Array(2 * n2);
    this.bkf = this.plan.exec(f, new Float64Array(2 * n2), true).slice();
  }

  exec(c: Float64Array, _ch: Float64Array, fwd: boolean): Float64Array {
    const { n, n2, bk, bkf, a } = this;
    // Backward is the conjugate of forward of the conjugate: sg flips imaginary parts.
    const sg = fwd ? 1 : -1;
    for (let m = 0; m < n; m++) {
      const xr = c[2 * m]!;
      const xi = sg * c[2 * m + 1]!;
      const br = bk[2 * m]!;
      const bi = bk[2 * m + 1]!;
      // x · conj(bk)
      a[2 * m] = xr * br + xi * bi;
      a[2 * m + 1] = xi * br - xr * bi;
    }
    a.fill(0, 2 * n, 2 * n2);
    let r = this.plan.exec(a, this.b, true);
    for (let m = 0; m < n2; m++) {
      const xr = r[2 * m]!;
      const xi = r[2 * m + 1]!;
      const fr = bkf[2 * m]!;
      const fi = bkf[2 * m + 1]!;
      r[2 * m] = xr * fr - xi * fi;
      r[2 * m + 1] = xr * fi + xi * fr;
    }
    r = this.plan.exec(r, r === a ? this.b : a, false);
    for (let m = 0; m < n; m++) {
      const xr = r[2 * m]!;
      const xi = r[2 * m + 1]!;
      const br = bk[2 * m]!;
      const bi = bk[2 * m + 1]!;
      c[2 * m] = xr * br + xi * bi;
      c[2 * m + 1] = sg * (xi * br - xr * bi);
    }
    return c;
  }
}

function makePlan(n: number): ComplexPlan {
  if (n < 50 || largestPrimeFactor(n) ** 2 <= n) return new MixedRadixPlan(n);
  const comp1 = costGuess(n);
  const comp2 = 2 * costGuess(goodSize(2 * n - 1)) * 1.5;
  return comp2 < comp1 ? new BluesteinPlan(n) : new MixedRadixPlan(n);
}

const CACHE_SIZE = 16;
const laneCache = new Map<string, ComplexPlan | null>();

/**
 * A plan transforming `lanes` interleaved sequences of length n at once, or null when
 * n is done by Bluestein's algorithm (then each sequence goes through getPlan).
 */
export function getLanePlan(n: number, lanes: number): ComplexPlan | null {
  const key = `${n}:${lanes}`;
  let p = laneCache.get(key);
  if (p !== undefined) return p;
  p = getPlan(n) instanceof MixedRadixPlan ? new MixedRadixPlan(n, lanes) : null;
  if (laneCache.size >= CACHE_SIZE) laneCache.delete(laneCache.keys().next().value!);
  laneCache.set(key, p);
  return p;
}

const cache = new Map<number, ComplexPlan>();

/** The cached plan for length n (a small LRU, as pocketfft keeps). */
export function getPlan(n: number): ComplexPlan {
  let p = cache.get(n);
  if (p) {
    cache.delete(n);
    cache.set(n, p);
    return p;
  }
  p = makePlan(n);
  cache.set(n, p);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return p;
}
