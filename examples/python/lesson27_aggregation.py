import numpy as np  # added: the seed relies on an earlier section's import
arr = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
# Global aggregations
print(arr.sum()) # 45
print(arr.mean()) # 5.0
print(arr.max()) # 9
print(arr.min()) # 1
print(arr.std()) # Standard deviation
# Axis-wise (axis=0: collapse rows, result per column; axis=1: collapse columns, result per row)
print(arr.sum(axis=0)) # [12 15 18] — sum each column
print(arr.sum(axis=1)) # [6 15 24] — sum each row
print(arr.max(axis=1)) # [3 6 9] — max of each row
# Useful in ML
retrieval_scores = np.array([[0.92, 0.45, 0.78], [0.61, 0.89, 0.33]])
print(np.mean(retrieval_scores, axis=1)) # Mean score per query
print(np.argmax(retrieval_scores, axis=1)) # Index of highest-scoring doc per query
