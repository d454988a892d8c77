// NumPy in One Post — The Speed Difference, Made Visible (seeds/003)
import * as np from '../src/index.js';
import { print } from './_python.js';

const size = 1_000_000;
// Python loop
const python_list = Array.from({ length: size }, (_, i) => i);
let start = performance.now() / 1000;
const python_result = python_list.map((x) => x ** 2);
const python_time = performance.now() / 1000 - start;
// NumPy
const numpy_array = np.arange(size);
start = performance.now() / 1000;
const numpy_result = numpy_array.pow(2);
const numpy_time = performance.now() / 1000 - start;
// [varies]: timings depend on the machine (see examples/README.md)
print(`[varies] Python loop: ${python_time.toFixed(3)}s`);
print(`[varies] NumPy: ${numpy_time.toFixed(4)}s`);
print(`[varies] NumPy is ${(python_time / numpy_time).toFixed(0)}x faster`);
void [python_result, numpy_result];
