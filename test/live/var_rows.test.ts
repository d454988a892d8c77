/**
 * np.var / np.std of float64 matrices over axis 0 (_methods.ts varRowsFast: one pass of the
 * squared-deviation row kernel) and over the last axis (varLastAxisFast: each row on its own) against NumPy, bit for bit: odd widths (the kernel's tail
 * vector), ddof, keepdims, large offsets (cancellation), and NaN or inf in a column (the
 * general path takes over, with NumPy's warnings), on both backends.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const CASES: {
  shape: [number, number];
  ddof: number;
  keepdims: boolean;
  special: string;
  fn: string;
  axis: number;
}[] = [];
for (const shape of [
  [300, 257],
  [64, 64],
  [4097, 3],
  [20, 1001],
] as [number, number][])
  for (const special of ['none', 'nan', 'inf', 'big'])
    for (const axis of [0, -1])
      CASES.push({
        shape,
        ddof: special === 'none' ? 1 : 0,
        keepdims: special === 'big',
        special,
        fn: special === 'inf' ? 'std' : 'var',
        axis,
      });
// the last axis: a run shorter than ddof (the general path's warning) and std with ddof
CASES.push({ shape: [5, 2], ddof: 2, keepdims: false, special: 'none', fn: 'var', axis: -1 });
CASES.push({ shape: [33, 65], ddof: 1, keepdims: true, special: 'none', fn: 'std', axis: 1 });

const PY = `
out = []
for c in json.loads(sys.stdin.read()):
    r, k = c['shape']
    i = np.arange(r * k, dtype=np.float64)
    a = (((i * 2654435761) % 1000003) / 1000.0 - 500.0).reshape(r, k)
    if c['special'] == 'nan': a[r // 2, k // 3] = np.nan
    if c['special'] == 'inf': a[r - 1, 0] = np.inf
    if c['special'] == 'big': a = a + 1e9
    seen = []
    old = np.seterrcall(lambda err, flag: seen.append(err))
    with np.errstate(all='call'):
        res = getattr(np, c['fn'])(a, axis=c['axis'], ddof=c['ddof'], keepdims=c['keepdims'])
    np.seterrcall(old)
    out.append([res.tobytes().hex(), list(res.shape), seen])
print(json.dumps(out))
`;

describe('var / std over axis 0 vs NumPy (live)', () => {
  it('bits, shapes and flags', { skip: !hasNumpy() }, () => {
    const want = pyJSON<[string, number[], string[]][]>(PY, JSON.stringify(CASES));
    const before = getBackend();
    try {
      for (const backend of ['wasm', 'js'] as const) {
        setBackend(backend);
        CASES.forEach((c, k) => {
          const [r, n] = c.shape;
          const i = np.arange(r * n, undefined, undefined, 'float64');
          let a = np
            .subtract(np.divide(np.mod(np.multiply(i, 2654435761), 1000003), 1000), 500)
            .reshape([r, n]);
          if (c.special === 'nan') a.set(Math.floor(r / 2), Math.floor(n / 3), Number.NaN);
          if (c.special === 'inf') a.set(r - 1, 0, Infinity);
          if (c.special === 'big') a = np.add(a, 1e9);
          const seen: string[] = [];
          np.seterrcall((err: string) => {
            seen.push(err);
          });
          let res: np.NDArray;
          try {
            res = np.errstate({ all: 'call' }, () =>
              (c.fn === 'std' ? np.std : np.var)(a, {
                axis: c.axis,
                ddof: c.ddof,
                keepdims: c.keepdims,
              }),
            ) as np.NDArray;
          } finally {
            np.seterrcall(null);
          }
          const hex = Buffer.from(new Uint8Array(res.buffer, res.offset, res.nbytes)).toString(
            'hex',
          );
          const tag = `${backend} ${JSON.stringify(c)}`;
          assert.deepEqual([hex, res.shape, seen], want[k], tag);
        });
      }
    } finally {
      setBackend(before);
    }
  });
});
