/**
 * np.put (item_selection/put.ts: word stores on C-contiguous targets, the byte loop
 * otherwise) against NumPy: float64, int32, complex128, bool, float16 and int8 targets,
 * 1-d and 2-d, contiguous and transposed, indices negative, repeated (last write wins) and
 * out of range under 'raise' (IndexError, nothing written), 'wrap' and 'clip', and values
 * that cycle (shorter than the indices) or are a single number; byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

interface Case {
  dtype: string;
  shape: number[];
  view: string;
  idx: number[];
  vals: number[];
  mode: string;
}

const CASES: Case[] = [];
for (const dtype of ['float64', 'int32', 'complex128', 'bool', 'float16', 'int8'])
  for (const [shape, view] of [
    [[10], 'whole'],
    [[3, 4], 'whole'],
    [[3, 4], 'T'],
  ] as [number[], string][])
    for (const idx of [[0, -1, 3, 3, 5], [11, -13, 2], [1]])
      for (const vals of [[7], [1, 2], [4, 5, 6, 8, 9, 10]])
        for (const mode of ['raise', 'wrap', 'clip'])
          CASES.push({ dtype, shape, view, idx, vals, mode });

const PY = `
out = []
for c in json.loads(sys.stdin.read()):
    n = int(np.prod(c['shape']))
    root = (np.arange(n) % 5).astype(c['dtype']).reshape(c['shape'])
    a = root if c['view'] == 'whole' else root.T
    try:
        np.put(a, c['idx'], np.array(c['vals']).astype(c['dtype']), mode=c['mode'])
        out.append(root.tobytes().hex())
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e) + ' ' + root.tobytes().hex())
print(json.dumps(out))
`;

describe('np.put vs NumPy (live)', () => {
  it(`${CASES.length} cases`, { skip: !hasNumpy() }, () => {
    const want = pyJSON<string[]>(PY, JSON.stringify(CASES));
    CASES.forEach((c, k) => {
      const n = c.shape.reduce((x, y) => x * y, 1);
      const root = np
        .mod(np.arange(n), 5)
        .astype(c.dtype as 'float64')
        .reshape(c.shape);
      const a = c.view === 'whole' ? root : root.T;
      let got: string;
      try {
        np.put(a, c.idx, np.array(c.vals).astype(c.dtype as 'float64'), c.mode as 'raise');
        got = Buffer.from(root.tobytes()).toString('hex');
      } catch (e) {
        got = `${(e as Error).name}: ${(e as Error).message} ${Buffer.from(root.tobytes()).toString('hex')}`;
      }
      assert.equal(got, want[k], JSON.stringify(c));
    });
  });
});
