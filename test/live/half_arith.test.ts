/**
 * float16 arithmetic (the engine computes float16 loops in float32 blocks: float16.ts
 * halfBitsToDouble in, floatBitsToHalfBits out) against NumPy, byte for byte: every pair of
 * a set of special values (zeros, subnormals, the smallest normal, values whose sums and
 * products tie or overflow to inf, max, inf, NaN) and random bit patterns, through add,
 * subtract, multiply, divide and square, contiguous and strided. (np.negative is left out:
 * numtype quiets a signaling float16 NaN there, NumPy only flips its sign — a known gap.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const SPECIAL = [
  0x0000, 0x8000, 0x0001, 0x8001, 0x0002, 0x03ff, 0x0400, 0x0401, 0x3c00, 0x3c01, 0xbc00, 0x3555,
  0x7bff, 0xfbff, 0x7bfe, 0x5bff, 0x7c00, 0xfc00, 0x7e00, 0xfe00, 0x7c01, 0x1000, 0x2000, 0x4000,
];

const PY = `
bits = np.array(json.loads(sys.stdin.read()), dtype=np.uint16)
h = bits.view(np.float16)
x = np.repeat(h, len(h)); y = np.tile(h, len(h))
rng = np.random.default_rng(5)
rx = rng.integers(0, 65536, 4000).astype(np.uint16).view(np.float16)
ry = rng.integers(0, 65536, 4000).astype(np.uint16).view(np.float16)
out = {}
with np.errstate(all='ignore'):
    for name, a, b in [('pairs', x, y), ('random', rx, ry), ('strided', rx[:3999:3], ry[1::3])]:
        for op in ['add', 'subtract', 'multiply', 'divide']:
            out[name + ' ' + op] = getattr(np, op)(a, b).view(np.uint16).tolist()
        out[name + ' square'] = np.square(a).view(np.uint16).tolist()
print(json.dumps(out))
`;

describe('float16 arithmetic vs NumPy (live)', () => {
  it('special pairs and random bit patterns', { skip: !hasNumpy() }, () => {
    const want = pyJSON<Record<string, number[]>>(PY, JSON.stringify(SPECIAL));
    const h = np.array(SPECIAL, { dtype: 'uint16' }).view('float16');
    const x = np.repeat(h, SPECIAL.length);
    const y = np.tile(h, SPECIAL.length);
    const rng = np.random.default_rng(5);
    const rx = rng.integers(0, 65536, 4000).astype('uint16').view('float16');
    const ry = rng.integers(0, 65536, 4000).astype('uint16').view('float16');
    const sets: [string, np.NDArray, np.NDArray][] = [
      ['pairs', x, y],
      ['random', rx, ry],
      ['strided', rx.get(':3999:3'), ry.get('1::3')],
    ];
    np.errstate({ all: 'ignore' }, () => {
      for (const [name, a, b] of sets) {
        const ops: [string, np.NDArray][] = [
          ['add', np.add(a, b)],
          ['subtract', np.subtract(a, b)],
          ['multiply', np.multiply(a, b)],
          ['divide', np.divide(a, b)],
          ['square', np.square(a)],
        ];
        for (const [op, r] of ops)
          assert.deepEqual(
            Array.from(r.view('uint16').toTypedArray() as Uint16Array),
            want[`${name} ${op}`],
            `${name} ${op}`,
          );
      }
    });
  });
});
