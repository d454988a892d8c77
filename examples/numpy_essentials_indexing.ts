// NumPy essentials course — Indexing, Slicing & Boolean Masks (seeds/001)
import * as np from '../src/index.js';
import { print, str } from './_python.js';

const rng = np.random.default_rng(42);
// ── 1D Examples ───────────────────────────────────────────────────────────────
const a = np.array([10, 20, 30, 40, 50, 60, 70, 80]);
print(a.at(2)); // 30
print(a.at(-1)); // 80
print(a.get('1:5')); // [20 30 40 50]
print(a.get('::3')); // [10 40 70] every 3rd
print(a.get('::-1')); // [80 70 60 50 40 30 20 10]
// ── 2D Examples ───────────────────────────────────────────────────────────────
const M = np.arange(16).reshape(4, 4);
// [[ 0 1 2 3]
// [ 4 5 6 7]
// [ 8 9 10 11]
// [12 13 14 15]]
print(M.at(2, 1)); // 9
print(M.get('1:3, 1:3')); // [[5 6],[9 10]] — submatrix view
print(M.get(':, -1')); // [ 3 7 11 15] — last column
print(M.get(0)); // [0 1 2 3] — first row (shorthand for M[0,:])
// ── Fancy Indexing ────────────────────────────────────────────────────────────
const rows = np.array([0, 2, 3]);
print(M.get(rows)); // rows 0, 2, 3 — COPY, not view
print(M.get(rows, 1)); // elements M[0,1], M[2,1], M[3,1] = [1, 9, 13]
// ── Boolean Masking ───────────────────────────────────────────────────────────
const data = rng.standard_normal(1000) as np.NDArray; // 1000 samples from N(0,1)
// Extract all values above 1.5 sigma
const outliers = data.get(data.gt(1.5));
print(`Values > 1.5: ${outliers.length} (${((outliers.length / 1000) * 100).toFixed(1)}%)`);
// Multi-condition filter
const in_range = data.get(data.gt(-1.0).and(data.lt(1.0)));
print(`Values in (-1, 1): ${in_range.length}`);
// np.where — ternary element-wise operation
const clipped = np.where(data.gt(2.0), 2.0, np.where(data.lt(-2.0), -2.0, data));
print(`Clipped range: [${clipped.min().toFixed(2)}, ${clipped.max().toFixed(2)}]`);
// Practical ML example: filter a dataset by label
const X = rng.standard_normal([200, 10]) as np.NDArray; // 200 samples, 10 features
const y = rng.integers(0, 3, 200) as np.NDArray; // Labels: 0, 1, 2
// Select only samples with label == 1
const X_class1 = X.get(y.eq(1));
print(`Class 1 samples: ${str(X_class1.shape)}`);
// 3D indexing example (batch of images)
const images = rng.random([32, 28, 28]) as np.NDArray; // 32 grayscale 28x28 images
const first_img = images.get(0); // (28, 28)
const top_left_patch = images.get(':, :14, :14'); // (32, 14, 14) all images, top-left quadrant
print(top_left_patch.shape);
void first_img;
