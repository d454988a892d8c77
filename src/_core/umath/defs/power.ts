/**
 * power (pow), float_power, square, reciprocal.
 *
 * Integer power is exponentiation by squaring with wrap-around; a negative exponent in a
 * signed loop raises NumPy's ValueError. Float power calls pow/powf as the C library
 * computes them (libm_pow.ts); when the exponent is constant along the inner loop, NumPy's
 * float32/float64 loops take shortcuts (x**-1 → 1/x, x**0.5 → sqrt, x**2 → x*x), which
 * differ from pow for -0 and -inf, so the same shortcuts are taken here. Complex power is
 * npy_cpow (complex_pow.ts).
 */
import type { DType } from '../../dtype.js';
import { floatToInt } from '../../elements.js';
import { ValueError } from '../../errors.js';
import * as K from '../../kernels/index.js';
import { NDArray } from '../../ndarray.js';
import { raiseFlag } from '../errstate.js';
import { cmap1 } from '../fresh_loops.js';
import type { Kernel } from '../iterator.js';
import type { LoopSig } from '../resolve.js';
import { cmul64, cmul128 } from './arithmetic.js';
import { csquareKernel } from './complex_fma.js';
import { CR, cpow } from './complex_pow.js';
import { fadd, fdiv, flagResult, fmul, halfOverflow, roundOf } from './fpops.js';
import { bigWrapper, mapKernel, mulWrap } from './kernel_util.js';
import { pow as libmPow, powf } from './libm_pow.js';
import { defineUfunc } from './resolution.js';
import { callScopedFlag, innerStrides, innerStridesZero } from './strides.js';

const INTS = 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L';
const noScan = () => null;

function negativePower(): ValueError {
  return new ValueError('Integers to negative integer powers are not allowed.');
}

/** a**b modulo the dtype's width, by squaring. */
function intPower(dt: DType): (a: number, b: number) => number {
  const mul = mulWrap(dt);
  const signed = dt.kind === 'i';
  return (a, b) => {
    if (signed && b < 0) throw negativePower();
    let out = 1;
    let base = a;
    let e = b;
    while (e > 0) {
      if (e & 1) out = mul(out, base);
      e = Math.floor(e / 2);
      if (e > 0) base = mul(base, base);
    }
    return mul(out, 1);
  };
}

function bigPower(dt: DType): (a: bigint, b: bigint) => bigint {
  const wrap = bigWrapper(dt);
  const signed = dt.kind === 'i';
  return (a, b) => {
    if (signed && b < 0n) throw negativePower();
    let out = 1n;
    let base = a;
    let e = b;
    while (e > 0n) {
      if (e & 1n) out = wrap(out * base);
      e >>= 1n;
      if (e > 0n) base = wrap(base * base);
    }
    return out;
  };
}

/** Set while a power call runs whose exponent has stride 0 in the inner loop. */
const constExponent = { on: false };

/** NumPy's shortcuts for a constant exponent (loops_umath_fp.dispatch.c.src), else pow. */
function floatPower(dt: DType, shortcuts: boolean): (a: number, b: number) => number {
  const R = roundOf(dt);
  if (dt.itemsize === 2) return (a, b) => halfOverflow(flagResult(powf(a, b), a, b, a === 0));
  const p = dt.itemsize === 8 ? libmPow : powf;
  return (a, b) => {
    if (shortcuts && constExponent.on) {
      if (b === -1) return fdiv(1, a, R);
      if (b === 0) return 1;
      if (b === 0.5) return flagResult(R(Math.sqrt(a)), a, b, false);
      if (b === 1) return a;
      if (b === 2) return fmul(a, a, R);
    }
    return flagResult(p(a, b), a, b, a === 0);
  };
}

/** Whether `floatPower` takes a shortcut for the constant exponent b (not pow). */
function shortcutExponent(b: number): boolean {
  return b === -1 || b === 0 || b === 0.5 || b === 1 || b === 2;
}

/**
 * x ** 2 (NumPy's square shortcut, floatPower's fmul) over a float64 run by the SIMD multiply:
 * np.power(a, 2) of 1e6 ran the scalar loop at ~4 ms. Overflow (an infinite square of a
 * finite value) is looked for only when a non-finite result was seen; x·x is never NaN from
 * numbers. False without the wasm kernels or in place (the caller's loop runs).
 */
function squareFast(x: Float64Array, z: Float64Array, n: number): boolean {
  if (n < 64 || K.wasmKernels() === null) return false;
  const xs = x.length === n ? x : x.subarray(0, n);
  const zs = z.length === n ? z : z.subarray(0, n);
  // In place the inputs are gone before the overflow test: the caller's loop.
  if (xs.buffer === zs.buffer && xs.byteOffset === zs.byteOffset) return false;
  K.mulF64(xs, xs, zs);
  if (K.nonFiniteSeen() !== false) {
    for (let i = 0; i < n; i++) {
      const v = zs[i]!;
      if ((v === Infinity || v === -Infinity) && Number.isFinite(xs[i]!)) {
        raiseFlag('over');
        break;
      }
    }
  }
  return true;
}

