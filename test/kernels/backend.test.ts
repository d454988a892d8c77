/** Backend selection: SIMD feature detection, setBackend, init(), NUMTYPE_NO_WASM. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as K from '../../src/_core/kernels/index.js';
import { decodeBase64, loadAsync, loadSync } from '../../src/_core/kernels/wasm.js';
import { WASM_BASE64, WASM_BYTE_LENGTH } from '../../src/_core/kernels/wasm_bytes.generated.js';

const kernelsModule = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'src',
  '_core',
  'kernels',
  'index.js',
);

describe('kernel backends', () => {
  it('Node supports WebAssembly SIMD and loads the embedded module synchronously', () => {
    assert.equal(K.simdSupported(), true);
    const bytes = decodeBase64(WASM_BASE64);
    assert.equal(bytes.length, WASM_BYTE_LENGTH);
    assert.ok(WebAssembly.validate(bytes as Uint8Array<ArrayBuffer>));
    const w = loadSync();
    assert.ok(w !== null);
    assert.equal(w.base % 64, 0);
  });

  it('loads asynchronously too (the browser path), and init() resolves to the backend', async () => {
    const w = await loadAsync();
    assert.ok(w !== null);
    K.setBackend('auto');
    assert.equal(await K.init(), 'wasm');
    assert.equal(K.getBackend(), 'wasm');
  });

  it('init() keeps a js choice and resolves to wasm after auto', async () => {
    K.setBackend('js');
    assert.equal(await K.init(), 'js');
    assert.equal(K.getBackend(), 'js');
    K.setBackend('auto');
    assert.equal(await K.init(), 'wasm');
  });

  it('setBackend switches between wasm and js', () => {
    K.setBackend('js');
    assert.equal(K.getBackend(), 'js');
    K.setBackend('wasm');
    assert.equal(K.getBackend(), 'wasm');
    K.setBackend('auto');
    assert.equal(K.getBackend(), 'wasm');
  });

  it('NUMTYPE_NO_WASM=1 forces the js backend', () => {
    const code = `import(${JSON.stringify(kernelsModule)}).then((K) => { const a = new Float64Array(100).fill(2); const o = new Float64Array(100); K.expF64(a, o); console.log(K.getBackend(), o[99]); })`;
    for (const [env, want] of [
      ['1', 'js'],
      ['0', 'wasm'],
      ['', 'wasm'],
    ]) {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
        env: { ...process.env, NUMTYPE_NO_WASM: env },
        encoding: 'utf8',
      });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout.trim(), `${want} ${Math.exp(2)}`);
    }
  });

  it('views over the module memory stay attached across many calls (memory never grows)', () => {
    K.setBackend('wasm');
    const w = K.wasmKernels()!;
    const before = w.ex.memory.buffer;
    const a = new Float64Array(300_000).fill(1.5);
    const out = new Float64Array(a.length);
    for (let i = 0; i < 5; i++) K.mulF64AS(a, 2, out);
    assert.equal(w.ex.memory.buffer, before);
    assert.equal(w.f64.length > 0, true);
    assert.equal(out[a.length - 1], 3);
  });

  it('block size can be tuned and results do not depend on it', () => {
    K.setBackend('wasm');
    const w = K.wasmKernels()!;
    const a = Float64Array.from({ length: 50_001 }, (_, i) => Math.sin(i) * 1e3);
    const s0 = K.sumF64(a);
    const e0 = new Float64Array(a.length);
    K.sinF64(a, e0);
    for (const bytes of [1024, 4096, 65536, 256 * 1024]) {
      w.setBlockBytes(bytes);
      assert.equal(K.sumF64(a), s0);
      const e = new Float64Array(a.length);
      K.sinF64(a, e);
      assert.deepEqual(e, e0);
    }
    assert.throws(() => w.setBlockBytes(1000), RangeError);
    w.setBlockBytes(8192);
  });
});
