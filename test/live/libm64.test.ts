/**
 * Live check of the glibc ports behind NumPy's float64 tan, arcsin, arccos, arctan and
 * arctan2 (libm_tan.ts, libm_asin.ts, libm_atan.ts) — and of the complex128 functions built
 * on them (log, arcsin, arccos, arctan, arcsinh, arccosh, arctanh, power) — against python3's
 * NumPy on fresh random inputs each run, bit for bit: random bit patterns, uniform values
 * over each function's interesting range and log-uniform magnitudes. NumPy calls the C
 * library there, so the bits are those of the glibc build that ships here (Debian's 2.36,
 * whose FMA variants run on x86-64-v3 CPUs); with another C library or a CPU without FMA
 * they differ legitimately and the test skips. Skips too when python3 lacks NumPy. The seed
 * is in the test name for replay.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acos, asin } from '../../src/_core/umath/defs/libm_asin.js';
import { atan, atan2 } from '../../src/_core/umath/defs/libm_atan.js';
import { tan } from '../../src/_core/umath/defs/libm_tan.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const N = 200_000;
const NC = 50_000;
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
b64 = lambda a: base64.b64encode(np.ascontiguousarray(a).tobytes()).decode()
sgn = lambda m: rng.choice([-1.0, 1.0], m)
bits = lambda m: rng.integers(0, 2**64, m, dtype=np.uint64, endpoint=False).view(np.float64)
logu = lambda lo, hi, m: np.exp(rng.uniform(lo, hi, m)) * sgn(m)
np.seterr(all='ignore')
cases = []
xa = np.concatenate([bits(k), rng.uniform(-1, 1, k), (1 - logu(-37, -3.4, k) * sgn(k)) * sgn(k), logu(-40, 0, n - 3 * k)])
cases.append(('arcsin', b64(xa), None, b64(np.arcsin(xa))))
cases.append(('arccos', b64(xa), None, b64(np.arccos(xa))))
xt = np.concatenate([bits(k), rng.uniform(-20, 20, k), logu(-30, 40, k), rng.uniform(-1, 1, n - 3 * k)])
cases.append(('arctan', b64(xt), None, b64(np.arctan(xt))))
xn = np.concatenate([bits(k), rng.uniform(-30, 30, k), logu(-20, 690, k), rng.uniform(-1e8, 1e8, n - 3 * k)])
cases.append(('tan', b64(xn), None, b64(np.tan(xn))))
ys = np.concatenate([bits(k), rng.standard_normal(k), logu(-700, 700, k), rng.uniform(-1, 1, n - 3 * k)])
xs = np.concatenate([bits(k), rng.standard_normal(k), ys[2 * k:3 * k] * logu(-45, 45, k), rng.uniform(-1, 1, n - 3 * k)])
cases.append(('arctan2', b64(ys), b64(xs), b64(np.arctan2(ys, xs))))
# The ufuncs on numtype's lane kernels: these inputs with every pair of special values (all
# quadrants, zeros, infinities, NaN, subnormals, glibc's rescaling range) around them.
sp = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 5e-324, -5e-324, 2.0**-1022,
               -2.0**-1022, 1e-300, -1e300, 2.0**-500, 2.0**500, 0.0625, -16.0, 1.5, -0.7, 1.7e308,
               1.2904777690891933e-08, 5805361265115136.0, 2.0**57, 2.0**-57])
spy, spx = [g.ravel() for g in np.meshgrid(sp, sp)]
uy = np.concatenate([spy, ys, spy[::-1], [0.5]])
ux = np.concatenate([spx, xs, spx[::-1], [2.0]])
ut = np.concatenate([sp, xt, sp[::-1]])
uz = (uy + 1j * ux)[:n // 2]
ufuncs = [('arctan', b64(ut), None, b64(np.arctan(ut))),
          ('arctan_strided', b64(ut), None, b64(np.arctan(ut[::3]))),
          ('arctan2', b64(uy), b64(ux), b64(np.arctan2(uy, ux))),
          ('arctan2_scalar', b64(uy), None, b64(np.concatenate([np.arctan2(uy, 2.5), np.arctan2(-0.0, uy)]))),
          ('angle', b64(uz.view(np.float64)), None, b64(np.angle(uz)))]
# Underflow, raised or not, of each call on 64 elements with one special pair.
tiny = [1e-300, -1e-300, 5e-324, -5e-324, 1e-310, 0.0, -0.0, 2.0**-1022, 1.0, np.inf, -np.inf, np.nan, 1e300, 1e8]
def raises(f, *a):
    with np.errstate(under='raise'):
        try:
            f(*a)
            return False
        except FloatingPointError:
            return True
def at(v, fill):
    a = np.full(64, fill)
    a[37] = v
    return a
under = [[i, j, raises(np.arctan2, at(y, 0.5), at(x, 2.0))] for i, y in enumerate(tiny) for j, x in enumerate(tiny)]
under += [[i, -1, raises(np.arctan, at(x, 0.5))] for i, x in enumerate(tiny)]
nc = ${NC}
z = rng.standard_normal(nc) * np.exp(rng.uniform(-6, 6, nc)) + 1j * rng.standard_normal(nc) * np.exp(rng.uniform(-6, 6, nc))
w = rng.uniform(-3, 3, nc) + 1j * rng.uniform(-3, 3, nc)
for f in ['log', 'arcsin', 'arccos', 'arctan', 'arcsinh', 'arccosh', 'arctanh']:
    cases.append(('c_' + f, b64(z), None, b64(getattr(np, f)(z))))
cases.append(('c_power', b64(z), b64(w), b64(np.power(z, w))))
print(json.dumps({'level': level, 'libc': libc, 'under': under, 'tiny': b64(np.array(tiny)),
                  'cases': [dict(zip(('f', 'x', 'x2', 'y'), c)) for c in cases],
                  'ufuncs': [dict(zip(('f', 'x', 'x2', 'y'), c)) for c in ufuncs]}))
`;

interface Case {
  f: string;
  x: string;
  x2: string | null;
  y: string;
}

interface Live {
  level: string | null;
  libc: string;
  cases: Case[];
  ufuncs: Case[];
  /** Values (base64 float64) and, by their indices, [y, x, raised] for arctan2, [x, -1, raised] for arctan. */
  tiny: string;
  under: [number, number, boolean][];
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

