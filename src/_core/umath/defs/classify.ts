/**
 * Floating-point classification: isnan, isinf, isfinite. Booleans and integers are always
 * finite (with their own loops, no cast); a complex number is NaN or infinite when either
 * part is, finite when both are.
 */

import * as K from '../../kernels/index.js';
import type { Kernel } from '../iterator.js';
import type { LoopSig } from '../resolve.js';
import type { UfuncDef } from '../ufunc.js';
import { mapKernel } from './kernel_util.js';
import { defineUfunc } from './resolution.js';

const TYPES = '?->? b->? B->? h->? H->? i->? I->? l->? L->? e->? f->? d->? F->? D->?';

function classifier(
  name: string,
  real: (x: number) => boolean,
  intValue: boolean,
  cplx: (re: number, im: number) => boolean,
  fast?: UfuncDef['fast'],
) {
  const kernel = (loop: LoopSig): Kernel => {
    const t = loop.ins[0]!;
    if (t.kind === 'c') {
      return (n, [a], [o]) => {
        const x = a as Float64Array;
        const z = o as Uint8Array;
        for (let i = 0, j = 0; i < n; i++, j += 2) z[i] = cplx(x[j]!, x[j + 1]!) ? 1 : 0;
      };
    }
    if (t.kind !== 'f') return (n, _ins, [o]) => (o as Uint8Array).fill(intValue ? 1 : 0, 0, n);
    return mapKernel(() => real)(loop);
  };
  return defineUfunc({ name, nin: 1, nout: 1, identity: null, types: TYPES, kernel, fast });
}

/** isnan of float32/float64 blocks as the SIMD comparison x != x (true exactly for NaN). */
const nanSelf = {
  a: (x: Float64Array | Float32Array, out: Uint8Array) => K.compare('ne', x, x, out),
};

/** isfinite and isinf of float32/float64 blocks as the SIMD comparisons |x| < inf and |x| == inf. */
const finiteAbs = {
  a: (x: Float64Array | Float32Array, out: Uint8Array) => K.compare('alt', x, Infinity, out),
};
const infAbs = {
  a: (x: Float64Array | Float32Array, out: Uint8Array) => K.compare('aeq', x, Infinity, out),
};

const nan = (x: number) => Number.isNaN(x);
const inf = (x: number) => x === Infinity || x === -Infinity;

export const isnan = classifier('isnan', nan, false, (re, im) => nan(re) || nan(im), {
  'f->?': nanSelf,
  'd->?': nanSelf,
});
export const isinf = classifier('isinf', inf, false, (re, im) => inf(re) || inf(im), {
  'f->?': infAbs,
  'd->?': infAbs,
});
export const isfinite = classifier(
  'isfinite',
  Number.isFinite,
  true,
  (re, im) => Number.isFinite(re) && Number.isFinite(im),
  { 'f->?': finiteAbs, 'd->?': finiteAbs },
);
