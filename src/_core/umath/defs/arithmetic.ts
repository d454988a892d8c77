/**
 * Arithmetic ufuncs: add, subtract, multiply, divide, negative, positive, absolute.
 * Each is a loop table (NumPy's `ufunc.types`) plus scalar implementations per family.
 */
import { UFuncTypeError } from '../../errors.js';
import * as K from '../../kernels/index.js';
import { asI64 } from '../../kernels/wasm.js';
import { binaryKernel, type CBinary, unaryKernel } from '../loops.js';
import type { Operand } from '../resolve.js';
import { makeUfunc } from '../ufunc.js';
import { cabs, cabsf } from './complex_abs.js';
import { cabsKernel, cmulKernel } from './complex_fma.js';
import { cdivKernel, laneBinary, laneUnary, withPairScalar } from './complex_lanes.js';
import { fma, fmaf } from './fma.js';
// x86's default NaN (sign bit set), the result of an invalid operation such as inf·0.
import { DEFAULT_NAN } from './fpbits.js';
import {
  absoluteIntFast,
  addFast,
  multiplyFast,
  negativeIntFast,
  subtractFast,
} from './int_fast.js';

const fround = Math.fround;

const INTS = 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L';
const FLOATS = 'ee->e ff->f dd->d';
const COMPLEX = 'FF->F DD->D';

type I64 = BigInt64Array;
type Big64 = BigInt64Array | BigUint64Array;

/**
 * The int64 and uint64 loops of a wrapping operation (the same bits for both): the kernels
 * of kernels/index.ts on int64 views of the blocks.
 */
function int64Loops(
  aa: (a: I64, b: I64, o: I64) => void,
  as: (a: I64, s: bigint, o: I64) => void,
  sa: (s: bigint, a: I64, o: I64) => void,
) {
  const k = {
    aa: (a: Big64, b: Big64, o: Big64) => aa(asI64(a), asI64(b), asI64(o)),
    as: (a: Big64, s: bigint, o: Big64) => as(asI64(a), s, asI64(o)),
    sa: (s: bigint, a: Big64, o: Big64) => sa(s, asI64(a), asI64(o)),
  };
  return { 'll->l': k, 'LL->L': k };
}

export const add = makeUfunc({
  name: 'add',
  nin: 2,
  nout: 1,
  identity: 0,
  types: `??->? ${INTS} ${FLOATS} ${COMPLEX}`,
  kernel: (loop) =>
    loop.ins[0]!.kind === 'c'
      ? withPairScalar(laneBinary(K.addF64, K.addF32, loop.ins[0]!.itemsize === 8), 2)
      : binaryKernel('add', {
          bool: (a, b) => a | b,
          int: (a, b) => a + b,
          big: (a, b) => a + b,
          float: (a, b) => a + b,
        })(loop),
  fast: {
    ...addFast,
    'dd->d': { aa: K.addF64, as: K.addF64AS, sa: K.addF64SA },
    'ff->f': { aa: K.addF32, as: K.addF32AS, sa: K.addF32SA },
    ...int64Loops(K.addI64, K.addI64AS, (s, a, o) => K.addI64AS(a, s, o)),
  },
  fpcheck: 'generic',
});

function boolOperands(ops: Operand[]): boolean {
  return ops.every((o) => o.dtype.kind === 'b');
}

export const subtract = makeUfunc({
  name: 'subtract',
  nin: 2,
  nout: 1,
  identity: null,
  types: `${INTS} ${FLOATS} ${COMPLEX}`,
  special: (ops) => {
    if (boolOperands(ops)) {
      throw new TypeError(
        'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.',
      );
    }
    return null;
  },
  kernel: (loop) =>
    loop.ins[0]!.kind === 'c'
      ? withPairScalar(laneBinary(K.subF64, K.subF32, loop.ins[0]!.itemsize === 8), 2)
      : binaryKernel('subtract', {
          int: (a, b) => a - b,
          big: (a, b) => a - b,
          float: (a, b) => a - b,
        })(loop),
  fast: {
    ...subtractFast,
    ...int64Loops(K.subI64, K.subI64AS, K.subI64SA),
    'dd->d': { aa: K.subF64, as: K.subF64AS, sa: K.subF64SA },
    'ff->f': { aa: K.subF32, as: K.subF32AS, sa: K.subF32SA },
  },
  fpcheck: 'generic',
});

