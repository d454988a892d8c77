// exact_trig: WebAssembly SIMD kernels (filled in by the work on exact_trig).
