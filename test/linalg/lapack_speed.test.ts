/**
 * The second-round speed paths of np.linalg against NumPy (test/fixtures/linalg_speed.json,
 * scripts/fixtures/gen_linalg_speed.py), on both kernel backends: recursive LU with 32-column
 * panels on 300 x 300 (solve with one vector by row dot products; inv, whose pivots are applied
 * as one gathered column permutation), float32 and batched inputs, exactly singular inputs
 * (LinAlgError), and eigh with repeated and nearly repeated eigenvalues (divide-and-conquer splitting and
 * deflation, the merged vectors gathered in sorted order) checked by eigenvalues, residual and
 * orthogonality.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setBackend } from '../../src/_core/kernels/index.js';
import type { NDArray } from '../../src/_core/ndarray.js';
import * as np from '../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';

const fx = loadFixture('linalg_speed');
const EPS = 2 ** -52;

/** The generator's integer matrix (gen in gen_linalg_speed.py). */
function genData(rows: number, cols: number, seed: number): Float64Array {
  const a = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      a[i * cols + j] = ((i * 131 + j * 71 + seed * 17 + ((i * j) % 97) * 13) % 211) - 105;
    }
  }
  return a;
}

const gen = (rows: number, cols: number, seed: number): NDArray =>
  np.asarray(genData(rows, cols, seed)).reshape(rows, cols);

/** The generator's right-hand side b (first `n` entries). */
function rhs(n: number): Float64Array {
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) b[i] = ((i * 29) % 23) - 11;
  return b;
}

interface Enc {
  shape: number[];
  data: unknown[];
}

const values = (e: Enc): number[] => decode(e.data) as number[];
const flat = (a: NDArray): number[] => Array.from(a.ownData() as Float64Array | Float32Array);

/** max |got - exp| <= tol * max |exp|, with the worst offender in the message. */
function close(got: number[], exp: number[], tol: number, what: string): void {
  assert.equal(got.length, exp.length, `${what}: length`);
  let scale = 0;
  for (const x of exp) scale = Math.max(scale, Math.abs(x));
  let worst = 0;
  let at = -1;
  for (let i = 0; i < exp.length; i++) {
    const d = Math.abs(got[i] - exp[i]);
    if (!(d <= worst)) {
      worst = d;
      at = i;
    }
  }
  assert.ok(worst <= tol * scale, `${what}: |diff| ${worst} at ${at} > ${tol} * ${scale}`);
}

/**
 * eigh(a) against NumPy's eigenvalues `expW`; the vectors (not unique for repeated values) by
 * the residual A V - V diag(w) and by V^T V = I.
 */
function checkEigh(a: NDArray, expW: number[]): void {
  const n = a.shape[0];
  const [w, v] = np.linalg.eigh(a) as unknown as [NDArray, NDArray];
  close(flat(w), expW, 64 * n * EPS, 'eigenvalues');
  const av = flat(np.matmul(a, v) as NDArray);
  const vd = flat(np.multiply(v, w) as NDArray);
  let norm = 0;
  for (const x of expW) norm = Math.max(norm, Math.abs(x));
  let res = 0;
  for (let i = 0; i < av.length; i++) res = Math.max(res, Math.abs(av[i] - vd[i]));
  assert.ok(res <= 64 * n * EPS * norm, `residual ${res}`);
  const g = flat(np.matmul(np.transpose(v), v) as NDArray);
  let orth = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) orth = Math.max(orth, Math.abs(g[i * n + j] - (i === j ? 1 : 0)));
  }
  assert.ok(orth <= 64 * n * EPS, `orthogonality ${orth}`);
}

