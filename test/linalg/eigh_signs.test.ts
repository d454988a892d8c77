/**
 * np.linalg.eigh gives NumPy's eigenvectors, sign included, at the orders LAPACK's dsyevd
 * runs dsytd2 + dsteqr (n <= 25; src/linalg/lapack/syevd_small.ts), complex ones (zheevd,
 * heevd_small.ts) with their phases, and past 25 the divide and conquer: fixture
 * test/fixtures/eigh_signs.json (scripts/fixtures/gen_eigh_signs.py), both triangles,
 * float64 and float32, repeated eigenvalues, tiny and huge scales. Both kernel backends.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import { decode, loadFixture } from '../helpers.js';
import { checkEigh, type EighCase, type Entry } from './eigh_signs_check.js';

interface Encoded {
  dtype: string;
  shape: number[];
  data: unknown[];
}
const rows = (e: Encoded): Entry[][] => {
  const flat = decode(e.data) as Entry[];
  const [r, c] = [e.shape[0] ?? 1, e.shape[1] ?? 1];
  return Array.from({ length: r }, (_, i) => flat.slice(i * c, (i + 1) * c));
};
const fixture =
  loadFixture<{ a: Encoded; uplo: 'L' | 'U'; w: Encoded; v: Encoded }[]>('eigh_signs');
const cases: EighCase[] = fixture.map((f) => ({
  a: rows(f.a),
  dtype: f.a.dtype as EighCase['dtype'],
  uplo: f.uplo,
  w: decode(f.w.data) as number[],
  v: rows(f.v),
}));

for (const backend of ['wasm', 'js'] as const) {
  test(`eigh eigenvectors carry NumPy's signs (fixture, ${backend})`, () => {
    const was = getBackend();
    setBackend(backend);
    try {
      let compared = 0;
      cases.forEach((c, i) => {
        compared += checkEigh(c, `case ${i} (n=${c.w.length}, ${c.uplo}, ${c.dtype})`);
      });
      assert.ok(compared > 300, `only ${compared} eigenvectors compared`);
    } finally {
      setBackend(was);
    }
  });
}
