// NumPy: The Definitive Deep Dive — 2. Dtype Precision & Memory (seeds/004)
import * as np from '../src/index.js';

np.random.seed(0); // added: reproducible random numbers
// Downcasting to save memory
const data = np.random.randint(0, 100, { size: 1000000 }) as np.NDArray;
const data_small = data.astype('int8');
void data_small;
