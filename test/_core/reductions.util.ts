/**
 * Replays test/fixtures/reductions.json (scripts/fixtures/gen_reductions.py): builds the
 * arrays and arguments, calls numtype as a NumPy user would (positional arguments, then
 * one options object), and compares with NumPy bit for bit, errors by class and message,
 * warnings by category and message.
 */
import * as closeness from '../../src/_core/closeness.js';
import * as countNonzero from '../../src/_core/count_nonzero.js';
import * as whereMod from '../../src/_core/multiarray/where.js';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import * as average from '../../src/lib/average.js';
import * as nanfunctions from '../../src/lib/nanfunctions.js';
import { loadFixture } from '../helpers.js';

/** Every function the fixture calls by NumPy name (including ones index.ts may not export yet). */
export const FUNCS: Record<string, any> = {
  ...np,
  ...nanfunctions,
  ...average,
  ...closeness,
  ...countNonzero,
  ...whereMod,
};

export interface Fixture {
  arrays: Record<string, { dtype: string; shape: number[]; data?: unknown[]; gen?: number }>;
  cases: Case[];
}
export interface Case {
  call: string;
  ufunc?: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  expect: any;
  warnings: [string, string][];
  returns_out?: boolean;
}

let fixture: Fixture | undefined;
export function reductionsFixture(): Fixture {
  return (fixture ??= loadFixture<Fixture>('reductions'));
}

/** A JSON scalar as NumPy encoded it (common.py `encode`) → JS value (Python scalar semantics). */
export function decodeValue(v: any): any {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(decodeValue);
  if ('float' in v)
    return v.float === 'nan'
      ? Number.NaN
      : v.float === 'inf'
        ? Infinity
        : v.float === '-inf'
          ? -Infinity
          : -0;
  if ('bigint' in v) return BigInt(v.bigint);
  if ('complex' in v) return new np.Complex(decodeValue(v.complex[0]), decodeValue(v.complex[1]));
  throw new Error(`cannot decode ${JSON.stringify(v)}`);
}

const bases = new Map<string, np.NDArray>();

/** The gen formula of the fixture: exact in float64 on both sides. */
function genValues(n: number, seed: number, dtype: string): np.NDArray {
  const v = new Float64Array(n);
  const int = dtype.startsWith('int') || dtype.startsWith('uint');
  for (let i = 0; i < n; i++) {
    const x = ((i * 48271 + seed) % 2147483647) / 2147483647 - 0.5;
    v[i] = int ? x * 2000 : x;
  }
  return np.asarray(v).astype(dtype as never);
}

export function baseArray(name: string): np.NDArray {
  let a = bases.get(name);
  if (!a) {
    const spec = reductionsFixture().arrays[name]!;
    const n = spec.shape.reduce((p, x) => p * x, 1);
    const flat =
      spec.gen !== undefined
        ? genValues(n, spec.gen, spec.dtype)
        : np.array((spec.data ?? []).map(decodeValue) as never, { dtype: spec.dtype as never });
    a = flat.reshape(spec.shape);
    bases.set(name, a);
  }
  return a;
}

function applyView(a: np.NDArray, ops: any[]): np.NDArray {
  for (const op of ops) {
    switch (op[0]) {
      case 'slice':
        a = a.get(op[1]);
        break;
      case 'T':
        a = a.T;
        break;
      case 'transpose':
        a = a.transpose(op[1]);
        break;
      case 'F':
        a = a.copy('F');
        break;
      case 'reshape':
        a = a.reshape(op[1]);
        break;
      default:
        throw new Error(`unknown view op ${op[0]}`);
    }
  }
  return a;
}

/** A fixture argument → the JS value a user would pass. */
export function materialize(x: any, fresh = false): unknown {
  if (x === null || typeof x !== 'object') return x;
  if ('arr' in x) {
    const b = baseArray(x.arr);
    return applyView(fresh ? b.copy() : b, x.view);
  }
  if ('py' in x) return decodeValue(x.py);
  if ('tuple' in x) return x.tuple.map((v: unknown) => materialize(v, fresh));
  if ('list' in x) return x.list.map((v: unknown) => materialize(v, fresh));
  if ('out' in x) return np.zeros(x.out.shape, { dtype: x.out.dtype });
  if ('dtype' in x) return x.dtype;
  if ('none' in x) return null;
  if ('slice' in x) return np.slice(...(x.slice as [number, number, number]));
  throw new Error(`cannot materialize ${JSON.stringify(x)}`);
}

export interface Outcome {
  value?: unknown;
  error?: Error;
  warnings: [string, string][];
  args: unknown[];
  kwargs: Record<string, unknown>;
}

/** Call numtype for a fixture case. */
export function runCase(c: Case): Outcome {
  const fresh = c.call === 'ufunc.at';
  const args = c.args.map((a) => materialize(a, fresh));
  const kwargs: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.kwargs)) kwargs[k] = materialize(v);
  const [res, caught] = catchWarnings(() => {
    try {
      return { value: invoke(c, args, kwargs) };
    } catch (e) {
      return { error: e as Error };
    }
  });
  return { ...res, warnings: caught.map((w) => [w.category, w.message]), args, kwargs };
}

