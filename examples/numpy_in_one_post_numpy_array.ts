// NumPy in One Post — Why Python Needed NumPy: a NumPy array (seeds/003)
import * as np from '../src/index.js';

// NumPy array — fast for math
const numpy_array = np.array([1, 2, 3, 4, 5]);
// This runs in C, not Python — orders of magnitude faster
const result = numpy_array.mul(2);
void result;
