/**
 * np.memmap and np.load(..., {mmap_mode}): windows read only the touched bytes, writes
 * reach the file at flush, modes r / r+ / w+ / c, big-endian and Fortran .npy files,
 * and an 8 GiB sparse file read and written far apart under 500 MB resident memory.
 */
import assert from 'node:assert/strict';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { throwsNumpy } from '../helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'numtype-memmap-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('np.memmap', () => {
  it('w+ creates the file; set/get/flush reach it; views and ufuncs work on windows', () => {
    const p = path.join(tmp, 'a.dat');
    const m = np.memmap(p, { dtype: 'float64', mode: 'w+', shape: [4, 5] });
    assert.equal(statSync(p).size, 160);
    m.set('1:3', 7);
    const w = m.get(2);
    w.set(0, 99);
    const v = w.get('::-2');
    v.set(0, -1);
    m.flush();
    const back = np.fromfile(p).reshape(4, 5);
    assert.deepEqual(back.tolist(), [
      [0, 0, 0, 0, 0],
      [7, 7, 7, 7, 7],
      [99, 7, 7, 7, -1],
      [0, 0, 0, 0, 0],
    ]);
    assert.equal(np.sum(m.get(':, 0')), 106);
    assert.deepEqual(m.get([0, 2], -1).tolist(), [0, -1]);
    assert.equal(m.at(2, 0), 99);
    m.close();
    assert.throws(() => m.get(0), /closed/);
  });
  it('later reads see earlier windows; two windows changing different bytes both persist', () => {
    const p = path.join(tmp, 'b.dat');
    const m = np.memmap(p, { dtype: 'int32', mode: 'w+', shape: [100] });
    const a = m.get('0:50');
    const b = m.get('25:75');
    a.set(0, 1);
    b.set(-1, 2);
    assert.equal(m.at(0), 1);
    assert.equal(m.at(74), 2);
    m.flush();
    const f = np.fromfile(p, { dtype: 'int32' });
    assert.equal(f.at(0), 1);
    assert.equal(f.at(74), 2);
  });
  it('r is read-only, c keeps writes private, r+ writes through, offset and order', () => {
    const p = path.join(tmp, 'c.dat');
    np.arange(12, { dtype: 'int16' }).tofile(p);
    const r = np.memmap(p, { dtype: 'int16', mode: 'r', shape: [3, 4] });
    throwsNumpy(() => r.set(0, 0, 5), 'ValueError', 'assignment destination is read-only');
    assert.equal(r.get(0).flags.writeable, false);
    const c = np.memmap(p, { dtype: 'int16', mode: 'c', offset: 4, shape: [2, 5] });
    c.set(0, 0, 100);
    assert.equal(c.at(0, 0), 100);
    c.flush();
    assert.equal(np.fromfile(p, { dtype: 'int16' }).at(2), 2);
    const f = np.memmap(p, { dtype: 'int16', mode: 'r+', shape: [3, 4], order: 'F' });
    assert.deepEqual(f.get(0).tolist(), [0, 3, 6, 9]);
    f.set(0, 1, -3);
    f.close();
    assert.equal(np.fromfile(p, { dtype: 'int16' }).at(3), -3);
    const whole = np.memmap(p, { dtype: 'int16', mode: 'r' });
    assert.deepEqual(whole.shape, [12]);
  });
  it("NumPy's errors", () => {
    const p = path.join(tmp, 'd.dat');
    np.arange(3, { dtype: 'uint8' }).tofile(p);
    throwsNumpy(
      () => np.memmap(p, { dtype: 'int16', mode: 'r' }),
      'ValueError',
      'Size of available data is not a multiple of the data-type size.',
    );
    throwsNumpy(
      () => np.memmap(p, { mode: 'w+' }),
      'ValueError',
      "shape must be given if mode == 'w+'",
    );
    throwsNumpy(
      () => np.memmap(p, { mode: 'x' as never }),
      'ValueError',
      "mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', 'write'] (got 'x')",
    );
    throwsNumpy(
      () => np.memmap(p, { mode: 'r', shape: [10] }),
      'ValueError',
      'mmap length is greater than file size',
    );
  });
  it('np.load mmap_mode on .npy: big-endian converted both ways, Fortran order', () => {
    const p = path.join(tmp, 'be.npy');
    np.save(p, np.arange(6, { dtype: 'float32' }).reshape(2, 3));
    // Rewrite as big-endian by hand: header descr and data.
    const bytes = readFileSync(p);
    const text = bytes.toString('latin1').replace("'<f4'", "'>f4'");
    const be = Buffer.from(text, 'latin1');
    const off = be.length - 24;
    for (let i = off; i < be.length; i += 4) be.subarray(i, i + 4).reverse();
    const fd = openSync(p, 'w');
    writeSync(fd, be);
    closeSync(fd);
    const m = np.load(p, { mmap_mode: 'r+' });
    assert.deepEqual(m.get(1).tolist(), [3, 4, 5]);
    m.set(0, 1, 42);
    m.flush();
    assert.deepEqual(np.load(p).tolist(), [
      [0, 42, 2],
      [3, 4, 5],
    ]);
    const q = path.join(tmp, 'f.npy');
    np.save(q, np.arange(6).reshape(2, 3).T);
    const mf = np.load(q, { mmap_mode: 'r' });
    assert.deepEqual(mf.get('...').tolist(), np.arange(6).reshape(2, 3).T.tolist());
  });
  it('is array_like: ufuncs, reductions and asarray read the whole file (__array__)', () => {
    const p = path.join(tmp, 'whole.dat');
    const m = np.memmap(p, { dtype: 'float64', mode: 'w+', shape: [2, 3] });
    m.set('...', np.arange(6).reshape(2, 3));
    assert.deepEqual(np.add(m, 1).tolist(), [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    assert.equal(np.sum(m), 15);
    assert.deepEqual(np.asarray(m).shape, [2, 3]);
    m.close();
  });
  it('an 8 GiB sparse file: slices far apart, under 500 MB resident', () => {
    const p = path.join(tmp, 'big.dat');
    const n = 2 ** 30; // 8 GiB of float64
    const m = np.memmap(p, { dtype: 'float64', mode: 'w+', shape: [n] });
    const st = statSync(p);
    assert.equal(st.size, 8 * n);
    if (st.blocks * 512 > 1 << 30) return; // the file system does not make sparse files
    m.set('0:1000', 1.5);
    m.set(`${n - 1000}:`, -2.5);
    const mid = m.get(`${n / 2}:${n / 2 + 10}`);
    mid.set('...', 3);
    m.flush();
    assert.equal(np.sum(m.get('0:1000')), 1500);
    assert.equal(np.sum(m.get(`${n - 1000}:`)), -2500);
    assert.deepEqual(m.get(`${n / 2 - 1}:${n / 2 + 1}`).tolist(), [0, 3]);
    assert.equal(m.at(-1), -2.5);
    const big2d = np.memmap(p, { dtype: 'float64', mode: 'r', shape: [2 ** 15, 2 ** 15] });
    assert.deepEqual(big2d.get(-1, '-2:').tolist(), [-2.5, -2.5]);
    assert.ok(process.memoryUsage().rss < 500 * 2 ** 20, `rss ${process.memoryUsage().rss}`);
    m.close();
    big2d.close();
  });
});
