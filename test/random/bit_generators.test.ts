/**
 * Bit generators and SeedSequence against NumPy: raw streams and state dicts for 20 seeds
 * each, jumped/advance, SeedSequence words and spawn, legacy seeding, and state round-trips.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NDArray } from '../../src/_core/ndarray.js';
import { makeKernel, setKernelEnabled } from '../../src/random/bit_generator/pcg64_wasm.js';
import * as R from '../../src/random/index.js';
import { loadFixture, throwsNumpy } from '../helpers.js';

const fx = loadFixture('random_bitgen');
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
  assert.notEqual(makeKernel(), null, 'the PCG64 kernel failed to compile');
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
