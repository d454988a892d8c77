/**
 * Small new arrays share slab blocks (src/_core/alloc.ts `allocArray`): every routine that
 * makes one must read and write it through its offset, never from index 0 of its buffer.
 * Two checks: each routine gives the same result whether new arrays have buffers of their
 * own at offset 0, sit in slabs, or sit 64 bytes into buffers between runs of 0xA5 poison
 * (alloc.ts `setAllocMode`), and arrays that share a slab survive every write to their
 * neighbours. The whole suite runs in the
 * audit mode with `npm run test:offsets`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AllocMode, setAllocMode } from '../../src/_core/alloc.js';
import * as np from '../../src/index.js';
import { NUMERIC_DTYPES } from '../helpers.js';

/** `make()` with new arrays placed as `mode` says. */
function madeIn(mode: AllocMode, make: () => np.NDArray | np.NDArray[]): np.NDArray[] {
  const was = setAllocMode(mode);
  try {
    return [make()].flat();
  } finally {
    setAllocMode(was);
  }
}

/**
 * Same dtype, shape and bytes (and printout) when every new array has a buffer of its own at
 * offset 0 (as before slabs), sits in a slab, or sits 64 bytes into a poisoned buffer.
 */
function samePlacements(label: string, make: () => np.NDArray | np.NDArray[]): void {
  const plain = madeIn('plain', make);
  for (const mode of ['slab', 'audit'] as const) {
    const got = madeIn(mode, make);
    assert.equal(got.length, plain.length, label);
    plain.forEach((p, i) => {
      const q = got[i]!;
      const what = `${label} [${mode}] #${i}`;
      assert.equal(String(q.dtype), String(p.dtype), `${what}: dtype`);
      assert.deepEqual(q.shape, p.shape, `${what}: shape`);
      assert.deepEqual(Buffer.from(q.tobytes()), Buffer.from(p.tobytes()), `${what}: bytes`);
      assert.equal(q.repr(), p.repr(), `${what}: repr`);
    });
  }
}

const M = () => np.arange(12).reshape(3, 4).astype('float64');
const Z = () => {
  const z = np.zeros(4, { dtype: 'complex128' });
  z.set('...', np.array([1, -2, 3, 0.5]).add(np.array([0.25, 1, -1, 2]).mul(new np.Complex(0, 1))));
  return z;
};

