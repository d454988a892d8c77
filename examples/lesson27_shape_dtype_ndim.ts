// Lesson 27 (NumPy Arrays vs Python Lists) — Shape, dtype, and ndim (seeds/000)
import * as np from '../src/index.js';
import { print } from './_python.js';

np.random.seed(0); // added: reproducible random numbers
const embeddings = np.random.randn(100, 1536) as np.NDArray; // 100 embeddings, 1536 dimensions each
print(embeddings.shape); // (100, 1536)
print(embeddings.ndim); // 2
print(embeddings.dtype); // float64
print(embeddings.size); // 153600 (total elements)
print(embeddings.nbytes); // 1228800 (bytes = 153600 * 8 bytes/float64)
// Reshape: same data, different shape
const reshaped = embeddings.reshape(1, 100, 1536); // Add batch dimension
print(reshaped.shape); // (1, 100, 1536)
let flat = embeddings.flatten(); // 1D copy
flat = embeddings.ravel(); // 1D view (no copy if possible)
print(flat.shape); // (153600,)
