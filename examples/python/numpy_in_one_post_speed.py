import numpy as np
import time
size = 1_000_000
# Python loop
python_list = list(range(size))
start = time.time()
python_result = [x ** 2 for x in python_list]
python_time = time.time() - start
# NumPy
numpy_array = np.arange(size)
start = time.time()
numpy_result = numpy_array ** 2
numpy_time = time.time() - start
# [varies]: timings depend on the machine (see examples/README.md)
print(f"[varies] Python loop: {python_time:.3f}s")
print(f"[varies] NumPy: {numpy_time:.4f}s")
print(f"[varies] NumPy is {python_time / numpy_time:.0f}x faster")
