/** np.frombuffer: NumPy's results and errors, and zero-copy views of JS memory. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { loadFixture } from '../../helpers.js';
import { check, jsArg } from './cases.js';

const fx = loadFixture('creation');

describe('frombuffer', () => {
  for (const c of fx.frombuffer) {
    it(JSON.stringify(c.kwargs), () => {
      const kw = jsArg(c.kwargs);
      // Big-endian data comes back converted to native order (numtype stores little-endian only).
      if (c.ok && typeof kw.dtype === 'string' && kw.dtype.startsWith('>'))
        c.ok.dtype = String(np.dtype(`<${kw.dtype.slice(1)}`));
      void check(c, () => np.frombuffer(new Uint8Array(c.bytes), kw), JSON.stringify(c.kwargs));
    });
  }
  it('views the memory of ArrayBuffers, typed arrays and Node Buffers without copying', () => {
    const f = new Float64Array([1.5, 2.5, 3.5]);
    const a = np.frombuffer(f.buffer);
    assert.equal(a.buffer, f.buffer);
    f[1] = 9;
    assert.deepStrictEqual(a.tolist(), [1.5, 9, 3.5]);
    const sub = np.frombuffer(f.subarray(1), { dtype: 'float64' });
    assert.deepStrictEqual(sub.tolist(), [9, 3.5]);
    const nodeBuf = Buffer.from([1, 0, 2, 0, 3, 0]);
    const b = np.frombuffer(nodeBuf, 'uint16', { count: 2, offset: 2 });
    assert.deepStrictEqual(b.tolist(), [2, 3]);
    assert.equal(b.buffer, nodeBuf.buffer);
    assert.equal(b.flags.owndata, false);
    const typed: np.NDArray<'int16'> = np.frombuffer(new ArrayBuffer(4), 'int16');
    assert.equal(typed.size, 2);
  });
  it('reads unaligned offsets', () => {
    const bytes = new Uint8Array(9);
    new DataView(bytes.buffer).setFloat64(1, -2.25, true);
    assert.deepStrictEqual(np.frombuffer(bytes, 'float64', { offset: 1 }).tolist(), [-2.25]);
  });
  it('refuses non-buffers', () => {
    assert.throws(() => np.frombuffer('abc' as never), {
      name: 'TypeError',
      message: "a bytes-like object is required, not 'str'",
    });
  });
});
