/**
 * The typed-array fast paths of item selection and joining (take, a[mask], a[idx],
 * concatenate, copies of transposed arrays) against the general paths, bit
 * exactness of 8-byte moves, unaligned masks, and the in-place methods.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { where } from '../../src/_core/multiarray/where.js';
import * as np from '../../src/index.js';
import { seededRandom, throwsNumpy } from '../helpers.js';
import * as m from '../manip.js';

/** int64 words that are signalling/quiet NaN patterns when read as float64. */
const BITS = [
  0x7ff0000000000001n,
  -1n,
  2n ** 63n - 1n,
  0x7ff8000000000001n,
  -(2n ** 63n),
  0xfff4000000000abcn - 2n ** 64n,
];

function bigs(a: np.NDArray): bigint[] {
  return (a.tolist({ bigint: true }) as unknown[]).flat(8) as bigint[];
}

describe('8-byte moves keep every bit (int64 NaN-like patterns)', () => {
  const a = np.array(BITS, { dtype: 'int64' });
  it('take', () =>
    assert.deepStrictEqual(bigs(m.take(a, [5, 4, 3, 2, 1, 0])), [...BITS].reverse()));
  it('a[mask]', () =>
    assert.deepStrictEqual(bigs(a.get(np.array([true, true, false, true, true, true]))), [
      BITS[0],
      BITS[1],
      BITS[3],
      BITS[4],
      BITS[5],
    ]));
  it('a[idx]', () =>
    assert.deepStrictEqual(bigs(a.get(np.array([0, 3, 0], { dtype: 'int64' }))), [
      BITS[0],
      BITS[3],
      BITS[0],
    ]));
  it('repeat, concatenate, copy of a transpose', () => {
    assert.deepStrictEqual(
      bigs(m.repeat(a, 2)),
      BITS.flatMap((b) => [b, b]),
    );
    assert.deepStrictEqual(bigs(m.concatenate([a, a])), [...BITS, ...BITS]);
    const t = a.reshape(2, 3).T.copy();
    assert.deepStrictEqual(bigs(t), [BITS[0], BITS[3], BITS[1], BITS[4], BITS[2], BITS[5]]);
  });
});

describe('a[mask] fast path', () => {
  const rnd = seededRandom(7);
  for (const dtype of [
    'float64',
    'float32',
    'int16',
    'uint8',
    'complex128',
    '<U2',
    'bool',
  ] as const) {
    it(`random masks on ${dtype}, contiguous and strided, any mask offset`, () => {
      for (let trial = 0; trial < 20; trial++) {
        const n = Math.floor(rnd() * 40);
        const vals = Array.from({ length: 2 * n + 3 }, (_, i) =>
          dtype === '<U2' ? String(i % 97) : dtype === 'bool' ? i % 3 === 0 : i % 97,
        );
        const base = np.array(vals, { dtype });
        const a = trial % 2 ? base.get(`1:${1 + 2 * n}:2`) : base.get(`:${n}`);
        // A mask at an odd byte offset exercises the unaligned head of the 4-byte loop.
        const bits = Array.from({ length: n + 1 }, () => rnd() < 0.5);
        const mask = np.array(bits).get('1:');
        const got = a.get(mask).tolist() as unknown[];
        const all = a.tolist() as unknown[];
        assert.deepStrictEqual(
          got,
          all.filter((_, i) => bits[i + 1]),
        );
      }
    });
  }
  it('mask bytes other than 0/1 count as true (a uint8 view as bool)', () => {
    const raw = np.array([0, 2, 255, 0, 1, 7, 0, 0, 9], { dtype: 'uint8' });
    const a = np.arange(9);
    assert.deepStrictEqual(a.get(raw.view('bool')).tolist(), [1, 2, 4, 5, 8]);
  });
  it('a shape mismatch still raises NumPy IndexError', () => {
    throwsNumpy(
      () => np.arange(4).get(np.array([true, false])),
      'IndexError',
      'boolean index did not match indexed array along axis 0; size of axis is 4 but size of corresponding boolean axis is 2',
    );
  });
});

describe('a[idx] and take fast paths agree with the general path', () => {
  const rnd = seededRandom(11);
  it('random int64/int32/uint8 indices, C and F arrays', () => {
    for (let trial = 0; trial < 40; trial++) {
      const rows = 1 + Math.floor(rnd() * 6);
      const cols = 1 + Math.floor(rnd() * 5);
      const c = np.arange(rows * cols).reshape(rows, cols);
      const f = c.copy('F');
      const dt = (['int64', 'int32', 'uint8'] as const)[trial % 3];
      const idx = Array.from(
        { length: 1 + Math.floor(rnd() * 10) },
        () => Math.floor(rnd() * rows) - (dt === 'uint8' ? 0 : Math.floor(rnd() * 2) * rows),
      );
      const ix = np.array(idx, { dtype: dt });
      // The F-ordered array takes the general fancy path; both must agree.
      assert.deepStrictEqual(c.get(ix).tolist(), f.get(ix).tolist());
      assert.deepStrictEqual(m.take(c, ix, 0).tolist(), f.get(ix).tolist());
    }
  });
  it('out-of-range indices raise the same IndexError on both paths', () => {
    const c = np.arange(6).reshape(3, 2);
    for (const a of [c, c.copy('F')]) {
      throwsNumpy(
        () => a.get(np.array([0, 3])),
        'IndexError',
        'index 3 is out of bounds for axis 0 with size 3',
      );
      throwsNumpy(
        () => a.get(np.array([-4])),
        'IndexError',
        'index -4 is out of bounds for axis 0 with size 3',
      );
    }
    throwsNumpy(
      () => np.arange(3).get(np.array([2n ** 40n], { dtype: 'int64' })),
      'IndexError',
      'index 1099511627776 is out of bounds for axis 0 with size 3',
    );
  });
});

