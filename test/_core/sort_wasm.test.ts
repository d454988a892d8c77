/**
 * The wasm sort path of float64 (src/_core/sorting/wasm_sort.ts, assembly/sort.ts) and the
 * TypeScript path it stands in for, against NumPy (test/fixtures/sort_wasm.json from
 * scripts/fixtures/gen_sort_wasm.py): np.sort / np.argsort (stable and default kind) and
 * np.unique of continuous values at sizes around the wasm thresholds, with NaN / ±inf /
 * ±0 / outliers the first split's sample misses, overflowing sums, a subnormal span,
 * values on many scales, sorted and reversed inputs, 2-d rows and columns; every case on
 * both backends. Results compare by gen_sort_radix.py's checksum of their bytes.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setBackend, simdSupported } from '../../src/_core/kernels/index.js';
import { wasmSortActive } from '../../src/_core/sorting/wasm_sort.js';
import * as np from '../../src/index.js';
import { decode, loadFixture, seededRandom } from '../helpers.js';
import { buildInput, checksum } from './sort_radix.util.js';

interface Case {
  kind: 'uniform' | 'ints' | 'pool';
  n: number;
  seed: number;
  scale?: number;
  k?: number;
  order?: string;
  shape?: number[];
  pool?: unknown[];
  specials: unknown;
  axis: number | null;
  sort: number;
  argsort: number;
  sort_default: number;
  unique: number;
  unique_nan_apart: number;
  unique_counts: number;
  out_shape: number[];
}

const fx = loadFixture<{ cases: Case[] }>('sort_wasm');

/** The case's input, built as the generator builds it. */
function build(c: Case): np.NDArray {
  if (c.kind === 'pool') {
    return buildInput({ dtype: 'float64', pool: c.pool!, seed: c.seed, n: c.n, layout: 'flat' })[0];
  }
  const rnd = seededRandom(c.seed);
  const x = new Float64Array(c.n);
  if (c.kind === 'uniform') for (let i = 0; i < c.n; i++) x[i] = (rnd() * 2 - 1) * c.scale!;
  else {
    const k = c.k!;
    for (let i = 0; i < c.n; i++) x[i] = Math.floor(rnd() * k) - Math.floor(k / 2);
  }
  for (const [pos, v] of decode(c.specials) as [number, number][]) x[pos] = v;
  if (c.order === 'sorted') x.sort();
  else if (c.order === 'reversed') x.sort().reverse();
  const a = np.asarray(x);
  return c.shape ? a.reshape(c.shape) : a;
}

/** Zeros without their sign (NumPy's unstable sorts and unique may keep either). */
function canon(r: np.NDArray): np.NDArray {
  return np.where(np.equal(r, 0), np.zeros([], { dtype: r.dtype }), r) as np.NDArray;
}

function label(c: Case): string {
  const what = c.kind === 'uniform' ? `scale=${c.scale}` : c.kind === 'ints' ? `k=${c.k}` : 'pool';
  const extra = [c.order, c.shape ? `shape=${c.shape} axis=${c.axis}` : ''].filter(Boolean);
  const sp = (decode(c.specials) as unknown[]).length;
  return `${c.kind} n=${c.n} ${what}${sp ? ` specials=${sp}` : ''} ${extra.join(' ')}`;
}

for (const backend of ['wasm', 'js'] as const) {
  describe(`float64 sort, argsort, unique vs NumPy (${backend} backend)`, () => {
    after(() => setBackend('auto'));
    it('takes the intended path', () => {
      setBackend(backend);
      // The wasm backend must really run the wasm sort (no silent fallback to TypeScript).
      assert.equal(wasmSortActive(), backend === 'wasm' && simdSupported());
    });
    for (const c of fx.cases) {
      it(label(c), () => {
        setBackend(backend);
        const x = build(c);
        const axis = c.axis;
        assert.equal(checksum(np.sort(x, axis, { kind: 'stable' })), c.sort, 'stable sort');
        assert.equal(checksum(canon(np.sort(x, axis))), c.sort_default, 'default sort');
        assert.equal(
          checksum(np.argsort(x, axis, { kind: 'stable' })),
          c.argsort,
          'stable argsort',
        );
        // numtype's default argsort is the stable one (documented).
        assert.equal(checksum(np.argsort(x, axis)), c.argsort, 'default argsort');
        assert.equal(checksum(canon(np.unique(x))), c.unique, 'unique');
        assert.equal(
          checksum(canon(np.unique(x, { equal_nan: false }))),
          c.unique_nan_apart,
          'unique equal_nan=False',
        );
        const [, counts] = np.unique(x, { return_counts: true }) as np.NDArray[];
        assert.equal(checksum(counts!), c.unique_counts, 'unique counts');
      });
    }
  });
}
