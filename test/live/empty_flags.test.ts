/**
 * Empty arrays' strides and contiguity flags vs NumPy (live): NumPy calls an array with a
 * zero-length axis C- and F-contiguous whatever its strides, and a reversed zero stride is 0.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

/** [NumPy expression, the same in numtype]. */
const CASES: [string, () => np.NDArray][] = [
  ['np.empty((0, 300))', () => np.empty([0, 300])],
  ['np.zeros((3, 0, 2))[:, :, ::-1]', () => np.zeros([3, 0, 2]).get(':', ':', '::-1')],
  ['np.empty((2, 0)).T', () => np.empty([2, 0]).T],
  ['np.ones((4, 0, 5))[::2]', () => np.ones([4, 0, 5]).get('::2')],
  [
    'np.arange(6.0).reshape(2, 3)[:, 3:]',
    () => np.arange(6).astype('float64').reshape(2, 3).get(':', '3:'),
  ],
  [
    'np.arange(6.0).reshape(2, 3)[1:1, ::-1]',
    () => np.arange(6).astype('float64').reshape(2, 3).get('1:1', '::-1'),
  ],
  ['np.empty((0, 3), order="F")', () => np.empty([0, 3], { order: 'F' })],
  ['np.broadcast_to(np.empty((0, 1)), (0, 4))', () => np.broadcast_to(np.empty([0, 1]), [0, 4])],
  // ufunc outputs of empty operands laid out in order K
  [
    'np.arange(6.0).reshape(2, 3)[:, 3:] + 1',
    () => np.arange(6).astype('float64').reshape(2, 3).get(':', '3:').add(1),
  ],
  [
    'np.add(np.arange(6.0).reshape(2, 3)[:, 3:], np.arange(6.0).reshape(2, 3)[:1, 3:])',
    () => {
      const a = np.arange(6).astype('float64').reshape(2, 3);
      return np.add(a.get(':', '3:'), a.get(':1', '3:'));
    },
  ],
  [
    'np.sqrt(np.arange(6.0).reshape(3, 2).T[:, 3:])',
    () => np.sqrt(np.arange(6).astype('float64').reshape(3, 2).T.get(':', '3:')),
  ],
];

describe('empty arrays: strides and flags vs NumPy (live)', () => {
  it('match', { skip: !hasNumpy() }, () => {
    const want = pyJSON<[number[], boolean, boolean][]>(
      `exprs = json.loads(sys.stdin.read())
out = []
for e in exprs:
    a = eval(e)
    out.append([list(a.strides), bool(a.flags.c_contiguous), bool(a.flags.f_contiguous)])
print(json.dumps(out))`,
      JSON.stringify(CASES.map(([e]) => e)),
    );
    CASES.forEach(([expr, make], i) => {
      const a = make();
      const [strides, c, f] = want[i]!;
      assert.deepStrictEqual([...a.strides], strides, `${expr}: strides`);
      assert.equal(a.flags.c_contiguous, c, `${expr}: c_contiguous`);
      assert.equal(a.flags.f_contiguous, f, `${expr}: f_contiguous`);
    });
  });
});
