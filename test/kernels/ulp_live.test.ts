/**
 * Live comparison with NumPy over a larger sample of each function's domain than the fixture
 * (every binade through all bit patterns, the interesting ranges, special values): exp, log,
 * sin, cos within 4 ulp of NumPy on both backends. Skips when python3 lacks NumPy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as K from '../../src/_core/kernels/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';
import { BACKENDS, f32s, f64s, same, ulpDiff } from './util.js';

const N = 100_000;

const PY = `
import base64
rng = np.random.default_rng(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
n = ${N}
out = []
for f in ('exp', 'log', 'sin', 'cos'):
    for dt in (np.float64, np.float32):
        big = dt == np.float64
        it = np.uint64 if big else np.uint32
        bits = rng.integers(0, 2**64 if big else 2**32, n // 2, dtype=np.uint64).astype(it).view(dt)
        if f == 'exp':
            r = rng.uniform(-746 if big else -104, 710 if big else 89, n // 2)
        elif f == 'log':
            r = np.exp(rng.uniform(-745 if big else -103, 709 if big else 88, n // 2))
        else:
            r = rng.uniform(-1e4, 1e4, n // 2) * np.exp(rng.uniform(-20, 10, n // 2))
        with np.errstate(all='ignore'):
            x = np.concatenate([bits, r.astype(dt)])
            y = getattr(np, f)(x)
        out.append({'func': f, 'dtype': np.dtype(dt).name,
                    'x': base64.b64encode(x.tobytes()).decode(), 'y': base64.b64encode(y.tobytes()).decode()})
print(json.dumps(out))
`;

describe('exp/log/sin/cos vs live NumPy', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  let cases: any[] | undefined;
  const load = () => {
    cases ??= pyJSON<any[]>(PY);
    return cases;
  };
  for (const backend of BACKENDS) {
    it(`${backend}: within 4 ulp of NumPy on ${N} points per function and dtype`, (t) => {
      K.setBackend(backend);
      const worst: string[] = [];
      for (const c of load()) {
        const T = c.dtype === 'float64' ? 'F64' : 'F32';
        const x = (T === 'F64' ? f64s : f32s)(c.x);
        const y = (T === 'F64' ? f64s : f32s)(c.y);
        const out = new (x.constructor as typeof Float64Array)(x.length);
        (K as any)[`${c.func}${T}`](x, out);
        let max = 0;
        let at = 0;
        for (let i = 0; i < x.length; i++) {
          const d = ulpDiff(out[i]!, y[i]!, c.dtype);
          if (d > max) {
            max = d;
            at = i;
          }
          if (!Number.isFinite(y[i]!) || y[i] === 0) {
            assert.ok(same(out[i]!, y[i]!), `${c.func}${T}(${x[i]}) = ${out[i]}, NumPy ${y[i]}`);
          }
        }
        worst.push(`${c.func}${T} ${max}`);
        assert.ok(
          max <= 4,
          `${c.func}${T}: ${max} ulp at x=${x[at]}: got ${out[at]}, NumPy ${y[at]}`,
        );
      }
      t.diagnostic(`max ulp vs NumPy (${backend}): ${worst.join(', ')}`);
    });
  }
});
