/**
 * logical_and / or / xor / not of bool arrays (umath/defs/logical_bytes.ts: 32-bit words
 * where aligned, bytes elsewhere) against NumPy: lengths around the word path's threshold,
 * unaligned starts, reversed and strided operands, and bool bytes other than 0 and 1
 * (a viewed buffer), byte for byte. Lengths from 4096 up take the SIMD kernels (several
 * scratch blocks at 70001); bitwise_* and invert share the loops, count_nonzero counts the
 * raw bytes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const PY = `
out = []
for n, start, op in json.loads(sys.stdin.read()):
    raw = ((np.arange(n + 8) * 2654435761) >> 5) % 5
    raw[raw > 3] = 0
    b = raw.astype(np.uint8).view(bool)[start:start + n]
    c = b[::-1]
    if op == 'not': r = np.logical_not(b)
    elif op == 'invert': r = np.invert(b)
    elif op == 'count': r = np.array([np.count_nonzero(b), np.count_nonzero(c[::3])], np.int32)
    else: r = getattr(np, ('' if op.startswith('bitwise') else 'logical_') + op)(b, c)
    out.append(r.view(np.uint8).tolist())
print(json.dumps(out))
`;

describe('logical ufuncs on bool bytes vs NumPy (live)', () => {
  it('and, or, xor, not', { skip: !hasNumpy() }, () => {
    const cases: [number, number, string][] = [];
    const ops = ['and', 'or', 'xor', 'not', 'bitwise_and', 'bitwise_or', 'bitwise_xor', 'invert'];
    for (const n of [5, 63, 64, 67, 1001, 4095, 4096, 70001])
      for (const start of [0, 1, 4]) for (const op of [...ops, 'count']) cases.push([n, start, op]);
    const want = pyJSON<number[][]>(PY, JSON.stringify(cases));
    cases.forEach(([n, start, op], i) => {
      const raw = np.mod(np.right_shift(np.multiply(np.arange(n + 8), 2654435761), 5), 5);
      raw.set(raw.gt(3), 0);
      const b = raw
        .astype('uint8')
        .view('bool')
        .get(`${start}:${start + n}`);
      const c = b.get('::-1');
      const binary: Record<string, (x: np.NDArray, y: np.NDArray) => np.NDArray> = {
        and: np.logical_and,
        or: np.logical_or,
        xor: np.logical_xor,
        bitwise_and: np.bitwise_and,
        bitwise_or: np.bitwise_or,
        bitwise_xor: np.bitwise_xor,
      };
      const r =
        op === 'not'
          ? np.logical_not(b)
          : op === 'invert'
            ? np.invert(b)
            : op === 'count'
              ? np.array([np.count_nonzero(b), np.count_nonzero(c.get('::3'))], { dtype: 'int32' })
              : binary[op]!(b, c);
      assert.deepEqual(
        Array.from(r.view('uint8').toTypedArray() as Uint8Array),
        want[i],
        `${op} n=${n} start=${start}`,
      );
    });
  });
});
