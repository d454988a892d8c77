#!/usr/bin/env node
/**
 * Accuracy sweep of exp/log/sin/cos against NumPy over the whole domain (node
 * bench/accuracy.mjs [--step N] [--n64 N]; needs a build and python3 with NumPy).
 *
 * float32: every N-th bit pattern (default 257: 16.7 million values covering every binade,
 * subnormals, inf and nan), compared with NumPy and with the correctly rounded result
 * (NumPy's float64 function rounded to float32). float64: N64 random bit patterns plus uniform
 * samples of each function's interesting range, compared with NumPy. Prints the maximum ulp
 * distance and a histogram per function and backend; writes bench/results/accuracy.json.
 */
import { execFileSync } from 'node:child_process';
import { numpyEnv } from '../scripts/numpy_env.mjs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const argv = process.argv.slice(2);
const STEP = argv.includes('--step') ? Number(argv[argv.indexOf('--step') + 1]) : 257;
const N64 = argv.includes('--n64') ? Number(argv[argv.indexOf('--n64') + 1]) : 2_000_000;
const FUNCS = ['exp', 'log', 'sin', 'cos'];

const dir = mkdtempSync(path.join(os.tmpdir(), 'numtype-acc-'));
const PY = `
import numpy as np, sys, os
d, step, n64 = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
x = np.arange(0, 2**32, step, dtype=np.uint64).astype(np.uint32).view(np.float32)
x.tofile(os.path.join(d, 'x32'))
rng = np.random.default_rng(1)
with np.errstate(all='ignore'):
    for f in ${JSON.stringify(FUNCS)}:
        getattr(np, f)(x).tofile(os.path.join(d, f + '_np32'))
        getattr(np, f)(x.astype(np.float64)).astype(np.float32).tofile(os.path.join(d, f + '_cr32'))
        bits = rng.integers(0, 2**64, n64 // 2, dtype=np.uint64).view(np.float64)
        if f == 'exp': r = rng.uniform(-746, 710, n64 // 2)
        elif f == 'log': r = np.exp(rng.uniform(-745, 709, n64 // 2))
        else: r = rng.uniform(-1e4, 1e4, n64 // 2) * np.exp(rng.uniform(-30, 10, n64 // 2))
        x64 = np.concatenate([bits, r])
        x64.tofile(os.path.join(d, f + '_x64'))
        getattr(np, f)(x64).tofile(os.path.join(d, f + '_np64'))
`;

function read(name, C) {
  const b = readFileSync(path.join(dir, name));
  const out = new C(b.length / C.BYTES_PER_ELEMENT);
  new Uint8Array(out.buffer).set(b);
  return out;
}

function ulpStats(a, b) {
  const n = a.length;
  const hist = {};
  let max = 0;
  let at = -1;
  const is64 = a instanceof Float64Array;
  const ai = is64 ? new BigInt64Array(a.buffer) : new Int32Array(a.buffer);
  const bi = is64 ? new BigInt64Array(b.buffer) : new Int32Array(b.buffer);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(a[i]) && Number.isNaN(b[i])) continue;
    let d;
    if (is64) {
      const p = ai[i] < 0n ? -(ai[i] & 0x7fffffffffffffffn) : ai[i];
      const q = bi[i] < 0n ? -(bi[i] & 0x7fffffffffffffffn) : bi[i];
      d = Number(p > q ? p - q : q - p);
    } else {
      const p = ai[i] < 0 ? -(ai[i] & 0x7fffffff) : ai[i];
      const q = bi[i] < 0 ? -(bi[i] & 0x7fffffff) : bi[i];
      d = Math.abs(p - q);
    }
    if (d > 0) {
      const k = d > 9 ? '>9' : String(d);
      hist[k] = (hist[k] ?? 0) + 1;
    }
    if (d > max) {
      max = d;
      at = i;
    }
  }
  return { max, at, hist };
}

try {
  execFileSync('python3', ['-c', PY, dir, String(STEP), String(N64)], {
    stdio: 'inherit',
    env: numpyEnv,
  });
  const K = await import(
    pathToFileURL(path.join(root, 'dist', 'src', '_core', 'kernels', 'index.js')).href
  );
  const x32 = read('x32', Float32Array);
  const results = [];
  for (const backend of ['wasm', 'js']) {
    K.setBackend(backend);
    for (const f of FUNCS) {
      const o32 = new Float32Array(x32.length);
      K[`${f}F32`](x32, o32);
      const np32 = read(`${f}_np32`, Float32Array);
      const vsNp = ulpStats(o32, np32);
      const vsCr = ulpStats(o32, read(`${f}_cr32`, Float32Array));
      const npVsCr = ulpStats(np32, read(`${f}_cr32`, Float32Array));
      const x64 = read(`${f}_x64`, Float64Array);
      const o64 = new Float64Array(x64.length);
      K[`${f}F64`](x64, o64);
      const vs64 = ulpStats(o64, read(`${f}_np64`, Float64Array));
      const r = {
        backend,
        func: f,
        float32: {
          n: x32.length,
          maxUlpVsNumpy: vsNp.max,
          histVsNumpy: vsNp.hist,
          maxUlpVsCorrectlyRounded: vsCr.max,
          histVsCorrectlyRounded: vsCr.hist,
          numpyMaxUlpVsCorrectlyRounded: npVsCr.max,
        },
        float64: {
          n: x64.length,
          maxUlpVsNumpy: vs64.max,
          histVsNumpy: vs64.hist,
          worstX: vs64.at >= 0 ? x64[vs64.at] : null,
        },
      };
      results.push(r);
      console.log(
        `${backend.padEnd(5)} ${f.padEnd(4)} float32: max ${vsNp.max} ulp vs NumPy ${JSON.stringify(vsNp.hist)}, ` +
          `${vsCr.max} vs correctly rounded (${JSON.stringify(vsCr.hist)}; NumPy itself ${npVsCr.max}) | ` +
          `float64: max ${vs64.max} ulp vs NumPy ${JSON.stringify(vs64.hist)}`,
      );
    }
  }
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(
    path.join(here, 'results', 'accuracy.json'),
    `${JSON.stringify({ date: new Date().toISOString(), step32: STEP, n64: N64, results }, null, 1)}\n`,
  );
  console.log('wrote bench/results/accuracy.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
