import numpy as np
# 1D array — a single row of numbers
v = np.array([1, 2, 3, 4, 5])
print(v.shape) # (5,)
# 2D array — rows and columns, like a matrix
m = np.array([[1, 2, 3],
[4, 5, 6],
[7, 8, 9]])
print(m.shape) # (3, 3)
# 3D array — a stack of matrices
# Think: 10 images, each 28x28 pixels
images = np.zeros((10, 28, 28))
print(images.shape) # (10, 28, 28)
