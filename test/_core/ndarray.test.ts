import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { decode, loadFixture } from '../helpers.js';

const fx = loadFixture('ndarray');

/** Compare values out, treating complex as {re, im} and NaN as equal to NaN. */
function sameValues(actual: unknown, expected: unknown): void {
  const norm = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(norm);
    if (v instanceof np.Complex) return { re: v.re, im: v.im };
    // int64/uint64 come out as bigints here; small ones compare as numbers.
    if (typeof v === 'bigint' && v >= -(2n ** 53n) && v <= 2n ** 53n) return Number(v);
    return v;
  };
  assert.deepStrictEqual(norm(actual), norm(expected));
}

function checkGeometry(a: np.NDArray, g: any, what: string): void {
  assert.deepStrictEqual(a.shape, g.shape, `${what} shape`);
  assert.deepStrictEqual(a.strides, g.strides, `${what} strides`);
  assert.equal(a.size, g.size, `${what} size`);
  assert.equal(a.ndim, g.ndim, `${what} ndim`);
  assert.equal(a.nbytes, g.nbytes, `${what} nbytes`);
  assert.equal(a.itemsize, g.itemsize, `${what} itemsize`);
  const f = a.flags;
  assert.deepStrictEqual(
    {
      c_contiguous: f.c_contiguous,
      f_contiguous: f.f_contiguous,
      owndata: f.owndata,
      writeable: f.writeable,
    },
    g.flags,
    `${what} flags`,
  );
  sameValues(a.tolist({ bigint: true }), decode(g.tolist));
}

describe('NDArray views and attributes match NumPy', () => {
  for (const c of fx.views) {
    it(`${c.dtype} ${JSON.stringify(c.shape)} order ${c.order} [${c.index}]`, () => {
      const values = (decode(c.data) as unknown[]).map((v) =>
        v !== null && typeof v === 'object' && 're' in v
          ? new np.Complex((v as any).re, (v as any).im)
          : v,
      );
      const flat = np.array(values, { dtype: c.dtype });
      const base = np.array(flat.reshape(c.shape), { order: c.order });
      checkGeometry(base, c.base, 'base');
      const v = base.get(c.index);
      checkGeometry(v, c.view, 'view');
      assert.equal(v.base, base);
      checkGeometry(v.T, c.T, 'T');
      if (c.mT) checkGeometry(v.mT, c.mT, 'mT');
      if (c.real) {
        checkGeometry(v.real, c.real, 'real');
        checkGeometry(v.imag, c.imag, 'imag');
      }
    });
  }
});

describe('np.dtype parses every NumPy name and code', () => {
  for (const s of fx.dtype_specs) {
    it(s.spec, () => {
      const d = np.dtype(s.spec);
      assert.equal(d.name, s.name);
      assert.equal(d.kind, s.kind);
      // NumPy's longlong ('q') is a twin of int64 ('l'); numtype has one int64 dtype (char 'l').
      const twin: Record<string, string> = { q: 'l', Q: 'L' };
      assert.equal(d.char, twin[s.char] ?? s.char);
      assert.equal(d.str, s.str);
      assert.equal(d.itemsize, s.itemsize);
      if (!(s.char in twin)) assert.equal(d.num, s.num);
      assert.equal(d.byteorder, s.byteorder);
      assert.equal(d.repr(), s.repr);
      assert.equal(String(d), s.tostr);
      assert.equal(np.dtype(s.spec), d, 'interned');
    });
  }
  for (const b of fx.bad_specs) {
    it(`rejects ${b.spec}`, () => {
      assert.throws(
        () => np.dtype(b.spec),
        (e: Error) => e instanceof TypeError && e.message === b.message,
      );
    });
  }
});

describe('values out (API.md §3)', () => {
  it('int64 beyond 2**53 is a RangeError naming atBig; bigint forms are exact', () => {
    const big = decode(fx.big.int64) as (number | bigint)[];
    const a = np.array(big.map((v) => BigInt(v)));
    assert.equal(a.dtype, np.int64);
    assert.throws(() => a.at(0), RangeError);
    assert.throws(() => a.tolist(), /atBig/);
    assert.equal(a.at(1), -(2 ** 53) + 1);
    assert.equal(a.at(2), 2 ** 53 - 1);
    assert.equal(a.atBig(3), 2n ** 63n - 1n);
    assert.deepStrictEqual(
      a.tolist({ bigint: true }),
      big.map((v) => BigInt(v)),
    );
  });
  it('uint64 keeps 2**64-1 exactly; mixing with int64 values goes to float64 as in NumPy', () => {
    const a = np.array([2n ** 63n, 2n ** 64n - 1n]);
    assert.equal(a.dtype, np.uint64);
    assert.equal(a.atBig(1), 2n ** 64n - 1n);
    assert.equal(np.array([0n, 2n ** 64n - 1n]).dtype, np.float64);
    assert.equal(np.array([5], { dtype: 'uint64' }).at(0), 5);
  });
  it('item() and at() follow NumPy errors', () => {
    const a = np.array([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    assert.equal(a.item(4), 5);
    assert.equal(a.item(1, 2), 6);
    assert.equal(a.at(-1, -1), 6);
    assert.throws(() => a.item(), {
      name: 'ValueError',
      message: 'can only convert an array of size 1 to a Python scalar',
    });
    assert.throws(() => a.at(2, 0), {
      name: 'IndexError',
      message: 'index 2 is out of bounds for axis 0 with size 2',
    });
  });
  it('bool, complex and float16 come out as boolean, Complex and number', () => {
    assert.equal(np.array([true, false]).at(0), true);
    const c = np.array([new np.Complex(1, -2)]).at(0);
    assert.ok(c instanceof np.Complex && c.re === 1 && c.im === -2);
    assert.equal(np.array([0.1], { dtype: 'float16' }).at(0), 0.0999755859375);
  });
  it('iteration goes over the first axis; 0-d arrays are not iterable', () => {
    const a = np.array([
      [1, 2],
      [3, 4],
    ]);
    assert.deepStrictEqual(
      [...a].map((r) => r.tolist()),
      [
        [1, 2],
        [3, 4],
      ],
    );
    assert.throws(() => [...np.array(5)], {
      name: 'TypeError',
      message: 'iteration over a 0-d array',
    });
  });
  it('toTypedArray gives a C-ordered copy', () => {
    const a = np.array(
      [
        [1, 2],
        [3, 4],
      ],
      { dtype: 'float32' },
    );
    const t = a.T.toTypedArray();
    assert.ok(t instanceof Float32Array);
    assert.deepStrictEqual([...t], [1, 3, 2, 4]);
  });
  it('dtype singletons make strong 0-d scalars', () => {
    const x = np.float32(0.1);
    assert.equal(x.ndim, 0);
    assert.equal(x.dtype, np.float32);
    assert.equal(x.item(), Math.fround(0.1));
    assert.throws(() => np.int8(300), {
      name: 'OverflowError',
      message: 'Python integer 300 out of bounds for int8',
    });
  });
  it('a read-only flag protects the data, and views inherit it', () => {
    const a = np.array([1, 2, 3]);
    a.flags.writeable = false;
    assert.throws(() => a.set(0, 5), {
      name: 'ValueError',
      message: 'assignment destination is read-only',
    });
    const v = a.get('1:');
    assert.equal(v.flags.writeable, false);
    assert.throws(() => {
      v.flags.writeable = true;
    }, /cannot set WRITEABLE flag/);
  });
});
