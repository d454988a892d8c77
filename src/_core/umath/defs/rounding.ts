/**
 * Rounding to integral values: floor, ceil, trunc (bool and integers pass through with
 * their own dtype, as in NumPy 2) and rint (round half to even; float and complex only).
 * All are exact: the sign of zero is kept (floor(-0.5) is -1, ceil(-0.5) is -0).
 */

import { roundingFast } from '../../kernels/rounding.js';
import { rint as crint } from './fpbits.js';
import { mapKernel } from './kernel_util.js';
import { defineUfunc } from './resolution.js';

const INT_AND_FLOAT = '?->? b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d';

function integral(name: 'floor' | 'ceil' | 'trunc', f: (x: number) => number) {
  return defineUfunc({
    name,
    nin: 1,
    nout: 1,
    identity: null,
    types: INT_AND_FLOAT,
    kernel: mapKernel((loop) => (loop.ins[0]!.kind === 'f' ? f : (x: number | bigint) => x)),
    fast: roundingFast(name, f),
  });
}

/**
 * f with a NaN returned quieted (payload and sign kept), as the CPU's rounding instruction
 * (NumPy's loops, the wasm kernels) returns a signaling NaN; Math.floor passes it on as it is.
 */
function quieting(f: (x: number) => number): (x: number) => number {
  return (x) => (Number.isNaN(x) ? x + x : f(x));
}

export const floor = integral('floor', quieting(Math.floor));
export const ceil = integral('ceil', quieting(Math.ceil));
export const trunc = integral('trunc', quieting(Math.trunc));
const rintQuiet = quieting(crint);

export const rint = defineUfunc({
  name: 'rint',
  nin: 1,
  nout: 1,
  identity: null,
  types: 'e->e f->f d->d F->F D->D',
  kernel: (loop) => {
    if (loop.ins[0]!.kind === 'c') {
      return (n, [a], [o]) => {
        const x = a as Float64Array;
        const z = o as Float64Array;
        for (let j = 0; j < 2 * n; j++) z[j] = rintQuiet(x[j]!);
      };
    }
    return mapKernel(() => rintQuiet)(loop);
  },
  fast: roundingFast('rint', rintQuiet),
});
