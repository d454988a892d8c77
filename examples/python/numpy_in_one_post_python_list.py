# Python list — slow for math
python_list = [1, 2, 3, 4, 5]
# Each element is a full Python object
# Iterating and doing math means Python overhead on every single one
result = [x * 2 for x in python_list]