/**
 * Which NaN one part of NumPy's SIMD complex product returns (bit for bit): fmaddsub(a, b, c)
 * with c = bx·by (the swapped product) passes on the first NaN operand in the order a, b,
 * then c's own operands bx, by — with its sign, the subtraction does not flip a NaN — and
 * an invalid operation (inf·0, inf − inf) gives the default NaN.
 */
function cmulNaN(a: number, b: number, bx: number, by: number): number {
  if (Number.isNaN(a)) return a;
  if (Number.isNaN(b)) return b;
  if (Number.isNaN(bx)) return bx;
  if (Number.isNaN(by)) return by;
  return DEFAULT_NAN;
}

/** NumPy's scalar complex product (its indexed loop for multiply.at). */
const plainComplexMultiply = binaryKernel('multiply', {
  complex: (ar, ai, br, bi, o, j) => {
    o[j] = ar * br - ai * bi;
    o[j + 1] = ar * bi + ai * br;
  },
  complex64: (ar, ai, br, bi, o, j) => {
    o[j] = fround(fround(ar * br) - fround(ai * bi));
    o[j + 1] = fround(fround(ar * bi) + fround(ai * br));
  },
});

// NumPy's element-wise complex loop is SIMD with fused multiply-adds (simd_cmul: fmaddsub of
// a.re·b over the rounded a.im·b swapped), for every layout.
function cmulWith(
  fm: (a: number, b: number, c: number) => number,
  R: (v: number) => number,
): CBinary {
  return (ar, ai, br, bi, o, j) => {
    const re = fm(ar, br, -R(ai * bi));
    const im = fm(ar, bi, R(ai * br));
    o[j] = !Number.isNaN(re) ? re : cmulNaN(ar, br, bi, ai);
    o[j + 1] = !Number.isNaN(im) ? im : cmulNaN(ar, bi, br, ai);
  };
}
export const cmul128 = cmulWith(fma, (v) => v);
export const cmul64 = cmulWith(fmaf, fround);

const multiplyKernel = binaryKernel('multiply', {
  bool: (a, b) => a & b,
  int: (a, b) => a * b,
  // 32-bit products exceed 2^53: multiply modulo 2^32.
  int32: (a, b) => Math.imul(a, b),
  big: (a, b) => a * b,
  float: (a, b) => a * b,
  complex: cmul128,
  complex64: cmul64,
});

export const multiply = makeUfunc({
  name: 'multiply',
  nin: 2,
  nout: 1,
  identity: 1,
  types: `??->? ${INTS} ${FLOATS} ${COMPLEX}`,
  kernel: (loop) => {
    const plain = multiplyKernel(loop);
    if (loop.ins[0]!.kind !== 'c') return plain;
    const f32 = loop.ins[0]!.itemsize === 8;
    return withPairScalar(cmulKernel(plain, f32 ? cmul64 : cmul128, f32), 2);
  },
  // ufunc.at takes NumPy's indexed loop: plain products, rounded to the type at each step.
  atKernel: (loop) => (loop.ins[0]!.kind === 'c' ? plainComplexMultiply(loop) : null),
  fast: {
    ...multiplyFast,
    ...int64Loops(K.mulI64, K.mulI64AS, (s, a, o) => K.mulI64AS(a, s, o)),
    'dd->d': { aa: K.mulF64, as: K.mulF64AS, sa: K.mulF64SA },
    'ff->f': { aa: K.mulF32, as: K.mulF32AS, sa: K.mulF32SA },
  },
  fpcheck: 'generic',
});

/**
 * Complex division with Smith's algorithm, as NumPy's loops do (loops.c.src @TYPE@_divide),
 * each step rounded by R: complex64 computes in float.
 */
function smithDivide(R: (v: number) => number): CBinary {
  return (ar, ai, br, bi, o, j) => {
    const abr = Math.abs(br);
    const abi = Math.abs(bi);
    if (abr >= abi) {
      if (abr === 0 && abi === 0) {
        o[j] = ar / abr;
        o[j + 1] = ai / abi;
        return;
      }
      const rat = R(bi / br);
      const scl = R(1.0 / R(br + R(bi * rat)));
      o[j] = R(R(ar + R(ai * rat)) * scl);
      o[j + 1] = R(R(ai - R(ar * rat)) * scl);
    } else {
      const rat = R(br / bi);
      const scl = R(1.0 / R(bi + R(br * rat)));
      o[j] = R(R(R(ar * rat) + ai) * scl);
      o[j + 1] = R(R(R(ai * rat) - ar) * scl);
    }
  };
}
export const complexDivide = smithDivide((v) => v);
export const complexDivide64 = smithDivide(fround);

