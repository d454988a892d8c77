import numpy as np  # added: the seed relies on an earlier section's import
# (3, 3) + (3,) -> (3, 3) + (1, 3) -> (3, 3) + (3, 3)
matrix = np.ones((3, 3))
row = np.array([1, 2, 3])
print(matrix + row)
