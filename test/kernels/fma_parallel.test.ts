/**
 * The fused-multiply-add kernels split across a worker thread (src/_core/kernels/
 * fma_parallel.ts): a long call has exactly the bits, the floating-point flags and the
 * underflow verdicts of the same call on one thread — for each kind of kernel (plain,
 * listing with its scalar-port elements in the worker's part, binary with a number operand,
 * float32 values in float64 storage), in place, and through the public functions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fmaKernels, getBackend } from '../../src/_core/kernels/index.js';
import {
  delayClaimsForTests,
  getPool,
  setThreadsEnabled,
  threadStats,
} from '../../src/_core/kernels/threads.js';
import * as np from '../../src/index.js';
import { seededRandom } from '../helpers.js';
import { idlePool, readyPool } from './pool_util.js';

type F = Float64Array | Float32Array;

function bits(a: F): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
}

/** n values spread over ±span with specials (NaN, ±inf, ±0, subnormal, huge) in both halves. */
function inputs(n: number, span: number, seed: number): Float64Array {
  const rnd = seededRandom(seed);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = (rnd() * 2 - 1) * span;
  const specials = [Number.NaN, Infinity, -Infinity, 0, -0, 5e-324, -2e-310, 1e300, -1e300, 710];
  for (let i = 0; i < specials.length; i++) {
    x[17 + i * 101] = specials[i]!;
    x[n - 1 - i * 97] = specials[i]!;
  }
  return x;
}

/** Run f with the pool on and off: same result bits, and the pool took part. */
function same<T extends F>(label: string, f: () => T): void {
  setThreadsEnabled(false);
  const want = f();
  setThreadsEnabled(true);
  idlePool(getPool());
  const before = threadStats().jobs;
  const got = f();
  assert.ok(threadStats().jobs > before, `${label}: no part went to a worker`);
  assert.equal(bits(got), bits(want), label);
}

const k = fmaKernels();

