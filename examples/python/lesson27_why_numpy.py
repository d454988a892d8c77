import numpy as np
# Python list: heterogeneous, pointer-based, slow loops
py_list = [1.0, 2.0, 3.0, 4.0, 5.0]
# NumPy array: typed, contiguous memory, fast
np_array = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
# Speed comparison: multiply every element by 2
import timeit
data_list = list(range(1_000_000))
data_np = np.arange(1_000_000, dtype=np.float64)
list_time = timeit.timeit(lambda: [x * 2 for x in data_list], number=100)
np_time = timeit.timeit(lambda: data_np * 2, number=100)
# [varies]: timings depend on the machine (see examples/README.md)
print(f"[varies] List loop: {list_time:.3f}s")
print(f"[varies] NumPy: {np_time:.3f}s")
# NumPy is typically 50-100x faster for large arrays
