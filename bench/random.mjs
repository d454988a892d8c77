#!/usr/bin/env node
/**
 * np.random benchmark entries (same format as bench/cases.mjs) and a standalone runner:
 *   node bench/random.mjs [--rounds N] [--target S]
 * Times numtype against NumPy, alternating batches (bench/run.mjs's `measure`), and prints
 * per-operation medians and the numtype/NumPy ratio. Needs a build (npm run build).
 * To fold them into the main harness: `import { randomCases } from './random.mjs'` in
 * bench/cases.mjs and spread `...randomCases` into `cases`.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const M = 1_000_000;

/**
 * np.random of the build (dist/src/random), until the package index exports it. The
 * NUMTYPE_RANDOM_DIST environment variable points at another build's dist folder instead.
 */
async function random() {
  const dist = process.env.NUMTYPE_RANDOM_DIST ?? path.join(root, 'dist');
  return import(pathToFileURL(path.join(dist, 'src', 'random', 'index.js')).href);
}

const gen = (name, call, pyCall) => ({
  name,
  group: 'random',
  js: async () => {
    const R = await random();
    const g = R.default_rng(12345);
    return () => call(g);
  },
  py: { setup: 'g = np.random.default_rng(12345)', op: pyCall },
});

const legacy = (name, call, pyCall) => ({
  name,
  group: 'random',
  js: async () => {
    const R = await random();
    const rs = new R.RandomState(12345);
    return () => call(rs);
  },
  py: { setup: 'rs = np.random.RandomState(12345)', op: pyCall },
});

export const randomCases = [
  gen('Generator.random(1e6)', (g) => g.random(M), `g.random(${M})`),
  gen('Generator.standard_normal(1e6)', (g) => g.standard_normal(M), `g.standard_normal(${M})`),
  gen('Generator.integers(0,100,1e6)', (g) => g.integers(0, 100, M), `g.integers(0, 100, ${M})`),
  legacy('RandomState.rand(1e6)', (rs) => rs.rand(M), `rs.rand(${M})`),
  legacy('RandomState.randn(1e6)', (rs) => rs.randn(M), `rs.randn(${M})`),
  gen('Generator.standard_exponential(1e6)', (g) => g.standard_exponential(M), `g.standard_exponential(${M})`),
  gen('Generator.gamma(2.5,1e5)', (g) => g.gamma(2.5, 1, 100_000), 'g.gamma(2.5, 1, 100000)'),
  gen('Generator.poisson(10,1e5)', (g) => g.poisson(10, 100_000), 'g.poisson(10, 100000)'),
];

async function main() {
  const { NumPy, measure, median, fmtTime } = await import('./run.mjs');
  const args = process.argv.slice(2);
  const opt = (k, d) => (args.includes(k) ? Number(args[args.indexOf(k) + 1]) : d);
  const opts = { rounds: opt('--rounds', 9), target: opt('--target', 0.2) };
  const numpy = new NumPy();
  const info = await numpy.call({ cmd: 'info' });
  console.log(`np.random: numtype (Node ${process.version}) vs NumPy ${info.numpy}; ${opts.rounds} alternating rounds\n`);
  console.log(`${'operation'.padEnd(38)}${'numtype'.padStart(12)}${'NumPy'.padStart(12)}${'ratio'.padStart(9)}`);
  for (const c of randomCases) {
    const op = await c.js({});
    const m = await measure(numpy, op, c.py, opts);
    const ratio = median(m.js.map((t, i) => t / m.py[i]));
    console.log(`${c.name.padEnd(38)}${fmtTime(median(m.js)).padStart(12)}${fmtTime(median(m.py)).padStart(12)}${`${ratio.toFixed(2)}x`.padStart(9)}`);
  }
  numpy.close();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
