/**
 * The Node bundle (scripts/node/bundle.mjs: dist/node/numtype.js, the package's import entry
 * under Node) against the module tree it is built from (dist/src): built afresh from the
 * current sources into a temporary directory, it must export the same names and print the
 * same results, worker-threaded matrix products and .npy files included, and let the
 * process exit on its own.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';

const run = promisify(execFile);
const TREE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'index.js');
const BUNDLER = path.join(process.cwd(), 'scripts', 'node', 'bundle.mjs');

/** A script exercising the main areas; `ENTRY` is replaced by the module under test. */
const SCRIPT = `
import * as np from 'ENTRY';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
const out = [];
const p = (x) => out.push(String(x));
const a = np.arange(12, { dtype: 'float64' }).reshape(3, 4);
p(a); p(a.T.mul(2).add(np.arange(3)));
p(np.sum(a, { axis: 0 })); p(np.std(a)); p(np.cumsum(a, { axis: 1 }));
p(a.get([0, 2], '1:')); p(a.get(a.gt(5))); p(np.sort(np.array([3, 1, 2])));
p(np.exp(np.linspace(-1, 1, 5))); p(np.sin(np.array([0.5, 1.5], { dtype: 'float32' })));
p(np.array(['a', 'bc'])); p(np.array([1, 2], { dtype: 'complex128' }).mul(np.array([1, 1], { dtype: 'complex128' })));
const rng = np.random.default_rng(7);
const m = rng.standard_normal([400, 400]);
// large enough for the worker threads (kernels/threads.ts)
p(np.round(np.sum(np.matmul(m, m)), 6));
p(np.round(np.linalg.svd(m.get(':50', ':50'), { compute_uv: false }).get(':3'), 10));
p(np.round(np.linalg.det(np.eye(3).mul(2)), 12));
p(np.fft.fft(np.arange(8)));
p(np.einsum('ij,jk->ik', np.eye(2), np.ones([2, 2])));
const dir = mkdtempSync(path.join(tmpdir(), 'numtype-bundle-'));
try {
  const f = path.join(dir, 'a.npy');
  np.save(f, a);
  p(np.load(f));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
try { np.ones([3]).add(np.ones([4])); } catch (e) { p(e.constructor.name + ': ' + e.message); }
console.log(out.join('\\n'));
`;

/** What the script prints with `entry` as numtype (a child process that must exit by itself). */
async function printed(entry: string): Promise<string> {
  const code = SCRIPT.replace('ENTRY', pathToFileURL(entry).href);
  const r = await run(process.execPath, ['--input-type=module', '-e', code], {
    timeout: 60_000,
    maxBuffer: 1 << 24,
  });
  return r.stdout;
}

describe('Node bundle (dist/node/numtype.js)', () => {
  let dir = '';
  let bundle = '';
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'numtype-node-bundle-'));
    const { writeNodeBundle } = await import(pathToFileURL(BUNDLER).href);
    [bundle] = await writeNodeBundle(dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('builds the module and a worker script that loads', async () => {
    assert.ok(existsSync(bundle));
    // threads.ts starts its workers from this file; it must load on its own (no error
    // within a second of coming online), then it waits for work.
    const w = new Worker(path.join(dir, 'gemm_worker.js'), {
      workerData: { ctrl: new Int32Array(new SharedArrayBuffer(4)), index: 0 },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        w.once('error', reject);
        w.once('exit', (c) => reject(new Error(`gemm worker exited with ${c}`)));
        w.once('online', () => setTimeout(resolve, 1000));
      });
    } finally {
      await w.terminate();
    }
  });

  test('exports the same names as the module tree', async () => {
    const tree = await import(pathToFileURL(TREE).href);
    const one = await import(pathToFileURL(bundle).href);
    assert.deepEqual(Object.keys(one).sort(), Object.keys(tree).sort());
    for (const ns of ['linalg', 'fft', 'random', 'char', 'strings', 'testing', 'polynomial']) {
      if (!(ns in tree)) continue;
      assert.deepEqual(Object.keys(one[ns]).sort(), Object.keys(tree[ns]).sort(), ns);
    }
  });

  test('prints what the module tree prints (threads, files, errors)', async () => {
    const [fromTree, fromBundle] = await Promise.all([printed(TREE), printed(bundle)]);
    assert.ok(fromTree.includes('operands could not be broadcast together'), fromTree);
    assert.equal(fromBundle, fromTree);
  });
});