function f64(b64: string): Float64Array {
  const bin = Buffer.from(b64, 'base64');
  const out = new Float64Array(bin.length / 8);
  new Uint8Array(out.buffer).set(bin);
  return out;
}

const REAL: Record<string, (x: number, y: number) => number> = {
  arcsin: (x) => asin(x),
  arccos: (x) => acos(x),
  arctan: (x) => atan(x),
  tan: (x) => tan(x),
  arctan2: (y, x) => atan2(y, x),
};

/** The complex128 result of NumPy function f on z (and w) through numtype's ufunc. */
function complexResult(f: string, z: Float64Array, w: Float64Array | null): Float64Array {
  const Z = np.asarray(z).view('complex128');
  const u = np as unknown as Record<string, (...a: np.NDArray[]) => np.NDArray>;
  const r = w ? np.power(Z, np.asarray(w).view('complex128')) : u[f]!(Z);
  return new Float64Array(r.buffer, r.offset, z.length);
}

/** The float64 results of numtype's ufunc for a case of `ufuncs` (and in place, where one). */
function ufuncResults(c: Case): Float64Array[] {
  const x = np.asarray(f64(c.x));
  const flat = (r: np.NDArray) => r.toTypedArray() as Float64Array;
  switch (c.f) {
    case 'arctan': {
      const inPlace = x.copy();
      np.arctan(inPlace, { out: inPlace });
      return [flat(np.arctan(x)), flat(inPlace)];
    }
    case 'arctan_strided':
      return [flat(np.arctan(x.get('::3') as np.NDArray))];
    case 'arctan2': {
      const x2 = np.asarray(f64(c.x2!));
      const inPlace = x2.copy();
      np.arctan2(x, inPlace, { out: inPlace });
      return [flat(np.arctan2(x, x2)), flat(inPlace)];
    }
    case 'arctan2_scalar': {
      const r = [...flat(np.arctan2(x, 2.5)), ...flat(np.arctan2(-0, x))];
      return [Float64Array.from(r)];
    }
    default:
      return [flat(np.angle(x.view('complex128')))];
  }
}

