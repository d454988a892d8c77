import numpy as np
# Simulate a single layer of a neural network
np.random.seed(42)
# Input: 3 features for 5 data points
X = np.random.randn(5, 3)
# Weights: 3 inputs -> 4 outputs
W = np.random.randn(3, 4)
# Bias: one per output
b = np.random.randn(4)
# Forward pass through one layer
# Matrix multiplication + bias
Z = X @ W + b # @ is the matrix multiply operator
# Apply a simple activation (ReLU: max(0, x))
output = np.maximum(0, Z)
print("Input shape: ", X.shape) # (5, 3)
print("Weight shape:", W.shape) # (3, 4)
print("Output shape:", output.shape) # (5, 4)
