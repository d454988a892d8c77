/**
 * Live check of the glibc ports behind NumPy's float64 log2/log10 and float32 exp2/log2/log10
 * (libm_log2.ts, libm_exp2f.ts) against python3's NumPy on fresh random inputs each run, bit
 * for bit: random bit patterns over the whole range, positive ones, values near 1 and each
 * function's interesting range. NumPy calls the C library there, so the bits are those of
 * the glibc build that ships here (Debian's 2.36, whose FMA variants run on x86-64-v3 CPUs);
 * with another C library or a CPU without FMA they differ legitimately and the test skips.
 * Skips too when python3 lacks NumPy. The seed is in the test name for replay.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exp2fFast, log2fFast, log10f } from '../../src/_core/umath/defs/libm_exp2f.js';
import { log2Fast, log10 } from '../../src/_core/umath/defs/libm_log2.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const N = 200_000;
const SEED = Math.floor(Math.random() * 2 ** 31);

const PY = `
import base64, platform
try:
    from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__
except ImportError:  # NumPy 1.x
    from numpy.core._multiarray_umath import __cpu_dispatch__, __cpu_features__
level = next((t for t in ('X86_V4', 'X86_V3') if t in __cpu_dispatch__ and __cpu_features__.get(t)), None)
libc = ' '.join(platform.libc_ver())
rng = np.random.default_rng(${SEED})
n = ${N}
out = []
for f, dt in [('log2', np.float64), ('log10', np.float64), ('exp2', np.float32), ('log2', np.float32),
              ('log10', np.float32)]:
    it = np.uint32 if dt == np.float32 else np.uint64
    k = n // 4
    bits = rng.integers(0, np.iinfo(it).max, k, dtype=it, endpoint=True).view(dt)
    pos = np.abs(rng.integers(0, np.iinfo(it).max, k, dtype=it, endpoint=True).view(dt))
    near = (1 + rng.uniform(-0.1, 0.1, k)).astype(dt)
    if f == 'exp2':
        wide = rng.uniform(-151, 129, n - 3 * k).astype(dt)
    else:
        wide = np.exp(rng.uniform(-100 if dt == np.float32 else -740, 88 if dt == np.float32 else 709, n - 3 * k)).astype(dt)
    x = np.concatenate([bits, pos, near, wide])
    with np.errstate(all='ignore'):
        y = getattr(np, f)(x)
    out.append({'ufunc': f, 'dtype': np.dtype(dt).name,
                'x': base64.b64encode(x.tobytes()).decode(), 'y': base64.b64encode(y.tobytes()).decode()})
print(json.dumps({'level': level, 'libc': libc, 'cases': out}))
`;

interface Live {
  level: string | null;
  libc: string;
  cases: { ufunc: 'exp2' | 'log2' | 'log10'; dtype: 'float32' | 'float64'; x: string; y: string }[];
}

const live: Live | null = hasNumpy() ? pyJSON<Live>(PY) : null;
const skip =
  live === null
    ? 'python3 with NumPy not available'
    : live.libc !== 'glibc 2.36'
      ? `NumPy uses ${live.libc || 'an unknown C library'} here; numtype reproduces glibc 2.36`
      : live.level !== 'X86_V3'
        ? `CPU level ${live.level ?? 'below x86-64-v3'}: the reproduced FMA builds may not be the ones run`
        : false;

const FUNCS: Record<string, (x: number) => number> = {
  log2_float64: log2Fast,
  log10_float64: log10,
  exp2_float32: exp2fFast,
  log2_float32: log2fFast,
  log10_float32: log10f,
};

function bytes(b64: string): ArrayBuffer {
  const bin = Buffer.from(b64, 'base64');
  const out = new ArrayBuffer(bin.length);
  new Uint8Array(out).set(bin);
  return out;
}

describe(`glibc log2/log10/exp2f ports vs live NumPy (seed ${SEED})`, { skip }, () => {
  for (const c of live?.cases ?? []) {
    it(`${c.ufunc} ${c.dtype}: ${N} random inputs, bit for bit`, () => {
      const f32 = c.dtype === 'float32';
      const x = f32 ? new Float32Array(bytes(c.x)) : new Float64Array(bytes(c.x));
      const want = f32 ? new Float32Array(bytes(c.y)) : new Float64Array(bytes(c.y));
      const fn = FUNCS[`${c.ufunc}_${c.dtype}`]!;
      const got = f32 ? new Float32Array(x.length) : new Float64Array(x.length);
      for (let i = 0; i < x.length; i++) got[i] = fn(x[i]!);
      const wb = f32 ? new Uint32Array(want.buffer) : new BigUint64Array(want.buffer);
      const gb = f32 ? new Uint32Array(got.buffer) : new BigUint64Array(got.buffer);
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
