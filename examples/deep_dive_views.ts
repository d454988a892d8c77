// NumPy: The Definitive Deep Dive — 5. Stride Tricks & Views (seeds/004)
import * as np from '../src/index.js';
import { print } from './_python.js';

const a = np.arange(10);
const b = a.reshape(2, 5);
print(b.base === a); // True -> b is a VIEW of a
