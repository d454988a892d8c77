// NumPy: The Definitive Deep Dive — 4. Advanced Broadcasting (seeds/004)
import * as np from '../src/index.js';
import { print } from './_python.js';

// (3, 3) + (3,) -> (3, 3) + (1, 3) -> (3, 3) + (3, 3)
const matrix = np.ones([3, 3]);
const row = np.array([1, 2, 3]);
print(matrix.add(row));
