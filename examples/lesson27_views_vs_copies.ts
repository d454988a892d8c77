// Lesson 27 (NumPy Arrays vs Python Lists) — Views vs Copies (seeds/000)
import * as np from '../src/index.js';
import { print } from './_python.js';

const arr = np.arange(10);
// Slicing returns a VIEW — same data in memory
const view = arr.get('2:5');
view.set(0, 99);
print(arr); // [ 0 1 99 3 4 5 6 7 8 9] — original changed!
// .copy() returns an independent copy
const copy = arr.get('2:5').copy();
copy.set(0, 0);
print(arr); // Unchanged
// Check if array is a view
print(view.base === arr); // True — view shares arr's data
print(copy.base === null); // True — copy owns its data
// added: the seed calls load_embeddings() without defining it
function load_embeddings(): np.NDArray {
  return np.random.default_rng(0).standard_normal([100, 1536]) as np.NDArray;
}
// Why it matters in AI: avoid unintended mutation
const embeddings = load_embeddings();
let batch = embeddings.get(':32'); // View — modifications affect original
batch = embeddings.get(':32').copy(); // Safe independent copy
void batch;
