// dot: WebAssembly SIMD kernels (filled in by the work on dot).
