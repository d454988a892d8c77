/**
 * Float ufuncs that work on the representation: copysign, nextafter, spacing, ldexp, frexp,
 * modf, signbit. float16 nextafter and spacing follow NumPy's half-precision bit algorithms
 * (npy_half_nextafter, npy_half_spacing), which differ from the float ones (a float16
 * spacing is positive even for negative inputs).
 */
import { raiseFlag } from '../errstate.js';
import type { Kernel } from '../iterator.js';
import type { LoopSig } from '../resolve.js';
import {
  copysign as ccopysign,
  frexp as cfrexp,
  ldexp as cldexp,
  nextafter as cnextafter,
  signbit as csignbit,
  spacing as cspacing,
  half,
  halfNextafter,
  halfSpacing,
  ldexpf,
  nextafterf,
  spacingf,
} from './fpbits.js';
import { mapKernel } from './kernel_util.js';
import { defineUfunc, linearForArrays } from './resolution.js';

const FLOAT2 = 'ee->e ff->f dd->d';

export const copysign = defineUfunc({
  name: 'copysign',
  nin: 2,
  nout: 1,
  identity: null,
  types: FLOAT2,
  special: linearForArrays,
  kernel: mapKernel(() => ccopysign),
});

export const nextafter = defineUfunc({
  name: 'nextafter',
  nin: 2,
  nout: 1,
  identity: null,
  types: FLOAT2,
  special: linearForArrays,
  kernel: mapKernel((loop) => {
    const f =
      loop.ins[0]!.itemsize === 2
        ? (a: number, b: number) => half.value(halfNextafter(half.bits(a), half.bits(b)))
        : loop.ins[0]!.itemsize === 4
          ? nextafterf
          : cnextafter;
    // Stepping from the largest finite value to inf overflows (also when y is inf).
    return (a: number, b: number) => {
      const r = f(a, b);
      if ((r === Infinity || r === -Infinity) && Number.isFinite(a)) raiseFlag('over');
      return r;
    };
  }),
  fpcheck: () => null,
});

/** Distance to the next representable value away from zero; overflow at the largest finite value. */
export const spacing = defineUfunc({
  name: 'spacing',
  nin: 1,
  nout: 1,
  identity: null,
  types: 'e->e f->f d->d',
  kernel: mapKernel((loop) => {
    const size = loop.ins[0]!.itemsize;
    if (size === 2) {
      return (a: number) => {
        const h = half.bits(a);
        const r = halfSpacing(h);
        // NumPy's half code raises these itself (NPY_HALF_GENERATE_*).
        if ((h & 0x7c00) === 0x7c00) raiseFlag('invalid');
        else if (h === 0x7bff) raiseFlag('over');
        return half.value(r);
      };
    }
    const f = size === 4 ? spacingf : cspacing;
    return (a: number) => {
      const r = f(a);
      if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(a)) raiseFlag('over');
      return r;
    };
  }),
  fpcheck: () => null,
});

/** Exponents of an int64 loop outside the C int range act as INT_MAX/INT_MIN (as NumPy's ldexp_int64 loop). */
function intExponent(b: number | bigint): number {
  if (typeof b === 'bigint')
    return b > 2147483647n ? 2147483647 : b < -2147483648n ? -2147483648 : Number(b);
  return b;
}

export const ldexp = defineUfunc({
  name: 'ldexp',
  nin: 2,
  nout: 1,
  identity: null,
  types: 'ei->e fi->f el->e fl->f di->d dl->d',
  homogeneous: false,
  kernel: mapKernel((loop) => {
    const f = loop.ins[0]!.itemsize === 8 ? cldexp : ldexpf;
    return (a: number, b: number | bigint) => f(a, intExponent(b));
  }),
  fpcheck: 'generic',
});

/** Kernel of a 1-input, 2-output float function. */
function unary2(f: (x: number) => [number, number]): (loop: LoopSig) => Kernel {
  return () =>
    (n, [a], [o1, o2]) => {
      const x = a as Float64Array;
      const z1 = o1 as Float64Array;
      const z2 = o2 as unknown as Float64Array;
      for (let i = 0; i < n; i++) {
        const [m, e] = f(x[i]!);
        z1[i] = m;
        z2[i] = e;
      }
    };
}

/** x = m * 2**e with 0.5 <= |m| < 1 (int32 exponents). */
export const frexp = defineUfunc({
  name: 'frexp',
  nin: 1,
  nout: 2,
  identity: null,
  types: 'e->ei f->fi d->di',
  kernel: unary2(cfrexp),
});

/** C modf: (fractional part, integral part), both with x's sign. */
function cmodf(x: number): [number, number] {
  if (Number.isNaN(x)) return [x, x];
  const i = Math.trunc(x);
  if (x === Infinity || x === -Infinity) return [ccopysign(0, x), x];
  return [ccopysign(x - i, x), i];
}

export const modf = defineUfunc({
  name: 'modf',
  nin: 1,
  nout: 2,
  identity: null,
  types: 'e->ee f->ff d->dd',
  kernel: unary2(cmodf),
});

export const signbit = defineUfunc({
  name: 'signbit',
  nin: 1,
  nout: 1,
  identity: null,
  types: 'e->? f->? d->?',
  kernel: mapKernel(() => csignbit),
});
