/**
 * Bit generators and SeedSequence against NumPy: raw streams and state dicts for 20 seeds
 * each, jumped/advance, SeedSequence words and spawn, legacy seeding, and state round-trips.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NDArray } from '../../src/_core/ndarray.js';
import { mtKernel, setMtKernelEnabled } from '../../src/random/bit_generator/mt19937_wasm.js';
import { makeKernel, setKernelEnabled } from '../../src/random/bit_generator/pcg64_wasm.js';
import {
  boundedKernel,
  setBoundedKernelEnabled,
} from '../../src/random/distributions/bounded_wasm.js';
import { log } from '../../src/random/distributions/libm/log.js';
import { logArrayFast, logKernel } from '../../src/random/distributions/libm/log_wasm.js';
import * as R from '../../src/random/index.js';
import { loadFixture, throwsNumpy } from '../helpers.js';

const fx = loadFixture('random_bitgen');
/** NUMTYPE_NO_WASM=1 turns the kernels off: their tests then compare the fallbacks only. */
const wasmOn = process.env.NUMTYPE_NO_WASM !== '1';
const BG: Record<string, new (seed?: any) => R.BitGenerator> = {
  PCG64: R.PCG64,
  MT19937: R.MT19937,
  PCG64DXSM: R.PCG64DXSM,
  Philox: R.Philox as never,
  SFC64: R.SFC64,
};

const raw = (g: R.BitGenerator, n: number) =>
  ((g.random_raw(n) as NDArray).tolist({ bigint: true }) as bigint[]).map(String);

/** A state dict with every integer (and every array element) as a decimal string. */
function stateStrings(v: unknown): unknown {
  if (v instanceof NDArray) return (v.tolist({ bigint: true }) as unknown[]).map(String);
  if (typeof v === 'bigint' || typeof v === 'number') return String(v);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, stateStrings(x)]));
  return v;
}

test('raw streams and state dicts of every bit generator (20 seeds each)', () => {
  assert.ok(fx.states.raw.length >= 100);
  for (const c of fx.states.raw) {
    const g = new BG[c.bitgen]!(c.seed);
    const st = stateStrings(g.state);
    assert.deepEqual(st, c.state, `${c.bitgen}(${c.seed}).state`);
    assert.deepEqual(raw(g, 4), c.raw, `${c.bitgen}(${c.seed}).random_raw(4)`);
  }
});

test('jumped() and advance() land where NumPy does', () => {
  for (const c of fx.states.jumped) {
    const g = (new BG[c.bitgen]!(c.seed) as any).jumped(c.jumps) as R.BitGenerator;
    assert.deepEqual(raw(g, 3), c.raw, `${c.bitgen}(${c.seed}).jumped(${c.jumps})`);
  }
  for (const c of fx.states.advance) {
    const g = new BG[c.bitgen]!(c.seed) as any;
    g.random_raw(1);
    g.advance(BigInt(c.delta));
    assert.deepEqual(raw(g, 3), c.raw, `${c.bitgen}(${c.seed}).advance(${c.delta})`);
  }
});

test('SeedSequence: generate_state (uint32, uint64), pool_size, spawn_key, spawn', () => {
  for (const c of fx.states.seedseq) {
    const entropy = Array.isArray(c.entropy) ? c.entropy.map(BigInt) : BigInt(c.entropy);
    const ss = new R.SeedSequence(entropy, c.kwargs);
    assert.deepEqual(ss.generate_state(6).tolist(), c.u32);
    assert.deepEqual(
      (ss.generate_state(3, 'uint64').tolist({ bigint: true }) as bigint[]).map(String),
      c.u64,
    );
    const kids = ss.spawn(c.spawn.length);
    assert.deepEqual(
      kids.map((k) => k.generate_state(4).tolist()),
      c.spawn,
    );
    assert.equal(ss.n_children_spawned, c.n_children_spawned);
  }
});

test('RandomState legacy seeding (int and array) gives NumPy’s keys and draws', () => {
  for (const c of fx.legacy_seeding) {
    const rs = new R.RandomState(c.seed);
    const st = rs.get_state() as [string, NDArray, number, number, number];
    const key = st[1].tolist() as number[];
    assert.deepEqual(key.slice(0, 5), c.key_head);
    assert.deepEqual(key.slice(-3), c.key_tail);
    assert.equal(st[2], c.pos);
    assert.deepEqual((rs.random_sample(3) as NDArray).tolist(), c.draws);
  }
});

test('get_state / set_state round-trip (legacy tuple and dict, with the cached gauss)', () => {
  const rs = new R.RandomState(7);
  rs.randn(3); // leaves a cached gauss
  const st = rs.get_state();
  const dict = rs.get_state({ legacy: false }) as Record<string, unknown>;
  const a = (rs.randn(5) as NDArray).tolist();
  rs.set_state(st);
  assert.deepEqual((rs.randn(5) as NDArray).tolist(), a);
  rs.set_state(dict);
  assert.deepEqual((rs.randn(5) as NDArray).tolist(), a);
  // The module-level functions share one RandomState.
  R.seed(123);
  const s2 = R.get_state();
  const b = (R.rand(4) as NDArray).tolist();
  R.set_state(s2);
  assert.deepEqual((R.rand(4) as NDArray).tolist(), b);
});

