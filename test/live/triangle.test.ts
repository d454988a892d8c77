/**
 * np.tril / np.triu (multiarray/twodim.ts: the zeroed columns of each row cleared as one
 * run) against NumPy, byte for byte with the result's strides: stacked, transposed,
 * reversed, 1-d (broadcast rows), Fortran-ordered and string inputs, and diagonals k below,
 * inside and beyond the matrix, including float k (NumPy's tri rounds it its own way).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const KS = [-7, -2, -1, 0, 0.5, 1, 3, 9, -0.5];
const FNS = ['tril', 'triu'] as const;
const INPUTS = ['base', 'T', 'rev', 'vec', 'F', 'str'] as const;

const PY = `
base = np.arange(2 * 4 * 5).reshape(2, 4, 5).astype('float64')
inputs = {
    'base': base, 'T': base.transpose(0, 2, 1), 'rev': base[..., ::-1, :], 'vec': np.arange(4),
    'F': np.asfortranarray(base[0]), 'str': np.array([['ab', 'c', 'd'], ['e', 'f', 'gh']]),
}
out = []
for k, fn, v in json.loads(sys.stdin.read()):
    r = getattr(np, fn)(inputs[v], k)
    out.append([list(r.shape), list(r.strides), r.tobytes().hex()])
print(json.dumps(out))
`;

describe('tril / triu vs NumPy (live)', () => {
  it('values, shapes and strides', { skip: !hasNumpy() }, () => {
    const cases: [number, (typeof FNS)[number], (typeof INPUTS)[number]][] = [];
    for (const k of KS) for (const fn of FNS) for (const v of INPUTS) cases.push([k, fn, v]);
    const want = pyJSON<[number[], number[], string][]>(PY, JSON.stringify(cases));
    const base = np
      .arange(2 * 4 * 5)
      .reshape(2, 4, 5)
      .astype('float64');
    const inputs: Record<(typeof INPUTS)[number], np.NDArray> = {
      base,
      T: base.transpose(0, 2, 1),
      rev: base.get('..., ::-1, :'),
      vec: np.arange(4),
      F: base.get(0).copy('F'),
      str: np.array([
        ['ab', 'c', 'd'],
        ['e', 'f', 'gh'],
      ]),
    };
    cases.forEach(([k, fn, v], i) => {
      const r = (fn === 'tril' ? np.tril : np.triu)(inputs[v], k);
      assert.deepEqual(
        [[...r.shape], [...r.strides], Buffer.from(r.tobytes()).toString('hex')],
        want[i],
        `${fn}(${v}, ${k})`,
      );
    });
  });
});
