import numpy as np
np.random.seed(0)  # added: reproducible random numbers
# Create arrays
np.zeros((3, 4)) # all zeros
np.ones((3, 4)) # all ones
np.arange(0, 10, 2) # [0, 2, 4, 6, 8]
np.linspace(0, 1, 5) # 5 evenly spaced points from 0 to 1
np.random.randn(3, 3) # random numbers, normal distribution
# Reshape — same data, different shape
arr = np.arange(12)
arr.reshape(3, 4) # 12 elements as a 3x4 matrix
arr.reshape(2, 2, 3) # or as a 3D array
# Statistics
arr.mean() # average
arr.std() # standard deviation
arr.min(), arr.max() # extremes
arr.sum(axis=0) # sum down columns (axis=0) or across rows (axis=1)
# Indexing — cleaner than Python lists
matrix = np.random.randn(5, 3)
matrix[0] # first row
matrix[:, 1] # second column, all rows
matrix[matrix > 0] # all positive values
