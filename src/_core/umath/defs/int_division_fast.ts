/**
 * floor_divide and remainder of the int8 … uint32 loops without per-element branches
 * (UfuncDef.fast): q = floor(a / b) in float64 is exact for |a|, |b| < 2^32 (see
 * division.ts), and r = a − q·b. A zero divisor needs no test: a / 0 is ±inf or NaN, which
 * the typed-array store turns into NumPy's 0; the divide flag is raised once when a divisor
 * is 0 (a native indexOf scan). MIN // -1 gives −MIN, which the store wraps to MIN, as
 * NumPy; its overflow flag is found by scans for -1 and MIN (a flag kept in the loop, by
 * `hit |= +(q === lim)`, made it 3-7x slower).
 *
 * An int32 array by a constant (|d| ≥ 2) runs on SIMD lanes by multiplication
 * (kernels/int_wasm.ts i32FloorDivScalar), as NumPy's libdivide loops do: 1e6 `i // 7`
 * ~1.1 → ~0.3 ms.
 *
 * The old loops (`a % b` with a sign fix-up, `b === 0` tests) took ~20 ns an element on
 * random data: `%` can give −0, which sends V8 to its float modulus.
 */
import { INT_DTYPES, type IntArr, i32FloorDivScalar } from '../../kernels/int_wasm.js';
import { raiseFlag } from '../errstate.js';
import type { FastKernel } from '../ufunc.js';
import { BIN, lazy, SV, VS } from './int_fast.js';

/** Whether some i has a[i] === MIN and b[i] === -1 (MIN // -1 overflows). */
function minByMinusOne(a: IntArr, b: IntArr, min: number): boolean {
  let i = b.indexOf(-1);
  while (i >= 0) {
    if (a[i] === min) return true;
    i = b.indexOf(-1, i + 1);
  }
  return false;
}

/** The fast kernels of floor_divide (rem false) or remainder (rem true) for 'bb->b' … 'II->I'. */
export function intDivisionFast(rem: boolean): Record<string, FastKernel> {
  const r: Record<string, FastKernel> = {};
  const f = rem
    ? (x: number, y: number) => x - Math.floor(x / y) * y
    : (x: number, y: number) => Math.floor(x / y);
  for (const [c, bits, signed] of INT_DTYPES) {
    // Only a signed floor division overflows.
    const min = !rem && signed ? -(2 ** (bits - 1)) : Number.NaN;
    const aa = lazy(BIN, f);
    const as = lazy(VS, f);
    const sa = lazy(SV, f);
    r[`${c}${c}->${c}`] = {
      aa: (a: IntArr, b: IntArr, o: IntArr) => {
        aa()(a, b, o);
        if (b.indexOf(0) >= 0) raiseFlag('divide');
        if (!Number.isNaN(min) && minByMinusOne(a, b, min)) raiseFlag('over');
      },
      as: (a: IntArr, s: number, o: IntArr) => {
        // int32 by a constant: multiplication by its magic number on SIMD lanes.
        const simd = c === 'i' && i32FloorDivScalar(a as Int32Array, s, rem, o as Int32Array);
        if (!simd) as()(a, s, o);
        if (s === 0 && o.length > 0) raiseFlag('divide');
        if (s === -1 && a.indexOf(min) >= 0) raiseFlag('over');
      },
      sa: (s: number, a: IntArr, o: IntArr) => {
        sa()(s, a, o);
        if (a.indexOf(0) >= 0) raiseFlag('divide');
        if (s === min && a.indexOf(-1) >= 0) raiseFlag('over');
      },
    };
  }
  return r;
}
