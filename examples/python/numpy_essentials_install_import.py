# Install (only needed once)
# pip install numpy   (a shell command, not Python: run it in a terminal)
# The universal import alias
import numpy as np
# Verify version
# [varies]: the installed version (see examples/README.md)
print("[varies]", np.__version__) # e.g., 1.26.4
# ndarray vs list — same data, different performance
import time
py_list = list(range(10_000_000))
np_array = np.arange(10_000_000, dtype=np.float64)
t0 = time.perf_counter()
s1 = sum(py_list) # Python built-in
print(f"[varies] Python sum: {time.perf_counter()-t0:.3f}s")
t0 = time.perf_counter()
s2 = np.sum(np_array) # NumPy vectorised
print(f"[varies] NumPy sum: {time.perf_counter()-t0:.3f}s")
# Typical output: Python ~0.08s, NumPy ~0.005s
