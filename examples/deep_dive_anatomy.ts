// NumPy: The Definitive Deep Dive — 1. The Anatomy of an NDArray (seeds/004)
import * as np from '../src/index.js';
import { print } from './_python.js';

const arr = np.array(
  [
    [1, 2],
    [3, 4],
  ],
  { dtype: 'int32' },
);
print(arr.strides); // (8, 4) -> 8 bytes to move down a row, 4 to move across a column
