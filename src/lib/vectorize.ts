/**
 * `np.vectorize(pyfunc, otypes=None, doc=None, excluded=None, cache=False, signature=None)`
 * (numpy/lib/_function_base_impl.py): a function that broadcasts its array arguments and
 * calls `pyfunc` once per element (or, with `signature`, once per core sub-array),
 * gathering the results into arrays.
 *
 * Elements reach `pyfunc` as JS values (API.md §3: numbers, booleans, np.Complex, strings;
 * int64/uint64 beyond 2^53 as bigints, since a Python int never loses digits). A JS array
 * returned by `pyfunc` is a tuple of outputs, as a Python tuple is. Without `otypes`, the
 * output dtypes come from calling `pyfunc` on the first elements (that call is repeated for
 * the first element unless `cache` is true), exactly as NumPy does.
 *
 * @example
 * const vf = np.vectorize((a: number, b: number) => (a > b ? a - b : a + b));
 * vf([1, 2, 3, 4], 2); // array([3, 4, 1, 2])
 */
import { type DType, dtype as toDType } from '../_core/dtype.js';
import { readElement, toJS } from '../_core/elements.js';
import { ValueError } from '../_core/errors.js';
import { forEachOffset } from '../_core/iter.js';
import { bindArgs } from '../_core/multiarray/args.js';
import { array, toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import { resultType } from '../_core/numerictypes/promotion.js';
import { broadcastShapesForUfunc, stridesFor } from '../_core/umath/iterator.js';

type Fn = (...args: any[]) => unknown;

/** The vectorized function: callable, with NumPy's attributes. */
export interface Vectorized {
  (...args: unknown[]): any;
  readonly pyfunc: Fn;
  readonly otypes: string | null;
  readonly excluded: ReadonlySet<number>;
  readonly cache: boolean;
  readonly signature: string | null;
  readonly __doc__: string | null;
}

/** `np.vectorize(pyfunc, otypes=None, doc=None, excluded=None, cache=False, signature=None)`. */
export function vectorize(...args: unknown[]): Vectorized {
  const a = bindArgs(
    'vectorize',
    ['pyfunc', 'otypes', 'doc', 'excluded', 'cache', 'signature'],
    args,
  );
  const pyfunc = a.pyfunc as Fn;
  if (typeof pyfunc !== 'function') {
    throw new TypeError("vectorize() missing 1 required positional argument: 'pyfunc'");
  }
  const otypes = parseOtypes(a.otypes);
  const excluded = new Set<number>(
    a.excluded === undefined || a.excluded === null ? [] : [...(a.excluded as Iterable<number>)],
  );
  const cache = Boolean(a.cache ?? false);
  const signature = (a.signature ?? null) as string | null;
  const core = signature === null ? null : parseSignature(signature);
  const call = (...callArgs: unknown[]): any => {
    // Excluded positions pass straight through to pyfunc.
    const inds = callArgs.map((_, i) => i).filter((i) => !excluded.has(i));
    const inner: Fn = (...vs: unknown[]) => {
      const full = callArgs.slice();
      inds.forEach((pos, k) => {
        full[pos] = vs[k];
      });
      return pyfunc(...full);
    };
    const vals = inds.map((i) => callArgs[i]);
    if (core !== null) return vectorizeCall(inner, vals, core, otypes);
    return elementwiseCall(inner, vals, otypes, cache);
  };
  return Object.assign(call, {
    pyfunc,
    otypes: otypes === null ? null : otypes.map((d) => d.char).join(''),
    excluded: excluded as ReadonlySet<number>,
    cache,
    signature,
    __doc__: (a.doc ?? null) as string | null,
  }) as Vectorized;
}

/** `otypes` as a string of type codes or a list of dtypes (NumPy's two spellings). */
function parseOtypes(v: unknown): DType[] | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') {
    for (const ch of v) {
      if (!/[?bBhHiIlLqQpPefdgFDGSUV]/.test(ch)) {
        throw new ValueError(`Invalid otype specified: ${ch}`);
      }
    }
    return [...v].map((ch) => toDType(ch));
  }
  // NumPy's _get_vectorize_dtype: strings keep only their kind, so the longest decides.
  if (Array.isArray(v)) return v.map((d) => typeCode(toDType(d as never)));
  throw new ValueError(`Invalid otype specification`);
}

/** One element as the JS value pyfunc receives. */
function jsValue(v: unknown, dt: DType): unknown {
  if (typeof v === 'bigint') {
    return v > 9007199254740991n || v < -9007199254740991n ? v : Number(v);
  }
  return toJS(v as never, dt);
}

