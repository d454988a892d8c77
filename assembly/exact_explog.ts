// exact_explog: WebAssembly SIMD kernels (filled in by the work on exact_explog).
