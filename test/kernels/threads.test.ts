/**
 * The worker-thread matrix products (src/_core/kernels/threads.ts): a product split across
 * threads has exactly the bits of the same product on one thread, for float64 and float32,
 * strided and transposed operands, row counts that do not divide evenly, and the C += alpha A B
 * updates of the factorizations; the pool never keeps a process alive, and
 * NUMTYPE_NUM_THREADS=1 turns it off.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gemm, gemmSingle, gemmUpdate, type MatOperand } from '../../src/_core/kernels/gemm.js';
import { getBackend, simdSupported } from '../../src/_core/kernels/index.js';
import { gemmAAt } from '../../src/_core/kernels/syrk.js';
import { delayClaimsForTests, threadStats } from '../../src/_core/kernels/threads.js';
import { seededRandom } from '../helpers.js';
import { readyPool } from './pool_util.js';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const distSrc = path.resolve(here, '..', '..', 'src');

type F = Float64Array | Float32Array;

function operand(f32: boolean, rows: number, cols: number, transposed: boolean, seed: number) {
  const rnd = seededRandom(seed);
  const data = f32 ? new Float32Array(rows * cols + 3) : new Float64Array(rows * cols + 3);
  for (let i = 0; i < data.length; i++) data[i] = rnd() * 2 - 1;
  // element (i, j) at 3 + i*rs + j*cs: row-major, or column-major (a transposed view)
  const op: MatOperand = transposed
    ? { data, off: 3, rs: 1, cs: rows }
    : { data, off: 3, rs: cols, cs: 1 };
  return op;
}

function bits(a: F): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
}

const usable = simdSupported() && getBackend() === 'wasm';

describe('matrix products on worker threads', { skip: !usable }, async () => {
  const pool = await readyPool();
  const skip = pool === null ? 'no worker threads here (one core or NUMTYPE_NUM_THREADS=1)' : false;

  it('C = A B has the single-thread bits', { skip }, () => {
    for (const f32 of [false, true]) {
      for (const [m, n, k, ta, tb] of [
        [257, 200, 190, false, false],
        [300, 161, 170, true, false],
        [165, 170, 180, false, true],
        [401, 33, 400, true, true],
      ] as const) {
        const a = operand(f32, m, k, ta, m + k);
        const b = operand(f32, k, n, tb, n + k + 1);
        const C = f32 ? Float32Array : Float64Array;
        const ldc = n + 5;
        const got = new C(m * ldc + 2);
        const want = new C(m * ldc + 2);
        gemm(f32, m, n, k, a, b, got, 2, ldc);
        gemmSingle(f32, m, n, k, 1, false, a, b, want, 2, ldc);
        assert.equal(bits(got), bits(want), `${f32 ? 'f32' : 'f64'} ${m}x${k} @ ${k}x${n}`);
      }
    }
  });

  it('a share its worker has not started is taken back: same bits, no waiting', {
    skip,
  }, async () => {
    // Workers that claim late (woken late, or placed on the caller's CPU) must cost no wait.
    const DELAY = 400;
    for (const f32 of [false, true]) {
      const pool = (await readyPool())!;
      const [m, n, k] = [256, 256, 256];
      const a = operand(f32, m, k, false, 11);
      const b = operand(f32, k, n, false, 12);
      const C = f32 ? Float32Array : Float64Array;
      const got = new C(m * n);
      const want = new C(m * n);
      const before = threadStats();
      delayClaimsForTests(pool, DELAY);
      let took: number;
      try {
        const t0 = performance.now();
        gemm(f32, m, n, k, a, b, got, 0, n);
        took = performance.now() - t0;
      } finally {
        delayClaimsForTests(pool, 0);
      }
      const after = threadStats();
      gemmSingle(f32, m, n, k, 1, false, a, b, want, 0, n);
      assert.equal(bits(got), bits(want));
      assert.ok(after.jobs > before.jobs, 'no share was handed to a worker');
      assert.equal(after.revoked - before.revoked, after.jobs - before.jobs);
      assert.ok(took < DELAY, `the caller waited ${took} ms for a worker`);
      // let the delayed worker finish before the next case wants it
      await new Promise((r) => setTimeout(r, DELAY + 50));
    }
  });

  it('C = A A^T (np.cov) split by blocks of rows has the full product’s bits', {
    skip,
  }, async () => {
    // Shapes with few rows and a long K (the blocks go to the threads, A is copied once),
    // square ones, and a row count the blocks do not divide; then the take-back path.
    for (const delay of [0, 400]) {
      for (const f32 of [false, true]) {
        for (const [n, k] of [
          [100, 10000],
          [210, 700],
          [67, 3000],
        ] as const) {
          const pool = (await readyPool())!;
          const a = operand(f32, n, k, false, n + k);
          const C = f32 ? Float32Array : Float64Array;
          const ldc = n + 3;
          const got = new C(n * ldc + 1);
          const want = new C(n * ldc + 1);
          const before = threadStats();
          delayClaimsForTests(pool, delay);
          try {
            assert.ok(gemmAAt(f32, n, k, a, got, 1, ldc));
          } finally {
            delayClaimsForTests(pool, 0);
          }
          const after = threadStats();
          const bt = { data: a.data, off: a.off, rs: a.cs, cs: a.rs };
          gemmSingle(f32, n, n, k, 1, false, a, bt, want, 1, ldc);
          const what = `${f32 ? 'f32' : 'f64'} ${n}x${k} delay ${delay}`;
          assert.equal(bits(got), bits(want), what);
          assert.ok(after.jobs > before.jobs, `no block went to a worker (${what})`);
          if (delay > 0) {
            assert.equal(after.revoked - before.revoked, after.jobs - before.jobs, what);
            await new Promise((r) => setTimeout(r, delay + 50));
          }
        }
      }
    }
  });

  it('C += alpha A B (the factorizations’ updates) has the single-thread bits', { skip }, () => {
    for (const f32 of [false, true]) {
      const [m, n, k] = [333, 250, 64];
      const a = operand(f32, m, k, false, 5);
      const b = operand(f32, k, n, true, 6);
      const start = operand(f32, m, n, false, 7).data;
      const got = start.slice();
      const want = start.slice();
      gemmUpdate(f32, m, n, k, -1, a, b, got, 3, n);
      gemmSingle(f32, m, n, k, -1, true, a, b, want, 3, n);
      assert.equal(bits(got), bits(want));
    }
  });

  it('a large product leaves no thread keeping the process alive', async () => {
    const script = `
      const np = await import(${JSON.stringify(`file://${distSrc}/index.js`)});
      const a = np.ones([400, 400]);
      np.matmul(a, a);
      await new Promise((r) => setTimeout(r, 300));
      console.log(String(np.matmul(a, a).get(0, 0)));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      timeout: 20000,
    });
    assert.equal(stdout.trim(), '400.0');
  });

  it('NUMTYPE_NUM_THREADS=1 runs everything on the caller', async () => {
    const script = `
      const t = await import(${JSON.stringify(`file://${distSrc}/_core/kernels/threads.js`)});
      console.log(t.getPool() === null ? 'no pool' : 'pool');`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      timeout: 20000,
      env: { ...process.env, NUMTYPE_NUM_THREADS: '1' },
    });
    assert.equal(stdout.trim(), 'no pool');
  });
});