for (const backend of ['wasm', 'js'] as const) {
  test(`solve (one vector) and inv 300 x 300 with pivoting match NumPy (${backend})`, () => {
    setBackend(backend);
    try {
      const { n, seed, cond } = fx.lu;
      const a = gen(n, n, seed);
      const tol = 64 * n * EPS * cond;
      close(flat(np.linalg.solve(a, np.asarray(rhs(n)))), values(fx.lu.solve_vec), tol, 'solve');
      const inv = flat(np.linalg.inv(a));
      const sub: number[] = [];
      for (let i = 0; i < n; i += 7) for (let j = 0; j < n; j += 7) sub.push(inv[i * n + j]);
      close(sub, values(fx.lu.inv_sub), tol, 'inv');
      // a strided (transposed, reversed) view is read the same as its copy
      const at = np.transpose(a) as NDArray;
      close(flat(np.linalg.inv(at)), flat(np.linalg.inv(np.ascontiguousarray(at))), 0, 'inv a.T');
    } finally {
      setBackend('auto');
    }
  });

  test(`solve / inv float32 and batched stacks match NumPy (${backend})`, () => {
    setBackend(backend);
    try {
      const f = fx.f32;
      const a32 = np.asarray(genData(f.n, f.n, f.seed), { dtype: 'float32' }).reshape(f.n, f.n);
      const b32 = np.asarray(rhs(f.n), { dtype: 'float32' });
      const t32 = 2 * 2 ** -23 + 64 * f.n * EPS * f.cond;
      const x = np.linalg.solve(a32, b32);
      assert.equal(x.dtype.name, 'float32');
      close(flat(x), values(f.solve_vec), t32, 'solve f32');
      const ia = np.linalg.inv(a32);
      assert.equal(ia.dtype.name, 'float32');
      close(flat(ia), values(f.inv), t32, 'inv f32');
      const bt = fx.batch;
      const data = new Float64Array(bt.seeds.length * bt.n * bt.n);
      bt.seeds.forEach((s: number, k: number) => {
        data.set(genData(bt.n, bt.n, s), k * bt.n * bt.n);
      });
      const st = np.asarray(data).reshape(bt.seeds.length, bt.n, bt.n);
      const tb = 64 * bt.n * EPS * bt.cond;
      close(flat(np.linalg.inv(st)), values(bt.inv), tb, 'inv batched');
      close(
        flat(np.linalg.solve(st, np.asarray(rhs(bt.n)))),
        values(bt.solve_vec),
        tb,
        'solve batched',
      );
    } finally {
      setBackend('auto');
    }
  });

  test(`exactly singular 100 x 100 raises LinAlgError (${backend})`, () => {
    setBackend(backend);
    try {
      const d = genData(100, 100, 12);
      for (let i = 0; i < 100; i++) d[i * 100 + 57] = 0;
      const a = np.asarray(d).reshape(100, 100);
      throwsNumpy(() => np.linalg.inv(a), 'LinAlgError', 'Singular matrix');
      throwsNumpy(() => np.linalg.solve(a, np.ones(100)), 'LinAlgError', 'Singular matrix');
      throwsNumpy(() => np.linalg.solve(a, np.ones([100, 3])), 'LinAlgError', 'Singular matrix');
    } finally {
      setBackend('auto');
    }
  });

  test(`eigh of W+ 201 (nearly equal pairs: deflation) matches NumPy (${backend})`, () => {
    setBackend(backend);
    try {
      const { n } = fx.eigh_wilk;
      const d = new Float64Array(n * n);
      for (let i = 0; i < n; i++) {
        d[i * n + i] = Math.abs(i - 100);
        if (i + 1 < n) {
          d[i * n + i + 1] = 1;
          d[(i + 1) * n + i] = 1;
        }
      }
      checkEigh(np.asarray(d).reshape(n, n), values(fx.eigh_wilk.w));
    } finally {
      setBackend('auto');
    }
  });

  test(`eigh 200 x 200 with repeated eigenvalues (split) matches NumPy (${backend})`, () => {
    setBackend(backend);
    try {
      const { n, seed } = fx.eigh_rep;
      const h = n / 2;
      const s = genData(h, h, seed);
      const d = new Float64Array(n * n);
      // kron(eye(2), (s + s.T) / 2): every eigenvalue twice
      for (let blk = 0; blk < 2; blk++) {
        for (let i = 0; i < h; i++) {
          for (let j = 0; j < h; j++) {
            d[(blk * h + i) * n + blk * h + j] = (s[i * h + j] + s[j * h + i]) / 2;
          }
        }
      }
      checkEigh(np.asarray(d).reshape(n, n), values(fx.eigh_rep.w));
    } finally {
      setBackend('auto');
    }
  });
}
