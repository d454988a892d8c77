import numpy as np  # added: the seed relies on an earlier section's import
dtype = [('name', 'U10'), ('age', 'i4'), ('weight', 'f4')]
people = np.array([('Alice', 25, 55.5), ('Bob', 30, 85.0)], dtype=dtype)
print(people['name']) # ['Alice' 'Bob']
