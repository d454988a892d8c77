/**
 * NumPy's named tuples as numtype returns them (src/_core/named_tuple.ts): destructuring,
 * the field names, and Node's display (util.inspect, what console.log prints) against
 * NumPy's repr of the same result.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

describe('named tuples vs NumPy', { skip: !hasNumpy() }, () => {
  it('print as NumPy’s repr and keep their fields', () => {
    const a = np.array([3, 1, 3, 2, 1]);
    const m = np.array([
      [2.0, 1.0],
      [1.0, 2.0],
    ]);
    const got = {
      eigh: inspect(np.linalg.eigh(m)),
      eig: inspect(np.linalg.eig(m)),
      qr: inspect(
        np.linalg.qr(
          np.array([
            [3.0, 0.0],
            [4.0, 5.0],
          ]),
        ),
      ),
      unique_all: inspect(np.unique_all(a)),
      unique_counts: inspect(np.unique_counts(a)),
      unique_inverse: inspect(np.unique_inverse(a)),
      // one matrix gives NumPy scalars, printed with their types; a stack gives arrays
      slogdet: [
        np.linalg.slogdet(m),
        np.linalg.slogdet(
          np.array(
            [
              [1, 2],
              [3, 4],
            ],
            'float32',
          ),
        ),
        np.linalg.slogdet(
          np.array(
            [
              [1, new np.Complex(0, 2)],
              [3, 4],
            ],
            'complex64',
          ),
        ),
        np.linalg.slogdet(
          np.array([
            [1, new np.Complex(0, 2)],
            [3, 4],
          ]),
        ),
        np.linalg.slogdet(np.zeros([2, 2])),
        np.linalg.slogdet(np.stack([m, m])),
      ].map((r) => inspect(r)),
    };
    const want = pyJSON<typeof got>(`
a = np.array([3, 1, 3, 2, 1]); m = np.array([[2.0, 1.0], [1.0, 2.0]])
print(json.dumps({'eigh': repr(np.linalg.eigh(m)), 'eig': repr(np.linalg.eig(m)),
  'qr': repr(np.linalg.qr(np.array([[3.0, 0.0], [4.0, 5.0]]))),
  'unique_all': repr(np.unique_all(a)), 'unique_counts': repr(np.unique_counts(a)),
  'unique_inverse': repr(np.unique_inverse(a)),
  'slogdet': [repr(np.linalg.slogdet(x)) for x in [m, np.array([[1, 2], [3, 4]], 'float32'),
    np.array([[1, 2j], [3, 4]], 'complex64'), np.array([[1, 2j], [3, 4]]), np.zeros((2, 2)),
    np.stack([m, m])]]}))`);
    assert.deepEqual(got, want);
    const r = np.unique_all(a);
    const [values, indices] = r;
    assert.equal(r.values, values);
    assert.equal(r.indices, indices);
    assert.deepEqual(Object.keys(r), ['0', '1', '2', '3']);
  });
});
