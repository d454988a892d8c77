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

/** The lanes' verdicts of the complex loops (2 bytes an element), reused from call to call. */
let laneBytes = new Uint8Array(0);

/**
 * A complex classification over interleaved lanes: the float SIMD comparison `cmp` on every
 * part (kernels' compare), then per element both parts' bytes read as one 16-bit word: any
 * part (`all` false: isnan, isinf) or both parts (isfinite: 0x0101).
 */
function complexLanes(cmp: Cmp, all: boolean): Kernel {
  return (n, [a], [o]) => {
    if (laneBytes.length < 2 * n) laneBytes = new Uint8Array(Math.max(2 * n, 4096));
    const t = laneBytes.subarray(0, 2 * n);
    const x = (a as Float64Array | Float32Array).subarray(0, 2 * n);
    K.compare(cmp.op, x, cmp.b === 'self' ? x : cmp.b, t);
    const w = new Uint16Array(t.buffer, 0, n);
    const z = o as Uint8Array;
    if (all) for (let i = 0; i < n; i++) z[i] = w[i] === 0x0101 ? 1 : 0;
    else for (let i = 0; i < n; i++) z[i] = w[i] !== 0 ? 1 : 0;
  };
}

interface Cmp {
  op: 'ne' | 'aeq' | 'alt';
  b: number | 'self';
}

function classifier(
  name: string,
  real: (x: number) => boolean,
  intValue: boolean,
  cplx: { cmp: Cmp; all: boolean },
  fast?: UfuncDef['fast'],
) {
  const kernel = (loop: LoopSig): Kernel => {
    const t = loop.ins[0]!;
    if (t.kind === 'c') return complexLanes(cplx.cmp, cplx.all);
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

export const isnan = classifier(
  'isnan',
  nan,
  false,
  { cmp: { op: 'ne', b: 'self' }, all: false },
  {
    'f->?': nanSelf,
    'd->?': nanSelf,
  },
);
export const isinf = classifier(
  'isinf',
  inf,
  false,
  { cmp: { op: 'aeq', b: Infinity }, all: false },
  {
    'f->?': infAbs,
    'd->?': infAbs,
  },
);
export const isfinite = classifier(
  'isfinite',
  Number.isFinite,
  true,
  { cmp: { op: 'alt', b: Infinity }, all: true },
  { 'f->?': finiteAbs, 'd->?': finiteAbs },
);
