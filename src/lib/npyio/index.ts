/**
 * NumPy's file functions (numpy/lib/_npyio_impl.py, numpy/lib/format.py, np.memmap):
 * `.npy`/`.npz` files, text tables, raw binary files and memory-mapped arrays.
 * `np.npy.encode`/`decode` work on bytes and run in browsers; the rest need Node.
 */
import { decode, encode } from './format.js';
import { open_memmap } from './memmap.js';

export { fromfile } from './binary.js';
export { genfromtxt } from './genfromtxt.js';
export { loadtxt } from './loadtxt.js';
export { Memmap, memmap } from './memmap.js';
export { load, save } from './npy.js';
export { NpzFile, savez, savez_compressed } from './npz.js';
export { savetxt } from './savetxt.js';

/**
 * `.npy` bytes without files (any runtime): `np.npy.encode(a, {version})` and
 * `np.npy.decode(bytes, {allow_pickle, max_header_size})`.
 * @example np.npy.decode(np.npy.encode(np.arange(3)))  // array([0, 1, 2])
 */
export const npy = { encode, decode, open_memmap } as const;

export { UnicodeDecodeError } from './format.js';
export { EOFError, UnpicklingError } from './npy.js';
export { BadZipFile } from './npz.js';
