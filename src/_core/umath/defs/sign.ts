/**
 * sign, heaviside, conjugate.
 *
 * sign is -1, 0 or 1 (0 for -0.0, NaN for NaN); for complex numbers it is z/|z| (NumPy 2),
 * with |z| from the C library's hypot. Booleans have no sign loop (NumPy's error).
 */

import { UFuncTypeError } from '../../errors.js';
import * as K from '../../kernels/index.js';
import { roundingFast } from '../../kernels/rounding.js';
import type { Kernel } from '../iterator.js';
import type { LoopSig } from '../resolve.js';
import { laneUnary } from './complex_lanes.js';
import { mapKernel } from './kernel_util.js';
import { hypot, hypotf } from './libm_hypot.js';
import { defineUfunc, linearForArrays } from './resolution.js';

const NUMERIC = 'b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->F D->D';

function complexSign(loop: LoopSig): Kernel {
  const single = loop.ins[0]!.itemsize === 8;
  const abs = single ? hypotf : hypot;
  const R = single ? Math.fround : (x: number) => x;
  return (n, [a], [o]) => {
    const x = a as Float64Array;
    const z = o as Float64Array;
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      const re = x[j]!;
      const im = x[j + 1]!;
      const h = abs(re, im);
      if (Number.isNaN(h)) {
        z[j] = Number.NaN;
        z[j + 1] = Number.NaN;
      } else if (h === Infinity) {
        const reInf = re === Infinity || re === -Infinity;
        const imInf = im === Infinity || im === -Infinity;
        if (reInf && imInf) {
          z[j] = Number.NaN;
          z[j + 1] = Number.NaN;
        } else if (reInf) {
          z[j] = re > 0 ? 1 : -1;
          z[j + 1] = 0;
        } else {
          z[j] = 0;
          z[j + 1] = im > 0 ? 1 : -1;
        }
      } else if (h === 0) {
        z[j] = 0;
        z[j + 1] = 0;
      } else {
        z[j] = R(re / h);
        z[j + 1] = R(im / h);
      }
    }
  };
}

/** NumPy's float sign: ±1, +0 for ±0, a NaN unchanged. */
const floatSign = (a: number) => (a > 0 ? 1 : a < 0 ? -1 : a === 0 ? 0 : a);

export const sign = defineUfunc({
  name: 'sign',
  nin: 1,
  nout: 1,
  identity: null,
  types: NUMERIC,
  special: (ops) => {
    if (ops[0]!.dtype.kind === 'b')
      throw new UFuncTypeError(
        "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
      );
    return null;
  },
  kernel: (loop) => {
    const t = loop.ins[0]!;
    if (t.kind === 'c') return complexSign(loop);
    return mapKernel(() => {
      if (t.kind === 'f') return floatSign;
      if (t.isBig) return (a: bigint) => (a > 0n ? 1n : a < 0n ? -1n : 0n);
      return (a: number) => (a > 0 ? 1 : a < 0 ? -1 : 0);
    })(loop);
  },
  fast: roundingFast('sign', floatSign),
});

/** 0 for x < 0, h0 for x == 0, 1 for x > 0, NaN for NaN x. */
export const heaviside = defineUfunc({
  name: 'heaviside',
  nin: 2,
  nout: 1,
  identity: null,
  types: 'ee->e ff->f dd->d',
  special: linearForArrays,
  kernel: mapKernel(
    () => (x: number, h0: number) => (Number.isNaN(x) ? Number.NaN : x === 0 ? h0 : x < 0 ? 0 : 1),
  ),
});

export const conjugate = defineUfunc({
  name: 'conjugate',
  nin: 1,
  nout: 1,
  identity: null,
  types: NUMERIC,
  kernel: (loop) => {
    // The SIMD sign flip of the odd lanes (complex_lanes.ts).
    if (loop.ins[0]!.kind === 'c')
      return laneUnary(K.conjF64, K.conjF32, loop.ins[0]!.itemsize === 8);
    return mapKernel(() => (a: unknown) => a)(loop);
  },
});
export const conj = conjugate;
