// API coverage: which names of shared/numpy-api.txt exist at their place in numtype.
// Usage: node scripts/coverage.mjs [--list-missing]   (after npm run build)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as np from '../dist/src/index.js';

const target = path.resolve(
  import.meta.dirname ?? new URL('.', import.meta.url).pathname,
  '../../shared/numpy-api.txt',
);
const lines = readFileSync(target, 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'));
const sample = np.zeros([2, 2]);
const rng = np.random?.default_rng ? np.random.default_rng(0) : null;
const where = {
  np: (n) => n in np,
  'np.linalg': (n) => np.linalg !== undefined && n in np.linalg,
  'np.fft': (n) => np.fft !== undefined && n in np.fft,
  'np.random': (n) => np.random !== undefined && n in np.random,
  'np.random.Generator': (n) => rng !== null && n in rng,
  ndarray: (n) => n in sample,
};
const missing = [];
let have = 0;
for (const l of lines) {
  const [ns, name] = l.trim().split(/\s+/);
  if (where[ns]?.(name)) have++;
  else missing.push(`${ns} ${name}`);
}
console.log(
  `API coverage: ${have}/${lines.length} names (${((100 * have) / lines.length).toFixed(1)}%)`,
);
if (process.argv.includes('--list-missing')) console.log(missing.join('\n'));
