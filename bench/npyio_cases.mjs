/**
 * Benchmark entries for .npy files (issue 7): np.save and np.load of a 100 MB float64 array
 * (12.5e6 elements), each against NumPy writing/reading the same size in the same directory.
 * Files live in the OS temp directory; each side uses its own file.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const N = 12_500_000; // 100 MB of float64
const dir = os.tmpdir();
/** A temp file for this process, removed when it exits (100 MB each). */
const jsFile = (tag) => {
  const f = path.join(dir, `numtype_bench_${process.pid}_${tag}.npy`);
  process.on('exit', () => rmSync(f, { force: true }));
  return f;
};
const pyFile = (tag) =>
  `os.path.join(tempfile.gettempdir(), 'numpy_bench_' + str(os.getpid()) + '_${tag}.npy')`;
const pyCleanup = `import atexit\natexit.register(lambda: os.path.exists(f) and os.remove(f))`;

export const npyioCases = [
  {
    name: 'np.save f64 100 MB',
    group: 'npyio',
    js: async (ctx) => {
      const np = await ctx.np();
      const a = np.asarray(ctx.data(N, -1, 1));
      const f = jsFile('save');
      return () => np.save(f, a);
    },
    py: {
      setup: `import os, tempfile\na = data(${N}, -1, 1)\nf = ${pyFile('save')}\n${pyCleanup}`,
      op: 'np.save(f, a)',
    },
  },
  {
    name: 'np.load f64 100 MB',
    group: 'npyio',
    js: async (ctx) => {
      const np = await ctx.np();
      const f = jsFile('load');
      np.save(f, np.asarray(ctx.data(N, -1, 1)));
      return () => np.load(f);
    },
    py: {
      setup: `import os, tempfile\nf = ${pyFile('load')}\n${pyCleanup}\nnp.save(f, data(${N}, -1, 1))`,
      op: 'np.load(f)',
    },
  },
];