test('bit generator state round-trips, including the buffered 32-bit word', () => {
  for (const name of Object.keys(BG)) {
    const g = new R.Generator(new BG[name]!(99));
    g.integers(0, 10, { size: 3, dtype: 'uint32' }); // odd count: a uint32 stays buffered
    const st = g.bit_generator.state;
    const a = (g.integers(0, 1000, { size: 7, dtype: 'uint16' }) as NDArray).tolist();
    g.bit_generator.state = st;
    assert.deepEqual(
      (g.integers(0, 1000, { size: 7, dtype: 'uint16' }) as NDArray).tolist(),
      a,
      name,
    );
  }
});

test('state setters reject foreign states with NumPy’s messages', () => {
  throwsNumpy(
    () => {
      new R.PCG64(1).state = { bit_generator: 'MT19937' };
    },
    'ValueError',
    'state must be for a PCG64 RNG',
  );
  throwsNumpy(
    () => {
      new R.MT19937(1).state = { bit_generator: 'PCG64' };
    },
    'ValueError',
    'state must be for a MT19937 PRNG',
  );
  throwsNumpy(
    () => {
      new R.SFC64(1).state = { bit_generator: 'X' };
    },
    'ValueError',
    'state must be for a {self.__class__.__name__} RNG',
  );
  throwsNumpy(
    () => {
      new R.PCG64(1).state = 5 as never;
    },
    'TypeError',
    'state must be a dict',
  );
  throwsNumpy(
    () => new R.Philox(1, undefined, 2),
    'ValueError',
    'seed and key cannot be both used',
  );
  throwsNumpy(
    () => new R.Philox(undefined, undefined, 2n ** 129n),
    'ValueError',
    'key must be positive and less than 2**128.',
  );
  throwsNumpy(
    () => new R.RandomState().set_state(['PCG64']),
    'ValueError',
    'set_state can only be used with legacy MT19937 state instances.',
  );
  throwsNumpy(
    () => new R.RandomState().set_state({ a: 1 }),
    'ValueError',
    'state dictionary is not valid.',
  );
  throwsNumpy(
    () => new R.RandomState(2 ** 32),
    'ValueError',
    'Seed must be between 0 and 2**32 - 1',
  );
  throwsNumpy(() => new R.RandomState([]), 'ValueError', 'Seed must be non-empty');
  throwsNumpy(() => new R.SeedSequence(-1), 'ValueError', 'expected non-negative integer');
  throwsNumpy(
    () => new R.SeedSequence(1.5),
    'TypeError',
    'SeedSequence expects int or sequence of ints for entropy not 1.5',
  );
  throwsNumpy(
    () => new R.SeedSequence(1, { pool_size: 2 }),
    'ValueError',
    'The size of the entropy pool should be at least 4',
  );
});

test('default_rng accepts seeds, bit generators, Generators and RandomStates', () => {
  const a = R.default_rng(42).random(3) as NDArray;
  assert.deepEqual(a.tolist(), [0.7739560485559633, 0.4388784397520523, 0.8585979199113825]);
  const g = R.default_rng(new R.MT19937(1));
  assert.equal(R.default_rng(g), g);
  assert.equal(String(g), 'Generator(MT19937)');
  const rs = new R.RandomState(5);
  assert.equal(R.default_rng(rs).bit_generator, rs._bit_generator);
  const kids = R.default_rng(3).spawn(2);
  assert.equal(kids.length, 2);
  // seed by its NumPy name (API.md §1), with Python's argument errors.
  assert.deepEqual((R.default_rng({ seed: 42 }).random(3) as NDArray).tolist(), a.tolist());
  assert.throws(() => R.default_rng({ seed: 1, x: 2 }), {
    message: "default_rng() got an unexpected keyword argument 'x'",
  });
  assert.throws(() => (R.default_rng as (...a: unknown[]) => unknown)(1, 2), {
    message: 'default_rng() takes at most 1 positional argument (2 given)',
  });
});

test('PCG64: the WebAssembly kernel is in use, and the JavaScript steps agree with it', () => {
  if (wasmOn) assert.notEqual(makeKernel(), null, 'the PCG64 kernel failed to compile');
  const draw = () => {
    const g = new R.Generator(new R.PCG64(2024));
    const a = (g.random(40000) as NDArray).tolist() as number[];
    const b = (g.standard_normal(37) as NDArray).tolist() as number[];
    const c = (g.integers(0, 1000, { size: 25 }) as NDArray).tolist() as number[];
    const st = g.bit_generator.state as { state: { state: bigint } };
    return [a[0], a[39999], ...b, ...c, String(st.state.state)];
  };
  const withKernel = draw();
  setKernelEnabled(false);
  try {
    assert.deepEqual(draw(), withKernel);
  } finally {
    setKernelEnabled(true);
  }
});

