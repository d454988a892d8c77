/**
 * Memory overlap of two arrays (numpy/_core/src/common/mem_overlap.c):
 * shares_memory, may_share_memory.
 *
 * JS has no addresses: arrays over different buffers never share memory; over the same
 * buffer, NumPy's problem is solved on byte offsets. Overlap of the two element sets is
 * a bounded linear Diophantine equation  sum(a_i x_i) = b, 0 <= x_i <= ub_i, solved by
 * NumPy's depth-first Euclid search, counting candidates against `max_work` as NumPy does.
 * Everything is bigint: NumPy needs 128-bit intermediates here.
 */
import { ValueError } from './errors.js';
import { bindArgs, missingPositional } from './multiarray/args.js';
import { array } from './multiarray/array.js';
import { NDArray } from './ndarray.js';

/** numpy.exceptions.TooHardError (a RuntimeError in Python): shares_memory exceeded max_work. */
export class TooHardError extends Error {
  override name = 'TooHardError';
}

interface Term {
  a: bigint;
  ub: bigint;
}

type Overlap = 'no' | 'yes' | 'too_hard';

/** Extended Euclid: [gcd, gamma, epsilon] with gamma*a1 + epsilon*a2 = gcd (a1, a2 > 0). */
function euclid(a1: bigint, a2: bigint): [bigint, bigint, bigint] {
  let g1 = 1n;
  let g2 = 0n;
  let e1 = 0n;
  let e2 = 1n;
  for (;;) {
    if (a2 > 0n) {
      const r = a1 / a2;
      a1 -= r * a2;
      g1 -= r * g2;
      e1 -= r * e2;
    } else return [a1, g1, e1];
    if (a1 > 0n) {
      const r = a2 / a1;
      a2 -= r * a1;
      g2 -= r * g1;
      e2 -= r * e1;
    } else return [a2, g2, e2];
  }
}

const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};
const ceilDiv = (a: bigint, b: bigint): bigint => -floorDiv(-a, b);

/** The bounded Diophantine problem's solver, mirroring mem_overlap.c's solve_diophantine. */
function solveDiophantine(E: Term[], b: bigint, maxWork: number): Overlap {
  const n = E.length;
  for (const t of E) if (t.ub < 0n) return 'no';
  if (b < 0n) return 'no';
  if (n === 0) return b === 0n ? 'yes' : 'no';
  if (n === 1) return b % E[0]!.a === 0n && b / E[0]!.a <= E[0]!.ub ? 'yes' : 'no';
  // Precompute the gcd chain and the bounds of the reduced problems.
  const Ep: Term[] = Array.from({ length: n }, () => ({ a: 0n, ub: 0n }));
  const Gamma: bigint[] = new Array(n).fill(0n);
  const Epsilon: bigint[] = new Array(n).fill(0n);
  {
    const [g, ga, ep] = euclid(E[0]!.a, E[1]!.a);
    Ep[0]!.a = g;
    Gamma[0] = ga;
    Epsilon[0] = ep;
    if (n > 2) Ep[0]!.ub = E[0]!.ub * (E[0]!.a / g) + E[1]!.ub * (E[1]!.a / g);
    for (let j = 2; j < n; j++) {
      const [g2, ga2, ep2] = euclid(Ep[j - 2]!.a, E[j]!.a);
      Ep[j - 1]!.a = g2;
      Gamma[j - 1] = ga2;
      Epsilon[j - 1] = ep2;
      if (j < n - 1) {
        Ep[j - 1]!.ub = (Ep[j - 2]!.a / g2) * Ep[j - 2]!.ub + (E[j]!.a / g2) * E[j]!.ub;
      }
    }
  }
  let count = 0;
  const dfs = (v: number, rhs: bigint): Overlap => {
    if (maxWork >= 0 && count >= maxWork) return 'too_hard';
    const a1 = v === 1 ? E[0]!.a : Ep[v - 2]!.a;
    const u1 = v === 1 ? E[0]!.ub : Ep[v - 2]!.ub;
    const a2 = E[v]!.a;
    const u2 = E[v]!.ub;
    const g = Ep[v - 1]!.a;
    if (rhs % g !== 0n) {
      count++;
      return 'no';
    }
    const c = rhs / g;
    const c1 = a2 / g;
    const c2 = a1 / g;
    // Candidates: x1 = gamma*c + c1*t, x2 = epsilon*c - c2*t, 0 <= x1 <= u1, 0 <= x2 <= u2.
    const x10 = Gamma[v - 1]! * c;
    const x20 = Epsilon[v - 1]! * c;
    let tl = ceilDiv(-x10, c1);
    const tl2 = ceilDiv(x20 - u2, c2);
    let tu = floorDiv(u1 - x10, c1);
    const tu2 = floorDiv(x20, c2);
    if (tl2 > tl) tl = tl2;
    if (tu > tu2) tu = tu2;
    if (tl > tu) {
      count++;
      return 'no';
    }
    if (v === 1) return 'yes';
    for (let t = tl; t <= tu; t++) {
      const res = dfs(v - 1, rhs - a2 * (x20 - c2 * t));
      if (res !== 'no') return res;
    }
    count++;
    return 'no';
  };
  return dfs(n - 1, b);
}

