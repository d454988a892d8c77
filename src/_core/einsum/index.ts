/**
 * `np.einsum` and `np.einsum_path` (NumPy's numpy/_core/einsumfunc.py over its C einsum).
 */
import { Complex } from '../complex.js';
import { type DType, type DTypeLike, dtype as toDType } from '../dtype.js';
import { ValueError } from '../errors.js';
import { type ArrayLike, toArray } from '../multiarray/array.js';
import { NDArray } from '../ndarray.js';
import { CASTING_MODES, type Casting } from '../numerictypes/promotion.js';
import { bmmEinsum } from './bmm.js';
import { cEinsum, type EinsumOrder } from './core.js';
import { sublistToString } from './parse.js';
import { type Optimize, planEinsum } from './path.js';

export type { SubscriptItem } from './parse.js';

/** Options of `np.einsum` (NumPy's keyword arguments). */
export interface EinsumOptions {
  out?: NDArray | null;
  dtype?: DTypeLike | null;
  order?: EinsumOrder | string;
  casting?: Casting;
  optimize?: Optimize;
}

/** Options of `np.einsum_path`. */
export interface EinsumPathOptions {
  optimize?: Optimize;
  einsum_call?: boolean;
}

function isOpts(x: unknown): x is Record<string, unknown> {
  return (
    typeof x === 'object' &&
    x !== null &&
    !(x instanceof NDArray) &&
    !(x instanceof Complex) &&
    !Array.isArray(x) &&
    !ArrayBuffer.isView(x) &&
    Object.getPrototypeOf(x) === Object.prototype
  );
}

function splitOpts(args: unknown[]): [unknown[], Record<string, unknown>] {
  if (args.length > 0 && isOpts(args[args.length - 1])) {
    return [args.slice(0, -1), args[args.length - 1] as Record<string, unknown>];
  }
  return [args, {}];
}

function parseOrder(o: unknown): EinsumOrder {
  if (o === undefined || o === null) return 'K';
  const s = typeof o === 'string' ? o.toUpperCase() : '';
  if (s === 'C' || s === 'F' || s === 'A' || s === 'K') return s;
  throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${String(o)}')`);
}

function parseCasting(c: unknown): Casting {
  if (c === undefined) return 'safe';
  if (typeof c === 'string' && (CASTING_MODES as readonly string[]).includes(c))
    return c as Casting;
  throw new ValueError(
    `casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${String(c)}')`,
  );
}

/** The C einsum's argument handling: string or interleaved operands, its keyword arguments. */
function cEinsumCall(args: readonly unknown[], kw: Record<string, unknown>): NDArray {
  for (const k of Object.keys(kw)) {
    if (!['out', 'dtype', 'order', 'casting'].includes(k)) {
      throw new TypeError(`einsum() got an unexpected keyword argument '${k}'`);
    }
  }
  let subscripts: string;
  let ops: NDArray[];
  if (args.length === 0) {
    throw new ValueError(
      'must specify the einstein sum subscripts string and at least one operand, or at least one operand and its corresponding subscripts list',
    );
  }
  if (typeof args[0] === 'string') {
    if (args.length < 2) {
      throw new ValueError(
        'must specify the einstein sum subscripts string and at least one operand',
      );
    }
    subscripts = args[0];
    ops = args.slice(1).map((a) => toArray(a as ArrayLike));
  } else {
    if (args.length < 2) {
      throw new ValueError('must provide at least an operand and a subscripts list to einsum');
    }
    const nop = Math.floor(args.length / 2);
    ops = [];
    const subs: string[] = [];
    for (let i = 0; i < nop; i++) {
      ops.push(toArray(args[2 * i] as ArrayLike));
      subs.push(sublistToString(args[2 * i + 1]));
    }
    subscripts = subs.join(',');
    if (args.length % 2 === 1) subscripts += `->${sublistToString(args[args.length - 1])}`;
  }
  const out = (kw.out ?? null) as NDArray | null;
  if (out !== null && !(out instanceof NDArray)) {
    throw new TypeError(`einsum() argument 'out' must be numpy.ndarray, not ${typeof out}`);
  }
  const dt: DType | null = kw.dtype == null ? null : toDType(kw.dtype as DTypeLike);
  return cEinsum(subscripts, ops, {
    dtype: dt,
    order: parseOrder(kw.order),
    casting: parseCasting(kw.casting),
    out,
  });
}