/** Run `draw` with a kernel on and off (via `set`), and compare everything it returns. */
function sameWithoutKernel(set: (on: boolean) => void, draw: () => unknown[]): void {
  const withKernel = draw();
  set(false);
  try {
    assert.deepEqual(draw(), withKernel);
  } finally {
    set(true);
  }
}

const flat = (x: unknown) => (x as NDArray).tolist({ bigint: true }) as unknown[];

test('MT19937: the SIMD kernel is in use, and the JavaScript loops agree with it', () => {
  if (wasmOn) assert.notEqual(mtKernel(), null, 'the MT19937 kernel failed to compile');
  sameWithoutKernel(setMtKernelEnabled, () => {
    const rs = new R.RandomState(77);
    const out: unknown[] = [];
    // fills that start and end at every phase of the 624-word block, straddling twists
    for (const n of [64, 311, 312, 623, 624, 625, 1000, 5003, 20000, 65, 1]) {
      const a = flat(rs.rand(n));
      out.push(a[0], a[a.length - 1], a.length);
      const b = flat(rs.randint(0, 2 ** 31, { size: n }));
      out.push(b[0], b[b.length - 1]);
      const c = flat(rs.randint(-5, 1000, { size: n, dtype: 'int32' }));
      out.push(c[0], c[c.length - 1]);
    }
    out.push(...flat(rs.randn(3001)).slice(-3));
    const st = rs.get_state() as unknown[];
    out.push(st[2], ...flat(st[1]).slice(0, 4));
    const g = new R.Generator(new R.MT19937(5));
    out.push(...flat(g.random(9999)).slice(-2), ...flat(g.integers(0, 7, 777)).slice(-5));
    out.push(...flat(g.bit_generator.random_raw(3)));
    return out;
  });
});

test('bounded integers: the WebAssembly kernel agrees with the JavaScript loops', () => {
  if (wasmOn)
    assert.notEqual(boundedKernel(), null, 'the bounded-integer kernel failed to compile');
  sameWithoutKernel(setBoundedKernelEnabled, () => {
    const out: unknown[] = [];
    for (const bg of [new R.PCG64(3), new R.MT19937(3), new R.SFC64(3)]) {
      const g = new R.Generator(bg);
      for (const [lo, hi, dtype] of [
        [0, 100, 'int64'],
        [-50, 50, 'int64'],
        [0, 3_000_000, 'int64'],
        [10n ** 12n, 10n ** 12n + 4_000_000_000n, 'int64'],
        [-(2n ** 63n), -(2n ** 63n) + 5n, 'int64'],
        [0, 2 ** 32 - 1, 'uint64'],
        [0, 6, 'uint32'],
        [-7, 3_000_000_000, 'int64'],
        [-(2 ** 31), 2 ** 31 - 1, 'int32'],
        [5, 2 ** 32 - 1, 'uint32'],
      ] as const) {
        for (const n of [64, 1000, 20000]) {
          const a = flat(g.integers(lo, hi, { size: n, dtype }));
          out.push(a[0], a[n >> 1], a[n - 1], a.length);
        }
        const a = flat(g.integers(lo, hi, { size: 300, dtype, endpoint: true }));
        out.push(a[0], a[299]);
      }
      out.push(flat(g.random(3))[2]);
      const rs = new R.RandomState(new R.MT19937(9) as never);
      out.push(...flat(rs.randint(-3, 1000, { size: 5000 })).slice(-4));
      out.push(...flat(rs.randint(0, 2 ** 40, { size: 500, dtype: 'uint64' })).slice(-2));
    }
    return out;
  });
});

test('glibc log: the WebAssembly kernel (with its fallbacks) gives log.ts bit for bit', () => {
  if (wasmOn) assert.notEqual(logKernel(), null, 'the log kernel failed to compile');
  let seed = 12345;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const n = 20011;
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = next() / 2 ** 32;
    switch (i % 5) {
      case 0: // the legacy normals' r2: (0, 1)
        xs[i] = u;
        break;
      case 1: // around 1 (the near-1 polynomial and its edges)
        xs[i] = 0.9 + 0.2 * u;
        break;
      case 2: // every exponent
        xs[i] = Math.exp((u - 0.5) * 1400);
        break;
      default: // arbitrary bit patterns: negatives, subnormals, infinities, NaNs
        words[0] = next();
        words[1] = next();
        xs[i] = bits[0]!;
    }
  }
  xs.set([0, -0, 1, -1, Infinity, -Infinity, Number.NaN, 5e-324, 0.9375, 1.064697265625], 0);
  const got = new Float64Array(n);
  logArrayFast(xs, got, n);
  for (let i = 0; i < n; i++) assert.ok(Object.is(got[i], log(xs[i]!)), `log(${xs[i]})`);
});
