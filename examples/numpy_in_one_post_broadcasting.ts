// NumPy in One Post — Broadcasting: NumPy's Superpower (seeds/003)
import * as np from '../src/index.js';
import { print } from './_python.js';

// Add 10 to every element without a loop
const arr = np.array([1, 2, 3, 4, 5]);
let result = arr.add(10);
print(result); // [11 12 13 14 15]
// Add a different value to each column of a 2D array
const matrix = np.array([
  [1, 2, 3],
  [4, 5, 6],
]);
const column_add = np.array([10, 20, 30]); // shape (3,) broadcasts across rows
result = matrix.add(column_add);
print(result);
// [[11 22 33]
// [14 25 36]]
