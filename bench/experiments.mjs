#!/usr/bin/env node
/**
 * The measurements behind src/_core/kernels' design choices (node bench/experiments.mjs; needs a
 * build and python3 with NumPy). Every variant of an operation is timed in alternating rounds
 * together with NumPy, and medians are reported, with the ratio to NumPy.
 *
 *   1. Strategy for element-wise kernels on arrays in ordinary ArrayBuffers (1e6 elements):
 *      - stream: copy cache-sized blocks into a fixed wasm scratch block, run the SIMD kernel,
 *        copy the block out (what src/_core/kernels does);
 *      - whole: copy the whole arrays into a wasm memory grown once to fit and reused, run the
 *        kernel over all of it, copy the result out;
 *      - js: a plain TypeScript loop (src/_core/kernels/js.ts).
 *   2. Block size for streaming (1 KiB ... 256 KiB per operand).
 *   3. Where the plain loop beats a wasm call for short arrays (SMALL_N).
 *
 * Writes bench/results/experiments.json. Options: --rounds N (default 7), --quick.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { data, PY_PRELUDE } from './cases.mjs';
import { calibrate, fmtTime, median, NumPy, timeBatch } from './run.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const argv = process.argv.slice(2);
const ROUNDS = argv.includes('--rounds') ? Number(argv[argv.indexOf('--rounds') + 1]) : 7;
const QUICK = argv.includes('--quick');
const TARGET = 0.03;

const K = await import(
  pathToFileURL(path.join(root, 'dist', 'src', '_core', 'kernels', 'index.js')).href
);
const js = await import(
  pathToFileURL(path.join(root, 'dist', 'src', '_core', 'kernels', 'js.js')).href
);
const W = K.wasmKernels();
if (!W) throw new Error('the wasm backend is not available');

/** A second instance of the kernels whose memory may grow (for the "whole array" strategy). */
async function growableInstance() {
  const { default: asc } = await import('assemblyscript/asc');
  const out = {};
  const { error } = await asc.main(
    [
      'assembly/index.ts',
      '--enable',
      'simd',
      '-O3',
      '--noAssert',
      '--runtime',
      'stub',
      '--initialMemory',
      '16',
      '--outFile',
      'k.wasm',
    ],
    {
      writeFile: (name, contents) => (out[name] = contents),
      baseDir: root,
      stdout: { write() {} },
      stderr: { write() {} },
    },
  );
  if (error) throw error;
  const inst = new WebAssembly.Instance(new WebAssembly.Module(out['k.wasm']), {});
  const ex = inst.exports;
  const mem = ex.memory;
  const base = ex.scratchBase();
  return {
    ex,
    /** whole-array a op s: copy a in, run over everything, copy out (memory grown once, reused). */
    unaryWhole(kern, a, out, extra) {
      const bytes = a.byteLength;
      const need = base + 2 * bytes + 64;
      if (mem.buffer.byteLength < need) mem.grow(Math.ceil((need - mem.buffer.byteLength) / 65536));
      const C = a.constructor;
      const view = new C(mem.buffer); // after growth the old views are detached: re-made per call
      view.set(a, base / a.BYTES_PER_ELEMENT);
      if (extra === undefined) kern(base, base, a.length);
      else kern(base, extra, base, a.length);
      out.set(view.subarray(base / a.BYTES_PER_ELEMENT, base / a.BYTES_PER_ELEMENT + a.length));
    },
    binaryWhole(kern, a, b, out) {
      const bytes = a.byteLength;
      const need = base + 2 * bytes + 64;
      if (mem.buffer.byteLength < need) mem.grow(Math.ceil((need - mem.buffer.byteLength) / 65536));
      const C = a.constructor;
      const view = new C(mem.buffer);
      const ia = base / a.BYTES_PER_ELEMENT;
      view.set(a, ia);
      view.set(b, ia + a.length);
      kern(base, base + bytes, base, a.length);
      out.set(view.subarray(ia, ia + a.length));
    },
  };
}

/** Time each JS variant and the NumPy op in alternating rounds; returns medians (s/op). */
async function compare(numpy, label, variants, py) {
  const names = Object.keys(variants);
  const numbers = {};
  for (const n of names) {
    timeBatch(variants[n], calibrate(variants[n], TARGET / 3));
    numbers[n] = calibrate(variants[n], TARGET);
  }
  await numpy.call({ cmd: 'setup', setup: PY_PRELUDE + py.setup, op: py.op });
  const { number: pyNumber } = await numpy.call({ cmd: 'calibrate', target: TARGET });
  const times = Object.fromEntries([...names, 'numpy'].map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? [...names].reverse() : names;
    for (const n of order) times[n].push(timeBatch(variants[n], numbers[n]) / numbers[n]);
    times.numpy.push((await numpy.call({ cmd: 'run', number: pyNumber })).seconds / pyNumber);
  }
  const med = Object.fromEntries(Object.entries(times).map(([n, t]) => [n, median(t)]));
  console.log(`\n${label}`);
  for (const n of [...names, 'numpy']) {
    console.log(
      `  ${n.padEnd(28)}${fmtTime(med[n]).padStart(12)}   ${(med[n] / med.numpy).toFixed(2)}x NumPy`,
    );
  }
  return {
    label,
    median_s: med,
    ratio_to_numpy: Object.fromEntries(names.map((n) => [n, med[n] / med.numpy])),
  };
}

