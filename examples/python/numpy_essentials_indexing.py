import numpy as np
rng = np.random.default_rng(42)
# ── 1D Examples ───────────────────────────────────────────────────────────────
a = np.array([10, 20, 30, 40, 50, 60, 70, 80])
print(a[2]) # 30
print(a[-1]) # 80
print(a[1:5]) # [20 30 40 50]
print(a[::3]) # [10 40 70] every 3rd
print(a[::-1]) # [80 70 60 50 40 30 20 10]
# ── 2D Examples ───────────────────────────────────────────────────────────────
M = np.arange(16).reshape(4, 4)
# [[ 0 1 2 3]
# [ 4 5 6 7]
# [ 8 9 10 11]
# [12 13 14 15]]
print(M[2, 1]) # 9
print(M[1:3, 1:3]) # [[5 6],[9 10]] — submatrix view
print(M[:, -1]) # [ 3 7 11 15] — last column
print(M[0]) # [0 1 2 3] — first row (shorthand for M[0,:])
# ── Fancy Indexing ────────────────────────────────────────────────────────────
rows = np.array([0, 2, 3])
print(M[rows]) # rows 0, 2, 3 — COPY, not view
print(M[rows, 1]) # elements M[0,1], M[2,1], M[3,1] = [1, 9, 13]
# ── Boolean Masking ───────────────────────────────────────────────────────────
data = rng.standard_normal(1000) # 1000 samples from N(0,1)
# Extract all values above 1.5 sigma
outliers = data[data > 1.5]
print(f"Values > 1.5: {len(outliers)} ({len(outliers)/1000*100:.1f}%)")
# Multi-condition filter
in_range = data[(data > -1.0) & (data < 1.0)]
print(f"Values in (-1, 1): {len(in_range)}")
# np.where — ternary element-wise operation
clipped = np.where(data > 2.0, 2.0, np.where(data < -2.0, -2.0, data))
print(f"Clipped range: [{clipped.min():.2f}, {clipped.max():.2f}]")
# Practical ML example: filter a dataset by label
X = rng.standard_normal((200, 10)) # 200 samples, 10 features
y = rng.integers(0, 3, 200) # Labels: 0, 1, 2
# Select only samples with label == 1
X_class1 = X[y == 1]
print(f"Class 1 samples: {X_class1.shape}")
# 3D indexing example (batch of images)
images = rng.random((32, 28, 28)) # 32 grayscale 28x28 images
first_img = images[0] # (28, 28)
top_left_patch = images[:, :14, :14] # (32, 14, 14) all images, top-left quadrant
print(top_left_patch.shape)
