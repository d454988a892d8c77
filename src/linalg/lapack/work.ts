/**
 * The factorizations' input copy (solve, inv, det: the matrix LU overwrites), reused from
 * call to call and held weakly (the garbage collector may take it between calls): a fresh
 * 2 MB buffer per 500 x 500 solve costs its zeroing and page faults and adds to the external
 * memory that triggers full collections. Only one factorization uses it at a time (they
 * call no user code while they hold it).
 */
import { allocUninitialized } from '../../_core/alloc.js';

let ref: WeakRef<Float64Array> | undefined;

/** A Float64Array of exactly `size` elements, contents undefined. */
export function workBuffer(size: number): Float64Array {
  let buf = ref?.deref();
  if (buf === undefined || buf.length < size) {
    buf = new Float64Array(allocUninitialized(size * 8));
    ref = new WeakRef(buf);
  }
  return buf.length === size ? buf : buf.subarray(0, size);
}
