// NumPy in One Post — The Math That Powers Neural Networks (seeds/003)
import * as np from '../src/index.js';
import { print } from './_python.js';

// Simulate a single layer of a neural network
np.random.seed(42);
// Input: 3 features for 5 data points
const X = np.random.randn(5, 3) as np.NDArray;
// Weights: 3 inputs -> 4 outputs
const W = np.random.randn(3, 4) as np.NDArray;
// Bias: one per output
const b = np.random.randn(4) as np.NDArray;
// Forward pass through one layer
// Matrix multiplication + bias
const Z = X.matmul(W).add(b); // @ is the matrix multiply operator
// Apply a simple activation (ReLU: max(0, x))
const output = np.maximum(0, Z);
print('Input shape: ', X.shape); // (5, 3)
print('Weight shape:', W.shape); // (3, 4)
print('Output shape:', output.shape); // (5, 4)
