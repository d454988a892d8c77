/**
 * np.max / np.min over outer axes (reduce_loops.ts extremumRows: rows streamed through the
 * SIMD row kernel with np.maximum's element rule) against NumPy, byte for byte: NaN payloads
 * and signs in several rows (the first NaN of a column stays), ±0 ties, ±inf, float64 and
 * float32, shapes whose columns are not a multiple of the kernel's vectors, 3-d with
 * axis=(0, 1), and both backends.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const SHAPES = [
  [37, 29],
  [1000, 40],
  [3, 2000],
  [5, 7, 33],
];

const PY = `
out = []
for shape, dt, fn in json.loads(sys.stdin.read()):
    n = int(np.prod(shape))
    i = np.arange(n)
    v = (((i * 2654435761) >> 9) % 2001 - 1000) / 8.0
    v[i % 97 == 5] = 0.0
    v[i % 89 == 7] = -0.0
    v[i % 193 == 11] = np.inf
    v[i % 211 == 13] = -np.inf
    bits = v.view(np.uint64)
    bits[i % 151 == 17] = 0x7ff8000000000123
    bits[i % 163 == 19] = 0xfff8000000000456
    a = v.astype(dt).reshape(shape)
    axis = (0, 1) if len(shape) == 3 else 0
    r = getattr(np, fn)(a, axis=axis)
    out.append(r.tobytes().hex())
print(json.dumps(out))
`;

function data(shape: number[], dt: string): np.NDArray {
  const n = shape.reduce((x, y) => x * y, 1);
  const v = new Float64Array(n);
  const bits = new BigUint64Array(v.buffer);
  for (let i = 0; i < n; i++) {
    v[i] = ((Math.floor((i * 2654435761) / 512) % 2001) - 1000) / 8;
    if (i % 97 === 5) v[i] = 0;
    if (i % 89 === 7) v[i] = -0;
    if (i % 193 === 11) v[i] = Infinity;
    if (i % 211 === 13) v[i] = -Infinity;
    if (i % 151 === 17) bits[i] = 0x7ff8000000000123n;
    if (i % 163 === 19) bits[i] = 0xfff8000000000456n;
  }
  return np.asarray(v).astype(dt).reshape(shape);
}

describe('max / min over outer axes vs NumPy (live)', () => {
  it('bytes agree', { skip: !hasNumpy() }, () => {
    const cases: [number[], string, 'max' | 'min'][] = [];
    for (const s of SHAPES)
      for (const dt of ['float64', 'float32'])
        for (const fn of ['max', 'min'] as const) cases.push([s, dt, fn]);
    const want = pyJSON<string[]>(PY, JSON.stringify(cases));
    const before = getBackend();
    try {
      for (const backend of ['wasm', 'js'] as const) {
        setBackend(backend);
        cases.forEach(([shape, dt, fn], k) => {
          const a = data(shape, dt);
          const axis = shape.length === 3 ? [0, 1] : 0;
          const r = np.asarray((fn === 'max' ? np.max : np.min)(a, { axis }) as np.NDArray);
          const hex = Buffer.from(new Uint8Array(r.buffer, r.offset, r.nbytes)).toString('hex');
          assert.equal(hex, want[k], `${backend} ${fn} ${dt} ${shape}`);
        });
      }
    } finally {
      setBackend(before);
    }
  });
});
