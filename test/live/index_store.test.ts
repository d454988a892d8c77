/**
 * `a[idx] = value` with one integer index array (indexing/index_store.ts and the general
 * path it falls back to) against NumPy: element dtypes from bool to complex128, index
 * dtypes int64/int32/int16/uint8/uint64, 1-d and 2-d arrays (rows), 1-d and 2-d index
 * arrays, negative and repeated indices (the last write wins), scalar, same-shape,
 * broadcast and self-overlapping values, non-contiguous targets, and the errors (index out
 * of bounds, value shape mismatch), compared as the array's bytes after the store.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

interface Case {
  dtype: string;
  shape: number[];
  target: string;
  idx: number[];
  idxShape: number[];
  idxDtype: string;
  value: string;
}

const CASES: Case[] = [];
const IDX: [number[], number[]][] = [
  [[3, -1, 0, 3, 5], [5]],
  [
    [1, 2, 2, 0, -2, 4],
    [2, 3],
  ],
  [[0], [1]],
  [[], [0]],
  [[7, 1], [2]],
  [[-8, 1], [2]],
];
for (const dtype of [
  'float64',
  'float32',
  'int64',
  'int32',
  'uint8',
  'bool',
  'complex128',
  'float16',
])
  for (const shape of [[6], [6, 3]])
    for (const target of ['whole', 'reversed'])
      for (const [idx, idxShape] of IDX)
        for (const idxDtype of ['int64', 'int32', 'int16', 'uint64'])
          for (const value of ['scalar', 'same', 'row', 'self', 'wrong']) {
            if (idxDtype === 'uint64' && idx.some((i) => i < 0)) continue;
            CASES.push({ dtype, shape, target, idx, idxShape, idxDtype, value });
          }

const PY = `
out = []
for c in json.loads(sys.stdin.read()):
    n = int(np.prod(c['shape']))
    root = (np.arange(n) * 7 % 11).astype(c['dtype']).reshape(c['shape'])
    a = root if c['target'] == 'whole' else root[::-1]
    idx = np.array(c['idx'], dtype=c['idxDtype']).reshape(c['idxShape'])
    res_shape = tuple(c['idxShape']) + tuple(c['shape'][1:])
    m = int(np.prod(res_shape))
    v = c['value']
    if v == 'scalar': val = 3
    elif v == 'same': val = (np.arange(m) + 20).astype(c['dtype']).reshape(res_shape)
    elif v == 'row': val = (np.arange(c['shape'][-1]) + 30).astype(c['dtype'])
    elif v == 'self': val = a[:1] if len(res_shape) and res_shape[0] != 0 else a[:0]
    else: val = np.arange(m + 1).astype(c['dtype'])
    try:
        a[idx] = val
        out.append(root.tobytes().hex())
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))
`;

function hex(a: np.NDArray): string {
  return Buffer.from(a.tobytes()).toString('hex');
}

describe('a[idx] = value with one integer index array vs NumPy (live)', () => {
  it(`${CASES.length} cases: bytes after the store, or the error`, { skip: !hasNumpy() }, () => {
    const want = pyJSON<string[]>(PY, JSON.stringify(CASES));
    const failures: string[] = [];
    CASES.forEach((c, k) => {
      const n = c.shape.reduce((x, y) => x * y, 1);
      const root = np
        .mod(np.multiply(np.arange(n), 7), 11)
        .astype(c.dtype as 'float64')
        .reshape(c.shape);
      const a = c.target === 'whole' ? root : root.get('::-1');
      const idx = np.array(c.idx, { dtype: c.idxDtype as 'int64' }).reshape(c.idxShape);
      const resShape = [...c.idxShape, ...c.shape.slice(1)];
      const m = resShape.reduce((x, y) => x * y, 1);
      let val: unknown;
      if (c.value === 'scalar') val = 3;
      else if (c.value === 'same')
        val = np
          .add(np.arange(m), 20)
          .astype(c.dtype as 'float64')
          .reshape(resShape);
      else if (c.value === 'row')
        val = np.add(np.arange(c.shape[c.shape.length - 1]!), 30).astype(c.dtype as 'float64');
      else if (c.value === 'self') val = resShape[0] !== 0 ? a.get(':1') : a.get(':0');
      else val = np.arange(m + 1).astype(c.dtype as 'float64');
      let got: string;
      try {
        a.set(idx, val);
        got = hex(root);
      } catch (e) {
        got = `${(e as Error).name}: ${(e as Error).message}`;
      }
      if (got !== want[k])
        failures.push(`${JSON.stringify(c)}\n  numtype ${got}\n  NumPy   ${want[k]}`);
    });
    assert.equal(
      failures.length,
      0,
      `${failures.length} failures:\n${failures.slice(0, 8).join('\n')}`,
    );
  });
});