async function main() {
  const numpy = new NumPy();
  const results = { strategy: [], block: [], small: [] };
  const M = 1_000_000;
  const a = data(M, -1, 1);
  const b = data(M, -1, 1, Float64Array, 1);
  const pos = data(M, 0.001, 1000);
  const out = new Float64Array(M);
  const af = data(M, -1, 1, Float32Array);
  const outf = new Float32Array(M);
  const G = await growableInstance();
  const py64 = `a = data(${M}); b = data(${M}, k=1); p = data(${M}, 0.001, 1000); o = np.empty_like(a)`;
  const py32 = `a = data(${M}, dtype=np.float32); o = np.empty_like(a)`;

  // 1. strategies
  W.setBlockBytes(K.wasmKernels().blockBytes);
  results.strategy.push(
    await compare(
      numpy,
      'a*2 float64, 1e6 elements',
      {
        'wasm stream (blocks)': () => K.mulF64AS(a, 2, out),
        'wasm whole-array copy': () => G.unaryWhole(G.ex.f64_mul_s, a, out, 2),
        'plain JS loop': () => js.mulF64AS(a, 2, out),
      },
      { setup: py64, op: 'np.multiply(a, 2, out=o)' },
    ),
  );
  results.strategy.push(
    await compare(
      numpy,
      'a+b float64, 1e6 elements',
      {
        'wasm stream (blocks)': () => K.addF64(a, b, out),
        'wasm whole-array copy': () => G.binaryWhole(G.ex.f64_add, a, b, out),
        'plain JS loop': () => js.addF64(a, b, out),
      },
      { setup: py64, op: 'np.add(a, b, out=o)' },
    ),
  );
  results.strategy.push(
    await compare(
      numpy,
      'a*2 float32, 1e6 elements',
      {
        'wasm stream (blocks)': () => K.mulF32AS(af, 2, outf),
        'wasm whole-array copy': () => G.unaryWhole(G.ex.f32_mul_s, af, outf, 2),
        'plain JS loop': () => js.mulF32AS(af, 2, outf),
      },
      { setup: py32, op: 'np.multiply(a, 2, out=o)' },
    ),
  );
  for (const [f, arr, py] of [
    ['exp', a, 'np.exp(a, out=o)'],
    ['log', pos, 'np.log(p, out=o)'],
    ['sqrt', pos, 'np.sqrt(p, out=o)'],
  ]) {
    const F = f[0].toUpperCase() + f.slice(1);
    results.strategy.push(
      await compare(
        numpy,
        `${f} float64, 1e6 elements`,
        {
          'wasm stream (blocks)': () => K[`${f}F64`](arr, out),
          'wasm whole-array copy': () => G.unaryWhole(G.ex[`f64_${f}`], arr, out),
          [`plain JS loop (Math.${f})`]: () => js[`${f}F64`](arr, out),
        },
        { setup: py64, op: py },
      ),
    );
    void F;
  }
  results.strategy.push(
    await compare(
      numpy,
      'sum float64, 1e6 elements',
      {
        'wasm stream (blocks)': () => K.sumF64(a),
        'plain JS pairwise': () => js.pairwiseF64(a, 0, M),
      },
      { setup: py64, op: 'np.sum(a)' },
    ),
  );

  // 2. block sizes
  const sizes = QUICK
    ? [4096, 16384, 65536]
    : [1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144];
  const saved = W.blockBytes;
  for (const [label, op, py] of [
    ['a*2 float64 1e6', () => K.mulF64AS(a, 2, out), 'np.multiply(a, 2, out=o)'],
    ['a+b float64 1e6', () => K.addF64(a, b, out), 'np.add(a, b, out=o)'],
    ['exp float64 1e6', () => K.expF64(a, out), 'np.exp(a, out=o)'],
    ['sum float64 1e6', () => K.sumF64(a), 'np.sum(a)'],
  ]) {
    const variants = {};
    for (const s of sizes) {
      variants[`${s / 1024} KiB`] = () => {
        W.setBlockBytes(s);
        op();
      };
    }
    results.block.push(
      await compare(numpy, `block size: ${label}`, variants, { setup: py64, op: py }),
    );
  }
  W.setBlockBytes(saved);

  // 3. short arrays: plain loop vs the wasm call
  for (const n of [4, 8, 16, 24, 32, 48, 64, 128, 256]) {
    const x = data(n, -1, 1);
    const y = data(n, -1, 1, Float64Array, 1);
    const o = new Float64Array(n);
    results.small.push(
      await compare(
        numpy,
        `a+b float64, n=${n}`,
        {
          'plain JS loop': () => js.addF64(x, y, o),
          'wasm stream': () => W.binary(W.ex.f64_add, W.f64, x, y, o),
        },
        {
          setup: `a = data(${n}); b = data(${n}, k=1); o = np.empty_like(a)`,
          op: 'np.add(a, b, out=o)',
        },
      ),
    );
  }
  numpy.close();
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(
    path.join(here, 'results', 'experiments.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rounds: ROUNDS, ...results }, null, 1)}\n`,
  );
  console.log('\nwrote bench/results/experiments.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
