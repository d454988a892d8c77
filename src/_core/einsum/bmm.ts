/**
 * NumPy's `bmm_einsum` (einsumfunc.py): one two-operand step of an optimized einsum as a
 * batched matrix product. Each side is first reduced/transposed by a one-operand einsum into
 * (batch, kept, contracted) order and reshaped to 3-d (or 2-d), `matmul` does the work, and
 * the product is reshaped and transposed to the requested labels. With nothing contracted the
 * step is a broadcast multiply.
 */
import { ValueError } from '../errors.js';
import { isFContiguous } from '../iter.js';
import { matmul } from '../linalg_products/products.js';
import { asarray } from '../multiarray/array.js';
import { assignArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import type { Casting } from '../numerictypes/promotion.js';
import { reshape, transpose } from '../shape.js';
import { multiply } from '../umath/defs/index.js';
import { cEinsum } from './core.js';

interface Plan {
  eqA: string | null;
  eqB: string | null;
  shapeA: number[] | null;
  shapeB: number[] | null;
  shapeAB: number[] | null;
  permAB: number[] | null;
  pure: boolean;
}

/** `_parse_eq_to_pure_multiplication`: align both sides to the output labels. */
function pureMultiplication(
  a: string,
  sa: readonly number[],
  b: string,
  sb: readonly number[],
  out: string,
): Plan {
  let desA = '';
  let desB = '';
  const shapeA: number[] = [];
  const shapeB: number[] = [];
  for (const ix of out) {
    if (a.includes(ix)) {
      desA += ix;
      shapeA.push(sa[a.indexOf(ix)]);
    } else shapeA.push(1);
    if (b.includes(ix)) {
      desB += ix;
      shapeB.push(sb[b.indexOf(ix)]);
    } else shapeB.push(1);
  }
  return {
    eqA: desA !== a ? `${a}->${desA}` : null,
    eqB: desB !== b ? `${b}->${desB}` : null,
    shapeA,
    shapeB,
    shapeAB: null,
    permAB: null,
    pure: true,
  };
}

/** `_parse_eq_to_batch_matmul`. */
function planBmm(eq: string, sa: readonly number[], sb: readonly number[]): Plan {
  const [lhs, out] = eq.split('->');
  const [aTerm, bTerm] = lhs.split(',');
  const shapeStr = (s: readonly number[]) => `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;
  if (aTerm.length !== sa.length)
    throw new ValueError(`Term '${aTerm}' does not match shape ${shapeStr(sa)}.`);
  if (bTerm.length !== sb.length)
    throw new ValueError(`Term '${bTerm}' does not match shape ${shapeStr(sb)}.`);
  const sizes = new Map<string, number>();
  const singletons = new Set<string>();
  const setSize = (ix: string, d: number) => {
    const prev = sizes.get(ix);
    if (prev === undefined) sizes.set(ix, d);
    else if (prev !== d) throw new ValueError(`Index ${ix} has mismatched sizes ${prev} and ${d}.`);
  };
  const left: string[] = [];
  [...aTerm].forEach((ix, i) => {
    const d = sa[i];
    if (d === 1) {
      singletons.add(ix);
      return;
    }
    setSize(ix, d);
    if (!left.includes(ix)) left.push(ix);
  });
  const right: string[] = [];
  [...bTerm].forEach((ix, i) => {
    const d = sb[i];
    if (d === 1) {
      if (!left.includes(ix)) singletons.add(ix);
      return;
    }
    singletons.delete(ix);
    setSize(ix, d);
    if (!right.includes(ix)) right.push(ix);
  });
  const bat: string[] = [];
  const con: string[] = [];
  const aKeep: string[] = [];
  const bKeep: string[] = [];
  for (const ix of left) {
    const j = right.indexOf(ix);
    if (j >= 0) {
      right.splice(j, 1);
      (out.includes(ix) ? bat : con).push(ix);
    } else if (out.includes(ix)) aKeep.push(ix);
  }
  for (const ix of right) if (out.includes(ix)) bKeep.push(ix);
  if (con.length === 0) return pureMultiplication(aTerm, sa, bTerm, sb, out);
  const single = [...out].filter((ix) => singletons.has(ix));
  const desA = [...bat, ...aKeep, ...con].join('');
  const desB = [...bat, ...con, ...bKeep].join('');
  const lg = bat.length ? [bat, aKeep, con] : [aKeep, con];
  const rg = bat.length ? [bat, con, bKeep] : [con, bKeep];
  const og = bat.length ? [bat, aKeep, bKeep] : [aKeep, bKeep];
  const prod = (g: string[]) => g.reduce((p, ix) => p * (sizes.get(ix) as number), 1);
  const produced = [...single, ...bat, ...aKeep, ...bKeep].join('');
  return {
    eqA: aTerm !== desA ? `${aTerm}->${desA}` : null,
    eqB: bTerm !== desB ? `${bTerm}->${desB}` : null,
    shapeA: lg.some((g) => g.length !== 1) ? lg.map(prod) : null,
    shapeB: rg.some((g) => g.length !== 1) ? rg.map(prod) : null,
    shapeAB:
      og.some((g) => g.length !== 1) || single.length
        ? [...single.map(() => 1), ...og.flat().map((ix) => sizes.get(ix) as number)]
        : null,
    permAB: produced !== out ? [...out].map((ix) => produced.indexOf(ix)) : null,
    pure: false,
  };
}

/** `_parse_output_order`. */
function outputOrder(order: unknown, a: NDArray, b: NDArray): 'C' | 'F' | null {
  const o = String(order).toUpperCase();
  if (o === 'K') return null;
  if (o === 'C' || o === 'F') return o;
  if (o === 'A') {
    const f = (x: NDArray) => isFContiguous(x.dims, x.steps, x.itemsize);
    return f(a) && f(b) ? 'F' : 'C';
  }
  throw new ValueError(`ValueError: order must be one of 'C', 'F', 'A', or 'K' (got '${o}')`);
}

const DEFAULTS = { dtype: null, order: 'K' as const, casting: 'safe' as Casting, out: null };

/**
 * `bmm_einsum(eq, a, b, out=None, **kwargs)` with kwargs dtype / order / casting. Also says
 * whether a 0-d result is an array in NumPy (the matmul route) rather than a scalar.
 */
export function bmmEinsum(
  eq: string,
  a0: NDArray,
  b0: NDArray,
  kw: Record<string, unknown>,
): [NDArray, boolean] {
  const plan = planBmm(eq, a0.dims, b0.dims);
  const order = outputOrder(kw.order ?? 'K', a0, b0);
  let a = a0;
  let b = b0;
  if (plan.eqA !== null) a = cEinsum(plan.eqA, [a], DEFAULTS);
  if (plan.shapeA !== null) a = reshape(a, plan.shapeA);
  if (plan.eqB !== null) b = cEinsum(plan.eqB, [b], DEFAULTS);
  if (plan.shapeB !== null) b = reshape(b, plan.shapeB);
  const out = (kw.out ?? null) as NDArray | null;
  const ufuncKw: Record<string, unknown> = {};
  if (kw.dtype !== undefined) ufuncKw.dtype = kw.dtype;
  if (kw.casting !== undefined) ufuncKw.casting = kw.casting;
  if (plan.pure) {
    if (order !== null) ufuncKw.order = order;
    if (out !== null) ufuncKw.out = out;
    const r = multiply(a, b, ufuncKw);
    return [r instanceof NDArray ? r : (asarray(r) as NDArray), false];
  }
  const direct = plan.shapeAB === null && plan.permAB === null;
  if (direct && out !== null) ufuncKw.out = out;
  let ab = matmul(a, b, ufuncKw) as NDArray;
  if (plan.shapeAB !== null) ab = reshape(ab, plan.shapeAB);
  if (plan.permAB !== null) ab = transpose(ab, plan.permAB);
  if (out !== null && !direct) {
    assignArray(out, ab);
    return [out, true];
  }
  if (order !== null && out === null) ab = asarray(ab, { order }) as NDArray;
  return [ab, true];
}
