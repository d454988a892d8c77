// NumPy: The Definitive Deep Dive — 8. Structured Arrays (Mini-Tables) (seeds/004)
import * as np from '../src/index.js';
import { print } from './_python.js';

const dtype: np.DTypeLike = [
  ['name', 'U10'],
  ['age', 'i4'],
  ['weight', 'f4'],
];
const people = np.array(
  [
    ['Alice', 25, 55.5],
    ['Bob', 30, 85.0],
  ],
  { dtype },
);
// NDArray.field (API.md §5) is not in numtype yet (KNOWN_FAILURES.md): reached through a cast
// so that the example compiles until it exists.
const fields = people as np.NDArray & { field(name: string): np.NDArray };
print(fields.field('name')); // ['Alice' 'Bob']
