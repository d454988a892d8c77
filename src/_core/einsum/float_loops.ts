/**
 * NumPy's einsum sum-of-products inner loops for the float dtypes, in NumPy's summation order
 * (numpy/_core/src/multiarray/einsum_sumprod.c.src as built: x86-64 baseline SSE, so float32
 * runs in 4 lanes and float64 in 2, multiply then add, no FMA). float32 and complex64 round
 * every step to float32 (Math.fround); float16 is read into float32, computed there and
 * rounded back to float16 at every store to the output. NumPy picks one loop per call of its
 * iterator from the inner strides (zero, contiguous or other) of the operands and the output;
 * `pickFloatLoop` makes the same choice. The order only matters where the output stride is 0
 * (a sum kept in a register, added to the output once per call); elsewhere every element is
 * out = prod + out, in iteration order.
 */
import { doubleToHalfBits } from '../float16.js';
import { halfValues } from '../multiarray/castloops.js';

export type FloatKind = 'f64' | 'f32' | 'f16' | 'c64' | 'c128';

/** Inner-stride class of one operand: 0 stride 0, 1 contiguous, 2 other. */
export type StrideClass = 0 | 1 | 2;

/** One inner loop call: `n` elements from positions `p` (storage units) with steps `s`. */
export type FloatLoop = (
  d: readonly any[],
  p: readonly number[],
  s: readonly number[],
  n: number,
) => void;

const fr = Math.fround;
const id = (x: number): number => x;

/** NumPy's float32 sum_of_arr: 4 lanes, blocks of 16 added pairwise, lanes summed (0+1)+(2+3). */
function sumF32(a: Float32Array, p: number, n: number): number {
  let v0 = 0;
  let v1 = 0;
  let v2 = 0;
  let v3 = 0;
  for (; n >= 16; n -= 16, p += 16) {
    v0 = fr(fr(fr(a[p] + a[p + 4]) + fr(a[p + 8] + a[p + 12])) + v0);
    v1 = fr(fr(fr(a[p + 1] + a[p + 5]) + fr(a[p + 9] + a[p + 13])) + v1);
    v2 = fr(fr(fr(a[p + 2] + a[p + 6]) + fr(a[p + 10] + a[p + 14])) + v2);
    v3 = fr(fr(fr(a[p + 3] + a[p + 7]) + fr(a[p + 11] + a[p + 15])) + v3);
  }
  // the tail vectors load zeros past the end (0 + -0 is +0, as in the lane)
  for (; n > 0; n -= 4, p += 4) {
    v0 = fr(a[p] + v0);
    v1 = n > 1 ? fr(a[p + 1] + v1) : v1 + 0;
    v2 = n > 2 ? fr(a[p + 2] + v2) : v2 + 0;
    v3 = n > 3 ? fr(a[p + 3] + v3) : v3 + 0;
  }
  return fr(fr(v0 + v1) + fr(v2 + v3));
}

/** float64 sum_of_arr: 2 lanes, blocks of 8. */
function sumF64(a: Float64Array, p: number, n: number): number {
  let v0 = 0;
  let v1 = 0;
  for (; n >= 8; n -= 8, p += 8) {
    v0 = a[p] + a[p + 2] + (a[p + 4] + a[p + 6]) + v0;
    v1 = a[p + 1] + a[p + 3] + (a[p + 5] + a[p + 7]) + v1;
  }
  for (; n > 0; n -= 2, p += 2) {
    v0 = a[p] + v0;
    v1 = n > 1 ? a[p + 1] + v1 : v1 + 0;
  }
  return v0 + v1;
}

/** float16 sum_of_arr (no vector path): pairs of pairs while more than 4 remain. */
function sumF16(a: Uint16Array, p: number, n: number): number {
  const T = halfValues();
  let acc = 0;
  for (; n > 4; n -= 4, p += 4) {
    acc = fr(acc + fr(fr(T[a[p]] + T[a[p + 1]]) + fr(T[a[p + 2]] + T[a[p + 3]])));
  }
  for (; n > 0; n--, p++) acc = fr(acc + T[a[p]]);
  return acc;
}

