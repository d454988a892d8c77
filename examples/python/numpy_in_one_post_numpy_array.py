import numpy as np
# NumPy array — fast for math
numpy_array = np.array([1, 2, 3, 4, 5])
# This runs in C, not Python — orders of magnitude faster
result = numpy_array * 2
