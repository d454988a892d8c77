// NumPy essentials course — Linear Algebra & ML Ops (seeds/001)
import * as np from '../src/index.js';
import { print, str } from './_python.js';

// ── Implement a Single Linear (Dense) Layer from Scratch ──────────────────────
// y = x @ W + b
// x: (batch, in_features)
// W: (in_features, out_features)
// b: (out_features,)
// y: (batch, out_features)
const rng = np.random.default_rng(42);
const batch_size = 32;
const in_features = 128;
const out_features = 64;
// Xavier / Glorot uniform initialisation (standard for dense layers)
const limit = np.sqrt(6.0 / (in_features + out_features));
const W = (rng.uniform(-limit, limit, [in_features, out_features]) as np.NDArray).astype(
  np.float32,
);
const b = np.zeros(out_features, { dtype: np.float32 });
const x = (rng.standard_normal([batch_size, in_features]) as np.NDArray).astype(np.float32);
// Forward pass
const y = x.matmul(W).add(b); // broadcast: b has shape (64,) → (1,64) → (32,64)
print(`Output shape: ${str(y.shape)}`); // (32, 64)
// ── ReLU activation ───────────────────────────────────────────────────────────
function relu(z: np.NDArray): np.NDArray {
  return np.maximum(0.0, z); // element-wise, no copy needed
}
const y_activated = relu(y);
print(`ReLU zeros: ${y_activated.eq(0).sum()} / ${y_activated.size}`);
// ── Softmax ───────────────────────────────────────────────────────────────────
function softmax(z: np.NDArray): np.NDArray {
  // Subtract max for numerical stability
  const e = np.exp(z.sub(z.max({ axis: 1, keepdims: true })));
  return e.div(e.sum({ axis: 1, keepdims: true }));
}
const logits = (rng.standard_normal([batch_size, 10]) as np.NDArray).astype(np.float32);
const probs = softmax(logits);
print(`Probs sum to 1: ${str(np.allclose(probs.sum({ axis: 1 }), 1.0))}`); // True
// ── Cross-Entropy Loss ────────────────────────────────────────────────────────
function cross_entropy(probs: np.NDArray, labels: np.NDArray): number {
  const n = probs.shape[0];
  const correct_probs = probs.get(np.arange(n), labels); // fancy indexing
  return -np.mean(np.log(correct_probs.add(1e-9))); // log + epsilon for stability
}
const labels = rng.integers(0, 10, batch_size) as np.NDArray;
const loss = cross_entropy(probs, labels);
print(`Cross-entropy loss: ${loss.toFixed(4)}`);
// ── SVD for Dimensionality Reduction (manual PCA) ─────────────────────────────
const data = rng.standard_normal([500, 50]) as np.NDArray; // 500 samples, 50 features
const data_centred = data.sub(data.mean({ axis: 0 })); // centre the data
const [U, S, Vt] = np.linalg.svd(data_centred, { full_matrices: false });
// Project onto top 10 principal components
const k = 10;
const X_pca = data_centred.matmul(Vt.get(`:${k}`).T); // (500, 10)
const explained = S.get(`:${k}`).pow(2).sum() / S.pow(2).sum();
print(`Top ${k} PCs explain ${(explained * 100).toFixed(1)}% of variance`);
// ── Batched einsum: attention-like score matrix ───────────────────────────────
// Q, K: (batch, heads, seq_len, d_head)
const Q = (rng.standard_normal([4, 8, 64, 32]) as np.NDArray).astype(np.float32);
const K = (rng.standard_normal([4, 8, 64, 32]) as np.NDArray).astype(np.float32);
// Scaled dot-product attention scores: (batch, heads, seq_len, seq_len)
const scores = np.einsum('bhid,bhjd->bhij', Q, K).div(np.sqrt(np.float64(32.0)));
print(`Attention scores shape: ${str(scores.shape)}`); // (4, 8, 64, 64)
void [U, X_pca];
