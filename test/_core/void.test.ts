/**
 * Raw void dtypes `V<n>` and record printing (issue 7) against NumPy fixtures
 * (scripts/fixtures/gen_void.py): dtype parsing, element reads as bytes, str/repr
 * (upper-case `\xHH`), views and casts to/from raw void, writes, errors, and 0-d vs
 * 1-d record printing (0-d fields unpadded).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromPython } from '../../src/_core/elements.js';
import * as np from '../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';

const fx = loadFixture('void');

const fromHex = (h: string): Uint8Array =>
  new Uint8Array((h.match(/../g) ?? []).map((x) => Number.parseInt(x, 16)));
const toHex = (b: unknown): string => {
  assert.ok(b instanceof Uint8Array, `expected bytes, got ${String(b)}`);
  return Buffer.from(b).toString('hex');
};

/** A raw void array of `shape` holding `hex` (built as a uint8 view, like NumPy's). */
function rawArray(hex: string, n: number, shape: number[]): np.NDArray {
  return np
    .array(Array.from(fromHex(hex)), { dtype: 'u1' })
    .view(`V${n}`)
    .reshape(shape);
}

/** Fixture record values → numtype's (bytes fields as Uint8Array, complex pairs). */
function recValue(spec: any[], rec: any[]): any[] {
  return spec.map((f, i) => {
    const v = rec[i];
    if (Array.isArray(f[1])) return recValue(f[1], v);
    if ('SV'.includes(f[1][0]))
      return new Uint8Array(Array.from(v as string, (c) => c.charCodeAt(0)));
    if (f[1][0] === 'c') return new np.Complex(v[0], v[1]);
    return v;
  });
}

describe('raw void dtype', () => {
  for (const c of fx.dtypes) {
    it(`np.dtype('${c.spec}')`, () => {
      const d = np.dtype(c.spec);
      assert.equal(d.repr(), c.repr);
      assert.equal(d.str, c.str);
      assert.equal(String(d), c.tostr);
      assert.equal(d.itemsize, c.itemsize);
      assert.equal(d.name, c.name);
      assert.equal(d.kind, 'V');
    });
  }
});

describe('raw void arrays', () => {
  fx.raw.forEach((c: any, i: number) => {
    it(`#${i} V${c.n} shape [${c.shape}]: str, repr, tolist, item`, () => {
      const a = rawArray(c.hex, c.n, c.shape);
      assert.equal(String(a), c.str);
      assert.equal(a.repr(), c.repr);
      const flat = a.reshape([-1]);
      assert.deepEqual((flat.tolist() as unknown[]).map(toHex), c.tolist);
      if (c.item0 !== null) {
        assert.equal(toHex(flat.item(0)), c.item0);
        assert.equal(toHex(flat.at(0)), c.item0);
      }
    });
  });
  for (const c of fx.zeros) {
    it(`np.zeros(${JSON.stringify(c.shape)}, 'V${c.n}')`, () => {
      const a = np.zeros(c.shape, { dtype: `V${c.n}` });
      assert.equal(String(a), c.str);
      assert.equal(a.repr(), c.repr);
    });
  }
  it('a non-contiguous and negative-stride raw void view prints its own elements', () => {
    const c = fx.raw.find((r: any) => r.shape.length === 1 && r.shape[0] === 40);
    const a = rawArray(c.hex, c.n, c.shape);
    const rev = a.get('::-3');
    const want = (c.tolist as string[]).filter((_, i) => (39 - i) % 3 === 0).reverse();
    assert.deepEqual((rev.tolist() as unknown[]).map(toHex), want);
  });
});

describe('views and casts', () => {
  for (const c of fx.views) {
    it(`${c.dtype} ${JSON.stringify(c.values)} .view('${c.to}')`, () => {
      const a = np.array(c.values.map(decode), { dtype: c.dtype });
      const v = a.view(c.to);
      assert.equal(v.repr(), c.repr);
      assert.equal(String(v), c.str);
      const back = v.view(c.dtype);
      assert.deepEqual(back.tolist(), c.back.data.map(decode));
    });
  }
  for (const c of fx.casts) {
    it(`${c.dtype} .astype('${c.to}')`, () => {
      // Bytes values are given as latin-1 strings (np.array takes them for 'S').
      const vals = c.dtype[0] === 'S' ? c.values : c.values.map(decode);
      const a = np.array(vals, { dtype: c.dtype });
      assert.equal(a.astype(c.to).repr(), c.repr);
    });
  }
  for (const c of fx.from_void) {
    it(`V4 ${c.hex} .astype('${c.to}')`, () => {
      const a = rawArray(c.hex, 4, [1]);
      if (c.cls) throwsNumpy(() => a.astype(c.to), c.cls, c.msg);
      else assert.equal(a.astype(c.to).repr(), c.repr);
    });
  }
  for (const c of fx.vv) {
    it(`V${c.n} .astype('${c.to}')`, () => {
      assert.equal(rawArray(c.hex, c.n, [2]).astype(c.to).repr(), c.repr);
    });
  }
});

describe('writes and errors', () => {
  for (const c of fx.writes) {
    it(`V${c.n}[1] = bytes.fromhex('${c.value}')`, () => {
      const a = np.zeros(2, { dtype: `V${c.n}` });
      // One element written from a bytes value, cut or zero-padded to the itemsize.
      const v = fromPython(fromHex(c.value), a.dtype);
      const src = np.zeros([], { dtype: a.dtype });
      (src.data as Uint8Array).set(v as Uint8Array, src.offset);
      a.set(1, src);
      assert.equal(a.repr(), c.repr);
    });
  }
  for (const c of fx.errors) {
    it(`V4 element from ${JSON.stringify(c.value)}: ${c.cls}`, () => {
      throwsNumpy(() => fromPython(c.value, np.dtype('V4')), c.cls, c.msg);
    });
  }
  it('np.equal has no loop for raw void', () => {
    const a = np.zeros(2, { dtype: 'V4' });
    throwsNumpy(() => np.equal(a, a), fx.ufunc_err.cls, fx.ufunc_err.msg);
  });
});

describe('record printing: 0-d vs 1-d', () => {
  for (const c of fx.records) {
    it(JSON.stringify(c.spec), () => {
      const a = np.array(
        c.values.map((r: any[]) => recValue(c.spec, r)),
        { dtype: c.spec },
      );
      assert.equal(String(a), c.str1);
      assert.equal(a.repr(), c.repr1);
      const z = a.get(0).copy();
      assert.equal(z.ndim, 0);
      assert.equal(String(z), c.str0);
      assert.equal(z.repr(), c.repr0);
    });
  }
});

describe('bytes values (Uint8Array) as S/V elements', () => {
  const fromHex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
  for (const c of fx.bytes_values as {
    dtype: string;
    items: string[];
    index: number;
    value: string;
    fill: string;
    built: string;
    set: string;
    slice: string;
    filled: string;
  }[]) {
    it(`${c.dtype}: np.array of bytes, a[i] = b, a[:] = b, a.fill(b)`, () => {
      const a = np.array(c.items.map(fromHex), { dtype: c.dtype });
      assert.equal(a.repr(), c.built);
      const b = a.copy();
      b.set(c.index, fromHex(c.value));
      assert.equal(b.repr(), c.set);
      const s = a.copy();
      s.set(':', fromHex(c.value));
      assert.equal(s.repr(), c.slice);
      const d = a.copy();
      d.fill(fromHex(c.fill));
      assert.equal(d.repr(), c.filled);
    });
  }
});