/** float32 contig_contig_outstride0_two: the 4-lane dot, each block of 16 taken last to first. */
function dotF32(a: Float32Array, pa: number, b: Float32Array, pb: number, n: number): number {
  let v0 = 0;
  let v1 = 0;
  let v2 = 0;
  let v3 = 0;
  for (; n >= 16; n -= 16, pa += 16, pb += 16) {
    for (let q = 12; q >= 0; q -= 4) {
      v0 = fr(fr(a[pa + q] * b[pb + q]) + v0);
      v1 = fr(fr(a[pa + q + 1] * b[pb + q + 1]) + v1);
      v2 = fr(fr(a[pa + q + 2] * b[pb + q + 2]) + v2);
      v3 = fr(fr(a[pa + q + 3] * b[pb + q + 3]) + v3);
    }
  }
  for (; n > 0; n -= 4, pa += 4, pb += 4) {
    v0 = fr(fr(a[pa] * b[pb]) + v0);
    v1 = n > 1 ? fr(fr(a[pa + 1] * b[pb + 1]) + v1) : v1 + 0;
    v2 = n > 2 ? fr(fr(a[pa + 2] * b[pb + 2]) + v2) : v2 + 0;
    v3 = n > 3 ? fr(fr(a[pa + 3] * b[pb + 3]) + v3) : v3 + 0;
  }
  return fr(fr(v0 + v1) + fr(v2 + v3));
}

/** float64 contig_contig_outstride0_two: 2 lanes, blocks of 8 taken last to first. */
function dotF64(a: Float64Array, pa: number, b: Float64Array, pb: number, n: number): number {
  let v0 = 0;
  let v1 = 0;
  for (; n >= 8; n -= 8, pa += 8, pb += 8) {
    for (let q = 6; q >= 0; q -= 2) {
      v0 = a[pa + q] * b[pb + q] + v0;
      v1 = a[pa + q + 1] * b[pb + q + 1] + v1;
    }
  }
  for (; n > 0; n -= 2, pa += 2, pb += 2) {
    v0 = a[pa] * b[pb] + v0;
    v1 = n > 1 ? a[pa + 1] * b[pb + 1] + v1 : v1 + 0;
  }
  return v0 + v1;
}

/** float16 contig_contig_outstride0_two (scalar path): four products summed left to right. */
function dotF16(a: Uint16Array, pa: number, b: Uint16Array, pb: number, n: number): number {
  const T = halfValues();
  let acc = 0;
  for (; n >= 4; n -= 4, pa += 4, pb += 4) {
    const ab0 = fr(T[a[pa]] * T[b[pb]]);
    const ab1 = fr(T[a[pa + 1]] * T[b[pb + 1]]);
    const ab2 = fr(T[a[pa + 2]] * T[b[pb + 2]]);
    const ab3 = fr(T[a[pa + 3]] * T[b[pb + 3]]);
    acc = fr(acc + fr(fr(fr(ab0 + ab1) + ab2) + ab3));
  }
  for (; n > 0; n--, pa++, pb++) acc = fr(acc + fr(T[a[pa]] * T[b[pb]]));
  return acc;
}

/** out = a * b + out element by element, float64. */
function mulAddF64(
  a: Float64Array,
  pa: number,
  sa: number,
  b: Float64Array,
  pb: number,
  sb: number,
  o: Float64Array,
  po: number,
  so: number,
  n: number,
): void {
  for (let i = 0; i < n; i++, pa += sa, pb += sb, po += so) o[po] = a[pa] * b[pb] + o[po];
}

/** out = a * b + out element by element, float32 (the store rounds the sum). */
function mulAddF32(
  a: Float32Array,
  pa: number,
  sa: number,
  b: Float32Array,
  pb: number,
  sb: number,
  o: Float32Array,
  po: number,
  so: number,
  n: number,
): void {
  for (let i = 0; i < n; i++, pa += sa, pb += sb, po += so) o[po] = fr(a[pa] * b[pb]) + o[po];
}

/** sum of a * b in order, float64 (outstride0_two). */
function accF64(
  a: Float64Array,
  pa: number,
  sa: number,
  b: Float64Array,
  pb: number,
  sb: number,
  n: number,
): number {
  let acc = 0;
  for (let i = 0; i < n; i++, pa += sa, pb += sb) acc += a[pa] * b[pb];
  return acc;
}

