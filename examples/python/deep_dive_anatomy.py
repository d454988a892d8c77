import numpy as np

arr = np.array([[1, 2], [3, 4]], dtype='int32')
print(arr.strides) # (8, 4) -> 8 bytes to move down a row, 4 to move across a column
