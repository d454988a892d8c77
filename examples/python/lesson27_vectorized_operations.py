import numpy as np  # added: the seed relies on an earlier section's import
np.random.seed(0)  # added: reproducible random numbers
a = np.array([1.0, 2.0, 3.0])
b = np.array([4.0, 5.0, 6.0])
# Element-wise arithmetic (no loop needed)
print(a + b) # [5. 7. 9.]
print(a * b) # [4. 10. 18.]
print(a ** 2) # [1. 4. 9.]
print(a / b) # [0.25 0.4 0.5]
# Universal functions (ufuncs) — apply to every element
print(np.sqrt(a)) # [1. 1.414 1.732]
print(np.exp(a)) # [2.718 7.389 20.086]
print(np.log(a)) # [0. 0.693 1.099]
# Key AI computation: cosine similarity
def cosine_similarity(a: np.ndarray, b: np.ndarray) -> float:
    return np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b))
query_embedding = np.random.randn(1536)
doc_embedding = np.random.randn(1536)
sim = cosine_similarity(query_embedding, doc_embedding)
print(f"Cosine similarity: {sim:.4f}")
# Batch cosine similarity: query vs all documents at once
def batch_cosine_similarity(query: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """Compute similarity between one query and many documents."""
    query_norm = query / np.linalg.norm(query) # Normalize query
    doc_norms = docs / np.linalg.norm(docs, axis=1, keepdims=True) # Normalize each doc
    return doc_norms @ query_norm # Matrix multiply
query = np.random.randn(1536)
doc_embeddings = np.random.randn(100, 1536) # 100 documents
similarities = batch_cosine_similarity(query, doc_embeddings)
print(similarities.shape) # (100,) — one score per document
top_indices = np.argsort(similarities)[::-1][:5] # Top 5 document indices
