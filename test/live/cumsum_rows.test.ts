/**
 * np.cumsum over axis 0 of C-ordered float64 arrays (umath/accumulate.ts: one SIMD row add per
 * row) against NumPy, bit for bit with the floating-point flags: 2-d and 3-d, widths of 64 and
 * more, NaN, ±inf, overflow and inf − inf in a column, on both backends.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const SHAPES = [
  [300, 257],
  [40, 3, 70],
  [5, 64],
  [2, 1000],
];

const PY = `
out = []
for shape, special in json.loads(sys.stdin.read()):
    n = int(np.prod(shape))
    i = np.arange(n, dtype=np.float64)
    a = ((((i * 2654435761) % 1000003) / 1000.0) - 500.0).reshape(shape)
    f = a.reshape(shape[0], -1)
    if special:
        f[0, 5] = np.inf; f[1, 5] = -np.inf; f[0, 6] = 1e308; f[1, 6] = 1e308; f[1, 7] = np.nan
    seen = []
    old = np.seterrcall(lambda err, flag: seen.append(err))
    with np.errstate(all='call'):
        r = np.cumsum(a, axis=0)
    np.seterrcall(old)
    out.append([r.tobytes().hex(), seen])
print(json.dumps(out))
`;

describe('cumsum over axis 0 vs NumPy (live)', () => {
  it('bits and flags', { skip: !hasNumpy() }, () => {
    const cases = SHAPES.flatMap((s) => [[s, false] as const, [s, true] as const]);
    const want = pyJSON<[string, string[]][]>(PY, JSON.stringify(cases));
    const before = getBackend();
    try {
      for (const backend of ['wasm', 'js'] as const) {
        setBackend(backend);
        cases.forEach(([shape, special], k) => {
          const n = shape.reduce((x, y) => x * y, 1);
          const i = np.arange(n, undefined, undefined, 'float64');
          const a = np
            .subtract(np.divide(np.mod(np.multiply(i, 2654435761), 1000003), 1000), 500)
            .reshape(shape);
          const f = a.reshape([shape[0]!, -1]);
          if (special) {
            f.set(0, 5, Infinity);
            f.set(1, 5, -Infinity);
            f.set(0, 6, 1e308);
            f.set(1, 6, 1e308);
            f.set(1, 7, Number.NaN);
          }
          const seen: string[] = [];
          np.seterrcall((err: string) => {
            seen.push(err);
          });
          let r: np.NDArray;
          try {
            r = np.errstate({ all: 'call' }, () => np.cumsum(a, 0)) as np.NDArray;
          } finally {
            np.seterrcall(null);
          }
          const hex = Buffer.from(new Uint8Array(r.buffer, r.offset, r.nbytes)).toString('hex');
          assert.deepEqual([hex, seen], want[k], `${backend} ${shape} special=${special}`);
        });
      }
    } finally {
      setBackend(before);
    }
  });
});
