/**
 * np.take / a[idx] with long int64 index arrays against NumPy (test/fixtures/take_blocks.json
 * from scripts/fixtures/gen_take_blocks.py), on both backends: from 1024 indices the wasm
 * backend checks and packs them in scratch blocks of 4096 (wasm_indices.ts), the JS
 * backend checks them during the gather. Bad indices in the first block, across block
 * boundaries, in partial vectors and in the high word; negative ones; wrap and clip; inner
 * and outer axes; every word size.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { take } from '../../src/_core/item_selection/take.js';
import { setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';

interface Case {
  op: 'take' | 'get';
  dtype: string;
  shape: number[];
  count: number;
  patch: [number, string][];
  kw: { axis?: number | null; mode?: string };
  out?: { data: unknown[]; shape: number[]; dtype: string };
  err?: [string, string];
}

/** The generator's formulas: the array and the index array with its patches. */
function inputs(c: Case): { a: np.NDArray; ind: np.NDArray } {
  const size = c.shape.reduce((x, y) => x * y, 1);
  const a = np
    .remainder(np.arange(size).mul(7919), 251)
    .astype(c.dtype as np.DTypeLike)
    .reshape(c.shape);
  const m = c.op === 'take' && c.kw.axis === undefined ? size : c.shape[c.kw.axis ?? 0]!;
  const w = new BigInt64Array(c.count);
  for (let i = 0; i < c.count; i++) w[i] = BigInt((i * 7919 + 13) % m);
  for (const [pos, v] of c.patch) w[pos] = BigInt(v);
  return { a, ind: np.asarray(w) };
}

function run(c: Case): np.NDArray {
  const { a, ind } = inputs(c);
  return c.op === 'take' ? take(a, ind, c.kw as { mode: 'raise' }) : a.get(ind);
}

function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof np.Complex) return { re: v.re, im: v.im };
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

const fx = loadFixture('take_blocks');

for (const backend of ['wasm', 'js'] as const) {
  describe(`take with long int64 indices, ${backend} backend (NumPy 2.4 fixtures)`, () => {
    after(() => setBackend('auto'));
    (fx.cases as Case[]).forEach((c, i) => {
      it(`${i}: ${c.op} ${c.dtype} ${JSON.stringify(c.shape)} count=${c.count} patch=${JSON.stringify(c.patch)} ${JSON.stringify(c.kw)}`, () => {
        setBackend(backend);
        if (c.err) {
          throwsNumpy(() => run(c), c.err[0], c.err[1]);
          return;
        }
        const got = run(c);
        assert.equal(String(got.dtype), c.out!.dtype);
        assert.deepEqual(got.shape, c.out!.shape);
        const flat = got.reshape(-1).tolist({ bigint: true }) as unknown[];
        assert.deepEqual(flat.map(plain), (decode(c.out!.data) as unknown[]).map(plain));
      });
    });
  });
}
