// NumPy in One Post — Why Python Needed NumPy: a Python list (seeds/003)
// Python list — slow for math
const python_list = [1, 2, 3, 4, 5];
// Each element is a full Python object
// Iterating and doing math means Python overhead on every single one
const result = python_list.map((x) => x * 2);
void result;
