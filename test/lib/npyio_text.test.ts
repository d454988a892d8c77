/**
 * loadtxt / genfromtxt / savetxt / tofile / fromfile against NumPy's results
 * (test/fixtures/npyio.json, scripts/fixtures/gen_npyio.py): values bit for bit,
 * dtypes, shapes, exact text written, and NumPy's error class and message.
 */
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';

const FIX = loadFixture('npyio');
const tmp = mkdtempSync(path.join(tmpdir(), 'numtype-npyio-text-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** NumPy's encoded array (common.encode) as an NDArray of its dtype. */
function fromEncoded(e: { dtype: string; shape: number[]; data: unknown[] }): np.NDArray {
  const data = decode(e.data).map((v: unknown) =>
    v !== null && typeof v === 'object' && 're' in (v as object)
      ? new np.Complex((v as { re: number }).re, (v as { im: number }).im)
      : v,
  );
  const flat = np.array(data.length ? data : [], { dtype: e.dtype });
  return flat.reshape(e.shape);
}

function sameArray(got: np.NDArray, want: np.NDArray): void {
  assert.equal(String(got.dtype), String(want.dtype));
  assert.deepEqual(got.shape, want.shape);
  assert.equal(
    Buffer.from(got.tobytes()).toString('hex'),
    Buffer.from(want.tobytes()).toString('hex'),
  );
}

describe('loadtxt / genfromtxt against NumPy', () => {
  FIX.text
    .filter((c: { fn: string }) => c.fn !== 'savetxt')
    .forEach((c: any, i: number) => {
      it(`${c.fn} #${i} ${JSON.stringify(c.lines.join('\\n')).slice(0, 40)} ${JSON.stringify(c.kw)}`, () => {
        const kw = decode(c.kw);
        const fn = (c.fn === 'loadtxt' ? np.loadtxt : np.genfromtxt) as (
          ...a: unknown[]
        ) => np.NDArray;
        // NumPy reads the lines of a StringIO; a file with the same text must read the same.
        const p = path.join(tmp, `t${i}.txt`);
        writeFileSync(p, c.lines.join('\n'));
        for (const src of [c.lines, p]) {
          if (c.err) {
            throwsNumpy(() => fn(src, kw), c.err[0], c.err[1]);
            continue;
          }
          sameArray(fn(src, kw), fromEncoded(c.out));
        }
      });
    });
  it('converters (a callable per column or for all columns)', () => {
    const a = np.loadtxt(['1 2', '3 4'], { converters: { 0: (s: string) => Number(s) * 10 } });
    assert.deepEqual(a.tolist(), [
      [10, 2],
      [30, 4],
    ]);
    const b = np.loadtxt(['a 2', 'b 4'], {
      dtype: 'U',
      converters: { 0: (s: string) => `${s}xx` },
    });
    assert.deepEqual(b.tolist(), [
      ['axx', '2'],
      ['bxx', '4'],
    ]);
    const c = np.genfromtxt(['1 2'], { converters: { 0: (s: string) => Number(s) * 10 } });
    assert.deepEqual(c.tolist(), [10, 2]);
  });
  it('structured results (npyio_struct.test.ts has the NumPy comparisons)', () => {
    const r = np.genfromtxt(['a b', '1 2.5'], { names: true, dtype: null }) as np.NDArray;
    assert.equal(r.dtype.repr(), "dtype([('a', '<i8'), ('b', '<f8')])");
    assert.deepEqual(r.tolist(), { a: 1, b: 2.5 });
  });
});

describe('savetxt against NumPy', () => {
  FIX.text
    .filter((c: { fn: string }) => c.fn === 'savetxt')
    .forEach((c: any, i: number) => {
      it(`savetxt #${i} ${JSON.stringify(c.kw)}`, () => {
        const a = fromEncoded(c.arr);
        const p = path.join(tmp, `s${i}.txt`);
        const kw = decode(c.kw);
        if (c.err) {
          throwsNumpy(() => np.savetxt(p, a, kw), c.err[0], c.err[1]);
          return;
        }
        np.savetxt(p, a, kw);
        assert.equal(readFileSync(p, 'utf8'), c.text);
      });
    });
});

describe('tofile / fromfile', () => {
  it('binary round trip with count and offset', () => {
    const a = np.arange(10, { dtype: 'float32' });
    const p = path.join(tmp, 'b.bin');
    a.get('::2').tofile(p);
    assert.deepEqual(np.fromfile(p, { dtype: 'float32' }).tolist(), [0, 2, 4, 6, 8]);
    assert.deepEqual(np.fromfile(p, { dtype: 'float32', count: 2, offset: 4 }).tolist(), [2, 4]);
    assert.deepEqual(np.fromfile(p, { dtype: 'float32', count: 50 }).tolist(), [0, 2, 4, 6, 8]);
    assert.deepEqual(
      Array.from(np.fromfile(p, { dtype: 'uint8', count: 4, offset: 4 }).tolist() as number[]),
      [0, 0, 0, 64],
    );
  });
  it('an open descriptor is read from its current position (NumPy leaves it after the data)', () => {
    const p = path.join(tmp, 'fd.bin');
    np.arange(10, { dtype: 'int32' }).tofile(p);
    const fd = openSync(p, 'r');
    try {
      assert.deepEqual(np.fromfile(fd, { dtype: 'int32', count: 3 }).tolist(), [0, 1, 2]);
      assert.deepEqual(np.fromfile(fd, { dtype: 'int32', count: 2, offset: 4 }).tolist(), [4, 5]);
      assert.deepEqual(np.fromfile(fd, { dtype: 'int32' }).tolist(), [6, 7, 8, 9]);
    } finally {
      closeSync(fd);
    }
  });
  it('text with sep and format', () => {
    const p = path.join(tmp, 't.txt');
    np.arange(3, { dtype: 'float64' }).tofile(p, ', ');
    assert.equal(readFileSync(p, 'utf8'), '0.0, 1.0, 2.0');
    np.array([1.5, 2.5], { dtype: 'float32' }).tofile(p, ',', '%.3f');
    assert.equal(readFileSync(p, 'utf8'), '1.500,2.500');
    np.array([0.1], { dtype: 'float32' }).tofile(p, ',');
    assert.equal(readFileSync(p, 'utf8'), '0.10000000149011612');
    np.array([new np.Complex(1, 2)]).tofile(p, ',');
    assert.equal(readFileSync(p, 'utf8'), '(1+2j)');
    np.array([true, false]).tofile(p, ',');
    assert.equal(readFileSync(p, 'utf8'), 'True,False');
  });
  it('fromfile text parsing as NumPy', () => {
    const p = path.join(tmp, 'f.txt');
    const read = (text: string, opts: Record<string, unknown>) => {
      writeFileSync(p, text);
      return np.fromfile(p, opts);
    };
    assert.deepEqual(read('1, 2,3 ,4', { sep: ',' }).tolist(), [1, 2, 3, 4]);
    assert.deepEqual(read('1 2\n3\t4  5', { sep: ' ' }).tolist(), [1, 2, 3, 4, 5]);
    assert.deepEqual(read('1,2,3,', { sep: ',' }).tolist(), [1, 2, 3]);
    assert.deepEqual(read('1 2', { sep: ' ', count: 1, dtype: 'int64' }).tolist(), [1]);
    assert.deepEqual(read('1,0,2', { sep: ',', dtype: 'bool' }).tolist(), [true, false, true]);
    assert.deepEqual(read('300,2', { sep: ',', dtype: 'uint8' }).tolist(), [44, 2]);
    assert.equal(read('', { sep: ',' }).size, 0);
    const msg = 'string or file could not be read to its end due to unmatched data';
    throwsNumpy(() => read('1 2 x', { sep: ' ' }), 'ValueError', msg);
    throwsNumpy(() => read('1,2,,3', { sep: ',' }), 'ValueError', msg);
    throwsNumpy(() => read('1,2,3,\n', { sep: ',' }), 'ValueError', msg);
    throwsNumpy(
      () => read('1,2', { sep: ',', dtype: 'U3' }),
      'ValueError',
      'Unable to read character files of that array type',
    );
    assert.throws(() => read('1,2', { sep: ',', offset: 1 }), /only permitted for binary files/);
  });
  it('tobytes orders', () => {
    const a = np.arange(6, { dtype: 'int16' }).reshape(2, 3);
    assert.deepEqual(Array.from(a.tobytes('F')), [0, 0, 3, 0, 1, 0, 4, 0, 2, 0, 5, 0]);
    assert.deepEqual(Array.from(a.T.tobytes()), [0, 0, 3, 0, 1, 0, 4, 0, 2, 0, 5, 0]);
    assert.deepEqual(Array.from(a.T.tobytes('A')), [0, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0]);
  });
});