const ROUTINES: [string, () => np.NDArray | np.NDArray[]][] = [
  [
    'zeros / ones / full of every kind',
    () =>
      [...NUMERIC_DTYPES, 'U3', 'S2']
        .flatMap((dt): np.NDArray[] => [
          np.zeros([2, 3], { dtype: dt as 'float64' }),
          np.ones(3, { dtype: dt as 'float64' }),
          np.full([2, 2], 1, { dtype: dt as 'float64' }),
          np.full([3, 2], 7, { dtype: dt as 'float64', order: 'F' }),
        ])
        .concat([np.zeros(2, { dtype: 'V4' })]),
  ],
  [
    'empty, then filled',
    () => {
      const e = np.empty([2, 3], { dtype: 'int16' });
      e.fill(5);
      return e;
    },
  ],
  [
    'np.array with a dtype',
    () => [
      np.array([0.5, 1, 2], { dtype: 'float64' }),
      np.array(
        [
          [1, 2],
          [3, 4],
        ],
        { dtype: 'float32' },
      ),
      np.array([1, 2, 3]),
    ],
  ],
  [
    'copy and astype',
    () => [
      M().copy(),
      np.copy(M().T, { order: 'F' }),
      M().astype('int8'),
      M().astype('complex64'),
      M().T.astype('float16'),
      np.ascontiguousarray(M().T),
    ],
  ],
  [
    'joining',
    () => [
      np.concatenate([M(), M()], 1),
      np.stack([np.arange(3), np.arange(3)]),
      np.vstack([M(), M()]),
      np.hstack([np.arange(2.0), np.arange(3.0)]),
      np.tile(np.arange(3), [2, 2]),
      np.repeat(np.arange(3), 2),
      np.roll(M(), 1, 1),
    ],
  ],
  [
    'ranges',
    () => [
      np.arange(7),
      np.arange(0.5, 4, 0.5),
      np.arange(3, { dtype: 'float32' }),
      np.arange(4, { dtype: 'float16' }),
      np.arange(2 ** 60, 2 ** 60 + 5 * 2 ** 40, 2 ** 40),
      np.arange(new np.Complex(1, 1), 4),
      np.linspace(0, 1, 5),
      np.linspace(new np.Complex(0, 1), 2, 4),
      np.logspace(0, 2, 3),
      np.geomspace(1, 8, 4),
    ],
  ],
  [
    'matrices',
    () => [
      np.eye(3),
      np.eye(3, 4, 1, { dtype: 'int32' }),
      np.identity(2),
      np.diag(np.arange(3.0), 1),
      np.diagflat(np.arange(1, 4)),
      np.tri(3, 4, -1),
      np.tril(M()),
      np.triu(M(), 1),
      ...np.indices([2, 3]),
      np.delete(M(), [true, false, true], 0),
    ],
  ],
  [
    'reductions and scans',
    () => [
      M().sum(0),
      M().mean(1),
      np.cumsum(M(), 1),
      np.cumprod(np.arange(1, 6)),
      M().max(0),
      M().argmax(1),
      np.diff(M(), 1, 0),
    ],
  ],
  [
    'sorting and sets',
    () => [
      np.sort(np.array([3.0, 1, 2])),
      np.argsort(np.array([3, 1, 2])),
      np.unique(np.array([3, 1, 3, 2])),
      np.partition(np.array([5, 1, 4, 2]), 2),
    ],
  ],
  [
    'fft, linalg, statistics',
    () => [
      np.fft.fft(Z()),
      np.fft.rfft(np.arange(6.0)),
      np.linalg.inv(M().get(':3', ':3').add(np.eye(3).mul(5))),
      np.outer(np.arange(3.0), np.arange(2.0)),
      ...(np.histogram(np.arange(10.0), 4) as unknown as np.NDArray[]),
      np.percentile(np.arange(5.0), [25, 50]),
    ],
  ],
  [
    'random',
    () => {
      const rng = np.random.default_rng(7);
      return [
        rng.random(5),
        rng.integers(0, 10, 4),
        rng.normal({ size: 3 }),
        rng.multinomial(10, [0.2, 0.3, 0.5]),
        rng.dirichlet([1, 2, 3]),
        rng.permutation(5),
      ];
    },
  ],
];

describe('new arrays are read and written through their offset', () => {
  for (const [label, make] of ROUTINES) it(label, () => samePlacements(label, make));
});

describe('small arrays in one slab', () => {
  it('share buffers, and writes to one never reach its neighbours', () => {
    const was = setAllocMode('slab'); // also under `npm run test:offsets`
    let arrays: np.NDArray[];
    try {
      arrays = [
        np.zeros(3),
        np.ones(5, { dtype: 'int8' }),
        np.arange(4),
        np.full(2, 2.5, { dtype: 'float32' }),
        np.zeros(3, { dtype: 'complex128' }),
        np.array([1.5, 2.5]).copy(),
        np.arange(6.0).astype('int16'),
        np.concatenate([np.arange(2.0), np.arange(2.0)]),
      ];
    } finally {
      setAllocMode(was);
    }
    const shared = new Set(arrays.map((a) => a.buffer)).size < arrays.length;
    assert.ok(shared, 'small arrays share slab buffers');
    const before = arrays.map((a) => a.repr());
    for (let i = 0; i < arrays.length; i++) {
      const a = arrays[i]!;
      a.fill(9);
      a.set('::2', 1);
      np.add(a, a, { out: a, casting: 'unsafe' });
      a.sort();
      arrays.forEach((b, j) => {
        if (j > i) assert.equal(b.repr(), before[j], `array ${j} after writes to array ${i}`);
      });
    }
  });
});