/** sum of a * b in order, float32. */
function accF32(
  a: Float32Array,
  pa: number,
  sa: number,
  b: Float32Array,
  pb: number,
  sb: number,
  n: number,
): number {
  let acc = 0;
  for (let i = 0; i < n; i++, pa += sa, pb += sb) acc = fr(acc + fr(a[pa] * b[pb]));
  return acc;
}

/**
 * The float32 / float64 loops of one and two operands, each a closure of its own calling
 * typed functions (one shared closure would see every array type and slow down).
 */
function fastLoop(f32: boolean, nop: number, cls: readonly StrideClass[]): FloatLoop | null {
  const co = cls[nop];
  if (nop === 1 && cls[0] === 1 && co === 0) {
    return f32
      ? (d, p, _s, n) => {
          d[1][p[1]] = sumF32(d[0], p[0], n) + d[1][p[1]];
        }
      : (d, p, _s, n) => {
          d[1][p[1]] = sumF64(d[0], p[0], n) + d[1][p[1]];
        };
  }
  if (nop !== 2) return null;
  const code = cls[0] !== 2 && cls[1] !== 2 && co !== 2 ? cls[0] * 4 + cls[1] * 2 + co : -1;
  if (code === 6) {
    return f32
      ? (d, p, _s, n) => {
          d[2][p[2]] = d[2][p[2]] + dotF32(d[0], p[0], d[1], p[1], n);
        }
      : (d, p, _s, n) => {
          d[2][p[2]] = d[2][p[2]] + dotF64(d[0], p[0], d[1], p[1], n);
        };
  }
  if (code === 2 || code === 4) {
    // one operand fixed: its value times the sum of the other
    const c = code === 2 ? 0 : 1;
    return f32
      ? (d, p, _s, n) => {
          d[2][p[2]] = d[2][p[2]] + fr(d[c][p[c]] * sumF32(d[1 - c], p[1 - c], n));
        }
      : (d, p, _s, n) => {
          d[2][p[2]] = d[2][p[2]] + d[c][p[c]] * sumF64(d[1 - c], p[1 - c], n);
        };
  }
  if (co === 0) {
    return f32
      ? (d, p, s, n) => {
          d[2][p[2]] = accF32(d[0], p[0], s[0], d[1], p[1], s[1], n) + d[2][p[2]];
        }
      : (d, p, s, n) => {
          d[2][p[2]] = accF64(d[0], p[0], s[0], d[1], p[1], s[1], n) + d[2][p[2]];
        };
  }
  return f32
    ? (d, p, s, n) => mulAddF32(d[0], p[0], s[0], d[1], p[1], s[1], d[2], p[2], s[2], n)
    : (d, p, s, n) => mulAddF64(d[0], p[0], s[0], d[1], p[1], s[1], d[2], p[2], s[2], n);
}

/** Real product of the operands at positions p (rounded with r after every multiply). */
function prodAt(
  d: readonly any[],
  p: readonly number[],
  nop: number,
  r: (x: number) => number,
  T: Float64Array | null,
): number {
  let v = T ? T[d[0][p[0]]] : d[0][p[0]];
  for (let k = 1; k < nop; k++) v = r(v * (T ? T[d[k][p[k]]] : d[k][p[k]]));
  return v;
}

