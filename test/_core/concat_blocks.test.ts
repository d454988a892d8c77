/**
 * concatenate's block-copy path (same-dtype C-contiguous inputs: one block per input and
 * outer index) and the 8-row transposed copy against NumPy (test/fixtures/concat_blocks.json
 * from scripts/fixtures/gen_concat_blocks.py): odd offsets (1-, 2-, 4-byte words), short
 * and long blocks, empty and many inputs, axis=None, `out` (contiguous, strided, sharing a
 * buffer with the inputs), `dtype`/`casting` errors, every dtype class.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { concatenate } from '../../src/_core/multiarray/concatenate.js';
import * as np from '../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';
import { jsValue } from './indexing.util.js';

interface Spec {
  dtype: string | [string, string][];
  shape: number[];
  data: unknown[];
  view: string | null;
}

function build(s: Spec): np.NDArray {
  const a = np.array(jsValue(s.data), { dtype: s.dtype as np.DTypeLike }).reshape(s.shape);
  return s.view === null ? a : a.get(s.view);
}

/** Elements in C order as plain values: bigints as numbers when safe, records as tuples. */
function flat(a: np.NDArray): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else out.push(plain(v));
  };
  walk(a.tolist({ bigint: true }));
  return out;
}

function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return v >= -(2n ** 53n) && v < 2n ** 53n ? Number(v) : v;
  if (v instanceof np.Complex) return { re: v.re, im: v.im };
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object' && !('re' in v)) return Object.values(v).map(plain);
  return v;
}

function assertMatches(got: np.NDArray, want: any): void {
  if (want.dtype !== null) assert.equal(String(got.dtype), want.dtype);
  assert.deepEqual(got.shape, want.shape);
  assert.deepEqual(flat(got), (decode(want.data) as unknown[]).map(plain));
}

function runConcat(c: any): np.NDArray {
  const arrays = (c.a as Spec[]).map(build);
  if (c.out === null) return concatenate(arrays, c.kw);
  let out: np.NDArray = np.zeros(c.out.shape, c.out.dtype as string);
  if (c.out.view !== null) out = out.get(c.out.view);
  const r = concatenate(arrays, { ...c.kw, out });
  assert.equal(r, out, 'concatenate returns `out`');
  return r;
}

/** The buffer-sharing case of the generator: inputs and `out` are views of one buffer. */
function runShared(): np.NDArray {
  const buf = np.arange(40, { dtype: 'float64' }).mul(1.5);
  const a = buf.get('0:6').reshape(2, 3);
  const b = buf.get('6:10').reshape(2, 2);
  const out = buf.get('20:30').reshape(2, 5);
  concatenate([a, b], { axis: 1, out });
  return buf;
}

const fx = loadFixture('concat_blocks');

describe('concatenate blocks / transposed copies (NumPy 2.4 fixtures)', () => {
  fx.cases.forEach((c: any, i: number) => {
    if (c.op === 'tcopy') {
      it(`${i}: T.copy() ${JSON.stringify(c.a.dtype)} ${JSON.stringify(c.a.shape)} view=${c.a.view}`, () => {
        const got = build(c.a).T.copy();
        assertMatches(got, c.result);
        assert.deepEqual(got.strides, c.strides);
      });
      return;
    }
    if (c.shared) {
      it(`${i}: concatenate into a view of the inputs' buffer`, () => {
        assertMatches(runShared(), c.buf);
      });
      return;
    }
    const a0 = c.a[0] as Spec;
    it(`${i}: concatenate ${JSON.stringify(a0.dtype)} ${c.a.map((s: Spec) => JSON.stringify(s.shape)).join('+')} ${JSON.stringify(c.kw)} out=${JSON.stringify(c.out)}`, () => {
      if (c.err) {
        throwsNumpy(() => runConcat(c), c.err[0], c.err[1]);
        return;
      }
      assertMatches(runConcat(c), c.result);
    });
  });
});
