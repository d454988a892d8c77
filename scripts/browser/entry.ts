/**
 * Entry of the browser bundle (scripts/browser/bundle.mjs): all of numtype, plus a top-level
 * await of `np.ready()` so that `import * as np from './numtype.js'` resolves only once the
 * WebAssembly SIMD kernels are compiled. A synchronous compile on a page's main thread blocks
 * it and some browsers refuse it (Chrome did for modules over 4 KB; Chromium 156 allows it);
 * without this await the first computations could run on the JavaScript fallback kernels
 * (same results for exact operations, last-bit differences for exp/log/sin/cos) until the
 * asynchronous compile finished.
 */
import { serveWebWorker } from '../../src/_core/kernels/gemm_job.js';
import { setWebWorkerScript } from '../../src/_core/kernels/threads.js';
import { ready } from '../../src/index.js';

export * from '../../src/index.js';

// Started by numtype's thread pool as a Web Worker: serve matrix-product shares. Otherwise
// register this bundle's URL, so that numtype running in a worker of a cross-origin-isolated
// page can start such workers (src/_core/kernels/threads.ts).
if (!serveWebWorker(globalThis)) setWebWorkerScript(import.meta.url);

await ready();
