/** The NDArray methods of sorting and searching: argument binding shared with np.*. */

export { searchsortedMethod } from './searchsorted.js';
export { argpartitionMethod, argsortMethod, partitionInPlace, sortInPlace } from './sort.js';
