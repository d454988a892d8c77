/**
 * The environment for python3 + NumPy children of the scripts (docs examples, fixtures,
 * accuracy): NumPy pinned to its x86-64-v3 (AVX2 + FMA3) kernels, whose bits numtype
 * reproduces; on AVX-512 machines its default kernels give other last bits for exp, log,
 * the SVML-based functions and some sums. test/helpers.ts holds the same pin for the tests
 * (NUMPY_CPU_PIN); scripts/fixtures/generate.py sets it for the fixture generators. The
 * benchmark does not pin: it times the NumPy the machine really runs.
 */
export const NUMPY_CPU_PIN =
  'X86_V4 AVX512_ICL AVX512_SPR AVX512F AVX512_SKX AVX512_CLX AVX512_CNL';

export const numpyEnv = {
  ...process.env,
  NPY_DISABLE_CPU_FEATURES: process.env.NPY_DISABLE_CPU_FEATURES ?? NUMPY_CPU_PIN,
};
