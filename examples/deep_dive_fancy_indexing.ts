// NumPy: The Definitive Deep Dive — 6. Fancy Indexing & Masking (seeds/004)
import * as np from '../src/index.js';
import { print } from './_python.js';

const arr = np.array([10, 20, 30, 40]);
const indices = [0, 2];
print(arr.get(indices)); // [10, 30] (This is a COPY)

// Boolean Masking (Vectorized Filtering)
const mask = arr.gt(25);
print(arr.get(mask)); // [30, 40]
