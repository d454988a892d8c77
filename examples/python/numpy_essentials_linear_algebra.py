import numpy as np
# ── Implement a Single Linear (Dense) Layer from Scratch ──────────────────────
# y = x @ W + b
# x: (batch, in_features)
# W: (in_features, out_features)
# b: (out_features,)
# y: (batch, out_features)
rng = np.random.default_rng(42)
batch_size = 32
in_features = 128
out_features = 64
# Xavier / Glorot uniform initialisation (standard for dense layers)
limit = np.sqrt(6.0 / (in_features + out_features))
W = rng.uniform(-limit, limit, (in_features, out_features)).astype(np.float32)
b = np.zeros(out_features, dtype=np.float32)
x = rng.standard_normal((batch_size, in_features)).astype(np.float32)
# Forward pass
y = x @ W + b # broadcast: b has shape (64,) → (1,64) → (32,64)
print(f"Output shape: {y.shape}") # (32, 64)
# ── ReLU activation ───────────────────────────────────────────────────────────
def relu(z):
    return np.maximum(0.0, z) # element-wise, no copy needed
y_activated = relu(y)
print(f"ReLU zeros: {(y_activated == 0).sum()} / {y_activated.size}")
# ── Softmax ───────────────────────────────────────────────────────────────────
def softmax(z):
    # Subtract max for numerical stability
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
logits = rng.standard_normal((batch_size, 10)).astype(np.float32)
probs = softmax(logits)
print(f"Probs sum to 1: {np.allclose(probs.sum(axis=1), 1.0)}") # True
# ── Cross-Entropy Loss ────────────────────────────────────────────────────────
def cross_entropy(probs, labels):
    n = probs.shape[0]
    correct_probs = probs[np.arange(n), labels] # fancy indexing
    return -np.mean(np.log(correct_probs + 1e-9)) # log + epsilon for stability
labels = rng.integers(0, 10, batch_size)
loss = cross_entropy(probs, labels)
print(f"Cross-entropy loss: {loss:.4f}")
# ── SVD for Dimensionality Reduction (manual PCA) ─────────────────────────────
data = rng.standard_normal((500, 50)) # 500 samples, 50 features
data_centred = data - data.mean(axis=0) # centre the data
U, S, Vt = np.linalg.svd(data_centred, full_matrices=False)
# Project onto top 10 principal components
k = 10
X_pca = data_centred @ Vt[:k].T # (500, 10)
explained = (S[:k]**2).sum() / (S**2).sum()
print(f"Top {k} PCs explain {explained*100:.1f}% of variance")
# ── Batched einsum: attention-like score matrix ───────────────────────────────
# Q, K: (batch, heads, seq_len, d_head)
Q = rng.standard_normal((4, 8, 64, 32)).astype(np.float32)
K = rng.standard_normal((4, 8, 64, 32)).astype(np.float32)
# Scaled dot-product attention scores: (batch, heads, seq_len, seq_len)
scores = np.einsum('bhid,bhjd->bhij', Q, K) / np.sqrt(32.0)
print(f"Attention scores shape: {scores.shape}") # (4, 8, 64, 64)
