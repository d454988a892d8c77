/**
 * maximum/minimum (NaN-propagating) and fmax/fmin (NaN-ignoring). Complex values order as
 * NumPy's CGE/CLE (complex_order.ts); a NaN in either part counts as NaN.
 */

import { maximumFast, minimumFast } from '../../kernels/extrema.js';
import { cge, cle } from '../complex_order.js';
import { binaryKernel } from '../loops.js';
import { makeUfunc } from '../ufunc.js';
import { maximumIntFast, minimumIntFast } from './int_fast.js';

const TYPES = '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D';

const cnan = (re: number, im: number) => Number.isNaN(re) || Number.isNaN(im);
type C = Float64Array | Float32Array;
function put(o: C, j: number, re: number, im: number): void {
  o[j] = re;
  o[j + 1] = im;
}

export const maximum = makeUfunc({
  name: 'maximum',
  nin: 2,
  nout: 1,
  identity: null,
  types: TYPES,
  kernel: binaryKernel('maximum', {
    int: (a, b) => (a >= b ? a : b),
    big: (a, b) => (a >= b ? a : b),
    // Ties (±0) give the second operand, as NumPy's float32/64 loops do (float16's the first).
    float: (a, b, dt) => (a > b || Number.isNaN(a) || (a === b && dt.itemsize === 2) ? a : b),
    complex: (ar, ai, br, bi, o, j) =>
      cnan(ar, ai) || cge(ar, ai, br, bi) ? put(o, j, ar, ai) : put(o, j, br, bi),
  }),
  fast: { ...maximumIntFast, ...maximumFast },
});

export const minimum = makeUfunc({
  name: 'minimum',
  nin: 2,
  nout: 1,
  identity: null,
  types: TYPES,
  kernel: binaryKernel('minimum', {
    int: (a, b) => (a <= b ? a : b),
    big: (a, b) => (a <= b ? a : b),
    float: (a, b, dt) => (a < b || Number.isNaN(a) || (a === b && dt.itemsize === 2) ? a : b),
    complex: (ar, ai, br, bi, o, j) =>
      cnan(ar, ai) || cle(ar, ai, br, bi) ? put(o, j, ar, ai) : put(o, j, br, bi),
  }),
  fast: { ...minimumIntFast, ...minimumFast },
});

export const fmax = makeUfunc({
  name: 'fmax',
  nin: 2,
  nout: 1,
  identity: null,
  types: TYPES,
  kernel: binaryKernel('fmax', {
    int: (a, b) => (a >= b ? a : b),
    big: (a, b) => (a >= b ? a : b),
    float: (a, b) => (a >= b || Number.isNaN(b) ? a : b),
    complex: (ar, ai, br, bi, o, j) =>
      cnan(br, bi) || (!cnan(ar, ai) && cge(ar, ai, br, bi))
        ? put(o, j, ar, ai)
        : put(o, j, br, bi),
  }),
});

export const fmin = makeUfunc({
  name: 'fmin',
  nin: 2,
  nout: 1,
  identity: null,
  types: TYPES,
  kernel: binaryKernel('fmin', {
    int: (a, b) => (a <= b ? a : b),
    big: (a, b) => (a <= b ? a : b),
    float: (a, b) => (a <= b || Number.isNaN(b) ? a : b),
    complex: (ar, ai, br, bi, o, j) =>
      cnan(br, bi) || (!cnan(ar, ai) && cle(ar, ai, br, bi))
        ? put(o, j, ar, ai)
        : put(o, j, br, bi),
  }),
});
