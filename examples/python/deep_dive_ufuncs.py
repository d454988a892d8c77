import numpy as np  # added: the seed relies on an earlier section's import
# added: the seed uses my_list and my_array without defining them
my_list = list(range(10))
my_array = np.arange(10)
# BAD: Standard Loop (Slow)
result = [x * 2 for x in my_list]

# GOOD: Vectorized (Fast)
result = my_array * 2
