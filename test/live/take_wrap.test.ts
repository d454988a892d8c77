/**
 * Negative indices counted from the end while the wasm index blocks are packed
 * (item_selection/wasm_indices.ts: idx64_wrap / idx32_wrap, tried when a block fails the plain
 * check under 'raise' and 'wrap'): the gather must succeed in that one pass — a failed pass
 * would still give NumPy's result through the adjusting fallback of take.ts, so this suite
 * calls gatherCheckedWasm itself and requires `true` and NumPy's bytes. Negatives in every
 * block, only from the second block on (the first packed by the plain check), only in the
 * last place, in partial vectors, and one out of range (-n - 1: false). Also take / a[idx] /
 * take(mode='clip') on both backends, where clip must not wrap, with index arrays longer than
 * the JS backend's checked slices (words.ts).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { gatherCheckedWasm } from '../../src/_core/item_selection/wasm_indices.js';
import { wordSize, wordsOf } from '../../src/_core/item_selection/words.js';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';
import { compareOnBackends } from './backends.util.js';

interface Case {
  dtype: string;
  idxDtype: 'int64' | 'int32';
  n: number;
  /** Rows of `a` (the gather runs along axis 1). */
  outer: number;
  count: number;
  neg: 'none' | 'half' | 'late' | 'last' | 'low';
}

const CASES: Case[] = [];
for (const dtype of ['float64', 'int32', 'int16', 'uint8', 'complex128'])
  for (const idxDtype of ['int64', 'int32'] as const)
    for (const [count, neg] of [
      [9001, 'half'],
      [12295, 'late'],
      [4099, 'last'],
      [5000, 'low'],
    ] as const)
      CASES.push({ dtype, idxDtype, n: 3001, outer: count === 4099 ? 3 : 1, count, neg });
// Past the JS backend's checked slices of 16384 indices (words.ts gatherChecked), two rows.
for (const dtype of ['float64', 'int32'])
  for (const idxDtype of ['int64', 'int32'] as const)
    for (const neg of ['none', 'last'] as const)
      CASES.push({ dtype, idxDtype, n: 3001, outer: 2, count: 40000, neg });

/** The index values (mirrored by `vals` in PY). */
function values(c: Case): number[] {
  const { n } = c;
  return Array.from({ length: c.count }, (_, i) => {
    const v = (i * 7919 + 13) % n;
    if (c.neg === 'half') return i % 2 ? v - n : v;
    if (c.neg === 'late') return i >= 4200 && i % 3 === 0 ? v - n : v;
    if (c.neg === 'low' && i === 4500) return -n - 1;
    return c.neg === 'last' && i === c.count - 1 ? v - n : v;
  });
}

const PY = `
import hashlib
def vals(c):
    n = c['n']; i = np.arange(c['count']); v = (i * 7919 + 13) % n
    if c['neg'] == 'half': v = np.where(i % 2 == 1, v - n, v)
    if c['neg'] == 'late': v = np.where((i >= 4200) & (i % 3 == 0), v - n, v)
    if c['neg'] == 'low': v[4500] = -n - 1
    if c['neg'] == 'last': v[-1] -= n
    return v.astype(c['idxDtype'])
def enc(f):
    try:
        r = f()
        return [r.dtype.name, list(r.shape), hashlib.sha256(np.ascontiguousarray(r).tobytes()).hexdigest()]
    except Exception as e:
        return [type(e).__name__, str(e)]
out = []
for c in json.loads(sys.stdin.read()):
    a = (np.arange(c['outer'] * c['n']) * 7 % 11).astype(c['dtype']).reshape(c['outer'], c['n'])
    ind = vals(c)
    out.append([enc(lambda: np.take(a, ind, axis=1)), enc(lambda: np.take(a, ind, axis=1, mode='clip')),
                enc(lambda: a[0][ind])])
print(json.dumps(out))
`;

function inputs(c: Case): { a: np.NDArray; ind: np.NDArray } {
  const a = np
    .mod(np.multiply(np.arange(c.outer * c.n), 7), 11)
    .astype(c.dtype as 'float64')
    .reshape(c.outer, c.n);
  return { a, ind: np.array(values(c), { dtype: c.idxDtype }) };
}

function enc(f: () => np.NDArray): unknown[] {
  try {
    const r = f();
    const bytes = Buffer.from(np.ascontiguousarray(r).tobytes());
    return [r.dtype.name, [...r.shape], createHash('sha256').update(bytes).digest('hex')];
  } catch (e) {
    return [(e as Error).name, (e as Error).message];
  }
}

describe('negative indices wrapped in the wasm index blocks vs NumPy (live)', () => {
  const want = hasNumpy() ? pyJSON<unknown[][][]>(PY, JSON.stringify(CASES)) : [];

  compareOnBackends(CASES, want, (c) => {
    const { a, ind } = inputs(c);
    return [
      enc(() => np.take(a, ind, 1)),
      enc(() => np.take(a, ind, 1, null, 'clip')),
      enc(() => a.get(0).get(ind)),
    ];
  });

  it('gatherCheckedWasm wraps them in one pass', { skip: !hasNumpy() }, (t) => {
    if (getBackend() === 'js') return t.skip('wasm backend disabled');
    setBackend('wasm');
    try {
      const bad: string[] = [];
      CASES.forEach((c, i) => {
        const { a, ind } = inputs(c);
        const item = a.itemsize;
        const w = wordSize(item, a.offset, ind.offset);
        const out = new ArrayBuffer(c.outer * c.count * item);
        const ok = gatherCheckedWasm(
          wordsOf(a.buffer, w),
          a.offset / w,
          wordsOf(out, w),
          0,
          c.outer,
          c.n,
          item / w,
          {
            words: new Int32Array(ind.buffer, ind.offset, (ind.size * ind.itemsize) / 4),
            start: 0,
            step: ind.itemsize / 4,
            count: ind.size,
          },
          true,
          true,
        );
        const np0 = want[i]![0]!;
        const expectOk = np0[0] !== 'IndexError';
        const hash = createHash('sha256').update(Buffer.from(out)).digest('hex');
        if (ok !== expectOk || (expectOk && hash !== np0[2]))
          bad.push(`${JSON.stringify(c)}: returned ${ok}, bytes ${hash} vs NumPy ${np0}`);
      });
      assert.deepEqual(bad, []);
    } finally {
      setBackend('auto');
    }
  });
});