/** Every element of the broadcast inputs, in C order, as JS values per input. */
function broadcastValues(arrs: NDArray[], shape: readonly number[]): unknown[][] {
  return arrs.map((a) => {
    const view = a.viewWith(shape, stridesFor(a, shape), a.offset);
    const dv = a.dataView;
    const out: unknown[] = [];
    forEachOffset(shape, view.steps, view.offset, (off) => {
      out.push(jsValue(readElement(dv, off, a.dtype), a.dtype));
    });
    return out;
  });
}

/** A tuple result (a JS array) gives several outputs; anything else one. */
function asTuple(r: unknown): unknown[] {
  return Array.isArray(r) ? r : [r];
}

/** The element-wise (no signature) call: NumPy's `_vectorize_call` through frompyfunc. */
function elementwiseCall(
  fn: Fn,
  vals: unknown[],
  otypes: DType[] | null,
  cache: boolean,
): NDArray | NDArray[] {
  if (vals.length === 0) {
    // No array arguments: NumPy returns what the function returns.
    return fn() as never;
  }
  const arrs = vals.map((v) => toArray(v));
  const shape = broadcastShapesForUfunc(arrs.map((x) => x.dims));
  const size = shape.reduce((p, d) => p * d, 1);
  const cols = broadcastValues(arrs, shape);
  let types = otypes;
  let first: unknown[] | null = null;
  if (types === null) {
    if (size === 0) {
      throw new ValueError('cannot call `vectorize` on size 0 inputs unless `otypes` is set');
    }
    // NumPy calls pyfunc on the first elements to learn how many outputs there are.
    first = asTuple(fn(...cols.map((c) => c[0])));
  }
  const nout = types === null ? first!.length : types.length;
  const results: unknown[][] = Array.from({ length: nout }, () => new Array(size));
  for (let i = 0; i < size; i++) {
    const r = i === 0 && cache && first !== null ? first : asTuple(fn(...cols.map((c) => c[i])));
    if (nout > 1 && r.length !== nout) {
      throw new ValueError(`function returned ${r.length} outputs, expected ${nout}`);
    }
    for (let k = 0; k < nout; k++) results[k]![i] = r[k];
  }
  // Without otypes NumPy takes each output's dtype from its first value. A JS number does
  // not say whether it was 2 or 2.0, so every value of the output decides here (ints and
  // floats together give float64), which is NumPy's result whenever pyfunc returns floats.
  types ??= results.map((col) => typeCode(array(col.map(plainValue) as never).dtype));
  const outs = results.map((col, k) => toTyped(col, shape, types![k]!));
  return nout === 1 ? outs[0]! : outs;
}

/**
 * The dtype NumPy would build from an output's `dtype.char`: flexible types ('U', 'S')
 * lose their length so that the longest element decides.
 */
function typeCode(dt: DType): DType {
  if (dt.kind === 'U' || dt.kind === 'S') return toDType(dt.kind);
  return dt;
}

function toTyped(col: unknown[], shape: readonly number[], dt: DType): NDArray {
  const flat = array(col.map(plainValue) as never, { dtype: dt });
  return flat.reshape(shape as number[]);
}

/** Outputs that are 0-d arrays count as their value (NumPy stores them in an object array). */
function plainValue(v: unknown): unknown {
  return v instanceof NDArray && v.ndim === 0 ? v.item() : v;
}

// ---- generalized (signature) vectorization ----

interface CoreSignature {
  inputs: string[][];
  outputs: string[][];
}

const DIM = '\\w+';
const CORE_DIMS = `(?:${DIM}(?:,${DIM})*)?`;
const ARGUMENT = `\\(${CORE_DIMS}\\)`;
const ARG_LIST = `${ARGUMENT}(?:,${ARGUMENT})*`;
const SIGNATURE = new RegExp(`^${ARG_LIST}->${ARG_LIST}$`);

/** NumPy's `_parse_gufunc_signature`. */
function parseSignature(sig: string): CoreSignature {
  const s = sig.replace(/\s+/g, '');
  if (!SIGNATURE.test(s)) throw new ValueError(`not a valid gufunc signature: ${sig}`);
  const side = (part: string) =>
    [...part.matchAll(new RegExp(ARGUMENT, 'g'))].map((m) =>
      [...m[0].matchAll(new RegExp(DIM, 'g'))].map((d) => d[0]),
    );
  const [ins, outs] = s.split('->') as [string, string];
  return { inputs: side(ins), outputs: side(outs) };
}

