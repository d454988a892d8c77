import numpy as np  # added: the seed relies on an earlier section's import
arr = np.array([10, 20, 30, 40])
indices = [0, 2]
print(arr[indices]) # [10, 30] (This is a COPY)

# Boolean Masking (Vectorized Filtering)
mask = arr > 25
print(arr[mask]) # [30, 40]