/** Raise the flags a fma-module kernel reports (bits 1 invalid, 2 divide, 4 overflow). */
function raisePowFlags(bits: number): void {
  if (bits & 1) raiseFlag('invalid');
  if (bits & 2) raiseFlag('divide');
  if (bits & 4) raiseFlag('over');
}

/**
 * float64 pow on the fused-multiply-add module (kernels/fma_wasm.ts `powF64`: glibc's FMA
 * steps on the CPU's FMA, the same bits as libm_pow.ts `pow`, which emulates them ~40 times
 * slower) where it loads; it reports the flags `flagResult` raises element by element. A
 * constant exponent that `floatPower` shortcuts, and the js backend, run `block` (the
 * scalar loop). `scalar` takes an operand broadcast along the run as a number.
 */
function pow64Kernel(
  block: Kernel,
  f: (a: number, b: number) => number,
  shortcuts: boolean,
): Kernel {
  const kernel: Kernel = (n, ins, outs) => {
    const k = K.fmaKernels();
    const y = ins[1] as Float64Array;
    if (k === null || (shortcuts && constExponent.on && n > 0 && shortcutExponent(y[0]!))) {
      block(n, ins, outs);
      return;
    }
    raisePowFlags(k.binaryF64('powF64', ins[0] as Float64Array, y, outs[0] as Float64Array, n));
  };
  kernel.scalar = (n, ins, outs) => {
    const a = ins[0] as Float64Array | number;
    const b = ins[1] as Float64Array | number;
    const z = outs[0] as Float64Array;
    const k = K.fmaKernels();
    const shortcut = typeof b === 'number' && shortcuts && constExponent.on && shortcutExponent(b);
    if (shortcut && b === 2 && typeof a !== 'number' && squareFast(a, z, n)) return;
    if (k !== null && !shortcut) {
      raisePowFlags(k.binaryF64('powF64', a, b, z, n));
    } else if (typeof a === 'number') {
      const y = b as Float64Array;
      for (let i = 0; i < n; i++) z[i] = f(a, y[i]!);
    } else {
      const x = a;
      const c = b as number;
      for (let i = 0; i < n; i++) z[i] = f(x[i]!, c);
    }
  };
  return kernel;
}

/**
 * float32 powf on the FMA module (`powF32`, glibc's powf with the CPU's fma: the same bits as
 * libm_pow.ts `powf`, ~15 times faster) where it loads, with flagResult's flags; the shortcut
 * exponents and the js backend run `block`.
 */
function pow32Kernel(block: Kernel, shortcuts: boolean): Kernel {
  return (n, ins, outs) => {
    const k = K.fmaKernels();
    const y = ins[1] as Float32Array | Float64Array;
    if (k === null || (shortcuts && constExponent.on && n > 0 && shortcutExponent(y[0]!))) {
      block(n, ins, outs);
      return;
    }
    const x = ins[0] as Float32Array | Float64Array;
    raisePowFlags(k.binaryF32('powF32', x, y, outs[0] as Float32Array | Float64Array, n));
  };
}

function complexPower(loop: LoopSig): Kernel {
  const single = loop.ins[0]!.itemsize === 8;
  return (n, [a, b], [o]) => {
    const x = a as Float64Array;
    const y = b as Float64Array;
    const z = o as Float64Array;
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      cpow(x[j]!, x[j + 1]!, y[j]!, y[j + 1]!, single);
      z[j] = CR.re;
      z[j + 1] = CR.im;
    }
  };
}

function powerKernel(shortcuts: boolean): (loop: LoopSig) => Kernel {
  const real = mapKernel((loop) => {
    const t = loop.ins[0]!;
    if (t.kind === 'f') return floatPower(t, shortcuts);
    return t.isBig ? bigPower(t) : intPower(t);
  });
  return (loop) => {
    const t = loop.ins[0]!;
    if (t.kind === 'c') return complexPower(loop);
    if (t.kind === 'f' && t.itemsize === 8) {
      return pow64Kernel(real(loop), floatPower(t, shortcuts), shortcuts);
    }
    if (t.kind === 'f' && t.itemsize === 4) return pow32Kernel(real(loop), shortcuts);
    return real(loop);
  };
}

const powerUfunc = defineUfunc({
  name: 'power',
  nin: 2,
  nout: 1,
  identity: null,
  types: `${INTS} ee->e ff->f dd->d FF->F DD->D`,
  kernel: powerKernel(true),
  fpcheck: noScan,
  validate: (loop, ins) => {
    const t = loop.ins[0]!;
    constExponent.on = t.kind === 'f' && t.itemsize >= 4 && innerStridesZero(ins, loop.ins, [1]);
  },
});
callScopedFlag(powerUfunc, constExponent);

export const power = powerUfunc;
export const pow = power;

export const float_power = defineUfunc({
  name: 'float_power',
  nin: 2,
  nout: 1,
  identity: null,
  types: 'dd->d DD->D',
  kernel: powerKernel(false),
  fpcheck: noScan,
});

/**
 * Set for a complex square whose input and output are both strided: NumPy's SIMD loop
 * (fused multiply-adds) needs one of them contiguous and falls back to plain products.
 */
