/**
 * Values and FP flags of the integer/bitwise/power/rounding/float-bits ufuncs against NumPy
 * (scripts/fixtures/gen_ufunc_values_int.py), for every loop dtype, on edge values. Binary
 * ufuncs run on a (n, 1) × (m,) grid; flags are compared element by element.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { diff, errorOf, fixture, flagsOf, table, values } from './integer_values.util.js';

const registry = np as unknown as Record<string, (...a: unknown[]) => unknown>;

/** The call's operands: a grid for binary ufuncs, the tables themselves otherwise. */
function operands(c: { ins: string[]; kind: string }): np.NDArray[] {
  const arrays = c.ins.map(table);
  if (c.kind === 'grid') return [arrays[0]!.reshape(-1, 1), arrays[1]!];
  return arrays;
}

/** 1-element arrays of the inputs at flat output index k. */
function elementOperands(c: { ins: string[]; kind: string }, k: number): np.NDArray[] {
  const vals = c.ins.map(values);
  const idx =
    c.kind === 'grid' ? [Math.floor(k / vals[1]!.length), k % vals[1]!.length] : c.ins.map(() => k);
  return c.ins.map((name, i) =>
    np.array([vals[i]![idx[i]!]] as never, { dtype: name.split(':')[0] as np.NumericDTypeName }),
  );
}

/**
 * Complex power with a non-integer (or large) exponent calls the C library's cpow =
 * cexp(b·clog(a)), whose last bits and signs of zero numtype does not reproduce: those
 * elements are compared within a tolerance. Integer exponents (repeated multiplication
 * in NumPy) are exact.
 */
function libraryCpow(c: {
  ufunc: string;
  ins: string[];
  kind: string;
}): ((k: number) => boolean) | undefined {
  if (!(c.ufunc === 'power' || c.ufunc === 'float_power') || !c.ins[0]!.startsWith('complex'))
    return undefined;
  const vals = c.ins.map(values) as np.Complex[][];
  return (k) => {
    const [i, j] =
      c.kind === 'grid' ? [Math.floor(k / vals[1]!.length), k % vals[1]!.length] : [k, k];
    const a = vals[0]![i]!;
    const b = vals[1]![j]!;
    const zeroBase = a.re === 0 && a.im === 0;
    const intExp = b.im === 0 && Number.isInteger(b.re) && Math.abs(b.re) < 100;
    return !(b.re === 0 && b.im === 0) && !zeroBase && !intExp;
  };
}

describe('integer/bitwise/rounding ufunc values match NumPy', () => {
  for (const c of fixture.cases) {
    const u = registry[c.ufunc]!;
    it(`${c.ufunc}(${c.ins.join(', ')})`, () => {
      const args = operands(c);
      if (c.error) {
        assert.deepEqual(
          errorOf(() => np.errstate({ all: 'ignore' }, () => u(...args))),
          c.error,
        );
        return;
      }
      const res = np.errstate({ all: 'ignore' }, () => u(...args));
      const outs = Array.isArray(res) ? res : [res];
      const loose = libraryCpow(c);
      const rtol = c.ins[0]!.startsWith('complex64') ? 2e-6 : 1e-14;
      const problems = c.outs!.flatMap((e, i) =>
        diff(outs[i], e, 8, loose, rtol).map((p) => `out${i} ${p}`),
      );
      assert.deepEqual(problems, []);
      // Flags, element by element on 1-element arrays.
      const n = c.outs![0]!.data.length;
      const bad: string[] = [];
      for (let k = 0; k < n && bad.length < 8; k++) {
        if (loose?.(k)) continue;
        const want = c.flags ? Number.parseInt(c.flags[k]!, 16) : 0;
        const got = flagsOf(() => u(...elementOperands(c, k)));
        if (got !== want) bad.push(`[${k}] flags ${got} expected ${want}`);
      }
      assert.deepEqual(bad, []);
    });
  }
});
