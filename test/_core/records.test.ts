/**
 * Structured dtypes (issue 7) against NumPy fixtures (scripts/fixtures/gen_records.py):
 * dtype layout, str/repr/descr, arrays of records, field views, printing, errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dtypeFromDescr } from '../../src/_core/records/descr.js';
import * as np from '../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';

const fx = loadFixture('records');

/** Fixture value → the JS value numtype takes (Complex, Uint8Array, tagged floats). */
function jsIn(v: any): any {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(jsIn);
  if ('complex' in v) return new np.Complex(decode(v.complex[0]), decode(v.complex[1]));
  if ('bytes' in v) return new Uint8Array(v.bytes);
  if ('float' in v || 'bigint' in v) return decode(v);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = jsIn(x);
  return out;
}

/** Comparable form of a JS value read out of numtype. */
function norm(v: unknown): unknown {
  if (v instanceof np.Complex) return { re: v.re, im: v.im };
  if (v instanceof Uint8Array) return { bytes: [...v] };
  if (Array.isArray(v)) return v.map(norm);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
  return v;
}

function specOf(c: any): any {
  return c.dict ?? c.comma ?? c.spec;
}

describe('structured dtypes: layout, str, repr, descr', () => {
  for (const c of fx.dtypes) {
    const spec = specOf(c);
    it(`${JSON.stringify(spec)} align=${c.align}`, () => {
      if (c.error) {
        throwsNumpy(() => np.dtype(spec, { align: c.align }), c.error[0], c.error[1]);
        return;
      }
      const d = np.dtype(spec, { align: c.align });
      assert.equal(d.repr(), c.repr);
      assert.equal(String(d), c.str);
      assert.equal(d.itemsize, c.itemsize);
      assert.equal(d.alignment, c.alignment);
      assert.equal(d.str, c.dstr);
      assert.equal(d.name, c.name);
      assert.equal(d.kind, c.kind);
      assert.equal(d.isalignedstruct, c.isalignedstruct);
      assert.deepEqual(d.names, c.names);
      assert.deepEqual(
        d.names!.map((n) => d.fields![n]!.offset),
        c.offsets,
      );
      if (c.descr.error) throwsNumpy(() => d.descr, 'ValueError', c.descr.error);
      else {
        assert.deepEqual(d.descr, c.descr);
        // NumPy's descr_to_dtype (lib.format) undoes descr, padding included.
        assert.equal(dtypeFromDescr(c.descr).repr(), c.fromDescr);
      }
      // Interned: the same spec gives the same object.
      assert.equal(np.dtype(spec, { align: c.align }), d);
    });
  }

  it('equality (dtype.equals is NumPy ==)', () => {
    for (const c of fx.equality) assert.equal(np.dtype(c.a).equals(c.b), c.equal);
    const packed = np.dtype([
      ['a', 'i4'],
      ['b', 'i4'],
    ]);
    const aligned = np.dtype(
      [
        ['a', 'i4'],
        ['b', 'i4'],
      ],
      { align: true },
    );
    assert.notEqual(packed, aligned);
    assert.ok(packed.equals(aligned));
    assert.ok(!packed.equals('i8'));
    assert.ok(np.float64.equals('f8'));
  });

  it('errors', () => {
    for (const c of fx.errors) throwsNumpy(() => np.dtype(c.spec), c.error[0], c.error[1]);
    throwsNumpy(
      () => np.dtype([['a', 'i4', 'f8', 'x']] as any),
      'TypeError',
      "Field elements must be tuples with at most 3 elements, got '('a', 'i4', 'f8', 'x')'",
    );
  });

  it('dtype.field / subdtype / shape', () => {
    const d = np.dtype([
      ['a', 'u1'],
      ['pos', 'f8', [3]],
    ]);
    const pos = d.field('pos');
    assert.equal(pos.repr(), "dtype(('<f8', (3,)))");
    assert.equal(String(pos), "('<f8', (3,))");
    assert.equal(pos.str, '|V24');
    assert.deepEqual(pos.shape, [3]);
    assert.equal(pos.subdtype![0], np.float64);
    assert.deepEqual(pos.descr, [['', '|V24']]);
    throwsNumpy(() => d.field('x'), 'KeyError', `"Field named 'x' not found."`);
  });
});