const plainComplexSquare = { on: false };

/** x*x: wrapping for integers; complex as NumPy's loops (FMA SIMD unless both sides strided). */
export const square = defineUfunc({
  name: 'square',
  nin: 1,
  nout: 1,
  identity: null,
  types: `b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->F D->D`,
  kernel: (loop) => {
    const t = loop.ins[0]!;
    if (t.kind === 'c') {
      const single = t.itemsize === 8;
      // Both sides strided: NumPy's plain products, rounded to the type at each step.
      const R = single ? Math.fround : (v: number) => v;
      const plain = cmap1((re: number, im: number, z: Float64Array, j: number) => {
        z[j] = R(R(re * re) - R(im * im));
        z[j + 1] = R(R(re * im) + R(im * re));
      }) as Kernel;
      // Otherwise NumPy's SIMD loop, simd_csquare = simd_cmul(x, x): the product's FMA
      // kernel, NaN results included (the FMA module where loaded, else the scalar port).
      const mul = single ? cmul64 : cmul128;
      const fmaLoop = cmap1((re: number, im: number, z: Float64Array, j: number) =>
        mul(re, im, re, im, z, j),
      ) as Kernel;
      const fast = csquareKernel(fmaLoop, mul, single);
      return (n, ins, outs) => (plainComplexSquare.on ? plain : fast)(n, ins, outs);
    }
    return mapKernel(() => {
      if (t.kind === 'f') {
        // Flags come from the output scan ('generic'), float16's overflow included.
        const R = roundOf(t);
        return (a: number) => R(a * a);
      }
      if (t.isBig) {
        const w = bigWrapper(t);
        return (a: bigint) => w(a * a);
      }
      const mul = mulWrap(t);
      return (a: number) => mul(a, a);
    })(loop);
  },
  fpcheck: 'generic',
  // x·x as the SIMD multiply (x op x copies its input once): the same bits as a * a.
  fast: {
    'd->d': { a: (x: Float64Array, o: Float64Array) => K.mulF64(x, x, o) },
    'f->f': { a: (x: Float32Array, o: Float32Array) => K.mulF32(x, x, o) },
  },
});
callScopedFlag(square, plainComplexSquare, (args, opts) => {
  const x = args[0];
  const out = args.length > 1 ? args[1] : Array.isArray(opts.out) ? opts.out[0] : opts.out;
  if (
    !(x instanceof NDArray) ||
    !(out instanceof NDArray) ||
    x.dtype.kind !== 'c' ||
    out.dtype !== x.dtype
  )
    return false;
  const [sx, so] = innerStrides([x, out]);
  return sx !== x.itemsize && so !== out.itemsize;
});

/** NumPy's complex reciprocal (loops.c.src), with the flags of its divisions. */
function complexReciprocal(loop: LoopSig): Kernel {
  const Rc = loop.ins[0]!.itemsize === 8 ? Math.fround : (v: number) => v;
  return (n, [a], [o]) => {
    const x = a as Float64Array;
    const z = o as Float64Array;
    for (let i = 0, j = 0; i < n; i++, j += 2) {
      const re = x[j]!;
      const im = x[j + 1]!;
      // C's <= on a NaN raises invalid (x86 comisd).
      if (Number.isNaN(re) || Number.isNaN(im)) raiseFlag('invalid');
      if (Math.abs(im) <= Math.abs(re)) {
        const r = fdiv(im, re, Rc);
        const d = fadd(re, fmul(im, r, Rc), Rc);
        z[j] = fdiv(1, d, Rc);
        z[j + 1] = fdiv(-r, d, Rc);
      } else {
        const r = fdiv(re, im, Rc);
        const d = fadd(fmul(re, r, Rc), im, Rc);
        z[j] = fdiv(r, d, Rc);
        z[j + 1] = fdiv(-1, d, Rc);
      }
    }
  };
}

/** 1/x: integers as (type)(1.0 / x), so 1/0 is the C cast of inf (with divide and invalid flags). */
export const reciprocal = defineUfunc({
  name: 'reciprocal',
  nin: 1,
  nout: 1,
  identity: null,
  types: `b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->F D->D`,
  kernel: (loop) => {
    const t = loop.ins[0]!;
    if (t.kind === 'c') return complexReciprocal(loop);
    return mapKernel(() => {
      if (t.kind === 'f') {
        const R = roundOf(t);
        return t.itemsize === 2
          ? (a: number) => halfOverflow(fdiv(1, a, R))
          : (a: number) => fdiv(1, a, R);
      }
      const atZero = floatToInt(Infinity, t);
      const one = t.isBig ? 1n : 1;
      const minusOne = t.isBig ? (t.kind === 'i' ? -1n : 0n) : t.kind === 'i' ? -1 : 0;
      const zero = t.isBig ? 0n : 0;
      return (a: number | bigint) => {
        if (a === 0 || a === 0n) {
          raiseFlag('divide');
          raiseFlag('invalid');
          return atZero;
        }
        if (a === 1 || a === 1n) return one;
        if (a === -1 || a === -1n) return minusOne;
        return zero;
      };
    })(loop);
  },
  fpcheck: noScan,
});
