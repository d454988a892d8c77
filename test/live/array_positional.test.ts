/**
 * np.array(obj, dtype) and np.asarray(obj, dtype, order) with NumPy's positional parameters
 * (API.md §1), beside the options object: the results' repr and flags, and the TypeErrors
 * for a parameter given twice or too many positional arguments, against NumPy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

/** repr and F-contiguity of a result, or the error's class and message. */
function outcome(f: () => unknown): string {
  try {
    const r = f() as InstanceType<typeof np.NDArray>;
    return `${np.array_repr(r)} F=${r.flags.f_contiguous && !r.flags.c_contiguous}`;
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe('np.array / np.asarray positional parameters vs NumPy', { skip: !hasNumpy() }, () => {
  it('take dtype (and asarray order) by position', () => {
    const m = [
      [1, 2],
      [3, 4],
    ];
    const got = [
      outcome(() => np.array(m, 'float32')),
      outcome(() => np.array(m, np.int8)),
      outcome(() => np.array([1, 2], 'f4', { ndmin: 2 })),
      outcome(() => np.array(m, null, { order: 'F' })),
      outcome(() => (np.array as (...a: unknown[]) => unknown)(m, 'f4', { dtype: 'f8' })),
      outcome(() => (np.array as (...a: unknown[]) => unknown)(m, 'f4', 'C')),
      outcome(() => np.asarray(m, 'f4', 'F')),
      outcome(() => np.asarray(m, null, 'F')),
      outcome(() => np.asarray(m, 'c16', { copy: true })),
      outcome(() => (np.asarray as (...a: unknown[]) => unknown)(m, 'f4', 'C', 'x')),
      outcome(() => (np.asarray as (...a: unknown[]) => unknown)(m, 'f4', { dtype: 'f8' })),
      outcome(() => np.asarray(m, 'f4', { order: 'C' })),
    ];
    const want = pyJSON<string[]>(`
def outcome(f):
    try:
        r = f()
        return f"{repr(r)} F={r.flags.f_contiguous and not r.flags.c_contiguous}".replace('True', 'true').replace('False', 'false')
    except Exception as e:
        return f"{type(e).__name__}: {e}"
m = [[1, 2], [3, 4]]
print(json.dumps([outcome(f) for f in [
    lambda: np.array(m, 'float32'), lambda: np.array(m, np.int8),
    lambda: np.array([1, 2], 'f4', ndmin=2), lambda: np.array(m, None, order='F'),
    lambda: np.array(m, 'f4', dtype='f8'), lambda: np.array(m, 'f4', 'C'),
    lambda: np.asarray(m, 'f4', 'F'), lambda: np.asarray(m, None, 'F'),
    lambda: np.asarray(m, 'c16', copy=True), lambda: np.asarray(m, 'f4', 'C', 'x'),
    lambda: np.asarray(m, 'f4', dtype='f8'), lambda: np.asarray(m, 'f4', order='C')]]))`);
    assert.deepEqual(got, want);
  });
});
