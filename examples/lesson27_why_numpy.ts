// Lesson 27 (NumPy Arrays vs Python Lists) — Why NumPy? (seeds/000)
import * as np from '../src/index.js';
import { print } from './_python.js';

// Python list: heterogeneous, pointer-based, slow loops
const py_list = [1.0, 2.0, 3.0, 4.0, 5.0];
// NumPy array: typed, contiguous memory, fast
const np_array = np.array([1.0, 2.0, 3.0, 4.0, 5.0], { dtype: 'float64' });
// Speed comparison: multiply every element by 2
/** Python's `timeit.timeit(fn, number=n)`: total seconds for n calls. */
function timeit(fn: () => unknown, number: number): number {
  const t0 = performance.now();
  for (let k = 0; k < number; k++) fn();
  return (performance.now() - t0) / 1000;
}
const data_list = Array.from({ length: 1_000_000 }, (_, i) => i);
const data_np = np.arange(1_000_000, { dtype: np.float64 });
const list_time = timeit(() => data_list.map((x) => x * 2), 100);
const np_time = timeit(() => data_np.mul(2), 100);
// [varies]: timings depend on the machine (see examples/README.md)
print(`[varies] List loop: ${list_time.toFixed(3)}s`);
print(`[varies] NumPy: ${np_time.toFixed(3)}s`);
// NumPy is typically 50-100x faster for large arrays
void py_list;
void np_array;
