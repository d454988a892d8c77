/**
 * Live check of NumPy's own SIMD kernels (float32 exp, log, sin, cos, tanh; float64 tanh)
 * against python3's NumPy on fresh random inputs each run, bit for bit: random bit patterns
 * over the whole domain plus each function's interesting range. numtype reproduces the
 * X86_V3 (AVX2 + FMA3) dispatch; on a CPU where NumPy dispatches elsewhere (X86_V4 runs
 * AVX512F variants, older CPUs the C library) its bits differ legitimately, so the test
 * skips. Skips too when python3 lacks NumPy. The seed is in the test name for replay.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const N = 150_000;
const SEED = Math.floor(Math.random() * 2 ** 31);

const PY = `
import base64
try:
    from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__
except ImportError:  # NumPy 1.x
    from numpy.core._multiarray_umath import __cpu_dispatch__, __cpu_features__
level = next((t for t in ('X86_V4', 'X86_V3') if t in __cpu_dispatch__ and __cpu_features__.get(t)), None)
rng = np.random.default_rng(${SEED})
n = ${N}
ranges = {'exp': (-105, 90), 'log': (0, 5), 'sin': (-1.2e5, 1.2e5), 'cos': (-7.2e4, 7.2e4), 'tanh': (-10, 10)}
out = []
for f, dt in [('exp', np.float32), ('log', np.float32), ('sin', np.float32), ('cos', np.float32),
              ('tanh', np.float32), ('tanh', np.float64)]:
    it = np.uint32 if dt == np.float32 else np.uint64
    bits = rng.integers(0, np.iinfo(it).max, n // 3, dtype=it, endpoint=True).view(dt)
    lo, hi = ranges[f]
    wide = rng.uniform(lo, hi, n // 3).astype(dt)
    near = rng.uniform(-4, 4, n - 2 * (n // 3)).astype(dt)
    if f == 'log':
        near = np.abs(near)
    x = np.concatenate([bits, wide, near])
    with np.errstate(all='ignore'):
        y = getattr(np, f)(x)
    out.append({'ufunc': f, 'dtype': np.dtype(dt).name,
                'x': base64.b64encode(x.tobytes()).decode(), 'y': base64.b64encode(y.tobytes()).decode()})
print(json.dumps({'level': level, 'cases': out}))
`;

interface Live {
  level: string | null;
  cases: { ufunc: 'exp' | 'log' | 'sin' | 'cos' | 'tanh'; dtype: string; x: string; y: string }[];
}

const live: Live | null = hasNumpy() ? pyJSON<Live>(PY) : null;
const skip =
  live === null
    ? 'python3 with NumPy not available'
    : live.level !== 'X86_V3'
      ? `NumPy dispatches to ${live.level ?? 'no x86 SIMD level'} here; numtype reproduces X86_V3`
      : false;

const UFUNCS = { exp: np.exp, log: np.log, sin: np.sin, cos: np.cos, tanh: np.tanh };

function bytes(b64: string): ArrayBuffer {
  const bin = Buffer.from(b64, 'base64');
  const out = new ArrayBuffer(bin.length);
  new Uint8Array(out).set(bin);
  return out;
}

describe(`NumPy SIMD float kernels vs live NumPy (seed ${SEED})`, { skip }, () => {
  for (const c of live?.cases ?? []) {
    it(`${c.ufunc} ${c.dtype}: ${N} random inputs, bit for bit`, () => {
      const f32 = c.dtype === 'float32';
      const x = f32 ? new Float32Array(bytes(c.x)) : new Float64Array(bytes(c.x));
      const want = f32 ? new Float32Array(bytes(c.y)) : new Float64Array(bytes(c.y));
      const got = UFUNCS[c.ufunc](np.asarray(x)).ownData() as Float32Array | Float64Array;
      const wb = f32 ? new Uint32Array(want.buffer) : new BigUint64Array(want.buffer);
      const gb = f32
        ? new Uint32Array(got.buffer, got.byteOffset, got.length)
        : new BigUint64Array(got.buffer, got.byteOffset, got.length);
      const bad: string[] = [];
      let count = 0;
      for (let i = 0; i < x.length; i++) {
        if (gb[i] === wb[i] || (Number.isNaN(got[i]) && Number.isNaN(want[i]))) continue;
        count++;
        if (bad.length < 5) bad.push(`x=${x[i]}: got ${got[i]}, NumPy ${want[i]}`);
      }
      assert.equal(count, 0, `${count} differ: ${bad.join('; ')}`);
    });
  }
});
