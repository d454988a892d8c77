// NumPy essentials course — Installation & Import Convention (seeds/001)
// Install (only needed once)
// npm install numtype   (a shell command: run it in a terminal)
// The universal import alias
import * as np from '../src/index.js';
import { print } from './_python.js';

// Verify version
// [varies]: the installed version (see examples/README.md)
print('[varies]', np.__version__); // e.g., 1.26.4
// ndarray vs list — same data, different performance
const py_list = Array.from({ length: 10_000_000 }, (_, i) => i);
const np_array = np.arange(10_000_000, { dtype: np.float64 });
let t0 = performance.now() / 1000;
const s1 = py_list.reduce((acc, x) => acc + x, 0); // Python built-in
print(`[varies] Python sum: ${(performance.now() / 1000 - t0).toFixed(3)}s`);
t0 = performance.now() / 1000;
const s2 = np.sum(np_array); // NumPy vectorised
print(`[varies] NumPy sum: ${(performance.now() / 1000 - t0).toFixed(3)}s`);
// Typical output: Python ~0.08s, NumPy ~0.005s
void [s1, s2];
