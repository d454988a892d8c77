/**
 * Live check of the glibc float ports behind NumPy's float32 tan, arcsin, arccos, cbrt,
 * arcsinh, arccosh, arctanh and logaddexp2 (libm_single_inv.ts, exp2f/log1pf) against
 * python3's NumPy on fresh random inputs each run, bit for bit, through the ufuncs: random
 * float32 bit patterns, uniform values over each function's interesting range and
 * log-uniform magnitudes (200k per function); every float16 value (NumPy's half loops call
 * the same float functions); and the complex64 versions of these functions. NumPy calls the
 * C library there, so the bits are those of the glibc build that ships here (Debian's 2.36,
 * whose FMA variants of logf/exp2f run on x86-64-v3 CPUs); with another C library, a CPU
 * without FMA, or AVX-512 (NumPy's SVML loops) they differ legitimately and the test skips.
 * Skips too when python3 lacks NumPy. The seed is in the test name for replay.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const N = 200_000;
const NC = 40_000;
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
k = n // 4
f4 = np.float32
b64 = lambda a: base64.b64encode(np.ascontiguousarray(a).tobytes()).decode()
sgn = lambda m: rng.choice(np.array([-1, 1], dtype=f4), m)
bits = lambda m: rng.integers(0, 2**32, m, dtype=np.uint64).astype(np.uint32).view(f4)
logu = lambda lo, hi, m: (np.exp(rng.uniform(np.log(lo), np.log(hi), m)) * sgn(m)).astype(f4)
uni = lambda lo, hi, m: rng.uniform(lo, hi, m).astype(f4)
near1 = lambda m: (1 - np.exp(rng.uniform(np.log(2.0**-24), np.log(0.1), m))).astype(f4) * sgn(m)
np.seterr(all='ignore')
inputs = {
    'tan': [bits(k), uni(-120, 120, k), logu(1e-10, 3e38, k), uni(-1, 1, n - 3 * k)],
    'arcsin': [bits(k), uni(-1, 1, k), near1(k), logu(1e-30, 1, n - 3 * k)],
    'arccos': [bits(k), uni(-1, 1, k), near1(k), logu(1e-30, 1, n - 3 * k)],
    'cbrt': [bits(k), uni(-10, 10, k), logu(1e-45, 3e38, k), uni(-1000, 1000, n - 3 * k)],
    'arcsinh': [bits(k), uni(-3, 3, k), logu(1e-10, 3e38, k), logu(2, 40000, n - 3 * k)],
    'arccosh': [np.abs(bits(k)), uni(1, 3, k), np.abs(logu(1, 3e38, k)),
                (1 + np.abs(logu(2.0**-23, 1, n - 3 * k))).astype(f4)],
    'arctanh': [bits(k), uni(-1, 1, k), near1(k), logu(1e-30, 1, n - 3 * k)],
}
cases = []
for f, parts in inputs.items():
    x = np.concatenate(parts).astype(f4)
    cases.append((f, b64(x), None, b64(getattr(np, f)(x))))
a = np.concatenate([bits(k), uni(-100, 100, k), logu(1e-30, 3e38, k), uni(-1, 1, n - 3 * k)]).astype(f4)
d = np.concatenate([bits(k), uni(-30, 30, k), logu(1e-8, 200, k), uni(-1, 1, n - 3 * k) * 1e-6]).astype(f4)
b = np.where(np.isfinite(a + d), a + d, d).astype(f4)
cases.append(('logaddexp2', b64(a), b64(b), b64(np.logaddexp2(a, b))))
h = np.arange(65536, dtype=np.uint16).view(np.float16)
hb = np.roll(h, 12345)
for f in inputs:
    cases.append(('h_' + f, b64(h), None, b64(getattr(np, f)(h))))
cases.append(('h_logaddexp2', b64(h), b64(hb), b64(np.logaddexp2(h, hb))))
nc = ${NC}
z = np.concatenate([rng.standard_normal(nc) * np.exp(rng.uniform(-6, 6, nc)) + 1j * rng.standard_normal(nc) * np.exp(rng.uniform(-6, 6, nc)),
                    rng.uniform(-2, 2, nc) + 1j * rng.uniform(-2, 2, nc) * rng.choice([0, 1e-6, 1], nc)]).astype(np.complex64)
for f in ['tan', 'arcsin', 'arccos', 'arcsinh', 'arccosh', 'arctanh']:
    cases.append(('c_' + f, b64(z), None, b64(getattr(np, f)(z))))
print(json.dumps({'level': level, 'libc': libc,
                  'cases': [dict(zip(('f', 'x', 'x2', 'y'), c)) for c in cases]}))
`;

interface Live {
  level: string | null;
  libc: string;
  cases: { f: string; x: string; x2: string | null; y: string }[];
}

const live: Live | null = hasNumpy() ? pyJSON<Live>(PY) : null;
const skip =
  live === null
    ? 'python3 with NumPy not available'
    : live.libc !== 'glibc 2.36'
      ? `NumPy uses ${live.libc || 'an unknown C library'} here; numtype reproduces glibc 2.36`
      : live.level !== 'X86_V3'
        ? `CPU level ${live.level ?? 'below x86-64-v3'}: the reproduced builds may not be the ones run`
        : false;

function bytes(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

/** numtype's result for case f on the raw input bytes, as an NDArray of NumPy's dtype. */
function run(f: string, x: Uint8Array, x2: Uint8Array | null): np.NDArray {
  const kind = f[1] === '_' ? f[0] : 'f';
  const name = f[1] === '_' ? f.slice(2) : f;
  const arr = (b: Uint8Array): np.NDArray => {
    const buf = b.slice().buffer;
    if (kind === 'h') return np.frombuffer(buf, { dtype: 'float16' });
    if (kind === 'c') return np.frombuffer(buf, { dtype: 'complex64' });
    return np.frombuffer(buf, { dtype: 'float32' });
  };
  const u = np as unknown as Record<string, (...a: np.NDArray[]) => np.NDArray>;
  return np.errstate({ all: 'ignore' }, () => (x2 ? u[name]!(arr(x), arr(x2)) : u[name]!(arr(x))));
}

