/**
 * `a == b` / `a != b` for structured arrays (NumPy's `_void_compare`): both sides
 * broadcast, need a common dtype (same field names), and compare field by field as the
 * `equal` ufunc does (NaN unequal to itself; sub-array fields equal when every element
 * is), the fields combined with `and` (`!=`: `or`).
 */
import { broadcastView } from '../broadcast.js';
import { Complex } from '../complex.js';
import { bool, type DType } from '../dtype.js';
import { type Canonical, readElement, type StructValue } from '../elements.js';
import { ValueError } from '../errors.js';
import { broadcastShapes } from '../indexing/shapestr.js';
import { shapeReprCompact } from '../iter.js';
import { array } from '../multiarray/array.js';
import { NDArray } from '../ndarray.js';
import { promoteTypes } from '../numerictypes/promotion.js';

/** Python-value equality of two canonical scalars of possibly different dtypes. */
function scalarEq(x: Canonical, y: Canonical): boolean {
  if (x instanceof Complex || y instanceof Complex) {
    const a = x instanceof Complex ? x : new Complex(Number(x), 0);
    const b = y instanceof Complex ? y : new Complex(Number(y), 0);
    return a.re === b.re && a.im === b.im;
  }
  if (typeof x === 'boolean' || typeof y === 'boolean') return Number(x) === Number(y);
  if (typeof x === 'bigint' || typeof y === 'bigint') {
    if (typeof x === 'number' && !Number.isInteger(x)) return false;
    if (typeof y === 'number' && !Number.isInteger(y)) return false;
    return BigInt(x as number | bigint) === BigInt(y as number | bigint);
  }
  if (x instanceof Uint8Array && y instanceof Uint8Array)
    return x.length === y.length && x.every((v, i) => v === y[i]);
  return x === y;
}

function valueEq(x: Canonical, y: Canonical, da: DType, db: DType): boolean {
  if (da.fields) {
    const a = x as StructValue;
    const b = y as StructValue;
    return da.names!.every((n, i) =>
      valueEq(a[n]!, b[db.names![i]!]!, da.fields![n]!.dtype, db.fields![db.names![i]!]!.dtype),
    );
  }
  if (Array.isArray(x)) {
    const ba = da.subdtype ? da.subdtype[0] : da;
    const bb = db.subdtype ? db.subdtype[0] : db;
    const yy = y as Canonical[];
    return x.every((v, i) =>
      Array.isArray(v) ? valueEq(v, yy[i]!, da, db) : valueEq(v, yy[i]!, ba, bb),
    );
  }
  return scalarEq(x, y);
}

/**
 * NumPy's `a == b` (`ne`: `a != b`) where `a` is a structured array and `b` an array
 * or records; a bool array of the broadcast shape.
 * @example recordsEqual(np.array([[1, 2.5]], {dtype: 'i4,f8'}), [[1, 2.5]]) // array([ True])
 */
export function recordsEqual(a: NDArray, other: unknown, ne = false): NDArray<'bool'> {
  const b = other instanceof NDArray ? other : array(other, { dtype: a.dtype });
  try {
    promoteTypes(a.dtype, b.dtype);
  } catch {
    throw new TypeError(
      'Cannot compare structured arrays unless they have a common dtype.  I.e. `np.result_type(arr1, arr2)` must be defined.',
    );
  }
  const shape = broadcastShapes([a.dims, b.dims]);
  if (!shape)
    throw new ValueError(
      `operands could not be broadcast together with shapes ${shapeReprCompact(a.dims)} ${shapeReprCompact(b.dims)} `,
    );
  const va = broadcastView(a, shape);
  const vb = broadcastView(b, shape);
  const out = NDArray.zeros(shape, bool);
  const d = out.data as Uint8Array;
  const da = a.dtype;
  const db = b.dtype;
  let k = 0;
  const idx = new Array<number>(shape.length).fill(0);
  const n = out.size;
  for (let i = 0; i < n; i++) {
    let oa = va.offset;
    let ob = vb.offset;
    for (let ax = 0; ax < shape.length; ax++) {
      oa += idx[ax]! * va.steps[ax]!;
      ob += idx[ax]! * vb.steps[ax]!;
    }
    const eq = valueEq(readElement(va.dataView, oa, da), readElement(vb.dataView, ob, db), da, db);
    d[k++] = eq !== ne ? 1 : 0;
    for (let ax = shape.length - 1; ax >= 0; ax--) {
      if (++idx[ax]! < shape[ax]!) break;
      idx[ax] = 0;
    }
  }
  return out as NDArray<'bool'>;
}
