/**
 * Kernel factories for loops whose scalar function depends on the loop's dtypes (bit
 * width, signedness, float precision): `make(loop)` is called once per typed loop and
 * returns the scalar function the kernel maps over a block. Also the integer facts
 * (bounds, wrap-around) those scalar functions need.
 */
import type { DType } from '../../dtype.js';
import { map1, map2, map3 } from '../fresh_loops.js';
import type { Kernel } from '../iterator.js';
import type { LoopSig } from '../resolve.js';

type Any = any;

/** One output from n inputs (real or integer operands; complex ones are handled by their own kernels). */
export function mapKernel(
  make: (loop: LoopSig) => (...xs: Any[]) => Any,
): (loop: LoopSig) => Kernel {
  return (loop) => {
    const f = make(loop);
    switch (loop.ins.length) {
      // Loops of their own per typed loop (fresh_loops.ts): V8 then inlines f.
      case 1:
        return map1(f) as Kernel;
      case 2:
        return map2(f) as Kernel;
      case 3:
        return map3(f) as Kernel;
      default:
        return (n, ins, [o]) => {
          const z = o as Any;
          const args = new Array(ins.length);
          for (let i = 0; i < n; i++) {
            for (let k = 0; k < ins.length; k++) args[k] = (ins[k] as Any)[i];
            z[i] = f(...args);
          }
        };
    }
  };
}

/** Two outputs (divmod, modf, frexp): the scalar function writes its second result to `second[0]`. */
export function map2Kernel(
  make: (loop: LoopSig) => { f: (...xs: Any[]) => Any; second: Any[] },
): (loop: LoopSig) => Kernel {
  return (loop) => {
    const { f, second } = make(loop);
    if (loop.ins.length === 1) {
      return (n, [a], [o1, o2]) => {
        const x = a as Any;
        const z1 = o1 as Any;
        const z2 = o2 as Any;
        for (let i = 0; i < n; i++) {
          z1[i] = f(x[i]);
          z2[i] = second[0];
        }
      };
    }
    return (n, [a, b], [o1, o2]) => {
      const x = a as Any;
      const y = b as Any;
      const z1 = o1 as Any;
      const z2 = o2 as Any;
      for (let i = 0; i < n; i++) {
        z1[i] = f(x[i], y[i]);
        z2[i] = second[0];
      }
    };
  };
}

/** Number of value bits of an integer dtype. */
export function bitsOf(dt: DType): number {
  return dt.itemsize * 8;
}

/** The minimum of a signed ≤32-bit integer dtype (a number). */
export function minInt(dt: DType): number {
  return -(2 ** (bitsOf(dt) - 1));
}

export const MIN_I64 = -(2n ** 63n);

/** Wrap a ≤32-bit integer result to the dtype's width (C assignment to a narrower type). */
export function wrapper(dt: DType): (x: number) => number {
  switch (dt.name) {
    case 'int8':
      return (x) => (x << 24) >> 24;
    case 'uint8':
      return (x) => x & 0xff;
    case 'int16':
      return (x) => (x << 16) >> 16;
    case 'uint16':
      return (x) => x & 0xffff;
    case 'int32':
      return (x) => x | 0;
    default:
      return (x) => x >>> 0;
  }
}

/** Wrap a 64-bit integer result (bigint) to the dtype's width. */
export function bigWrapper(dt: DType): (x: bigint) => bigint {
  return dt.kind === 'i' ? (x) => BigInt.asIntN(64, x) : (x) => BigInt.asUintN(64, x);
}

/** Product modulo the dtype's width: exact for 8/16-bit, Math.imul for 32-bit. */
export function mulWrap(dt: DType): (a: number, b: number) => number {
  if (dt.itemsize === 4)
    return dt.kind === 'i' ? (a, b) => Math.imul(a, b) : (a, b) => Math.imul(a, b) >>> 0;
  const w = wrapper(dt);
  return (a, b) => w(a * b);
}
