/** np.show_config and np.__version__. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as np from '../src/index.js';
import { throwsNumpy } from './helpers.js';

describe('np.show_config', () => {
  it("mode 'dicts' names the version, runtime, backend and threads", () => {
    const d = np.show_config('dicts') as Record<string, any>;
    assert.deepStrictEqual(Object.keys(d), [
      'numtype',
      'Runtime',
      'Kernels',
      'Threads',
      'Floating point',
    ]);
    assert.equal(d.numtype.version, np.__version__);
    assert.equal(d.Runtime.name, 'node');
    assert.equal(d.Runtime.version, process.versions.node);
    assert.ok(['WebAssembly SIMD', 'JavaScript (fallback)'].includes(d.Kernels.backend));
    assert.equal(typeof d.Threads['worker threads'], 'number');
    assert.equal(typeof d.Threads['shares run on workers'], 'number');
  });

  it("mode 'stdout' prints the same facts as an indented tree", () => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (s: string) => lines.push(s);
    try {
      assert.equal(np.show_config(), undefined);
    } finally {
      console.log = log;
    }
    const text = lines.join('\n');
    assert.match(text, /^numtype:\n {2}version: \d+\.\d+\.\d+\nRuntime:\n {2}name: node\n/);
    assert.match(text, /\nKernels:\n {2}backend: /);
  });

  it('refuses other modes with NumPy error', () => {
    throwsNumpy(
      () => np.show_config({ mode: 'yaml' }),
      'AttributeError',
      'Invalid `mode`, use one of: stdout, dicts',
    );
  });

  it('__version__ is package.json version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.equal(np.__version__, pkg.version);
  });
});
