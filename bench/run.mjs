#!/usr/bin/env node
/**
 * numtype vs NumPy benchmark (npm run bench). Needs a build (npm run build) and python3 with
 * NumPy.
 *
 * For each entry of bench/cases.mjs: build the inputs on both sides, calibrate a batch size
 * per side (timeit-style: the smallest count whose batch takes >= --target seconds), then run
 * --rounds batches per side, alternating numtype and NumPy (and which goes first) so that the
 * machine's background load hits both alike. Reports per-operation medians, the ratio
 * numtype/NumPy (< 1: numtype faster; the median of the per-round ratios, each round pairing
 * back-to-back batches), and the ratio's interquartile range over rounds. Machines here are
 * small and shared: compare ratios, not absolute times (the load average is recorded).
 *
 * Writes bench/results/latest.json and bench/results/latest.svg (a bar chart of the ratios).
 *
 * Options: --filter REGEX   only entries whose name matches
 *          --rounds N       batches per side (default 9)
 *          --target S       seconds per batch (default 0.04)
 *          --js-backend     run numtype on the plain-JS fallback (NUMTYPE_NO_WASM=1)
 *          --out NAME       results file stem (default latest)
 * Env: NUMTYPE_BENCH_DIST=DIR measures the numtype compiled to DIR (a tsc outDir) instead of dist/.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cases, data, PY_PRELUDE } from './cases.mjs';
import { barChart } from './svg.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
/** The compiled numtype to measure: dist/ of this checkout, or NUMTYPE_BENCH_DIST (a tsc outDir). */
const distDir = process.env.NUMTYPE_BENCH_DIST ?? path.join(root, 'dist');

