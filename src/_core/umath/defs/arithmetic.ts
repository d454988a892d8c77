/**
 * Arithmetic ufuncs: add, subtract, multiply, divide, negative, positive, absolute.
 * Each is a loop table (NumPy's `ufunc.types`) plus scalar implementations per family.
 */
import { UFuncTypeError } from '../../errors.js';
import * as K from '../../kernels/index.js';
import { asI64 } from '../../kernels/wasm.js';
import { binaryKernel, unaryKernel } from '../loops.js';
import type { Operand } from '../resolve.js';
import { makeUfunc } from '../ufunc.js';
import { cabs, cabsf } from './complex_abs.js';
import { fma, fmaf } from './fma.js';
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
  kernel: binaryKernel('add', {
    bool: (a, b) => a | b,
    int: (a, b) => a + b,
    big: (a, b) => a + b,
    float: (a, b) => a + b,
    complex: (ar, ai, br, bi, o, j) => {
      o[j] = ar + br;
      o[j + 1] = ai + bi;
    },
  }),
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
  kernel: binaryKernel('subtract', {
    int: (a, b) => a - b,
    big: (a, b) => a - b,
    float: (a, b) => a - b,
    complex: (ar, ai, br, bi, o, j) => {
      o[j] = ar - br;
      o[j + 1] = ai - bi;
    },
  }),
  fast: {
    ...subtractFast,
    ...int64Loops(K.subI64, K.subI64AS, K.subI64SA),
    'dd->d': { aa: K.subF64, as: K.subF64AS, sa: K.subF64SA },
    'ff->f': { aa: K.subF32, as: K.subF32AS, sa: K.subF32SA },
  },
  fpcheck: 'generic',
});

/** x86's default NaN (sign bit set), the result of an invalid operation such as inf·0. */
const DEFAULT_NAN = new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0]!;

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

export const multiply = makeUfunc({
  name: 'multiply',
  nin: 2,
  nout: 1,
  identity: 1,
  types: `??->? ${INTS} ${FLOATS} ${COMPLEX}`,
  kernel: binaryKernel('multiply', {
    bool: (a, b) => a & b,
    int: (a, b) => a * b,
    // 32-bit products exceed 2^53: multiply modulo 2^32.
    int32: (a, b) => Math.imul(a, b),
    big: (a, b) => a * b,
    float: (a, b) => a * b,
    // NumPy's element-wise complex loop is SIMD with fused multiply-adds (simd_cmul:
    // fmaddsub of a.re·b over the rounded a.im·b swapped), for every layout.
    complex: (ar, ai, br, bi, o, j) => {
      const re = fma(ar, br, -(ai * bi));
      const im = fma(ar, bi, ai * br);
      o[j] = !Number.isNaN(re) ? re : cmulNaN(ar, br, bi, ai);
      o[j + 1] = !Number.isNaN(im) ? im : cmulNaN(ar, bi, br, ai);
    },
    complex64: (ar, ai, br, bi, o, j) => {
      const re = fmaf(ar, br, -fround(ai * bi));
      const im = fmaf(ar, bi, fround(ai * br));
      o[j] = !Number.isNaN(re) ? re : cmulNaN(ar, br, bi, ai);
      o[j + 1] = !Number.isNaN(im) ? im : cmulNaN(ar, bi, br, ai);
    },
  }),
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

/** Complex division with Smith's algorithm, as NumPy's loops do. */
export function complexDivide(
  ar: number,
  ai: number,
  br: number,
  bi: number,
  o: Float64Array | Float32Array,
  j: number,
): void {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) {
      o[j] = ar / abr;
      o[j + 1] = ai / abi;
      return;
    }
    const rat = bi / br;
    const scl = 1.0 / (br + bi * rat);
    o[j] = (ar + ai * rat) * scl;
    o[j + 1] = (ai - ar * rat) * scl;
  } else {
    const rat = br / bi;
    const scl = 1.0 / (bi + br * rat);
    o[j] = (ar * rat + ai) * scl;
    o[j + 1] = (ai * rat - ar) * scl;
  }
}

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
  kernel: binaryKernel('divide', { float: (a, b) => a / b, complex: complexDivide }),
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
  kernel: unaryKernel('negative', {
    int: (a) => -a,
    big: (a) => -a,
    float: (a) => -a,
    complex: (re, im, o, j) => {
      o[j] = -re;
      o[j + 1] = -im;
    },
  }),
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
  kernel: (loop) =>
    unaryKernel('absolute', {
      bool: (a) => a,
      int: (a) => Math.abs(a),
      big: (a) => (a < 0n ? -a : a),
      float: (a) => Math.abs(a),
      complexToReal: loop.ins[0]!.itemsize === 8 ? cabsf : cabs,
    })(loop),
  fpcheck: 'generic',
});
export const abs = absolute;
