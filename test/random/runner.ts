/**
 * Runs the np.random cases of scripts/fixtures/gen_random.py on numtype and compares them
 * with NumPy's recorded results bit for bit (shared by the fixture and the live tests).
 */
import { array } from '../../src/_core/multiarray/array.js';
import { NDArray } from '../../src/_core/ndarray.js';
import * as R from '../../src/random/index.js';
import { decode } from '../helpers.js';

export interface Case {
  api: 'gen' | 'rs';
  bitgen: string;
  seed: number;
  method: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  result?: unknown;
  after?: unknown[];
  error?: string;
  message?: string;
}

const BITGENS: Record<string, new (seed: number) => R.BitGenerator> = {
  PCG64: R.PCG64,
  MT19937: R.MT19937,
  PCG64DXSM: R.PCG64DXSM,
  Philox: R.Philox as never,
  SFC64: R.SFC64,
};

export function decodeArg(v: any): unknown {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    if ('ndarray' in v) return array(decode(v.ndarray), { dtype: v.dtype });
    if ('bigint' in v) return BigInt(v.bigint);
    if ('float' in v) return decode(v);
  }
  if (Array.isArray(v)) return v.map(decodeArg);
  return v;
}

function make(c: Case): R.Generator | R.RandomState {
  if (c.api === 'rs') return new R.RandomState(c.seed);
  return new R.Generator(new BITGENS[c.bitgen]!(c.seed));
}

function fingerprint(c: Case, g: R.Generator | R.RandomState): unknown[] {
  if (c.api === 'rs') {
    const rs = g as R.RandomState;
    const st = rs.get_state() as unknown[];
    return [rs.random_sample(), Number(st[3]), Number(st[4])];
  }
  const gen = g as R.Generator;
  const st = gen.bit_generator.state as Record<string, unknown>;
  return [gen.random(), Number(st.has_uint32 ?? 0), Number(st.uinteger ?? 0)];
}

/** Flattened values of an NDArray, int64/uint64 as bigints. */
function flat(a: NDArray): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown) => (Array.isArray(v) ? v.forEach(walk) : out.push(v));
  walk(a.tolist({ bigint: true }));
  return out;
}

/**
 * Methods compared to a relative tolerance instead of bit for bit: multivariate_normal goes
 * through LAPACK/BLAS in NumPy. (vonmises is bit for bit since the glibc acos port.)
 */
const TOLERANCE: Record<string, number> = { multivariate_normal: 1e-12 };
let tolerance = 0;

function same(expected: any, got: unknown): boolean {
  const e = decode(expected);
  if (tolerance && typeof e === 'number' && typeof got === 'number' && !Object.is(e, got)) {
    return Math.abs(e - got) <= tolerance * Math.max(1, Math.abs(e));
  }
  if (typeof e === 'bigint' || typeof got === 'bigint') {
    try {
      return BigInt(e as never) === BigInt(got as never);
    } catch {
      return false;
    }
  }
  return (
    Object.is(e, got) || (typeof e === 'number' && typeof got === 'number' && e === got && e !== 0)
  );
}

/** Compare one result with NumPy's encoding; returns a description of the first difference. */
export function compare(expected: any, got: unknown): string | null {
  if (expected !== null && typeof expected === 'object' && 'bytes' in expected) {
    const hex = Buffer.from(got as Uint8Array).toString('hex');
    return hex === expected.bytes ? null : `bytes ${hex} != ${expected.bytes}`;
  }
  if (
    expected !== null &&
    typeof expected === 'object' &&
    'dtype' in expected &&
    'shape' in expected
  ) {
    if (!(got instanceof NDArray)) return `expected an array, got ${String(got)}`;
    if (String(got.dtype) !== expected.dtype) return `dtype ${got.dtype} != ${expected.dtype}`;
    if (JSON.stringify(got.shape) !== JSON.stringify(expected.shape))
      return `shape ${got.shape} != ${expected.shape}`;
    const vals = flat(got);
    for (let i = 0; i < vals.length; i++) {
      if (!same(expected.data[i], vals[i]))
        return `element ${i}: ${String(vals[i])} != ${JSON.stringify(expected.data[i])}`;
    }
    return null;
  }
  if (got instanceof NDArray) {
    if (got.ndim === 0) return compare(expected, got.dtype.isBig ? got.atBig() : got.item());
    return `expected a scalar ${JSON.stringify(expected)}, got an array`;
  }
  return same(expected, got) ? null : `${String(got)} != ${JSON.stringify(expected)}`;
}

/** Run one case; returns null when it matches NumPy, else what differs. */
export function runCase(c: Case): string | null {
  const g = make(c);
  const args = c.args.map(decodeArg);
  const kw = Object.fromEntries(Object.entries(c.kwargs).map(([k, v]) => [k, decodeArg(v)]));
  const call = (name: string, a: unknown[]) => {
    const fn = (g as any)[name];
    if (typeof fn !== 'function') throw new Error(`no method ${name}`);
    return Object.keys(kw).length ? fn.call(g, ...a, kw) : fn.call(g, ...a);
  };
  let res: unknown;
  try {
    if (c.method === 'shuffle') {
      call('shuffle', args);
      res = args[0];
    } else res = call(c.method, args);
  } catch (e) {
    const err = e as Error;
    if (c.error !== undefined) {
      return err.name === c.error && err.message === c.message
        ? null
        : `error ${err.name}: ${err.message} != ${c.error}: ${c.message}`;
    }
    return `threw ${err.name}: ${err.message}`;
  }
  if (c.error !== undefined) return `expected ${c.error}: ${c.message}; got a result`;
  tolerance = TOLERANCE[c.method] ?? 0;
  const d = compare(c.result, res);
  tolerance = 0;
  if (d) return d;
  const fp = fingerprint(c, g);
  const after = c.after as unknown[];
  for (let i = 0; i < fp.length; i++)
    if (!same(after[i], fp[i])) return `state after: ${fp} != ${JSON.stringify(after)}`;
  return null;
}

export function describe(c: Case): string {
  return `${c.api}${c.api === 'gen' ? `(${c.bitgen})` : ''} seed=${c.seed} ${c.method}(${JSON.stringify(c.args)}, ${JSON.stringify(c.kwargs)})`;
}
