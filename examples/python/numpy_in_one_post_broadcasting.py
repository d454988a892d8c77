import numpy as np
# Add 10 to every element without a loop
arr = np.array([1, 2, 3, 4, 5])
result = arr + 10
print(result) # [11 12 13 14 15]
# Add a different value to each column of a 2D array
matrix = np.array([[1, 2, 3],
[4, 5, 6]])
column_add = np.array([10, 20, 30]) # shape (3,) broadcasts across rows
result = matrix + column_add
print(result)
# [[11 22 33]
# [14 25 36]]
