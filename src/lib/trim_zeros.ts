/**
 * `np.trim_zeros(filt, trim='fb', axis=None)` (numpy/lib/_function_base_impl.py):
 * strip leading and/or trailing zeros; with several axes, the bounding box of the
 * non-zero elements. A 1-d JS array comes back as a JS array (NumPy keeps a list a
 * list); everything else as a view.
 */

import { ValueError } from '../_core/errors.js';
import { Slice } from '../_core/indexing/slice.js';
import { nonzeroCoords } from '../_core/item_selection/nonzero.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import { toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import { normalizeAxisTuple } from '../_core/shape/args.js';

type Axes = number | readonly number[];

/** `np.trim_zeros(filt, trim='fb', axis=None)`. */
export function trim_zeros<T>(
  filt: T,
  trim?: string | { trim?: string; axis?: Axes | null },
  axis?: Axes | null | { axis?: Axes | null },
  opts?: { trim?: string; axis?: Axes | null },
): T;
export function trim_zeros(...args: unknown[]): unknown {
  const o = bindArgs('trim_zeros', ['filt', 'trim', 'axis'], args);
  missingPositional('trim_zeros', o, ['filt']);
  const filt = o.filt;
  const a = toArray(filt);
  const trim = String(o.trim ?? 'fb').toLowerCase();
  if (!['fb', 'bf', 'f', 'b'].includes(trim)) {
    throw new ValueError(`unexpected character(s) in \`trim\`: '${String(o.trim)}'`);
  }
  const nd = a.ndim;
  const axes =
    o.axis === undefined || o.axis === null
      ? Array.from({ length: nd }, (_, i) => i)
      : normalizeAxisTuple(o.axis, nd, 'axis');
  if (axes.length === 0) return filt;
  // Bounding box of the non-zero elements: min and max index per axis.
  const c = nonzeroCoords(a);
  const count = c.dims[0]!;
  const w = new Int32Array(c.buffer as ArrayBuffer);
  const start = new Array<number | null>(nd).fill(0);
  const stop = new Array<number | null>(nd).fill(0);
  if (count > 0) {
    for (let ax = 0; ax < nd; ax++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let k = 0; k < count; k++) {
        const v = w[2 * (k * nd + ax)]!;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      start[ax] = trim.includes('f') ? lo : null;
      stop[ax] = trim.includes('b') ? hi + 1 : null;
    }
  }
  const sl = Array.from({ length: nd }, (_, ax) =>
    axes.includes(ax) ? new Slice(start[ax], stop[ax]) : new Slice(),
  );
  if (nd === 1 && Array.isArray(filt)) {
    const [s, e] = sl[0]!.indices(filt.length);
    return filt.slice(s, Math.max(s, e));
  }
  return (filt instanceof NDArray ? filt : a).get(...sl);
}