function invoke(c: Case, args: unknown[], kwargs: Record<string, unknown>): unknown {
  const opts = Object.keys(kwargs).length ? [kwargs] : [];
  if (c.call.startsWith('ufunc.')) {
    const u = (np as any)[c.ufunc!];
    const method = c.call.slice(6);
    if (method === 'reduceat' && 'indices' in kwargs) {
      const { indices, ...rest } = kwargs;
      return u.reduceat(args[0], indices, ...(Object.keys(rest).length ? [rest] : []));
    }
    if (method === 'at') {
      u.at(...args);
      return args[0];
    }
    return u[method](...args, ...opts);
  }
  if (c.call.startsWith('method.')) {
    const a = args[0] as any;
    return a[c.call.slice(7)](...args.slice(1), ...opts);
  }
  const f = FUNCS[c.call];
  if (typeof f !== 'function') throw new Error(`numtype has no ${c.call}`);
  return f(...args, ...opts);
}

const same = (x: number, y: number) => Object.is(x, y) || (Number.isNaN(x) && Number.isNaN(y));

function sameValue(got: unknown, want: unknown, dtype: string): boolean {
  if (
    want instanceof np.Complex ||
    (want && typeof want === 'object' && 're' in (want as object))
  ) {
    const w = want as np.Complex;
    if (got instanceof np.Complex) return same(got.re, w.re) && same(got.im, w.im);
    return false;
  }
  if (typeof want === 'bigint' || (typeof got === 'bigint' && typeof want === 'number')) {
    return typeof got === 'bigint' || typeof got === 'number'
      ? BigInt(got as number) === BigInt(want as number)
      : false;
  }
  if (typeof want === 'number') {
    if (typeof got === 'bigint') return BigInt(want) === got;
    if (typeof got !== 'number') return false;
    // Integer dtypes: compare values; floats: bit for bit (-0 and NaN included).
    return dtype.includes('int') ? got === want : same(got, want);
  }
  return got === want;
}

function describe(v: unknown): string {
  if (v instanceof np.NDArray)
    return `NDArray<${v.dtype}>${JSON.stringify(v.shape)} ${v.size <= 20 ? String(v.tolist({ bigint: true })) : '…'}`;
  if (typeof v === 'bigint') return `${v}n`;
  return String(v);
}

/** Whether the caller asked for an array (API.md §3): axis given (not null), keepdims or out. */
function wantsArray(kwargs: Record<string, unknown>): boolean {
  return (
    (kwargs.axis !== undefined && kwargs.axis !== null) ||
    kwargs.keepdims === true ||
    (kwargs.out !== undefined && kwargs.out !== null)
  );
}

/** Compare one expected result; returns a mismatch description or null. */
export function compare(want: any, got: unknown, kwargs: Record<string, unknown>): string | null {
  if ('nd' in want) {
    const w = want.nd;
    if (!(got instanceof np.NDArray))
      return `expected NDArray<${w.dtype}>${JSON.stringify(w.shape)}, got ${describe(got)}`;
    if (String(got.dtype) !== w.dtype) return `dtype ${got.dtype} != ${w.dtype}`;
    if (JSON.stringify(got.shape) !== JSON.stringify(w.shape))
      return `shape ${JSON.stringify(got.shape)} != ${JSON.stringify(w.shape)}`;
    const vals = got.tolist({ bigint: true }) as unknown;
    const flat = got.ndim === 0 ? [vals] : (vals as unknown[]).flat(got.ndim);
    for (let i = 0; i < w.data.length; i++) {
      const e = decodeValue(w.data[i]);
      if (!sameValue(flat[i], e, w.dtype))
        return `element ${i}: got ${describe(flat[i])}, NumPy ${describe(e)}`;
    }
    return null;
  }
  if ('scalar' in want) {
    const w = want.scalar;
    const e = decodeValue(w.value);
    if (got instanceof np.NDArray) {
      if (!wantsArray(kwargs)) return `expected a JS value, got ${describe(got)}`;
      if (got.ndim !== 0) return `expected 0-d, got ${describe(got)}`;
      if (String(got.dtype) !== w.dtype) return `dtype ${got.dtype} != ${w.dtype}`;
      const v = got.tolist({ bigint: true });
      return sameValue(v, e, w.dtype) ? null : `got ${describe(v)}, NumPy ${describe(e)}`;
    }
    if (wantsArray(kwargs))
      return `expected a 0-d NDArray (axis/keepdims given), got ${describe(got)}`;
    return sameValue(got, e, w.dtype)
      ? null
      : `got ${describe(got)}, NumPy ${describe(e)} (${w.dtype})`;
  }
  if ('tuple' in want) {
    if (!Array.isArray(got) || got.length !== want.tuple.length)
      return `expected a ${want.tuple.length}-tuple, got ${describe(got)}`;
    for (let i = 0; i < got.length; i++) {
      const m = compare(want.tuple[i], got[i], kwargs);
      if (m) return `[${i}] ${m}`;
    }
    return null;
  }
  if ('py' in want) {
    const e = decodeValue(want.py);
    return sameValue(got, e, typeof e === 'number' && Number.isInteger(e) ? 'int' : 'float')
      ? null
      : `got ${describe(got)}, NumPy ${describe(e)}`;
  }
  return `unknown expectation ${JSON.stringify(want)}`;
}

