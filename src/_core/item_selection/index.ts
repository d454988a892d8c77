/**
 * Item selection (NumPy's multiarray/item_selection.c and the fromnumeric wrappers):
 * take, put, putmask, place, choose, compress, extract, repeat, nonzero,
 * flatnonzero, argwhere, diagonal and trace.
 */
export { choose } from './choose.js';
export { compress, extract } from './compress.js';
export { diagonal, trace } from './diagonal.js';
export type { ClipMode } from './indices.js';
export { argwhere, flatnonzero, nonzero } from './nonzero.js';
export { place, put, putmask } from './put.js';
export { repeat } from './repeat.js';
export { take } from './take.js';
