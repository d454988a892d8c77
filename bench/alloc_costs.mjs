#!/usr/bin/env node
/**
 * What a fresh multi-megabyte output costs (issue 4's concatenate / copy rows): the same
 * 16 MB copy (two 8 MB sources, as np.concatenate of 2x(1000x1000) float64) into
 *   - one reused destination (cache-warm, what NumPy gets when it frees its last result and
 *     malloc hands the same block back),
 *   - k preallocated destinations in rotation (the memory was written k calls ago),
 *   - a fresh Buffer.allocUnsafeSlow buffer (malloc; src/_core/alloc.ts allocUninitialized),
 *   - a fresh new ArrayBuffer (calloc: glibc zeroes reused heap memory again),
 * then NumPy's np.concatenate with its last k results kept alive, so that its destinations
 * are as cold as ours. Single-op medians (a GC pause lands in a few ops, not the median),
 * batch means (the bench's measure, GC included), minor page faults and GC counts per op.
 * Usage: node bench/alloc_costs.mjs [--rounds N]. Needs python3 with NumPy for the last part.
 */
import { execFileSync } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';

const argv = process.argv.slice(2);
const ROUNDS = argv.includes('--rounds') ? Number(argv[argv.indexOf('--rounds') + 1]) : 30;
const N = 1e6;
// As src/_core/alloc.ts does at load: raise glibc's mmap/trim thresholds.
Buffer.allocUnsafeSlow(32 * 1024 * 1024 - 8192);

const a = new Float64Array(N).fill(1);
const b = new Float64Array(N).fill(2);
const copyInto = (d) => {
  d.set(a, 0);
  d.set(b, N);
  return d;
};
const ring = (k) => {
  const ds = Array.from({ length: k }, () => new Float64Array(2 * N).fill(0));
  let i = 0;
  return () => copyInto(ds[i++ % k]);
};
const variants = {
  'reused destination': ring(1),
  'rotate 2': ring(2),
  'rotate 4': ring(4),
  'fresh allocUnsafeSlow': () => copyInto(new Float64Array(Buffer.allocUnsafeSlow(16 * N).buffer)),
  'fresh new ArrayBuffer': () => copyInto(new Float64Array(2 * N)),
};

let gcs = { minor: 0, major: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if ((e.detail?.kind ?? e.kind) === 1) gcs.minor++;
    else gcs.major++;
  }
}).observe({ entryTypes: ['gc'] });

const q = (xs, p) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) * p)];
const names = Object.keys(variants);
const stats = Object.fromEntries(names.map((n) => [n, { one: [], batch: [], faults: 0, minor: 0, major: 0, ops: 0 }]));
for (let r = 0; r < ROUNDS; r++) {
  for (const n of r % 2 ? [...names].reverse() : names) {
    const s = stats[n];
    const f0 = process.resourceUsage().minorPageFault;
    gcs = { minor: 0, major: 0 };
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 10; i++) {
      const u = process.hrtime.bigint();
      variants[n]();
      s.one.push(Number(process.hrtime.bigint() - u) / 1e6);
    }
    s.batch.push(Number(process.hrtime.bigint() - t0) / 1e7);
    await new Promise((res) => setTimeout(res, 2)); // let the observer see this batch's GCs
    s.faults += process.resourceUsage().minorPageFault - f0;
    s.minor += gcs.minor;
    s.major += gcs.major;
    s.ops += 10;
  }
}
console.log('numtype side (Node): 16 MB copy, ms');
for (const n of names) {
  const s = stats[n];
  console.log(
    `${n.padEnd(24)} median ${q(s.one, 0.5).toFixed(3)}  batch mean ${q(s.batch, 0.5).toFixed(3)}  ` +
      `faults/op ${(s.faults / s.ops).toFixed(0)}  GCs/op minor ${(s.minor / s.ops).toFixed(2)} major ${(s.major / s.ops).toFixed(2)}`,
  );
}

const py = `
import numpy as np, time
a = np.ones((1000, 1000)); b = np.ones((1000, 1000)) * 2
for k in (0, 1, 2, 4):
    keep = [None] * max(k, 1); ts = []
    for i in range(${ROUNDS * 10 + 100}):
        t0 = time.perf_counter(); r = np.concatenate([a, b]); ts.append(time.perf_counter() - t0)
        if k: keep[i % k] = r
        del r
    ts = sorted(ts[100:])
    print(f"last {k} results kept alive".ljust(24), f"median {ts[len(ts) // 2] * 1e3:.3f}")
`;
try {
  console.log('\nNumPy np.concatenate([a, b]), ms');
  process.stdout.write(execFileSync('python3', ['-c', py], { encoding: 'utf8' }));
} catch (e) {
  console.log(`(NumPy part skipped: ${e.message.split('\n')[0]})`);
}
