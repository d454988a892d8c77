/**
 * The large-matrix paths of the LAPACK kernels against NumPy (test/fixtures/linalg_lapack.json,
 * scripts/fixtures/gen_linalg_lapack.py), on both kernel backends: recursive LU with real
 * pivoting (solve with vector, matrix and transposed inputs, inv, slogdet) on 150 x 150, the
 * blocked tridiagonal reduction of eigh (150 x 150, both UPLO), and the SVD's rotation replay
 * on tall, wide and square inputs. Inputs are integer matrices rebuilt from the generator's formula;
 * eigen/singular vectors are compared up to sign on well-separated columns.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setBackend } from '../../src/_core/kernels/index.js';
import type { NDArray } from '../../src/_core/ndarray.js';
import * as np from '../../src/index.js';
import { decode, loadFixture } from '../helpers.js';

const fx = loadFixture('linalg_lapack');
const EPS = 2 ** -52;

/** The generator's integer matrix (gen in gen_linalg_lapack.py). */
function gen(rows: number, cols: number, seed: number): NDArray {
  const a = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      a[i * cols + j] = ((i * 131 + j * 71 + seed * 17 + ((i * j) % 97) * 13) % 211) - 105;
    }
  }
  return np.asarray(a).reshape(rows, cols);
}

/** The generator's right-hand sides (rhs in gen_linalg_lapack.py). */
function rhs(rows: number, cols: number): NDArray {
  const a = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) a[i * cols + j] = ((i * 29 + j * 7) % 23) - 11;
  }
  return np.asarray(a).reshape(rows, cols);
}

interface Enc {
  shape: number[];
  data: unknown[];
}

const values = (e: Enc): number[] => decode(e.data) as number[];
const flat = (a: NDArray): number[] => (a.tolist() as unknown[]).flat(2) as number[];

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

/** Columns `cols` of the row-major rows x n `m` (list of columns). */
function columns(m: NDArray, cols: number[]): number[][] {
  const n = m.shape[1];
  const d = flat(m);
  return cols.map((c) => Array.from({ length: m.shape[0] }, (_, i) => d[i * n + c]));
}

/** Vectors equal up to sign (each expected vector against the same-index got vector). */
function closeUpToSign(got: number[][], exp: number[][], tol: number, what: string): void {
  got.forEach((g, k) => {
    const e = exp[k];
    let dot = 0;
    for (let i = 0; i < e.length; i++) dot += g[i] * e[i];
    const s = dot < 0 ? -1 : 1;
    close(
      g.map((x) => s * x),
      e,
      tol,
      `${what} vector ${k}`,
    );
  });
}

/** An (r x c) fixture matrix as its list of columns. */
function encColumns(e: Enc): number[][] {
  const [r, c] = e.shape;
  const d = values(e);
  return Array.from({ length: c }, (_, j) => Array.from({ length: r }, (_, i) => d[i * c + j]));
}

for (const backend of ['wasm', 'js'] as const) {
  test(`LU solve / inv / slogdet 150 x 150 with pivoting match NumPy (${backend})`, () => {
    setBackend(backend);
    try {
      const { n, seed, cond } = fx.lu;
      const a = gen(n, n, seed);
      const tol = 64 * n * EPS * cond;
      const b = np.asarray(flat(rhs(n, 1)));
      close(flat(np.linalg.solve(a, b)), values(fx.lu.solve_vec), tol, 'solve vector');
      close(flat(np.linalg.solve(a, rhs(n, 9))), values(fx.lu.solve_mat), tol, 'solve matrix');
      close(flat(np.linalg.solve(np.transpose(a), b)), values(fx.lu.solve_T), tol, 'solve a.T');
      close(flat(np.linalg.inv(a)), values(fx.lu.inv), tol, 'inv');
      const r = np.linalg.slogdet(a) as unknown as [number, number];
      assert.equal(r[0], fx.lu.slogdet[0]);
      assert.ok(Math.abs(r[1] - fx.lu.slogdet[1]) <= 64 * n * EPS * Math.abs(fx.lu.slogdet[1]));
    } finally {
      setBackend('auto');
    }
  });

  test(`eigh / eigvalsh 150 x 150 (blocked reduction) match NumPy (${backend})`, () => {
    setBackend(backend);
    try {
      const { n, seed } = fx.eigh;
      const s = gen(n, n, seed);
      const sym = np.divide(np.add(s, np.transpose(s)), 2) as NDArray;
      const tol = 64 * n * EPS;
      const [w, v] = np.linalg.eigh(sym) as unknown as [NDArray, NDArray];
      close(flat(w), values(fx.eigh.w), tol, 'eigenvalues');
      close(flat(np.linalg.eigvalsh(sym)), values(fx.eigh.w), tol, 'eigvalsh');
      // vector error ~ eps ||A|| / gap
      const vtol = (1e4 * n * EPS * Math.abs(values(fx.eigh.w)[0])) / fx.eigh.gap;
      closeUpToSign(columns(v, fx.eigh.cols), encColumns(fx.eigh.v), vtol, 'eigenvector');
      // UPLO='U' reads the upper triangle of the non-symmetric s
      const [wu, vu] = np.linalg.eigh(s, { UPLO: 'U' }) as unknown as [NDArray, NDArray];
      close(flat(wu), values(fx.eigh.wU), tol, 'eigenvalues (U)');
      closeUpToSign(columns(vu, fx.eigh.colsU), encColumns(fx.eigh.vU), 1e-9, 'eigenvector (U)');
    } finally {
      setBackend('auto');
    }
  });

  test(`svd of 160 x 140, 120 x 170 and 150 x 150 matches NumPy (${backend})`, () => {
    setBackend(backend);
    try {
      for (const c of fx.svd) {
        const a = gen(c.m, c.n, c.seed);
        const [u, s, vh] = np.linalg.svd(a) as unknown as [NDArray, NDArray, NDArray];
        const k = Math.min(c.m, c.n);
        const tol = 64 * k * EPS;
        close(flat(s), values(c.s), tol, `s ${c.m}x${c.n}`);
        close(
          flat(np.linalg.svd(a, { compute_uv: false }) as NDArray),
          values(c.s),
          tol,
          'svdvals',
        );
        const vtol = 1e4 * k * EPS * c.cond;
        closeUpToSign(columns(u, c.cols), encColumns(c.u), vtol, `u ${c.m}x${c.n}`);
        const vhT = np.transpose(vh) as NDArray;
        const expVh = values(c.vh);
        const expRows = c.cols.map((_: number, r: number) => expVh.slice(r * c.n, (r + 1) * c.n));
        closeUpToSign(columns(vhT, c.cols), expRows, vtol, `vh ${c.m}x${c.n}`);
      }
    } finally {
      setBackend('auto');
    }
  });
}
