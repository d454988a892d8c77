/**
 * np.floor, np.ceil, np.trunc, np.rint and np.sign on contiguous float64 / float32 blocks as
 * the ufuncs' fast loops: one WebAssembly SIMD instruction (or a select, for sign) per two or
 * four elements from SMALL_N elements on (assembly/arith.ts FLOOR…SIGN), else `scalar` in a
 * loop of its own. Both are exact: IEEE roundings keep the sign of zero and pass NaN on.
 * `roundingFast('floor', Math.floor)['d->d'].a(new Float64Array([-0.5]), out)` sets out[0] = -1.
 */
import { map1 } from '../umath/fresh_loops.js';
import { SMALL_N, wasmKernels } from './index.js';

type F = Float64Array | Float32Array;
type UnFn = (a: number, o: number, n: number) => number;

function tooShort(): never {
  throw new RangeError('numtype kernels: an input is shorter than the output');
}

/** The fast loops ('d->d', 'f->f') of one rounding ufunc. */
export function roundingFast(
  name: 'floor' | 'ceil' | 'trunc' | 'rint' | 'sign',
  scalar: (x: number) => number,
) {
  const make = (f32: boolean) => {
    const loop = map1(scalar);
    const kernel = `${f32 ? 'f32' : 'f64'}_${name}`;
    return (x: F, out: F): void => {
      const n = out.length;
      if (x.length < n) tooShort();
      const w = n < SMALL_N ? null : wasmKernels();
      if (w === null) {
        loop(n, [x], [out]);
        return;
      }
      const ex = w.ex as unknown as Record<string, UnFn>;
      w.unary(ex[kernel]!, f32 ? w.f32 : w.f64, x as Float64Array, out as Float64Array);
    };
  };
  return { 'd->d': { a: make(false) }, 'f->f': { a: make(true) } };
}