/** NumPy's `_vectorize_call_with_signature`. */
function vectorizeCall(
  fn: Fn,
  vals: unknown[],
  core: CoreSignature,
  otypes: DType[] | null,
): NDArray | NDArray[] {
  if (vals.length !== core.inputs.length) {
    throw new TypeError(
      `wrong number of positional arguments: expected ${core.inputs.length}, got ${vals.length}`,
    );
  }
  const arrs = vals.map((v) => toArray(v));
  const dimSizes = new Map<string, number>();
  const loopShapes: number[][] = [];
  arrs.forEach((a, i) => {
    const dims = core.inputs[i]!;
    updateDimSizes(dimSizes, a, dims);
    loopShapes.push(a.dims.slice(0, a.ndim - dims.length));
  });
  const loopShape = broadcastShapesForUfunc(loopShapes);
  const size = loopShape.reduce((p, d) => p * d, 1);
  const nout = core.outputs.length;
  if (otypes !== null && otypes.length !== nout) {
    throw new ValueError(
      `wrong number of outputs from pyfunc: expected ${nout}, got ${otypes.length}`,
    );
  }
  const views = arrs.map((a, i) => {
    const nc = core.inputs[i]!.length;
    const coreShape = a.dims.slice(a.ndim - nc);
    const full = [...loopShape, ...coreShape];
    return a.viewWith(full, stridesFor(a, full), a.offset);
  });
  // As NumPy: the first call's results fix the output core sizes; every result is then
  // assigned (broadcast and cast) into its slot. Without otypes the dtype is that of all
  // results together (see elementwiseCall for why not only the first).
  const all: NDArray[][] = [];
  const index = new Array<number>(loopShape.length).fill(0);
  for (let i = 0; i < size; i++) {
    const r = fn(...views.map((v) => (loopShape.length === 0 ? v : v.get(...index))));
    const results = nout === 1 ? [r] : asTuple(r);
    if (!Array.isArray(r) && nout !== 1) {
      throw new ValueError(`wrong number of outputs from pyfunc: expected ${nout}, got 1`);
    }
    if (results.length !== nout) {
      throw new ValueError(
        `wrong number of outputs from pyfunc: expected ${nout}, got ${results.length}`,
      );
    }
    const arrs = results.map((res) => toArray(res));
    if (i === 0) {
      arrs.forEach((arr, k) => {
        updateDimSizes(dimSizes, arr, core.outputs[k]!);
      });
    }
    all.push(arrs);
    nextIndex(index, loopShape);
  }
  let outputs: NDArray[] | null = null;
  if (all.length > 0) {
    outputs = core.outputs.map((dims, k) => {
      const dt = otypes === null ? resultType(...all.map((r) => r[k]!)) : otypes[k]!;
      return NDArray.zeros(outShape(loopShape, dimSizes, dims), dt);
    });
    index.fill(0);
    for (const results of all) {
      outputs.forEach((o, k) => {
        if (loopShape.length === 0) o.set('...', results[k]);
        else o.set(...index, results[k]);
      });
      nextIndex(index, loopShape);
    }
  }
  if (outputs === null) {
    // The function was never called.
    if (otypes === null) {
      throw new ValueError('cannot call `vectorize` on size 0 inputs unless `otypes` is set');
    }
    if (core.outputs.some((dims) => dims.some((d) => !dimSizes.has(d)))) {
      throw new ValueError(
        'cannot call `vectorize` with a signature including new output dimensions on size 0 inputs',
      );
    }
    outputs = core.outputs.map((dims, k) =>
      NDArray.zeros(outShape(loopShape, dimSizes, dims), otypes[k]!),
    );
  }
  return nout === 1 ? outputs[0]! : outputs;
}

/** Advance a C-order multi-index over `shape` (np.ndindex's step). */
function nextIndex(index: number[], shape: readonly number[]): void {
  for (let ax = shape.length - 1; ax >= 0; ax--) {
    if (++index[ax]! < shape[ax]!) return;
    index[ax] = 0;
  }
}

/** NumPy's `_update_dim_sizes` for one output of the first call. */
function updateDimSizes(dimSizes: Map<string, number>, arr: NDArray, dims: string[]): void {
  if (dims.length === 0) return;
  if (arr.ndim < dims.length) {
    throw new ValueError(
      `${arr.ndim}-dimensional argument does not have enough dimensions for all core dimensions ${pyTuple(dims)}`,
    );
  }
  const coreShape = arr.dims.slice(arr.ndim - dims.length);
  dims.forEach((d, j) => {
    const size = coreShape[j]!;
    const known = dimSizes.get(d);
    if (known === undefined) dimSizes.set(d, size);
    else if (known !== size) {
      throw new ValueError(`inconsistent size for core dimension '${d}': ${size} vs ${known}`);
    }
  });
}

function outShape(loopShape: number[], dimSizes: Map<string, number>, dims: string[]): number[] {
  return [...loopShape, ...dims.map((d) => dimSizes.get(d)!)];
}

function pyTuple(dims: string[]): string {
  return dims.length === 1 ? `('${dims[0]}',)` : `(${dims.map((d) => `'${d}'`).join(', ')})`;
}