describe('fused-multiply-add kernels on a worker thread', { skip: k === null }, async () => {
  const pool = await readyPool();
  const skip = pool === null ? 'no worker threads here (one core or NUMTYPE_NUM_THREADS=1)' : false;
  const n = 100_003; // odd: the parts are not equal
  const x = inputs(n, 30, 1);
  const y = inputs(n, 4, 2);

  it('plain and binary float64 kernels: same bits and flags, number operands, in place', {
    skip,
  }, () => {
    for (const name of ['tanhF64', 'acosF64', 'asinF64', 'tanF64'] as const) {
      same(name, () => {
        const z = new Float64Array(n);
        k!.unaryF64(name, x, z, n);
        return z;
      });
      same(`${name} in place`, () => {
        const z = x.slice();
        k!.unaryF64(name, z, z, n);
        return z;
      });
    }
    const flags: number[] = [];
    for (const [xa, ya] of [
      [x, y],
      [x, 1.5],
      [2.5, y],
    ] as const) {
      same('powF64', () => {
        const z = new Float64Array(n);
        flags.push(k!.binaryF64('powF64', xa, ya, z, n));
        return z;
      });
    }
    // atan2's flags (underflow, NaN) from the specials of the worker's part too.
    for (const [xa, ya] of [
      [x, y],
      [1e-300, y],
      [x, 0.5],
    ] as const) {
      same('atan2F64', () => {
        const z = new Float64Array(n);
        flags.push(k!.binaryF64('atan2F64', xa, ya, z, n));
        return z;
      });
    }
    // flags of the threaded calls (odd entries) are those of the single-thread ones
    for (let i = 0; i < flags.length; i += 2) assert.equal(flags[i + 1], flags[i]);
    assert.ok(flags[0]! & 1, 'pow of negative bases to fractional powers is invalid');
  });

  it('listing kernels: the worker part’s listed elements get the scalar port', { skip }, () => {
    const port = (v: number) => Math.sin(v) + 0.25; // tells ported elements apart
    const under = (v: number, z: number) => v !== 0 && Math.abs(z) < 1e-300;
    const verdicts: boolean[] = [];
    same('sinF64x', () => {
      const z = new Float64Array(n);
      verdicts.push(k!.listingF64('sinF64x', x, z, n, port, under), k!.nonFinite);
      return z;
    });
    assert.deepEqual(verdicts.slice(2), verdicts.slice(0, 2));
    // atan lists NaN and subnormal inputs (two of each half's specials).
    const seen: number[] = [];
    same('atanF64x', () => {
      const z = new Float64Array(n);
      k!.listingF64('atanF64x', x, z, n, port, (v) => seen.push(v) < 0);
      return z;
    });
    assert.equal(seen.length, 12);
    for (const name of ['log1pF64x', 'sinhF64x', 'atanhF64x'] as const) {
      same(name, () => {
        const z = new Float64Array(n);
        k!.listingF64(name, x, z, n, port, null);
        return z;
      });
    }
    same('cosF64x in place', () => {
      const z = x.slice();
      k!.listingF64('cosF64x', z, z, n, Math.cos, null);
      return z;
    });
  });

  it('a part its worker has not started is taken back: same bits and flags', { skip }, async () => {
    const DELAY = 300;
    const cases: [string, () => F][] = [
      [
        'tanhF64',
        () => {
          const z = new Float64Array(n);
          k!.unaryF64('tanhF64', x, z, n);
          return z;
        },
      ],
      [
        'powF64',
        () => {
          const z = new Float64Array(n + 1);
          z[n] = k!.binaryF64('powF64', x, y, z, n);
          return z;
        },
      ],
      [
        'sinF64x',
        () => {
          const z = new Float64Array(n + 1);
          z[n] = k!.listingF64('sinF64x', x, z, n, Math.sin, null) ? 1 : 0;
          return z;
        },
      ],
    ];
    for (const [label, f] of cases) {
      setThreadsEnabled(false);
      const want = f();
      setThreadsEnabled(true);
      await readyPool();
      const before = threadStats();
      delayClaimsForTests(pool!, DELAY);
      let got: F;
      const t0 = performance.now();
      try {
        got = f();
      } finally {
        delayClaimsForTests(pool!, 0);
      }
      const took = performance.now() - t0;
      const after = threadStats();
      assert.ok(after.jobs > before.jobs, `${label}: no part went to a worker`);
      assert.equal(after.revoked - before.revoked, after.jobs - before.jobs, label);
      assert.equal(bits(got), bits(want), label);
      assert.ok(took < DELAY, `${label}: the caller waited ${took} ms for a worker`);
      await new Promise((r) => setTimeout(r, DELAY + 50));
    }
  });

  it('float32 values in float64 storage (tanhF32)', { skip }, () => {
    const x32 = Float64Array.from(Float32Array.from(x));
    same('tanhF32', () => {
      const z = new Float64Array(n);
      k!.unaryF32('tanhF32', x32, z, n);
      return z;
    });
  });

  it('public functions: np.sin, np.tanh, np.power, np.arctan2, and their warnings', {
    skip,
  }, () => {
    const a = np.asarray(x);
    const b = np.asarray(y);
    np.seterr({ all: 'ignore' });
    try {
      for (const [label, f] of [
        ['np.sin', () => np.sin(a)],
        ['np.tanh', () => np.tanh(a)],
        ['np.power', () => np.power(a, b)],
        ['np.arctan2', () => np.arctan2(a, b)],
        ['np.tanh float32', () => np.tanh(a.astype('float32'))],
      ] as const) {
        same(label, () => (f() as np.NDArray).toTypedArray() as F);
      }
      // invalid only in the worker's part: still raised
      const neg = x.map((v) => Math.abs(v) + 1);
      neg[n - 5] = -2;
      np.seterr({ invalid: 'raise' });
      assert.throws(() => np.power(np.asarray(neg), 0.5), { name: 'FloatingPointError' });
    } finally {
      np.seterr({ all: 'warn', under: 'ignore' });
    }
  });

  it('a call longer than one hand-off goes in chunks: same bits', { skip }, () => {
    const m = (1 << 22) + 12345;
    const big = inputs(m, 30, 9);
    same('tanhF64 chunks', () => {
      const z = new Float64Array(m);
      k!.unaryF64('tanhF64', big, z, m);
      return z;
    });
    same('sinF64x chunks', () => {
      const z = new Float64Array(m);
      k!.listingF64('sinF64x', big, z, m, Math.sin, null);
      return z;
    });
  });

  it('short calls stay on the caller', { skip: getBackend() !== 'wasm' || skip }, () => {
    const before = threadStats().jobs;
    const z = new Float64Array(1000);
    k!.unaryF64('tanhF64', x, z, 1000);
    assert.equal(threadStats().jobs, before);
  });
});
