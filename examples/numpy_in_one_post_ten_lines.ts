// NumPy in One Post — Essential NumPy in Ten Lines (seeds/003)
import * as np from '../src/index.js';

np.random.seed(0); // added: reproducible random numbers
// Create arrays
np.zeros([3, 4]); // all zeros
np.ones([3, 4]); // all ones
np.arange(0, 10, 2); // [0, 2, 4, 6, 8]
np.linspace(0, 1, 5); // 5 evenly spaced points from 0 to 1
np.random.randn(3, 3); // random numbers, normal distribution
// Reshape — same data, different shape
const arr = np.arange(12);
arr.reshape(3, 4); // 12 elements as a 3x4 matrix
arr.reshape(2, 2, 3); // or as a 3D array
// Statistics
arr.mean(); // average
arr.std(); // standard deviation
[arr.min(), arr.max()]; // extremes
arr.sum({ axis: 0 }); // sum down columns (axis=0) or across rows (axis=1)
// Indexing — cleaner than Python lists
const matrix = np.random.randn(5, 3) as np.NDArray;
matrix.get(0); // first row
matrix.get(':, 1'); // second column, all rows
matrix.get(matrix.gt(0)); // all positive values
