/**
 * The packed GEMM (src/_core/kernels/gemm.ts + assembly/gemm.ts): gemm (C = A B) and
 * gemmUpdate (C += alpha A B) against a naive float64 reference, on both backends, for every
 * operand layout the callers use (row-major, transposed, strided, negative strides, no unit
 * stride), edge tiles of every size and m/n/k of 0 and 1. Tolerance: 2 k eps |A||B| (each
 * entry is a k-term dot product summed in a different order than the reference).
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { gemm, gemmJS, gemmUpdate, type MatOperand } from '../../src/_core/kernels/gemm.js';
import { setBackend } from '../../src/_core/kernels/index.js';

type FArr = Float64Array | Float32Array;

/** Deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Layout = 'row' | 'col' | 'strided' | 'negative' | 'gather';
const LAYOUTS: Layout[] = ['row', 'col', 'strided', 'negative', 'gather'];

/** An r x c operand in the given layout, with element (i, j) = vals[i * c + j]. */
function operand(f32: boolean, r: number, c: number, layout: Layout, rnd: () => number) {
  const vals = new Float64Array(r * c).map(() => rnd() * 2 - 1);
  const len = 3 * r * c + 2 * (r + c) + 8;
  const data: FArr = f32 ? new Float32Array(len) : new Float64Array(len);
  data.fill(Number.NaN); // elements outside the operand must never be read
  let op: MatOperand;
  if (layout === 'row') op = { data, off: 3, rs: c + 1, cs: 1 };
  else if (layout === 'col') op = { data, off: 2, rs: 1, cs: r + 2 };
  else if (layout === 'strided') op = { data, off: 1, rs: 2, cs: 2 * r + 1 };
  else if (layout === 'negative') op = { data, off: (r - 1) * c + c - 1 + 5, rs: -c, cs: -1 };
  else op = { data, off: 4, rs: 3 * c, cs: 3 };
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) data[op.off + i * op.rs + j * op.cs] = vals[i * c + j];
  }
  // the reference reads the rounded values
  const used = new Float64Array(r * c);
  for (let i = 0; i < r * c; i++)
    used[i] = data[op.off + Math.floor(i / c) * op.rs + (i % c) * op.cs];
  return { op, vals: used };
}

/** Checks C (m x n at cOff, ldc) against c0 + alpha * A B computed in float64. */
function check(
  f32: boolean,
  m: number,
  n: number,
  k: number,
  alpha: number,
  A: Float64Array,
  B: Float64Array,
  c0: Float64Array | null,
  c: FArr,
  cOff: number,
  ldc: number,
  what: string,
): void {
  const eps = f32 ? 2 ** -23 : 2 ** -52;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      let mag = 0;
      for (let p = 0; p < k; p++) {
        s += A[i * k + p] * B[p * n + j];
        mag += Math.abs(A[i * k + p] * B[p * n + j]);
      }
      const base = c0 === null ? 0 : c0[i * n + j];
      const want = base + alpha * s;
      const got = c[cOff + i * ldc + j];
      const tol = 2 * (k + 2) * eps * (Math.abs(alpha) * mag + Math.abs(base));
      assert.ok(
        Math.abs(got - want) <= tol,
        `${what} ${m}x${k}x${n} (${i},${j}): ${got} vs ${want}`,
      );
    }
  }
}

function runCase(
  f32: boolean,
  m: number,
  n: number,
  k: number,
  la: Layout,
  lb: Layout,
  rnd: () => number,
  alpha: number | null,
  ldc = n + 3,
): void {
  const a = operand(f32, m, k, la, rnd);
  const b = operand(f32, k, n, lb, rnd);
  const cOff = 2;
  const len = cOff + Math.max(m, 1) * ldc + 4;
  const c: FArr = f32 ? new Float32Array(len) : new Float64Array(len);
  for (let i = 0; i < len; i++) c[i] = rnd() * 2 - 1;
  const before = Float64Array.from(c);
  const c0 = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) c0[i * n + j] = c[cOff + i * ldc + j];
  const what = `${f32 ? 'f32' : 'f64'} ${la}/${lb} alpha=${alpha}`;
  if (alpha === null) {
    gemm(f32, m, n, k, a.op, b.op, c, cOff, ldc);
    check(f32, m, n, k, 1, a.vals, b.vals, null, c, cOff, ldc, what);
  } else {
    gemmUpdate(f32, m, n, k, alpha, a.op, b.op, c, cOff, ldc);
    check(f32, m, n, k, alpha, a.vals, b.vals, c0, c, cOff, ldc, what);
  }
  // nothing outside the m x n block of C is written
  for (let i = 0; i < len; i++) {
    const r = Math.floor((i - cOff) / ldc);
    const j = (i - cOff) % ldc;
    const inside = i >= cOff && r < m && j < n;
    if (!inside) assert.ok(Object.is(c[i], before[i]), `${what}: C[${i}] written`);
  }
}