/** Real loops of one kind: float32/float64 read the value, float16 through its table. */
function realLoop(
  kind: 'f64' | 'f32' | 'f16',
  nop: number,
  cls: readonly StrideClass[],
): FloatLoop {
  if (kind !== 'f16') {
    const f = fastLoop(kind === 'f32', nop, cls);
    if (f !== null) return f;
  }
  const r = kind === 'f64' ? id : fr;
  const half = kind === 'f16';
  const T = half ? halfValues() : null;
  const sum = kind === 'f32' ? sumF32 : kind === 'f64' ? sumF64 : sumF16;
  const dot = kind === 'f32' ? dotF32 : kind === 'f64' ? dotF64 : dotF16;
  const get = (x: any, q: number): number => (T ? T[x[q]] : x[q]);
  const put = (o: any, q: number, v: number): void => {
    o[q] = half ? doubleToHalfBits(v) : v;
  };
  const co = cls[nop];
  if (nop === 1 && cls[0] === 1 && co === 0) {
    return (d, p, _s, n) => put(d[1], p[1], r(sum(d[0], p[0], n) + get(d[1], p[1])));
  }
  if (nop === 2 && cls[0] !== 2 && cls[1] !== 2 && co !== 2) {
    const code = cls[0] * 4 + cls[1] * 2 + co;
    if (code === 6) {
      return (d, p, _s, n) => put(d[2], p[2], r(get(d[2], p[2]) + dot(d[0], p[0], d[1], p[1], n)));
    }
    if (code === 2 || code === 4) {
      // one operand fixed: its value times the sum of the other
      const c = code === 2 ? 0 : 1;
      return (d, p, _s, n) => {
        const v = get(d[c], p[c]);
        const acc = sum(d[1 - c], p[1 - c], n);
        put(d[2], p[2], r(get(d[2], p[2]) + r(v * acc)));
      };
    }
  }
  if (half && nop === 2 && co === 0) {
    return (d, p, s, n) => {
      d[2][p[2]] = doubleToHalfBits(
        fr(accF16(d[0], p[0], s[0], d[1], p[1], s[1], n) + T![d[2][p[2]]]),
      );
    };
  }
  if (half && nop === 2) {
    return (d, p, s, n) => mulAddF16(d[0], p[0], s[0], d[1], p[1], s[1], d[2], p[2], s[2], n);
  }
  if (co === 0) {
    return (d, p0, s, n) => {
      const p = p0.slice();
      let acc = 0;
      for (let i = 0; i < n; i++) {
        acc = r(acc + prodAt(d, p, nop, r, T));
        for (let k = 0; k < nop; k++) p[k] += s[k];
      }
      put(d[nop], p0[nop], r(acc + get(d[nop], p0[nop])));
    };
  }
  return (d, p0, s, n) => {
    const p = p0.slice();
    const out = d[nop];
    for (let i = 0; i < n; i++) {
      put(out, p[nop], r(prodAt(d, p, nop, r, T) + get(out, p[nop])));
      for (let k = 0; k <= nop; k++) p[k] += s[k];
    }
  };
}

/** float16 out = a * b + out element by element (in float32, rounded to float16 at the store). */
function mulAddF16(
  a: Uint16Array,
  pa: number,
  sa: number,
  b: Uint16Array,
  pb: number,
  sb: number,
  o: Uint16Array,
  po: number,
  so: number,
  n: number,
): void {
  const T = halfValues();
  for (let i = 0; i < n; i++, pa += sa, pb += sb, po += so) {
    o[po] = doubleToHalfBits(fr(T[a[pa]] * T[b[pb]] + T[o[po]]));
  }
}

/** float16 sum of a * b in order, in float32 (the products of halves are exact). */
function accF16(
  a: Uint16Array,
  pa: number,
  sa: number,
  b: Uint16Array,
  pb: number,
  sb: number,
  n: number,
): number {
  const T = halfValues();
  let acc = 0;
  for (let i = 0; i < n; i++, pa += sa, pb += sb) acc = fr(acc + T[a[pa]] * T[b[pb]]);
  return acc;
}

/** complex out = a * b + out element by element; f32 rounds every real step (complex64). */
function cMulAdd(
  f32: boolean,
  a: Float64Array | Float32Array,
  pa: number,
  sa: number,
  b: Float64Array | Float32Array,
  pb: number,
  sb: number,
  o: Float64Array | Float32Array,
  po: number,
  so: number,
  n: number,
): void {
  for (let i = 0; i < n; i++, pa += sa, pb += sb, po += so) {
    const xr = a[pa];
    const xi = a[pa + 1];
    const yr = b[pb];
    const yi = b[pb + 1];
    if (f32) {
      o[po] = fr(fr(xr * yr) - fr(xi * yi)) + o[po];
      o[po + 1] = fr(fr(xr * yi) + fr(xi * yr)) + o[po + 1];
    } else {
      o[po] = xr * yr - xi * yi + o[po];
      o[po + 1] = xr * yi + xi * yr + o[po + 1];
    }
  }
}

