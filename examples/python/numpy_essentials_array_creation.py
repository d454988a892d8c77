import numpy as np
# ── 10 Essential Array Creation Methods ──────────────────────────────────────
# 1. From Python list / nested list
a = np.array([1, 2, 3, 4, 5]) # 1D, dtype inferred (int64)
M = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.float32) # 2D, explicit dtype
# 2. Zeros and ones
z = np.zeros((3, 4)) # 3×4 matrix of 0.0 (float64)
o = np.ones((2, 3, 4)) # 3D tensor of 1.0
e = np.empty((100, 100)) # Uninitialized — fastest, for overwriting
# 3. arange — like Python range() but returns ndarray
r = np.arange(0, 10, 2) # [0 2 4 6 8] (start, stop, step)
r_f = np.arange(0.0, 1.0, 0.1) # Floats work too
# 4. linspace — N evenly spaced points (inclusive of stop)
ls = np.linspace(0, 1, 11) # [0.0, 0.1, 0.2, ..., 1.0] — 11 points
# 5. Identity matrix
I = np.eye(4) # 4×4 identity (float64)
I3 = np.eye(4, dtype=int) # Integer identity
# 6. Random arrays (seed for reproducibility)
rng = np.random.default_rng(seed=42) # New-style generator (preferred)
u = rng.random((3, 3)) # Uniform [0, 1)
n = rng.standard_normal((100,)) # Standard normal N(0,1)
i = rng.integers(0, 10, size=(5, 5)) # Random integers [0, 10)
# 7. Full — fill with constant value
f = np.full((2, 4), fill_value=3.14) # 2×4 matrix all 3.14
f_like = np.full_like(M, 0.5) # Same shape+dtype as M, filled 0.5
# 8. Diagonal matrix
d = np.diag([1, 2, 3, 4]) # 4×4 matrix with given diagonal
diag_vals = np.diag(d) # Extract diagonal from existing matrix
# 9. Reshape examples
flat = np.arange(24) # [0..23]
cube = flat.reshape(2, 3, 4) # 2×3×4 tensor — view, no copy
col_vec = flat.reshape(-1, 1) # (24,1) column vector
# 10. Stack arrays
row1 = np.array([1, 2, 3])
row2 = np.array([4, 5, 6])
stacked = np.vstack([row1, row2]) # (2, 3)
hstacked = np.hstack([row1, row2]) # (6,)
concatenated = np.concatenate([row1, row2], axis=0)
print(cube.shape, cube.dtype, cube.nbytes)
