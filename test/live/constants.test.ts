/**
 * NumPy's constants (src/_core/constants.ts) against NumPy: the values of np.pi, np.e,
 * np.euler_gamma, np.inf and np.nan, and their behaviour as weak scalars (NEP 50) in the
 * lines ported code writes with them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

describe('np.pi / np.e / np.euler_gamma / np.inf / np.nan vs NumPy', { skip: !hasNumpy() }, () => {
  it('have NumPy’s values and act as weak scalars', () => {
    const py = pyJSON<Record<string, string>>(`
f32 = np.array([1, 2], dtype='float32')
print(json.dumps({
  'pi': repr(np.pi), 'e': repr(np.e), 'euler_gamma': repr(np.euler_gamma),
  'inf': repr(np.inf), 'nan': repr(np.nan),
  'arr': str(np.array([1, np.nan, np.inf, -np.inf])),
  'full32': str(np.full(2, np.nan, dtype='float32').dtype),
  'times_pi': str((f32 * np.pi).dtype) + ' ' + str(f32 * np.pi),
  'cos': str(np.round(np.cos(np.array([0, np.pi / 3, np.pi])), 6)),
  'isinf': str(np.isinf(np.array([1, np.inf, -np.inf]))),
}))`);
    const got = {
      pi: String(np.pi),
      e: String(np.e),
      euler_gamma: String(np.euler_gamma),
      inf: np.inf === Number.POSITIVE_INFINITY ? 'inf' : String(np.inf),
      nan: Number.isNaN(np.nan) ? 'nan' : String(np.nan),
      arr: String(np.array([1, np.nan, np.inf, -np.inf])),
      full32: String(np.full(2, np.nan, { dtype: 'float32' }).dtype),
      times_pi: (() => {
        const r = np.array([1, 2], { dtype: 'float32' }).mul(np.pi);
        return `${String(r.dtype)} ${String(r)}`;
      })(),
      cos: String(np.round(np.cos(np.array([0, np.pi / 3, np.pi])), 6)),
      isinf: String(np.isinf(np.array([1, np.inf, -np.inf]))),
    };
    assert.deepEqual(got, py);
  });
});
