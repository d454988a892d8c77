/**
 * A SIMD fast kernel of a real loop must report its floating-point errors even when the same
 * ufunc's complex loop ran just before (the complex loops record their own flags and silence
 * the output scan for themselves only).
 */
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { throwsNumpy } from '../../helpers.js';

describe('fast real kernels after a complex call', () => {
  const neg = np.negative(np.arange(1, 200, 1, { dtype: 'float64' }));
  const fns = { sqrt: np.sqrt, log: np.log, sin: np.sin };
  for (const [name, fn] of Object.entries(fns)) {
    it(`np.${name}`, () => {
      const f = fn as (x: unknown) => unknown;
      f(np.array([-1], { dtype: 'complex128' }));
      const bad = name === 'sin' ? np.full([200], Infinity) : neg;
      throwsNumpy(
        () => np.errstate({ invalid: 'raise' }, () => f(bad)),
        'FloatingPointError',
        `invalid value encountered in ${name}`,
      );
    });
  }
});
