/**
 * `np.linalg.eigh` and `np.linalg.eigvalsh` (NumPy's numpy/linalg/_linalg.py): eigenvalues
 * (ascending) and eigenvectors of stacks of real symmetric / complex Hermitian matrices,
 * reading only the triangle named by `UPLO`.
 */
import { bindArgs } from '../_core/arrayprint/args.js';
import type { DTypeKey } from '../_core/dtype.js';
import { ValueError } from '../_core/errors.js';
import type { ArrayLike } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';
import type { KeyOfLike } from '../_core/reduction_types.js';
import type { LinalgKey, LinalgRealKey, LinalgRealOf } from './_types.js';
import {
  asLinalgArray,
  assertStackedSquare,
  linalgTypes,
  matrixStack,
  namedTuple,
  newStack,
  realOf,
} from './_util.js';
import { readSplit, writeSplit } from './lapack/svd_stack.js';
import { symmetricEigen } from './lapack/symmetric_eigen_kernel.js';

/**
 * NumPy's `EighResult` named tuple: `[eigenvalues, eigenvectors]`, for an input of dtype
 * key K (the eigenvalues are real).
 */
export type EighResult<K extends DTypeKey = DTypeKey> = [
  NDArray<LinalgRealKey<K>>,
  NDArray<LinalgKey<K>>,
] & { eigenvalues: NDArray<LinalgRealKey<K>>; eigenvectors: NDArray<LinalgKey<K>> };

/** The triangle `eigh`/`eigvalsh` read (NumPy upper-cases it). */
export type UPLO = 'L' | 'U' | 'l' | 'u';

function parseUplo(v: unknown): 'L' | 'U' {
  if (v === undefined) return 'L';
  if (typeof v !== 'string') {
    throw new TypeError(
      `'${typeof v === 'number' ? 'int' : typeof v}' object has no attribute 'upper'`,
    );
  }
  const u = v.toUpperCase();
  if (u !== 'L' && u !== 'U') throw new ValueError("UPLO argument must be 'L' or 'U'");
  return u;
}

function run(fn: string, args: unknown[], vectors: boolean): EighResult | NDArray {
  const g = bindArgs(fn, ['a', 'UPLO'], 1, [], args);
  const uplo = parseUplo(g.UPLO);
  const a = asLinalgArray(g.a as ArrayLike);
  assertStackedSquare(a);
  const t = linalgTypes(a);
  const st = matrixStack(a, t.complex);
  const { rows: n, batch, count } = st;
  const W = newStack(batch, [n], realOf(t.result));
  const V = vectors ? newStack(batch, [n, n], t.result) : null;
  const buf = new Float64Array(n * n * (t.complex ? 2 : 1));
  for (let i = 0; i < count; i++) {
    const { re, im } = readSplit(st, i, buf);
    const r = symmetricEigen(n, re, im, vectors, uplo);
    writeSplit(W, i, r.w, null, n);
    if (V) writeSplit(V, i, r.zr!, r.zi, n * n);
  }
  if (!V) return W;
  return namedTuple('EighResult', [W, V] as [NDArray, NDArray], [
    'eigenvalues',
    'eigenvectors',
  ]) as EighResult;
}

/**
 * `np.linalg.eigh(a, UPLO='L')`: eigenvalues (ascending) and unit eigenvectors (columns) of
 * Hermitian / symmetric matrices, using only the `UPLO` triangle.
 * @example const { eigenvalues, eigenvectors } = np.linalg.eigh([[2, 1], [1, 2]]);
 */
export function eigh<A extends ArrayLike | NDArray>(
  a: A,
  UPLO?: UPLO | { UPLO?: UPLO },
  opts?: { UPLO?: UPLO },
): EighResult<KeyOfLike<A>>;
export function eigh(a: ArrayLike | NDArray, ...args: unknown[]): EighResult {
  return run('eigh', [a, ...args], true) as EighResult;
}

/**
 * `np.linalg.eigvalsh(a, UPLO='L')`: eigenvalues (ascending) of Hermitian / symmetric matrices.
 * @example np.linalg.eigvalsh([[2, 1], [1, 2]]) // array([1., 3.])
 */
export function eigvalsh<A extends ArrayLike | NDArray>(
  a: A,
  UPLO?: UPLO | { UPLO?: UPLO },
  opts?: { UPLO?: UPLO },
): NDArray<LinalgRealOf<A>>;
export function eigvalsh(a: ArrayLike | NDArray, ...args: unknown[]): NDArray {
  return run('eigvalsh', [a, ...args], false) as NDArray;
}
