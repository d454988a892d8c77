/**
 * cos and acos for the von Mises sampler. glibc computes these with IBM's accurate
 * tables; these use the engine's Math functions, which can differ from glibc in the last
 * bit (so `vonmises` may differ from NumPy by an ulp now and then).
 */
export const cos = Math.cos;
export const acos = Math.acos;
