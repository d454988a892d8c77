/**
 * When can a reshape be a view? NumPy's rule (_attempt_nocopy_reshape), restated:
 * ignore the old axes of length 1, then walk old and new axes together, grouping
 * them into the smallest runs with equal products. Each run of old axes must be
 * contiguous in the requested index order; the new axes of the run then get
 * strides that step through it in that order. New trailing axes of length 1
 * take the stride just past the last run.
 */
import { cStrides, fStrides } from '../iter.js';

/**
 * Strides for `a` (shape, strides; not empty) seen with `newShape` (same size) in
 * C or F index order, or null when that needs a copy.
 */
export function noCopyStrides(
  shape: readonly number[],
  strides: readonly number[],
  itemsize: number,
  newShape: readonly number[],
  fortran: boolean,
): number[] | null {
  const oldDims: number[] = [];
  const oldStrides: number[] = [];
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] !== 1) {
      oldDims.push(shape[i]!);
      oldStrides.push(strides[i]!);
    }
  }
  const nOld = oldDims.length;
  const nNew = newShape.length;
  const out = new Array<number>(nNew).fill(0);
  // [oi, oj) and [ni, nj) are the current runs of old and new axes.
  let oi = 0;
  let ni = 0;
  while (ni < nNew && oi < nOld) {
    let oj = oi + 1;
    let nj = ni + 1;
    let np = newShape[ni]!;
    let op = oldDims[oi]!;
    while (np !== op) {
      // Equal totals make this end; the bounds only guard against misuse.
      if (np < op) {
        if (nj >= nNew) return null;
        np *= newShape[nj++]!;
      } else {
        if (oj >= nOld) return null;
        op *= oldDims[oj++]!;
      }
    }
    for (let k = oi; k < oj - 1; k++) {
      const ok = fortran
        ? oldStrides[k + 1] === oldDims[k]! * oldStrides[k]!
        : oldStrides[k] === oldDims[k + 1]! * oldStrides[k + 1]!;
      if (!ok) return null;
    }
    if (fortran) {
      out[ni] = oldStrides[oi]!;
      for (let k = ni + 1; k < nj; k++) out[k] = out[k - 1]! * newShape[k - 1]!;
    } else {
      out[nj - 1] = oldStrides[oj - 1]!;
      for (let k = nj - 1; k > ni; k--) out[k - 1] = out[k]! * newShape[k]!;
    }
    ni = nj;
    oi = oj;
  }
  let last = ni > 0 ? out[ni - 1]! : itemsize;
  if (fortran && ni > 0) last *= newShape[ni - 1]!;
  for (let k = ni; k < nNew; k++) out[k] = last;
  return out;
}

/**
 * Axis order of the memory layout (NumPy's 'K'): axes by decreasing |stride|,
 * ties kept in axis order. Negative strides are not flipped.
 */
export function memoryOrder(strides: readonly number[]): number[] {
  const axes = strides.map((_, i) => i);
  return axes.sort((x, y) => Math.abs(strides[y]!) - Math.abs(strides[x]!) || x - y);
}

/** Byte strides of a contiguous array in C or F order (axes of length 0 count as 1, as NumPy). */
export function contiguousStrides(
  shape: readonly number[],
  itemsize: number,
  fortran: boolean,
): number[] {
  return fortran ? fStrides(shape, itemsize) : cStrides(shape, itemsize);
}