/** The FP-warning messages NumPy issued ("... encountered in ..."). */
export function fpWarnings(c: Case): string[] {
  return c.warnings
    .filter(([cat, m]) => cat === 'RuntimeWarning' && m.includes(' encountered in '))
    .map(([, m]) => m);
}

/** Check one case fully; returns problems (empty when numtype matches NumPy). */
export function checkCase(c: Case): string[] {
  const problems: string[] = [];
  // FP warnings are checked below under errstate(raise); isclose consults the state itself.
  const o =
    c.call === 'isclose' || c.call === 'allclose'
      ? runCase(c)
      : np.errstate({ all: 'ignore' }, () => runCase(c));
  const want = c.expect;
  if ('error' in want) {
    if (!o.error)
      problems.push(`expected ${want.error}: ${want.message}; got ${describe(o.value)}`);
    else {
      const nameOk =
        o.error.name === want.error || (want.error === 'TypeError' && o.error instanceof TypeError);
      if (!nameOk || o.error.message !== want.message)
        problems.push(
          `expected ${want.error}: ${want.message}\n       got ${o.error.name}: ${o.error.message}`,
        );
    }
  } else if (o.error) {
    // API.md §3: an int64/uint64 scalar beyond 2^53 is a RangeError naming the exact alternative.
    const big = 'scalar' in want && typeof decodeValue(want.scalar.value) === 'bigint';
    if (!(big && o.error instanceof RangeError))
      problems.push(`unexpected ${o.error.name}: ${o.error.message}`);
  } else {
    const m = compare(want, o.value, o.kwargs);
    if (m) problems.push(m);
    if (c.returns_out !== undefined && c.returns_out !== (o.value === o.kwargs.out))
      problems.push('out= was not returned as NumPy returns it');
  }
  const other = c.warnings.filter(
    ([cat, m]) => !(cat === 'RuntimeWarning' && m.includes(' encountered in ')),
  );
  if (JSON.stringify(other) !== JSON.stringify(o.warnings))
    problems.push(`warnings ${JSON.stringify(o.warnings)} != NumPy ${JSON.stringify(other)}`);
  // FP warnings: the first one NumPy gives must be what numtype raises under errstate(raise).
  const fp = fpWarnings(c);
  let raised: Error | null = null;
  try {
    np.errstate({ divide: 'raise', over: 'raise', invalid: 'raise', under: 'ignore' }, () =>
      catchWarnings(() =>
        invoke(
          c,
          c.args.map((a) => materialize(a, true)),
          Object.fromEntries(Object.entries(c.kwargs).map(([k, v]) => [k, materialize(v)])),
        ),
      ),
    );
  } catch (e) {
    if ((e as Error).name === 'FloatingPointError') raised = e as Error;
  }
  if (fp.length && (!raised || raised.message !== fp[0]))
    problems.push(
      `NumPy warns "${fp[0]}", numtype ${raised ? `raised "${raised.message}"` : 'did not'}`,
    );
  // isclose's own check raises FloatingPointError under invalid='raise' (a RuntimeWarning by default).
  const ownCheck = raised !== null && other.some(([, m]) => m === raised!.message);
  if (!fp.length && raised && !('error' in want) && !ownCheck)
    problems.push(`spurious FP error "${raised.message}"`);
  return problems;
}

/**
 * Cases that differ because of element-wise kernels outside the reduction engine (reported):
 * complex64 division is computed in float64 and rounded once (NumPy rounds every step in
 * float32); NumPy's complex multiply vector loop uses fused multiply-adds.
 */
export const KNOWN = new Set([
  'divide.reduce(complex64[5,8,6][["T"]], {"axis":1})',
  'multiply.outer(complex128[3,9][["slice","0"]], complex128[3,9][["slice",":, 0"]])',
]);

/** A short label for a case. */
export function label(c: Case): string {
  const args = c.args.map((a: any) =>
    a && typeof a === 'object' && 'arr' in a
      ? `${reductionsFixture().arrays[a.arr]!.dtype}${JSON.stringify(reductionsFixture().arrays[a.arr]!.shape)}${a.view.length ? JSON.stringify(a.view) : ''}`
      : JSON.stringify(a),
  );
  return `${c.ufunc ? `${c.ufunc}.${c.call.slice(6)}` : c.call}(${args.join(', ')}${Object.keys(c.kwargs).length ? `, ${JSON.stringify(c.kwargs)}` : ''})`;
}