/** complex out += sum of a * b in order (outstride0_two), added once at the end. */
function cAcc(
  f32: boolean,
  a: Float64Array | Float32Array,
  pa: number,
  sa: number,
  b: Float64Array | Float32Array,
  pb: number,
  sb: number,
  o: Float64Array | Float32Array,
  po: number,
  n: number,
): void {
  let ar = 0;
  let ai = 0;
  for (let i = 0; i < n; i++, pa += sa, pb += sb) {
    const xr = a[pa];
    const xi = a[pa + 1];
    const yr = b[pb];
    const yi = b[pb + 1];
    if (f32) {
      ar = fr(ar + fr(fr(xr * yr) - fr(xi * yi)));
      ai = fr(ai + fr(fr(xr * yi) + fr(xi * yr)));
    } else {
      ar += xr * yr - xi * yi;
      ai += xr * yi + xi * yr;
    }
  }
  o[po] = o[po] + ar;
  o[po + 1] = o[po + 1] + ai;
}

/** Complex loops (complex64 in float32, complex128 in float64); NumPy has no SIMD for them. */
function complexLoop(kind: 'c64' | 'c128', nop: number, cls: readonly StrideClass[]): FloatLoop {
  const r = kind === 'c128' ? id : fr;
  let re = 0;
  let im = 0;
  // (re, im) = product of the operands at p, rounding every real step
  const prod = (d: readonly any[], p: readonly number[]): void => {
    re = d[0][p[0]];
    im = d[0][p[0] + 1];
    for (let k = 1; k < nop; k++) {
      const yr = d[k][p[k]];
      const yi = d[k][p[k] + 1];
      const t = r(r(re * yr) - r(im * yi));
      im = r(r(re * yi) + r(im * yr));
      re = t;
    }
  };
  if (nop === 1 && cls[0] === 1 && cls[1] === 0) {
    return (d, p, _s, n) => {
      const a = d[0];
      let q = p[0];
      let ar = 0;
      let ai = 0;
      for (; n > 4; n -= 4, q += 8) {
        ar = r(ar + r(r(a[q] + a[q + 2]) + r(a[q + 4] + a[q + 6])));
        ai = r(ai + r(r(a[q + 1] + a[q + 3]) + r(a[q + 5] + a[q + 7])));
      }
      for (; n > 0; n--, q += 2) {
        ar = r(ar + a[q]);
        ai = r(ai + a[q + 1]);
      }
      const o = d[1];
      o[p[1]] = r(o[p[1]] + ar);
      o[p[1] + 1] = r(o[p[1] + 1] + ai);
    };
  }
  const f32 = kind === 'c64';
  if (nop === 2 && cls[2] === 0) {
    return (d, p, s, n) => cAcc(f32, d[0], p[0], s[0], d[1], p[1], s[1], d[2], p[2], n);
  }
  if (nop === 2) {
    return (d, p, s, n) => cMulAdd(f32, d[0], p[0], s[0], d[1], p[1], s[1], d[2], p[2], s[2], n);
  }
  if (cls[nop] === 0) {
    return (d, p0, s, n) => {
      const p = p0.slice();
      let ar = 0;
      let ai = 0;
      for (let i = 0; i < n; i++) {
        prod(d, p);
        ar = r(ar + re);
        ai = r(ai + im);
        for (let k = 0; k < nop; k++) p[k] += s[k];
      }
      const o = d[nop];
      o[p0[nop]] = r(o[p0[nop]] + ar);
      o[p0[nop] + 1] = r(o[p0[nop] + 1] + ai);
    };
  }
  return (d, p0, s, n) => {
    const p = p0.slice();
    const o = d[nop];
    for (let i = 0; i < n; i++) {
      prod(d, p);
      const q = p[nop];
      o[q] = r(re + o[q]);
      o[q + 1] = r(im + o[q + 1]);
      for (let k = 0; k <= nop; k++) p[k] += s[k];
    }
  };
}

/**
 * NumPy's get_sum_of_products_function for a float kind: the loop for `nop` operands whose
 * inner strides (operands, then the output) fall in classes `cls`.
 */
export function pickFloatLoop(
  kind: FloatKind,
  nop: number,
  cls: readonly StrideClass[],
): FloatLoop {
  if (kind === 'c64' || kind === 'c128') return complexLoop(kind, nop, cls);
  return realLoop(kind, nop, cls);
}
