// Lesson 27 (NumPy Arrays vs Python Lists) — Dtype: Choosing the Right One (seeds/000)
import * as np from '../src/index.js';
import { print } from './_python.js';

np.random.seed(0); // added: reproducible random numbers
// Memory and precision tradeoffs:
// float64 (8 bytes): default, full precision
// float32 (4 bytes): used in most ML frameworks (PyTorch default)
// float16 (2 bytes): half precision for GPU inference
// int32 (4 bytes): token IDs, class labels
const embeddings_f64 = (np.random.randn(1000, 1536) as np.NDArray).astype(np.float64);
const embeddings_f32 = embeddings_f64.astype(np.float32);
print(embeddings_f64.nbytes); // 12,288,000 bytes (~12 MB)
print(embeddings_f32.nbytes); // 6,144,000 bytes (~6 MB)
// PyTorch models expect float32 by default
// OpenAI embeddings return float64 by default — convert when needed
