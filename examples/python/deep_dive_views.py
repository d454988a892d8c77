import numpy as np  # added: the seed relies on an earlier section's import
a = np.arange(10)
b = a.reshape(2, 5)
print(b.base is a) # True -> b is a VIEW of a
