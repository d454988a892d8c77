import numpy as np
np.random.seed(0)  # added: reproducible random numbers
# ── Scalar × Array ────────────────────────────────────────────────────────────
a = np.array([1.0, 2.0, 3.0, 4.0])
print(a * 2) # [2. 4. 6. 8.] — scalar broadcast to (4,)
print(a + 10) # [11. 12. 13. 14.]
print(a ** 2) # [ 1. 4. 9. 16.]
# ── Row Vector + Column Vector (outer-product-style grid) ─────────────────────
rows = np.array([[0], [10], [20], [30]]) # shape (4, 1)
cols = np.array([0, 1, 2, 3]) # shape (4,) → treated as (1, 4)
grid = rows + cols
# [[ 0 1 2 3]
# [10 11 12 13]
# [20 21 22 23]
# [30 31 32 33]]
print(grid)
# ── Image Normalisation (common in ML preprocessing) ──────────────────────────
# Suppose each image has per-channel mean and std from the training set
images = np.random.rand(32, 3, 224, 224).astype(np.float32) # (batch, C, H, W)
channel_mean = np.array([0.485, 0.456, 0.406], dtype=np.float32) # ImageNet means
channel_std = np.array([0.229, 0.224, 0.225], dtype=np.float32)
# Reshape to (1, 3, 1, 1) for broadcasting over batch and spatial dims
mean_bc = channel_mean.reshape(1, 3, 1, 1)
std_bc = channel_std.reshape(1, 3, 1, 1)
images_normalised = (images - mean_bc) / std_bc
print(images_normalised.shape) # (32, 3, 224, 224) — no extra memory for mean/std
# ── L2 Normalisation of Embedding Matrix ─────────────────────────────────────
embeddings = np.random.randn(1000, 128) # 1000 embeddings, dim 128
norms = np.linalg.norm(embeddings, axis=1, keepdims=True) # (1000, 1)
unit_embeddings = embeddings / norms # broadcast: (1000,128) / (1000,1)
# Verify all unit length
print(np.allclose(np.linalg.norm(unit_embeddings, axis=1), 1.0)) # True
# ── Pairwise Distance Matrix (broadcast trick) ────────────────────────────────
A = np.random.randn(5, 3) # 5 points in R^3
B = np.random.randn(7, 3) # 7 points
# A[:, np.newaxis] → (5,1,3); B[np.newaxis,:] → (1,7,3)
diff = A[:, np.newaxis, :] - B[np.newaxis, :, :] # (5, 7, 3)
dist = np.sqrt((diff**2).sum(axis=2)) # (5, 7)
print(dist.shape) # (5, 7) — all pairwise distances, no loops