/** Fewer than 1 differing bit pattern (NaNs alike), else a description of the first few. */
function diff(got: Float64Array, want: Float64Array, at: (i: number) => string): string | null {
  const gb = new BigUint64Array(got.buffer, got.byteOffset, got.length);
  const wb = new BigUint64Array(want.buffer, want.byteOffset, want.length);
  const bad: string[] = [];
  let count = 0;
  for (let i = 0; i < want.length; i++) {
    if (gb[i] === wb[i] || (Number.isNaN(got[i]) && Number.isNaN(want[i]))) continue;
    count++;
    if (bad.length < 5) bad.push(`${at(i)}: got ${got[i]}, NumPy ${want[i]}`);
  }
  return got.length !== want.length
    ? `length ${got.length}, NumPy ${want.length}`
    : count === 0
      ? null
      : `${count} differ: ${bad.join('; ')}`;
}

describe(`np.arctan, np.arctan2, np.angle (float64 lane kernels) vs live NumPy (seed ${SEED})`, {
  skip,
}, () => {
  for (const c of live?.ufuncs ?? []) {
    it(`${c.f}: random inputs and every special pair, bit for bit (and in place)`, () => {
      const want = f64(c.y);
      for (const got of ufuncResults(c))
        assert.equal(
          diff(got, want, (i) => `i=${i}`),
          null,
        );
    });
  }

  it('underflow raised exactly where NumPy raises it', () => {
    const at = (v: number, fill: number) => {
      const a = np.full(64, fill, { dtype: 'float64' });
      a.set(37, v);
      return a;
    };
    const old = np.seterr({ under: 'raise' });
    try {
      const v = f64(live!.tiny);
      for (const [i, j, want] of live!.under) {
        const f =
          j < 0 ? () => np.arctan(at(v[i]!, 0.5)) : () => np.arctan2(at(v[i]!, 0.5), at(v[j]!, 2));
        let raised = false;
        try {
          f();
        } catch (e) {
          if ((e as Error).name !== 'FloatingPointError') throw e;
          raised = true;
        }
        assert.equal(raised, want, j < 0 ? `arctan(${v[i]})` : `arctan2(${v[i]}, ${v[j]})`);
      }
    } finally {
      np.seterr(old);
    }
  });
});

describe(`glibc tan/asin/acos/atan/atan2 ports vs live NumPy (seed ${SEED})`, { skip }, () => {
  for (const c of live?.cases ?? []) {
    const complex = c.f.startsWith('c_');
    it(`${c.f}: ${complex ? NC : N} random inputs, bit for bit`, () => {
      const x = f64(c.x);
      const x2 = c.x2 === null ? null : f64(c.x2);
      const want = f64(c.y);
      let got: Float64Array;
      if (complex) got = complexResult(c.f.slice(2), x, x2);
      else {
        const fn = REAL[c.f]!;
        got = new Float64Array(x.length);
        for (let i = 0; i < x.length; i++) got[i] = fn(x[i]!, x2 ? x2[i]! : 0);
      }
      const gb = new BigUint64Array(got.buffer, got.byteOffset, got.length);
      const wb = new BigUint64Array(want.buffer);
      const bad: string[] = [];
      let count = 0;
      for (let i = 0; i < want.length; i++) {
        if (gb[i] === wb[i] || (Number.isNaN(got[i]) && Number.isNaN(want[i]))) continue;
        count++;
        const at = complex ? `z=${x[i & ~1]}${x[i | 1]! < 0 ? '' : '+'}${x[i | 1]}j` : `x=${x[i]}`;
        if (bad.length < 5)
          bad.push(`${at}${x2 && !complex ? ` x2=${x2[i]}` : ''}: got ${got[i]}, NumPy ${want[i]}`);
      }
      assert.equal(count, 0, `${count} differ: ${bad.join('; ')}`);
    });
  }
});