const divideKernel = binaryKernel('divide', {
  float: (a, b) => a / b,
  complex: complexDivide,
  complex64: complexDivide64,
});

const divideDef = {
  nin: 2,
  nout: 1,
  identity: null,
  types: `${FLOATS} ${COMPLEX}`,
  // Integer and bool inputs divide in float64 (NumPy's true-division resolver).
  special: (
    _ops: Operand[],
    common: import('../../dtype.js').DType | null,
    loops: import('../resolve.js').LoopSig[],
  ) => {
    if (common && (common.kind === 'i' || common.kind === 'u' || common.kind === 'b'))
      return loops.find((l) => l.types === 'dd->d')!;
    return null;
  },
  fpcheck: 'divide' as const,
};

export const divide = makeUfunc({
  name: 'divide',
  ...divideDef,
  kernel: (loop) => {
    const plain = divideKernel(loop);
    const t = loop.ins[0]!;
    return t.kind === 'c' ? withPairScalar(cdivKernel(plain, t.itemsize === 8), 2) : plain;
  },
  fast: {
    'dd->d': { aa: K.divF64, as: K.divF64AS, sa: K.divF64SA },
    'ff->f': { aa: K.divF32, as: K.divF32AS, sa: K.divF32SA },
  },
  // inf/inf and 0/0 are invalid, finite/0 divide-by-zero, finite/finite → inf overflow;
  // an infinite input giving an infinite result is no error.
  fpcheck: (xs, out) => {
    if (Number.isNaN(out)) return xs.some(Number.isNaN) ? null : 'invalid';
    if (!xs.every(Number.isFinite)) return null;
    return xs[1] === 0 ? 'divide' : 'over';
  },
});
export const true_divide = divide;

export const negative = makeUfunc({
  name: 'negative',
  nin: 1,
  nout: 1,
  identity: null,
  types: `b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->F D->D`,
  special: (ops) => {
    if (ops[0]!.dtype.kind === 'b') {
      throw new TypeError(
        'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.',
      );
    }
    return null;
  },
  fast: { ...negativeIntFast, 'd->d': { a: K.negF64 }, 'f->f': { a: K.negF32 } },
  kernel: (loop) =>
    loop.ins[0]!.kind === 'c'
      ? laneUnary(K.negF64, K.negF32, loop.ins[0]!.itemsize === 8)
      : unaryKernel('negative', {
          int: (a) => -a,
          big: (a) => -a,
          float: (a) => -a,
        })(loop),
});

export const positive = makeUfunc({
  name: 'positive',
  nin: 1,
  nout: 1,
  identity: null,
  types: `b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->F D->D`,
  special: (ops) => {
    if (ops[0]!.dtype.kind === 'b')
      throw new UFuncTypeError(
        "ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
      );
    return null;
  },
  kernel: unaryKernel('positive', {
    int: (a) => a,
    big: (a) => a,
    float: (a) => a,
    complex: (re, im, o, j) => {
      o[j] = re;
      o[j + 1] = im;
    },
  }),
});

export const absolute = makeUfunc({
  name: 'absolute',
  nin: 1,
  nout: 1,
  identity: null,
  types: `?->? b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->f D->d`,
  fast: { ...absoluteIntFast, 'd->d': { a: K.absF64 }, 'f->f': { a: K.absF32 } },
  // Complex magnitude as NumPy computes it (bit-exact): larger * sqrt(fma(r, r, 1)).
  kernel: (loop) => {
    const f32 = loop.ins[0]!.itemsize === 8;
    const plain = unaryKernel('absolute', {
      bool: (a) => a,
      int: (a) => Math.abs(a),
      big: (a) => (a < 0n ? -a : a),
      float: (a) => Math.abs(a),
      complexToReal: f32 ? cabsf : cabs,
    })(loop);
    return loop.ins[0]!.kind === 'c' ? cabsKernel(plain, f32) : plain;
  },
  fpcheck: 'generic',
});
export const abs = absolute;