describe('structured arrays', () => {
  for (const c of fx.arrays) {
    const label = `${JSON.stringify(c.spec)} ${JSON.stringify(c.shape)}`;
    it(`${label}: from tuples and from objects; tolist, str, repr, fields`, () => {
      const dt = np.dtype(c.spec, { align: c.align });
      const flat = c.tolist.map(jsIn);
      // Records as JS tuples, nested per the array's shape.
      const a =
        c.shape[0] === 0
          ? np.zeros(c.shape, { dtype: dt })
          : np.array(jsIn(c.records), { dtype: dt });
      assert.deepEqual(a.shape, c.shape);
      assert.equal(a.dtype, dt);
      assert.deepEqual(norm(a.reshape(-1).tolist()), norm(flat));
      assert.equal(String(a), c.str);
      assert.equal(a.repr(), c.repr);
      // The same records as objects keyed by field.
      const b = np.array(flat, { dtype: dt }).reshape(c.shape);
      assert.equal(b.repr(), c.repr);
      for (const [name, f] of Object.entries<any>(c.fields)) {
        const v = a.field(name);
        assert.deepEqual(v.shape, f.shape);
        assert.equal(String(v), f.str);
        assert.equal(v.repr(), f.repr);
        assert.equal(v.base, a.base ?? a);
      }
      // Raw-byte moves: transpose, reversed copy.
      assert.equal(String(a.T), c.strT);
      assert.equal(String(a.reshape(-1).get('::-1').copy()), c.strRev);
      if (a.size > 0) {
        assert.deepEqual(norm(a.reshape(-1).at(0)), norm(flat[0]));
        assert.deepEqual(norm(a.item(0)), norm(flat[0]));
      }
    });
  }

  it('zeros, ones, full of structured dtypes', () => {
    for (const c of fx.creation) {
      assert.equal(np.ones(2, { dtype: c.spec }).repr(), c.ones);
      assert.equal(np.zeros([2, 1], { dtype: c.spec }).repr(), c.zeros);
      if (c.fill7) assert.equal(np.full(3, 7, { dtype: c.spec }).repr(), c.fill7);
    }
  });

  it('element and field writes', () => {
    const dt = np.dtype([
      ['name', 'U10'],
      ['age', 'i4'],
      ['weight', 'f4'],
    ]);
    const a = np.zeros(3, { dtype: dt });
    a.set(0, ['Bob', 30, 85.0]);
    a.set(1, { name: 'Ann', age: 4, weight: 1.5 });
    a.field('age').set(2, 77);
    a.field('name').set('1:', 'Zed');
    assert.deepEqual(a.tolist(), [
      { name: 'Bob', age: 30, weight: 85 },
      { name: 'Zed', age: 4, weight: 1.5 },
      { name: 'Zed', age: 77, weight: 0 },
    ]);
    throwsNumpy(
      () => a.set(0, [1, 2, 3, 4]),
      'ValueError',
      fx.tuple_error.replace('3 to structure with 2', '4 to structure with 3'),
    );
    throwsNumpy(() => a.field('x'), 'ValueError', fx.field_error);
    const b = np.zeros(2, {
      dtype: [
        ['a', 'i4'],
        ['b', 'f8'],
      ],
    });
    throwsNumpy(() => b.set(0, [1, 2, 3]), 'ValueError', fx.tuple_error);
    b.set(1, 7);
    assert.deepEqual(b.tolist(), [
      { a: 0, b: 0 },
      { a: 7, b: 7 },
    ]);
    // A sub-array field view has the sub-array shape appended.
    const c = np.zeros(2, {
      dtype: [
        ['pos', 'f8', [3]],
        ['k', 'i2'],
      ],
    });
    c.field('pos').set(1, [1, 2, 3]);
    assert.deepEqual(c.field('pos').shape, [2, 3]);
    assert.deepEqual(c.tolist(), [
      { pos: [0, 0, 0], k: 0 },
      { pos: [1, 2, 3], k: 0 },
    ]);
  });

  it('astype from and to structured dtypes', () => {
    for (const c of fx.casts) {
      const a = c.from === null ? np.array(c.records) : np.array(c.records, { dtype: c.from });
      if (c.error) throwsNumpy(() => a.astype(c.to), c.error[0], c.error[1]);
      else assert.equal(a.astype(c.to).repr(), c.repr, JSON.stringify(c));
    }
  });

  it('int64 fields beyond 2**53: RangeError, or bigints with tolist({bigint: true})', () => {
    const a = np.array([[2n ** 60n, [1n, 2n]]], {
      dtype: [
        ['a', 'i8'],
        ['b', 'u8', [2]],
      ],
    });
    assert.deepEqual(a.tolist({ bigint: true }), [{ a: 2n ** 60n, b: [1n, 2n] }]);
    assert.throws(() => a.tolist(), RangeError);
    assert.deepEqual(a.field('b').tolist(), [[1, 2]]);
  });

  it('concatenate, astype to the same dtype, copy, take', () => {
    const dt = np.dtype('i4,f8');
    const a = np.array(
      [
        [1, 1.5],
        [2, 2.5],
      ],
      { dtype: dt },
    );
    const c = np.concatenate([a, a.get('::-1')]);
    assert.deepEqual(c.tolist(), [
      { f0: 1, f1: 1.5 },
      { f0: 2, f1: 2.5 },
      { f0: 2, f1: 2.5 },
      { f0: 1, f1: 1.5 },
    ]);
    assert.deepEqual(a.astype(dt).tolist(), a.tolist());
    assert.deepEqual(np.take(c, [3, 0]).tolist(), [
      { f0: 1, f1: 1.5 },
      { f0: 1, f1: 1.5 },
    ]);
    assert.equal(String(c.reshape(2, 2)), '[[(1, 1.5) (2, 2.5)]\n [(2, 2.5) (1, 1.5)]]');
  });
});
