/**
 * Shared test utilities: NumPy-generated fixtures and the live NumPy oracle.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Load `test/fixtures/<name>.json` (written by `scripts/fixtures/gen_<name>.py`). */
export function loadFixture<T = any>(name: string): T {
  return JSON.parse(
    readFileSync(path.join(process.cwd(), 'test', 'fixtures', `${name}.json`), 'utf8'),
  ) as T;
}

/**
 * NumPy's dispatched kernels depend on the CPU: on an AVX-512 machine its float64 exp/log,
 * its SVML-based functions (log1p, expm1, exp2, log2, log10, sinh, cosh, arctan, power,
 * ...), some sums and the float32 loops give other last bits than on an AVX2 machine (seen:
 * 18,575 of 500,000 np.exp results). numtype reproduces the x86-64-v3 (AVX2 + FMA3) kernels,
 * so the live oracle runs with NumPy's AVX-512 targets switched off
 * (NPY_DISABLE_CPU_FEATURES; names a NumPy build does not know are ignored). A value the
 * user set is kept.
 */
export const NUMPY_CPU_PIN =
  'X86_V4 AVX512_ICL AVX512_SPR AVX512F AVX512_SKX AVX512_CLX AVX512_CNL';

/** The environment of every python3 + NumPy child: this process's, with NumPy pinned. */
export const numpyEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NPY_DISABLE_CPU_FEATURES: process.env.NPY_DISABLE_CPU_FEATURES ?? NUMPY_CPU_PIN,
};

let hasNumpyCache: boolean | undefined;
/** Whether python3 with NumPy is available for live comparisons. */
export function hasNumpy(): boolean {
  if (hasNumpyCache === undefined) {
    const r = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore', env: numpyEnv });
    hasNumpyCache = r.status === 0;
  }
  return hasNumpyCache;
}

/**
 * Run a python3 program (NumPy imported as np, json as json) that prints one JSON
 * document, and return it parsed. `input` is passed as stdin (e.g. JSON cases).
 */
export function pyJSON<T = any>(code: string, input?: string): T {
  const prelude = 'import json, sys\nimport numpy as np\n';
  const out = execFileSync('python3', ['-c', prelude + code], {
    input,
    env: numpyEnv,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  return JSON.parse(out) as T;
}

/** A small seeded PRNG (mulberry32) so randomized cases replay from their seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Assert that `fn` throws an error of class name `name` with exactly `message`. */
export function throwsNumpy(fn: () => unknown, name: string, message: string): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  if (!(err instanceof Error)) throw new Error(`expected ${name}: ${message}; nothing was thrown`);
  if (err.name !== name || err.message !== message) {
    throw new Error(`expected ${name}: ${message}\n     got ${err.name}: ${err.message}`);
  }
}

/** Inverse of scripts/fixtures/common.py `encode` for scalars: tagged floats, bigints, complex. */
export function decode(v: any): any {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(decode);
  if ('float' in v)
    return v.float === 'nan'
      ? Number.NaN
      : v.float === 'inf'
        ? Infinity
        : v.float === '-inf'
          ? -Infinity
          : -0;
  if ('bigint' in v) return BigInt(v.bigint);
  if ('complex' in v) return { re: decode(v.complex[0]), im: decode(v.complex[1]) };
  const out: Record<string, any> = {};
  for (const [k, x] of Object.entries(v)) out[k] = decode(x);
  return out;
}

/** Every numeric dtype NumPy has, in NumPy's order (bool first). */
export const NUMERIC_DTYPES = [
  'bool',
  'int8',
  'uint8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'uint64',
  'float16',
  'float32',
  'float64',
  'complex64',
  'complex128',
] as const;
