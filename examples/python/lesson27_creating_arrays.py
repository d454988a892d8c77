import numpy as np
np.random.seed(0)  # added: reproducible random numbers
# From Python list
arr = np.array([1, 2, 3, 4, 5])
print(arr.dtype) # int64 (platform-dependent)
# Specify dtype
arr_f32 = np.array([1.0, 2.0, 3.0], dtype=np.float32)
arr_f64 = np.array([1.0, 2.0, 3.0], dtype=np.float64) # Default for floats
# 2D array (matrix)
matrix = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(matrix.shape) # (3, 3)
# Utility constructors
zeros = np.zeros((3, 4)) # 3×4 array of 0.0
ones = np.ones((2, 5)) # 2×5 array of 1.0
eye = np.eye(3) # 3×3 identity matrix
rng = np.arange(0, 10, 2) # [0, 2, 4, 6, 8]
lin = np.linspace(0, 1, 5) # [0, 0.25, 0.5, 0.75, 1.0] — 5 evenly spaced points
rand = np.random.rand(3, 4) # Random 3×4 matrix, uniform [0, 1)
randn = np.random.randn(3, 4) # Random 3×4 matrix, standard normal