for (const backend of ['wasm', 'js'] as const) {
  describe(`gemm kernel (${backend} backend)`, () => {
    setBackend(backend);
    after(() => setBackend('auto'));
    it('every layout pair, float64 and float32, edge tiles', () => {
      setBackend(backend);
      const rnd = rng(11);
      for (const f32 of [false, true]) {
        for (const la of LAYOUTS) {
          for (const lb of LAYOUTS) {
            const m = 5 + Math.floor(rnd() * 40);
            const n = 5 + Math.floor(rnd() * 40);
            const k = 1 + Math.floor(rnd() * 40);
            runCase(f32, m, n, k, la, lb, rnd, null);
            runCase(f32, m, n, k, la, lb, rnd, -1);
          }
        }
      }
    });
    it('sizes crossing every block edge (MC, KC, NC) with random layouts and alpha', () => {
      setBackend(backend);
      const rnd = rng(5);
      const dims = [1, 3, 4, 5, 7, 8, 9, 63, 64, 65, 130, 191, 193, 257, 385, 511, 513];
      for (let t = 0; t < (backend === 'wasm' ? 24 : 8); t++) {
        const f32 = t % 2 === 1;
        const pick = () => dims[Math.floor(rnd() * dims.length)];
        let m = pick();
        let n = pick();
        let k = pick();
        // keep the naive reference cheap
        while (m * n * k > 6e6) {
          if (m >= n && m >= k) m = Math.ceil(m / 2);
          else if (n >= k) n = Math.ceil(n / 2);
          else k = Math.ceil(k / 2);
        }
        const la = LAYOUTS[Math.floor(rnd() * LAYOUTS.length)];
        const lb = LAYOUTS[Math.floor(rnd() * LAYOUTS.length)];
        const alpha = t % 3 === 0 ? null : t % 3 === 1 ? -1 : 0.75;
        runCase(f32, m, n, k, la, lb, rnd, alpha);
      }
    });
    it('C with ldc = n (copied through scratch as one run), several K blocks', () => {
      setBackend(backend);
      const rnd = rng(17);
      for (const f32 of [false, true]) {
        for (const [m, n, k] of [
          [70, 64, 600],
          [9, 8, 1100],
          [130, 256, 70],
          [65, 272, 513],
        ]) {
          runCase(f32, m, n, k, 'row', 'row', rnd, null, n);
          runCase(f32, m, n, k, 'col', 'row', rnd, -1, n);
          runCase(f32, m, n, k, 'row', 'col', rnd, 0.5, n);
        }
      }
    });
    it('short K: the B panel widens to thousands of columns (edges of the wider NC)', () => {
      setBackend(backend);
      const rnd = rng(23);
      for (const f32 of [false, true]) {
        for (const [m, n, k] of [
          [9, 4100, 16],
          [6, 8200, 16],
          [13, 2100, 33],
        ]) {
          runCase(f32, m, n, k, 'row', 'row', rnd, null, n);
          runCase(f32, m, n, k, 'col', 'strided', rnd, -1);
        }
      }
    });
    it('m, n, k of 0 and 1', () => {
      setBackend(backend);
      const rnd = rng(3);
      for (const f32 of [false, true]) {
        for (const m of [0, 1, 6]) {
          for (const n of [0, 1, 6]) {
            for (const k of [0, 1, 6]) {
              runCase(f32, m, n, k, 'row', 'col', rnd, null);
              runCase(f32, m, n, k, 'strided', 'row', rnd, -1);
            }
          }
        }
      }
    });
    it('k = 0 zeroes C; gemmUpdate with k = 0 leaves it alone', () => {
      setBackend(backend);
      const a = { data: new Float64Array(0), off: 0, rs: 0, cs: 1 };
      const c = new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      gemmUpdate(false, 2, 2, 0, -1, a, a, c, 1, 3);
      assert.deepEqual([...c], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
      gemm(false, 2, 2, 0, a, a, c, 1, 3);
      assert.deepEqual([...c], [1, 0, 0, 4, 0, 0, 7, 8, 9]);
    });
    it('float32 results are float32 sums (match the JS loop within rounding)', () => {
      setBackend(backend);
      const rnd = rng(9);
      const m = 37;
      const n = 29;
      const k = 300;
      const a = operand(true, m, k, 'row', rnd);
      const b = operand(true, k, n, 'row', rnd);
      const c1 = new Float32Array(m * n);
      const c2 = new Float32Array(m * n);
      gemm(true, m, n, k, a.op, b.op, c1, 0, n);
      gemmJS(true, m, n, k, a.op, b.op, c2, 0, n);
      for (let i = 0; i < m * n; i++) assert.ok(Math.abs(c1[i] - c2[i]) <= 4 * k * 2 ** -23);
    });
  });
}

describe('gemm on non-finite values', () => {
  it('inf and nan propagate to exactly the entries they touch', () => {
    for (const f32 of [false, true]) {
      const m = 9;
      const n = 11;
      const k = 600; // several K blocks
      const A = f32 ? new Float32Array(m * k) : new Float64Array(m * k);
      const B = f32 ? new Float32Array(k * n) : new Float64Array(k * n);
      A.fill(1);
      B.fill(1);
      A[2 * k + 500] = Number.POSITIVE_INFINITY; // row 2
      B[10 * n + 7] = Number.NaN; // column 7
      const c = f32 ? new Float32Array(m * n) : new Float64Array(m * n);
      gemm(
        f32,
        m,
        n,
        k,
        { data: A, off: 0, rs: k, cs: 1 },
        { data: B, off: 0, rs: n, cs: 1 },
        c,
        0,
        n,
      );
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          const v = c[i * n + j];
          if (j === 7) assert.ok(Number.isNaN(v));
          else if (i === 2) assert.equal(v, Number.POSITIVE_INFINITY);
          else assert.equal(v, k);
        }
      }
    }
  });
});
