// Lesson 27 (NumPy Arrays vs Python Lists) — Vectorized Operations (seeds/000)
import * as np from '../src/index.js';
import { print } from './_python.js';

np.random.seed(0); // added: reproducible random numbers
const a = np.array([1.0, 2.0, 3.0], { dtype: 'float64' });
const b = np.array([4.0, 5.0, 6.0], { dtype: 'float64' });
// Element-wise arithmetic (no loop needed)
print(a.add(b)); // [5. 7. 9.]
print(a.mul(b)); // [4. 10. 18.]
print(a.pow(2)); // [1. 4. 9.]
print(a.div(b)); // [0.25 0.4 0.5]
// Universal functions (ufuncs) — apply to every element
print(np.sqrt(a)); // [1. 1.414 1.732]
print(np.exp(a)); // [2.718 7.389 20.086]
print(np.log(a)); // [0. 0.693 1.099]
// Key AI computation: cosine similarity
function cosine_similarity(a: np.NDArray, b: np.NDArray): number {
  return np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b));
}
const query_embedding = np.random.randn(1536) as np.NDArray;
const doc_embedding = np.random.randn(1536) as np.NDArray;
const sim = cosine_similarity(query_embedding, doc_embedding);
print(`Cosine similarity: ${sim.toFixed(4)}`);
// Batch cosine similarity: query vs all documents at once
/** Compute similarity between one query and many documents. */
function batch_cosine_similarity(query: np.NDArray, docs: np.NDArray): np.NDArray {
  const query_norm = query.div(np.linalg.norm(query)); // Normalize query
  const doc_norms = docs.div(np.linalg.norm(docs, { axis: 1, keepdims: true })); // Normalize each doc
  return doc_norms.matmul(query_norm); // Matrix multiply
}
const query = np.random.randn(1536) as np.NDArray;
const doc_embeddings = np.random.randn(100, 1536) as np.NDArray; // 100 documents
const similarities = batch_cosine_similarity(query, doc_embeddings);
print(similarities.shape); // (100,) — one score per document
const top_indices = np.argsort(similarities).get('::-1').get(':5'); // Top 5 document indices
void top_indices;
