// NumPy: The Definitive Deep Dive — 3. The Power of Ufuncs (seeds/004)
import * as np from '../src/index.js';

// added: the seed uses my_list and my_array without defining them
const my_list = Array.from({ length: 10 }, (_, i) => i);
const my_array = np.arange(10);
// BAD: Standard Loop (Slow)
let result: number[] | np.NDArray = my_list.map((x) => x * 2);

// GOOD: Vectorized (Fast)
result = my_array.mul(2);
void result;