/** NumPy's diophantine_simplify: merge equal coefficients, trim bounds, drop fixed variables. */
function simplify(terms: Term[], b: bigint): Term[] {
  if (terms.some((t) => t.ub < 0n) || b < 0n) return terms;
  const sorted = terms.slice().sort((x, y) => (x.a < y.a ? 1 : x.a > y.a ? -1 : 0));
  const merged: Term[] = [];
  for (const t of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.a === t.a) last.ub += t.ub;
    else merged.push({ ...t });
  }
  const out: Term[] = [];
  for (const t of merged) {
    const ub = t.ub < b / t.a ? t.ub : b / t.a;
    if (ub !== 0n) out.push({ a: t.a, ub });
  }
  return out;
}

/** [start, end) byte range of an array's elements (empty when it has none). */
function extents(x: NDArray): [bigint, bigint] {
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < x.ndim; i++) {
    const d = x.dims[i]!;
    if (d === 0) return [BigInt(x.offset), BigInt(x.offset)];
    const m = x.steps[i]! * (d - 1);
    if (m > 0) upper += m;
    else lower += m;
  }
  return [BigInt(x.offset + lower), BigInt(x.offset + upper + x.itemsize)];
}

function strideTerms(x: NDArray, into: Term[]): void {
  for (let i = 0; i < x.ndim; i++) {
    if (x.dims[i]! <= 1 || x.steps[i] === 0) continue;
    into.push({ a: BigInt(Math.abs(x.steps[i]!)), ub: BigInt(x.dims[i]! - 1) });
  }
}

/** NumPy's solve_may_share_memory. */
function solveMayShare(a: NDArray, b: NDArray, maxWork: number): Overlap {
  if (a.buffer !== b.buffer) return 'no';
  const [s1, e1] = extents(a);
  const [s2, e2] = extents(b);
  if (!(s1 < e2 && s2 < e1 && s1 < e1 && s2 < e2)) return 'no';
  if (maxWork === 0) return 'too_hard';
  const r1 = e2 - 1n - s1;
  const r2 = e1 - 1n - s2;
  const rhs = r1 < r2 ? r1 : r2;
  const terms: Term[] = [];
  strideTerms(a, terms);
  strideTerms(b, terms);
  if (a.itemsize > 1) terms.push({ a: 1n, ub: BigInt(a.itemsize - 1) });
  if (b.itemsize > 1) terms.push({ a: 1n, ub: BigInt(b.itemsize - 1) });
  return solveDiophantine(simplify(terms, rhs), rhs, maxWork);
}

/**
 * NumPy's `solve_may_share_memory(a, b, maxWork) != 0`: true when overlap is found or the
 * search gives up (a store copies its index or value operands when this holds).
 */
export function mayShareWithin(a: NDArray, b: NDArray, maxWork: number): boolean {
  return solveMayShare(a, b, maxWork) !== 'no';
}

function sharesImpl(fn: string, given: unknown[], dflt: number, raise: boolean): boolean {
  const args = bindArgs(fn, ['a', 'b', 'max_work'], given);
  missingPositional(fn, args, ['a', 'b']);
  let maxWork = dflt;
  const mw = args.max_work;
  if (mw !== undefined && mw !== null) {
    if (typeof mw === 'boolean') maxWork = mw ? 1 : 0;
    else if (typeof mw === 'bigint') maxWork = Number(mw);
    else if (typeof mw === 'number' && Number.isInteger(mw)) maxWork = mw;
    else throw new ValueError('max_work must be an integer');
    if (maxWork < -2) throw new ValueError('Invalid value for max_work');
  }
  const toArr = (v: unknown): NDArray => (v instanceof NDArray ? v : array(v, { copy: null }));
  const res = solveMayShare(toArr(args.a), toArr(args.b), maxWork);
  if (res === 'too_hard') {
    if (raise) throw new TooHardError('Exceeded max_work');
    return true;
  }
  return res === 'yes';
}

/**
 * `np.shares_memory(a, b, /, max_work=-1)`: whether some element of `a` and of `b` use
 * the same bytes of the same buffer (exactly; `max_work` >= 0 bounds the number of
 * candidate solutions, beyond which it throws `TooHardError('Exceeded max_work')`;
 * max_work=0 checks the byte ranges only).
 * @example np.shares_memory(x.get('::2'), x.get('1::2')) // false
 */
export function shares_memory(...args: unknown[]): boolean {
  return sharesImpl('shares_memory', args, -1, true);
}

/**
 * `np.may_share_memory(a, b, /, max_work=0)`: whether the byte ranges of `a` and `b`
 * overlap (max_work=-1 solves exactly; where the work bound is hit the answer is true).
 * @example np.may_share_memory(x.get('::2'), x.get('1::2')) // true
 */
export function may_share_memory(...args: unknown[]): boolean {
  return sharesImpl('may_share_memory', args, 0, false);
}