describe(`glibc float32 tan/asin/acos/cbrt/asinh/acosh/atanh/logaddexp2 vs live NumPy (seed ${SEED})`, {
  skip,
}, () => {
  for (const c of live?.cases ?? []) {
    it(`${c.f}: random inputs, bit for bit`, () => {
      const x = bytes(c.x);
      const x2 = c.x2 === null ? null : bytes(c.x2);
      const want = bytes(c.y);
      const r = run(c.f, x, x2);
      const half = c.f.startsWith('h_');
      const width = half ? 2 : 4;
      const got = new Uint8Array(r.buffer, r.offset, want.length);
      const g = half ? new Uint16Array(got.slice().buffer) : new Uint32Array(got.slice().buffer);
      const w = half ? new Uint16Array(want.buffer) : new Uint32Array(want.buffer);
      const nanBits = half
        ? (v: number) => (v & 0x7c00) === 0x7c00 && (v & 0x3ff) !== 0
        : (v: number) => (v & 0x7f800000) === 0x7f800000 && (v & 0x7fffff) !== 0;
      const xin = half ? new Uint16Array(x.buffer) : new Uint32Array(x.buffer);
      const bad: string[] = [];
      let count = 0;
      for (let i = 0; i < w.length; i++) {
        if (g[i] === w[i] || (nanBits(g[i]!) && nanBits(w[i]!))) continue;
        count++;
        if (bad.length < 5)
          bad.push(
            `input bits 0x${xin[i]!.toString(16)}: got 0x${g[i]!.toString(16)}, NumPy 0x${w[i]!.toString(16)}`,
          );
      }
      assert.equal(got.length % width, 0);
      assert.equal(count, 0, `${count} of ${w.length} differ: ${bad.join('; ')}`);
    });
  }
});
