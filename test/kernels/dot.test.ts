/**
 * The vector dot kernel (src/_core/kernels/dot.ts + assembly/dot.ts) through np.dot, vdot,
 * inner and matmul of 1-D float64/float32 vectors: contiguous, strided, reversed, empty, one
 * element, lengths around the 8-lane and the streaming-block boundaries.
 * Both backends must give identical bits (one fixed summation order). Against NumPy (OpenBLAS
 * ddot/sdot sums in another order) the tolerance is the summation error bound
 * n * eps * sum |x_i y_i| with eps of the dtype.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { dotVec } from '../../src/_core/kernels/dot.js';
import { setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { decode, loadFixture } from '../helpers.js';

type Case = { dtype: string; n: number; contig: any; strided: any; reversed: any };

/** The bench's deterministic data in [-1, 1) (same bits as the fixture generator's). */
function data(n: number, k: number, f32: boolean): Float64Array | Float32Array {
  const phi = k === 0 ? 0.6180339887498949 : 0.7548776662466927;
  const out = f32 ? new Float32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = -1 + 2 * ((i * phi) % 1);
  return out;
}

/** The three vector pairs of a case, as numtype arrays. */
function operands(c: Case): Record<string, [any, any]> {
  const f32 = c.dtype === 'float32';
  const n = c.n;
  const x = np.asarray(data(3 * n + 3, 0, f32));
  const y = np.asarray(data(3 * n + 3, 1, f32));
  return {
    contig: [x.get(np.slice(0, n)), y.get(np.slice(0, n))],
    strided: [x.get(np.slice(0, 3 * n, 3)), y.get(np.slice(1, 2 * n + 1, 2))],
    reversed: [n ? x.get(np.slice(n - 1, null, -1)) : x.get(np.slice(0, 0)), y.get(np.slice(0, n))],
  };
}

function absDot(a: any, b: any): number {
  const xs = a.tolist() as number[];
  const ys = b.tolist() as number[];
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += Math.abs(xs[i] * ys[i]);
  return s;
}

const fixture = loadFixture<{ vectors: Case[]; batched: Batch[] }>('dot_kernel');
const cases = fixture.vectors;

type Batch = { dtype: string; shape: [number, number, number, number]; r: any; rt: any };

/** Max |got - want| between an array and NumPy's flat fixture data. */
function maxDiff(got: any, w: number[]): number {
  const g = got.flatten().tolist() as number[];
  assert.equal(g.length, w.length);
  let d = 0;
  for (let i = 0; i < g.length; i++) d = Math.max(d, Math.abs(g[i] - w[i]));
  return d;
}

describe('vector dot kernel', () => {
  after(() => setBackend('auto'));
  for (const backend of ['wasm', 'js'] as const) {
    describe(backend, () => {
      for (const c of cases) {
        it(`${c.dtype} n=${c.n} matches NumPy within n eps sum|xy|`, () => {
          setBackend(backend);
          const eps = c.dtype === 'float32' ? 2 ** -23 : 2 ** -52;
          for (const [kind, [a, b]] of Object.entries(operands(c))) {
            const want = decode(c[kind as keyof Case]) as number;
            const tol = c.n * eps * absDot(a, b);
            for (const got of [np.dot(a, b), np.vdot(a, b), np.inner(a, b), np.matmul(a, b)]) {
              assert.equal(typeof got, 'number');
              assert.ok(Math.abs(got - want) <= tol, `${kind}: ${got} vs ${want} (tol ${tol})`);
            }
          }
        });
      }
    });
  }

  it('both backends give the same bits', () => {
    for (const c of cases) {
      for (const [kind, [a, b]] of Object.entries(operands(c))) {
        setBackend('wasm');
        const w = np.dot(a, b);
        setBackend('js');
        const j = np.dot(a, b);
        assert.ok(Object.is(w, j), `${c.dtype} n=${c.n} ${kind}: ${w} vs ${j}`);
      }
    }
    setBackend('auto');
  });

  it('float32 sums in float32', () => {
    // partial 0 = 2^24 + 1 rounds to 2^24 in float32, and so does the first combine step
    // 2^24 + 1; the rest adds 2 + 4: 2^24 + 6 (float64 keeps every 1: 2^24 + 8)
    const x = new Float32Array(9).fill(1);
    x[0] = 2 ** 24;
    const y = new Float32Array(9).fill(1);
    for (const backend of ['wasm', 'js'] as const) {
      setBackend(backend);
      assert.equal(dotVec(true, x, 0, 1, y, 0, 1, 9), 2 ** 24 + 6);
      assert.equal(dotVec(false, x, 0, 1, y, 0, 1, 9), 2 ** 24 + 8);
    }
    setBackend('auto');
  });

  it('empty and one element, out= and dtype results', () => {
    for (const backend of ['wasm', 'js'] as const) {
      setBackend(backend);
      assert.equal(np.dot(np.zeros(0), np.zeros(0)), 0);
      assert.equal(np.dot(np.asarray([3]), np.asarray([-2.5])), -7.5);
      const f = np.asarray(new Float32Array([0.1, 0.2]));
      const r = np.matmul(f, f);
      assert.equal(
        r,
        Math.fround(Math.fround(Math.fround(0.1) ** 2) + Math.fround(Math.fround(0.2) ** 2)),
      );
      const out = np.zeros([]);
      assert.equal(
        np.dot(np.asarray(new Float64Array([1, 2])), np.asarray(new Float64Array([3, 4])), out),
        out,
      );
      assert.equal(out.item(), 11);
      // mixed float32 x float64 promotes to float64
      assert.equal(np.dot(f, np.asarray([1, 1])), Math.fround(0.1) + Math.fround(0.2));
    }
    setBackend('auto');
  });

  // tiny batched matmul (wasm mm_small kernels for dense stacks, the JS loop otherwise):
  // NumPy's einsum-like loops sum in p order too, but BLAS may not: tolerance k eps k
  // (entries are sums of k products of values in [-1, 1]).
  for (const c of fixture.batched) {
    const [nb, n, k, m] = c.shape;
    const f32 = c.dtype === 'float32';
    it(`batched ${c.dtype} ${nb}x(${n}x${k} @ ${k}x${m}): NumPy, both backends same bits`, () => {
      const eps = f32 ? 2 ** -23 : 2 ** -52;
      const x = np.asarray(data(nb * n * k, 0, f32)).reshape(nb, n, k);
      const y = np.asarray(data(nb * k * m, 1, f32)).reshape(nb, k, m);
      const want = decode(c.r).data as number[];
      const res: any[] = [];
      for (const backend of ['wasm', 'js'] as const) {
        setBackend(backend);
        const r = np.matmul(x, y);
        assert.equal(r.dtype.name, c.dtype);
        assert.ok(maxDiff(r, want) <= k * k * eps);
        res.push(r);
        if (c.rt !== null) {
          // reversed, transposed (non-contiguous) second operand
          const yt = y.get(np.slice(null, null, -1)).transpose(0, 2, 1);
          const rt = np.matmul(x, yt);
          assert.ok(maxDiff(rt, decode(c.rt).data) <= k * k * eps);
          res.push(rt);
        }
      }
      setBackend('auto');
      const half = res.length / 2;
      for (let i = 0; i < half; i++) {
        const a = res[i].flatten().tolist() as number[];
        const b = res[i + half].flatten().tolist() as number[];
        for (let j = 0; j < a.length; j++) assert.ok(Object.is(a[j], b[j]), `${i} ${j}`);
      }
    });
  }
});
