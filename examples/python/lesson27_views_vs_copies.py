import numpy as np  # added: the seed relies on an earlier section's import
arr = np.arange(10)
# Slicing returns a VIEW — same data in memory
view = arr[2:5]
view[0] = 99
print(arr) # [ 0 1 99 3 4 5 6 7 8 9] — original changed!
# .copy() returns an independent copy
copy = arr[2:5].copy()
copy[0] = 0
print(arr) # Unchanged
# Check if array is a view
print(view.base is arr) # True — view shares arr's data
print(copy.base is None) # True — copy owns its data
# added: the seed calls load_embeddings() without defining it
def load_embeddings():
    return np.random.default_rng(0).standard_normal((100, 1536))
# Why it matters in AI: avoid unintended mutation
embeddings = load_embeddings()
batch = embeddings[:32] # View — modifications affect original
batch = embeddings[:32].copy() # Safe independent copy