function parseArgs(argv) {
  const o = { filter: null, rounds: 9, target: 0.04, jsBackend: false, out: 'latest' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--filter') o.filter = new RegExp(argv[++i]);
    else if (a === '--rounds') o.rounds = Number(argv[++i]);
    else if (a === '--target') o.target = Number(argv[++i]);
    else if (a === '--js-backend') o.jsBackend = true;
    else if (a === '--out') o.out = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** The long-lived NumPy process (bench/numpy_runner.py), one JSON line per request. */
export class NumPy {
  constructor() {
    this.proc = spawn('python3', [path.join(here, 'numpy_runner.py')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.lines = createInterface({ input: this.proc.stdout })[Symbol.asyncIterator]();
  }
  async call(msg) {
    this.proc.stdin.write(`${JSON.stringify(msg)}\n`);
    const { value, done } = await this.lines.next();
    if (done) throw new Error('python3 numpy_runner exited');
    const r = JSON.parse(value);
    if (r.error) throw new Error(`NumPy: ${r.error}`);
    return r;
  }
  close() {
    this.proc.stdin.end();
  }
}

/** timeit-style calibration of a JS op: smallest count whose batch takes >= target seconds. */
export function calibrate(op, target) {
  let number = 1;
  for (;;) {
    const t = timeBatch(op, number);
    if (t >= target || number >= 1e9) return number;
    number = Math.max(number * 2, Math.floor(((number * target) / Math.max(t, 1e-9)) * 1.1));
  }
}

/** Seconds for `number` calls of op. */
export function timeBatch(op, number) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < number; i++) op();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const p = (s.length - 1) * q;
  const lo = Math.floor(p);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (p - lo);
}

export function fmtTime(s) {
  if (s < 1e-6) return `${(s * 1e9).toFixed(1)} ns`;
  if (s < 1e-3) return `${(s * 1e6).toFixed(2)} µs`;
  return `${(s * 1e3).toFixed(3)} ms`;
}

/**
 * Time one entry: returns { js: [...per-op seconds], py: [...] } over `rounds` alternating batches.
 * `jsOp` is the zero-argument op; `py` the entry's { setup, op }.
 */
export async function measure(numpy, jsOp, py, { rounds, target, settle = 0, workerJobs }) {
  await numpy.call({ cmd: 'setup', setup: PY_PRELUDE + py.setup, op: py.op });
  // warm up the JS op (JIT tiers) for ~2 batches' worth of time
  timeBatch(jsOp, calibrate(jsOp, target / 2));
  const jsNumber = calibrate(jsOp, target);
  const { number: pyNumber } = await numpy.call({ cmd: 'calibrate', target });
  const js = [];
  const pyTimes = [];
  let lastJobs = workerJobs?.();
  for (let r = 0; r < rounds; r++) {
    // Multi-threaded entries first let the other side's threads go idle (OpenBLAS's
    // threads spin for a while after a call), so that each side has both cores.
    const pause = () => (settle > 0 ? new Promise((r) => setTimeout(r, settle)) : null);
    const runJs = async () => {
      await pause();
      js.push(timeBatch(jsOp, jsNumber) / jsNumber);
    };
    const runPy = async () => {
      await pause();
      // Our worker threads keep spinning for 100 ms after a job (gemm_worker.ts): a NumPy
      // batch started meanwhile would share a core with one (np.cov: 5.3 instead of 2.8 ms).
      const jobs = workerJobs?.();
      if (jobs !== undefined && jobs !== lastJobs && settle === 0) {
        await new Promise((r) => setTimeout(r, SPIN_SETTLE_MS));
      }
      lastJobs = workerJobs?.();
      pyTimes.push((await numpy.call({ cmd: 'run', number: pyNumber })).seconds / pyNumber);
    };
    if (r % 2 === 0) {
      await runJs();
      await runPy();
    } else {
      await runPy();
      await runJs();
    }
  }
  return { js, py: pyTimes };
}

/** Pause before a NumPy batch when our worker threads ran jobs in the batch before it. */
const SPIN_SETTLE_MS = 150;

/** Entries that run on several threads on either side (OpenBLAS; numtype's GEMM pool). */
const THREADED = /matmul|gemm|dot|solve|inv|svd|eigh|einsum|lstsq|det|cov|corrcoef|cholesky/;

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.jsBackend) process.env.NUMTYPE_NO_WASM = '1';
  const K = await import(
    pathToFileURL(path.join(distDir, 'src', '_core', 'kernels', 'index.js')).href
  );
  // The exact exp/log/sin/cos kernels behind np.exp etc. (NumPy's bits), as the ufuncs run them.
  const E = {};
  for (const m of ['exact_explog', 'exact_explog32', 'exact_trig']) {
    Object.assign(E, await import(pathToFileURL(path.join(distDir, 'src', '_core', 'kernels', `${m}.js`)).href));
  }
  const { threadStats } = await import(
    pathToFileURL(path.join(distDir, 'src', '_core', 'kernels', 'threads.js')).href
  );
  const workerJobs = () => threadStats().jobs;
  let npModule;
  const ctx = {
    K,
    E,
    data,
    np: async () => {
      npModule ??= await import(pathToFileURL(path.join(distDir, 'src', 'index.js')).href);
      return npModule;
    },
  };
  const numpy = new NumPy();
  const info = await numpy.call({ cmd: 'info' });
  const selected = cases.filter((c) => !opts.filter || opts.filter.test(c.name));
  console.log(
    `numtype (${K.getBackend()} backend, Node ${process.version}) vs NumPy ${info.numpy} (Python ${info.python}; ` +
      `SIMD ${(info.simd ?? []).join(' ') || 'baseline'}); ` +
      `${os.cpus()[0]?.model ?? '?'} x${os.cpus().length}; ${opts.rounds} alternating rounds of >= ${opts.target}s batches\n`,
  );
  const header = ['operation', 'numtype', 'NumPy', 'ratio', 'ratio IQR'];
  const rows = [];
  const results = [];
  console.log(
    `${header[0].padEnd(40)}${header
      .slice(1)
      .map((h) => h.padStart(12))
      .join('')}`,
  );
  for (const c of selected) {
    try {
      const op = await c.js(ctx);
      const m = await measure(numpy, op, c.py, { ...opts, settle: THREADED.test(c.name) ? 200 : 0, workerJobs });
      const ratios = m.js.map((t, i) => t / m.py[i]);
      const r = {
        name: c.name,
        group: c.group ?? 'kernel',
        numtype_s: median(m.js),
        numpy_s: median(m.py),
        // the median of the per-round ratios: each round's two batches ran back to back, so
        // the pairing cancels most of the drift in background load
        ratio: median(ratios),
        ratio_of_medians: median(m.js) / median(m.py),
        ratio_p25: quantile(ratios, 0.25),
        ratio_p75: quantile(ratios, 0.75),
        samples: m,
      };
      results.push(r);
      const row = [
        c.name,
        fmtTime(r.numtype_s),
        fmtTime(r.numpy_s),
        `${r.ratio.toFixed(2)}x`,
        `${r.ratio_p25.toFixed(2)}-${r.ratio_p75.toFixed(2)}`,
      ];
      rows.push(row);
      console.log(
        `${row[0].padEnd(40)}${row
          .slice(1)
          .map((v) => v.padStart(12))
          .join('')}`,
      );
    } catch (e) {
      console.log(`${c.name.padEnd(40)}  failed: ${e.message}`);
      results.push({ name: c.name, group: c.group ?? 'kernel', error: String(e.message) });
    }
  }
  numpy.close();
  const ok = results.filter((r) => !r.error);
  const geo = Math.exp(ok.reduce((s, r) => s + Math.log(r.ratio), 0) / Math.max(ok.length, 1));
  console.log(
    `\ngeometric mean ratio numtype/NumPy: ${geo.toFixed(2)}x over ${ok.length} operations`,
  );
  console.log(
    `load average: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} on ${os.cpus().length} cores`,
  );
  const outDir = path.join(here, 'results');
  mkdirSync(outDir, { recursive: true });
  const meta = {
    date: new Date().toISOString(),
    backend: K.getBackend(),
    node: process.version,
    numpy: info.numpy,
    python: info.python,
    numpy_simd: info.simd ?? null,
    cpu: os.cpus()[0]?.model ?? null,
    cores: os.cpus().length,
    rounds: opts.rounds,
    target_s: opts.target,
    geomean_ratio: geo,
    loadavg_at_end: os.loadavg(),
  };
  writeFileSync(
    path.join(outDir, `${opts.out}.json`),
    `${JSON.stringify({ meta, results }, null, 1)}\n`,
  );
  writeFileSync(
    path.join(outDir, `${opts.out}.svg`),
    barChart(
      ok.map((r) => ({ label: r.name, value: r.ratio, lo: r.ratio_p25, hi: r.ratio_p75 })),
      `numtype / NumPy time (median of ${opts.rounds}; < 1 is faster) — ${meta.backend} backend, NumPy ${info.numpy}, ${meta.date.slice(0, 10)}`,
    ),
  );
  console.log(`wrote bench/results/${opts.out}.json and bench/results/${opts.out}.svg`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