/** A 0-d result is a JS value (API.md §3), except the `out` array itself. */
function finish(r: NDArray, out: unknown): any {
  if (out != null) return out;
  return r.ndim === 0 ? r.item() : r;
}

/**
 * `np.einsum(subscripts, *operands, out=None, dtype=None, order='K', casting='safe',
 * optimize=False)`: Einstein summation; also the interleaved form
 * `np.einsum(a, [0, 1], b, [1, 2], [0, 2])` ('...' stands for Ellipsis in a sublist).
 * A 0-d result is a JS value.
 *
 * @example np.einsum('ij,jk->ik', A, B); np.einsum('ii', A) // the trace, a number
 */
export function einsum(...args: unknown[]): any {
  const [operands, kw] = splitOpts(args);
  const optimize = (kw.optimize ?? false) as Optimize;
  const { optimize: _o, ...rest } = kw;
  if ('optimize' in kw && kw.optimize === null) {
    // None is not False in NumPy: it takes the planned route with no reordering
  } else if (optimize === false) return finish(cEinsumCall(operands, rest), rest.out);
  const unknown = Object.keys(rest).filter(
    (k) => !['out', 'dtype', 'order', 'casting'].includes(k),
  );
  if (unknown.length) {
    throw new TypeError(
      `Did not understand the following kwargs: [${unknown.map((k) => `'${k}'`).join(', ')}]`,
    );
  }
  const out = (rest.out ?? null) as NDArray | null;
  const { operands: ops, steps } = planEinsum(
    operands,
    kw.optimize === null ? null : optimize,
    true,
  );
  const stepKw: Record<string, unknown> = {};
  for (const k of ['dtype', 'order', 'casting']) if (k in rest) stepKw[k] = rest[k];
  const list: NDArray[] = ops.slice();
  let keep0d = false;
  steps.forEach((s, num) => {
    const tmp = s.inds.map((x) => list.splice(x, 1)[0]);
    const last = num + 1 === steps.length;
    const kwargs = last && out !== null ? { ...stepKw, out } : stepKw;
    let r: NDArray;
    if (tmp.length === 2) [r, keep0d] = bmmEinsum(s.eq, tmp[0], tmp[1], kwargs);
    else {
      r = cEinsumCall([s.eq, ...tmp], kwargs);
      keep0d = false;
    }
    list.push(r);
  });
  // NumPy's matmul route leaves a 0-d array, its C einsum a scalar
  return keep0d ? (out ?? list[0]) : finish(list[0], out);
}

/**
 * `np.einsum_path(subscripts, *operands, optimize='greedy')`: the contraction order NumPy's
 * einsum would use and its printed report, as `[path, report]`.
 *
 * @example const [path, report] = np.einsum_path('ij,jk,kl->il', a, b, c, {optimize: 'optimal'})
 */
export function einsum_path(...args: unknown[]): [unknown[], string] | [NDArray[], unknown[]] {
  const [operands, kw] = splitOpts(args);
  for (const k of Object.keys(kw)) {
    if (k !== 'optimize' && k !== 'einsum_call') {
      throw new TypeError(`einsum_path() got an unexpected keyword argument '${k}'`);
    }
  }
  const optimize = ('optimize' in kw ? kw.optimize : 'greedy') as Optimize;
  const call = kw.einsum_call === true;
  const plan = planEinsum(operands, optimize, call);
  if (call) {
    return [plan.operands, plan.steps.map((s) => [s.inds, s.eq, s.remaining])];
  }
  return [plan.path, plan.report];
}