describe('copies of strided and transposed arrays (same-dtype word copies)', () => {
  for (const dtype of [
    'float64',
    'float32',
    'int16',
    'uint8',
    'complex128',
    '<U3',
    'float16',
  ] as const) {
    it(`${dtype}: T.copy(), negative strides, broadcast assignment`, () => {
      const vals = Array.from({ length: 60 }, (_, i) => (dtype === '<U3' ? String(i) : i));
      const a = np.array(vals, { dtype }).reshape(6, 10);
      const t = a.T.copy();
      assert.deepStrictEqual(
        t.tolist(),
        (a.tolist() as unknown[][])[0]!.map((_, j) =>
          (a.tolist() as unknown[][]).map((row) => row[j]),
        ),
      );
      assert.deepStrictEqual(t.strides, [6 * a.itemsize, a.itemsize]);
      const r = a.get('::-1, ::-3').copy();
      assert.deepStrictEqual(
        r.tolist(),
        (a.tolist() as unknown[][]).reverse().map((row) => [9, 6, 3, 0].map((j) => row[j])),
      );
      const z = np.zeros([3, 10], { dtype });
      z.set('...', a.get(0));
      assert.deepStrictEqual(
        z.tolist(),
        [0, 1, 2].map(() => (a.tolist() as unknown[][])[0]),
      );
    });
  }
  it('a large transpose (the 4-row kernel) equals the element-wise definition', () => {
    const a = np.arange(37 * 53, { dtype: 'float64' }).reshape(37, 53);
    const t = a.T.copy();
    for (const [i, j] of [
      [0, 0],
      [52, 36],
      [17, 33],
      [3, 36],
    ] as const)
      assert.equal(t.at(i, j), a.at(j, i));
  });
});

describe('in-place methods', () => {
  it('a.resize grows with zeros (C and F), shrinks, keeps same-size views legal', () => {
    const a = np.arange(6);
    a.resize(2, 4);
    assert.deepStrictEqual(a.tolist(), [
      [0, 1, 2, 3],
      [4, 5, 0, 0],
    ]);
    const f = np.arange(6).reshape(2, 3).copy('F');
    f.resize([3, 3]);
    assert.deepStrictEqual(f.tolist(), [
      [0, 4, 0],
      [3, 2, 0],
      [1, 5, 0],
    ]);
    assert.deepStrictEqual(f.strides, [8, 24]);
    const v = np.arange(6).reshape(2, 3);
    v.resize(3, 2);
    assert.deepStrictEqual(v.shape, [3, 2]);
    throwsNumpy(
      () => v.resize(7),
      'ValueError',
      'cannot resize this array: it does not own its data',
    );
    throwsNumpy(
      () => np.arange(4).resize(2, { bogus: 1 }),
      'TypeError',
      "'bogus' is an invalid keyword argument for this function",
    );
  });
  it('views made before a growing resize keep the old memory (numtype never dangles)', () => {
    const a = np.arange(4);
    const v = a.get('1:3');
    a.resize(8, { refcheck: false });
    a.set(1, 100);
    assert.deepStrictEqual(v.tolist(), [1, 2]);
    assert.deepStrictEqual(a.tolist(), [0, 100, 2, 3, 0, 0, 0, 0]);
  });
  it('methods return NumPy scalars as JS values', () => {
    const a = np.arange(6).reshape(2, 3);
    assert.equal(a.take(4), 4);
    assert.equal(a.trace(), 4);
    assert.equal(np.array(1).choose([5, 6]), 6);
    assert.deepStrictEqual(
      a.nonzero().map((x) => x.tolist()),
      [
        [0, 0, 1, 1, 1],
        [1, 2, 0, 1, 2],
      ],
    );
    assert.equal(a.diagonal().flags.writeable, false);
  });
  it('np.where(condition) is nonzero', () => {
    const w = where([
      [0, 1],
      [2, 0],
    ]) as np.NDArray[];
    assert.deepStrictEqual(
      w.map((x) => x.tolist()),
      [
        [0, 1],
        [1, 0],
      ],
    );
    throwsNumpy(
      () => where(1),
      'ValueError',
      'Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.',
    );
  });
});
