/**
 * The threaded GEMM's chunked split and parked workers (src/_core/kernels/gemm.ts, threads.ts,
 * jobs.ts): row counts around the chunk edges (255/257/511/513), transposed and strided
 * operands, float32/float64, C += alpha A B updates, a run of products handed to a parked
 * worker through shared memory (with operand-buffer growth and a random-number job in between,
 * which return the worker to its event loop) — every result with exactly the single-thread
 * bits. Also the batched tiny products (assembly/dot.ts mm_small_*) on both backends: the
 * wasm kernel's 8-column (float64) / 16-column (float32) blocks give the scalar loop's bits.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { gemm, gemmSingle, gemmUpdate, type MatOperand } from '../../src/_core/kernels/gemm.js';
import { getBackend, setBackend, simdSupported } from '../../src/_core/kernels/index.js';
import {
  getPool,
  PARKED,
  readyWorkers,
  setThreadsEnabled,
  threadStats,
} from '../../src/_core/kernels/threads.js';
import * as np from '../../src/index.js';
import { seededRandom } from '../helpers.js';

type F = Float64Array | Float32Array;

/** rows x cols operand: row-major with padding, column-major (transposed view) or strided. */
function operand(f32: boolean, rows: number, cols: number, layout: string, seed: number) {
  const rnd = seededRandom(seed);
  const len = 2 * rows * cols + 2 * (rows + cols) + 8;
  const data = f32 ? new Float32Array(len) : new Float64Array(len);
  for (let i = 0; i < data.length; i++) data[i] = rnd() * 2 - 1;
  if (layout === 'col') return { data, off: 3, rs: 1, cs: rows + 1 } as MatOperand;
  if (layout === 'strided') return { data, off: 1, rs: 2 * cols + 1, cs: 2 } as MatOperand;
  return { data, off: 2, rs: cols + 3, cs: 1 } as MatOperand;
}

function bits(a: F): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
}

async function readyPool() {
  const pool = getPool();
  if (pool === null) return null;
  for (let i = 0; i < 200 && readyWorkers(pool).length === 0; i++)
    await new Promise((r) => setTimeout(r, 50));
  return readyWorkers(pool).length > 0 ? pool : null;
}

const usable = simdSupported() && getBackend() === 'wasm';

describe('threaded GEMM chunks', { skip: !usable }, async () => {
  const pool = await readyPool();
  const skip = pool === null ? 'no worker threads here' : false;

  it('row counts at the chunk edges, every layout: the single-thread bits', { skip }, () => {
    const before = threadStats().jobs;
    for (const f32 of [false, true]) {
      for (const m of [255, 257, 511, 513]) {
        for (const [la, lb] of [
          ['row', 'row'],
          ['col', 'row'],
          ['row', 'col'],
          ['strided', 'col'],
        ]) {
          const [n, k] = [97, 180];
          const a = operand(f32, m, k, la!, m + 1);
          const b = operand(f32, k, n, lb!, n + 2);
          const C = f32 ? Float32Array : Float64Array;
          const ldc = n + 3;
          const got = new C(m * ldc + 1).fill(7);
          const want = new C(m * ldc + 1).fill(7);
          gemm(f32, m, n, k, a, b, got, 1, ldc);
          gemmSingle(f32, m, n, k, 1, false, a, b, want, 1, ldc);
          assert.equal(bits(got), bits(want), `${f32 ? 'f32' : 'f64'} m=${m} ${la}/${lb}`);
        }
      }
    }
    assert.ok(threadStats().jobs > before, 'some shares ran on a worker');
  });

  it('C += alpha A B at odd row counts: the single-thread bits', { skip }, () => {
    for (const f32 of [false, true]) {
      for (const m of [257, 513]) {
        const [n, k] = [130, 96];
        const a = operand(f32, m, k, 'row', 11);
        const b = operand(f32, k, n, 'col', 12);
        const start = operand(f32, m, n + 1, 'row', 13).data;
        const got = start.slice();
        const want = start.slice();
        gemmUpdate(f32, m, n, k, -0.5, a, b, got, 2, n + 3);
        gemmSingle(f32, m, n, k, -0.5, true, a, b, want, 2, n + 3);
        assert.equal(bits(got), bits(want), `${f32 ? 'f32' : 'f64'} m=${m}`);
      }
    }
  });

  it('a run of products through the parked worker, growing buffers, an rng job between', {
    skip,
  }, () => {
    const sizes = [300, 180, 700, 300, 1100, 256];
    for (let t = 0; t < sizes.length; t++) {
      const s = sizes[t]!;
      const f32 = t % 2 === 1;
      const a = operand(f32, s, 200, 'row', t + 20);
      const b = operand(f32, 200, s, 'row', t + 40);
      const C = f32 ? Float32Array : Float64Array;
      const got = new C(s * s);
      const want = new C(s * s);
      gemm(f32, s, s, 200, a, b, got, 0, s);
      gemmSingle(f32, s, s, 200, 1, false, a, b, want, 0, s);
      assert.equal(bits(got), bits(want), `product ${t} (${s})`);
      // the worker that took a share parks afterwards
      assert.ok(
        Array.from(pool!.park).some((w) => w === PARKED),
        `a worker is parked after product ${t}`,
      );
      if (t === 2) np.random.default_rng(5).random(3_000_000); // a message job: unparks
    }
  });

  it('np.matmul gives the same array with and without threads', { skip }, () => {
    for (const dt of ['float64', 'float32'] as const) {
      const x = np
        .asarray(new Float64Array(513 * 255).map((_, i) => Math.sin(i)))
        .reshape(513, 255);
      const y = np
        .asarray(new Float64Array(255 * 257).map((_, i) => Math.cos(i)))
        .reshape(255, 257);
      const a = x.astype(dt);
      const b = y.astype(dt);
      const threaded = np.matmul(a, b);
      setThreadsEnabled(false);
      try {
        const single = np.matmul(a, b);
        assert.equal(bits(threaded.data as F), bits(single.data as F), dt);
      } finally {
        setThreadsEnabled(true);
      }
    }
  });
});

describe('batched tiny products: wasm kernel and JS loop agree bit for bit', () => {
  after(() => setBackend('auto'));
  const cases: [number, number, number, number, string][] = [
    [1000, 8, 8, 8, 'float64'],
    [7, 3, 5, 10, 'float64'],
    [6, 5, 4, 11, 'float64'],
    [9, 2, 7, 17, 'float64'],
    [5, 3, 16, 20, 'float32'],
    [8, 4, 6, 16, 'float32'],
    [4, 6, 3, 35, 'float32'],
    [1000, 8, 8, 8, 'float32'],
  ];
  it('matmul of (nb, n, k) @ (nb, k, m)', () => {
    for (const [nb, n, k, m, dt] of cases) {
      const rnd = seededRandom(nb + n + k + m);
      const a = np
        .asarray(new Float64Array(nb * n * k).map(() => rnd() * 2 - 1))
        .reshape(nb, n, k)
        .astype(dt);
      const b = np
        .asarray(new Float64Array(nb * k * m).map(() => rnd() * 2 - 1))
        .reshape(nb, k, m)
        .astype(dt);
      setBackend('auto');
      const w = np.matmul(a, b);
      setBackend('js');
      const j = np.matmul(a, b);
      setBackend('auto');
      assert.deepEqual(w.shape, [nb, n, m]);
      assert.equal(bits(w.data as F), bits(j.data as F), `${dt} ${nb}x(${n}x${k} @ ${k}x${m})`);
    }
  });
});
