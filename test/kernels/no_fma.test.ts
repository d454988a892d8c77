/**
 * Where the FMA module is in use (kernels/fma_wasm.ts), np.exp, log, sin and cos no longer
 * reach the baseline SIMD kernels of assembly/exact_*.ts that engines without relaxed SIMD
 * (or without a fused madd) run, nor np.arctan / np.arctan2 their scalar loops
 * (umath/defs/atan_loops.ts, checked against NumPy by the live libm64 test). This reruns those
 * tests in a child process with NUMTYPE_NO_FMA=1, so that those paths stay tested on every
 * machine.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadFmaSync } from '../../src/_core/kernels/fma_wasm.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const FILES = [
  'exact_explog.test.js',
  'exact_explog32.test.js',
  'exact_trig.test.js',
  path.join('..', 'live', 'libm64.test.js'),
];

describe('the baseline SIMD transcendental kernels without the FMA module', () => {
  it('exact_explog, exact_explog32, exact_trig and live/libm64 pass with NUMTYPE_NO_FMA=1', (t) => {
    if (process.env.NUMTYPE_NO_FMA || loadFmaSync() === null) {
      return t.skip('the FMA module is not in use here: those tests already ran on the baseline');
    }
    // A fresh test run (NODE_TEST_CONTEXT would make the child report to this runner instead).
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const r = spawnSync(process.execPath, ['--test', ...FILES.map((f) => path.join(here, f))], {
      env: { ...env, NUMTYPE_NO_FMA: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    assert.equal(r.status, 0, r.stdout.slice(-4000) + r.stderr.slice(-2000));
    assert.match(r.stdout, /# fail 0/);
  });
});
