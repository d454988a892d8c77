import numpy as np  # added: the seed relies on an earlier section's import
np.random.seed(0)  # added: reproducible random numbers
# Downcasting to save memory
data = np.random.randint(0, 100, size=1000000)
data_small = data.astype('int8')
