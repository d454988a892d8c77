/**
 * Benchmark entries for np.fft (issue 8): a 2^20-point complex128 FFT and the 2-D real
 * FFT of a 1000x1000 float64 array, each against NumPy (target: ratio <= 2).
 */
const N20 = 1 << 20;

export const fftCases = [
  {
    name: 'fft c128 2^20',
    group: 'fft',
    js: async (ctx) => {
      const np = await ctx.np();
      const re = np.asarray(ctx.data(N20, -1, 1));
      const im = np.asarray(ctx.data(N20, -1, 1, Float64Array, 1));
      const a = np.add(re, np.multiply(im, new np.Complex(0, 1)));
      return () => np.fft.fft(a);
    },
    py: {
      setup: `a = data(${N20}) + 1j * data(${N20}, k=1)`,
      op: 'np.fft.fft(a)',
    },
  },
  {
    name: 'rfft2 f64 1000x1000',
    group: 'fft',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(ctx.data(1_000_000, -1, 1)).reshape(1000, 1000);
      return () => np.fft.rfft2(a);
    },
    py: { setup: 'a = data(10**6).reshape(1000, 1000)', op: 'np.fft.rfft2(a)' },
  },
];
