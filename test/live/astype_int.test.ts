/**
 * Live check of the contiguous float ↔ integer casts (cast_wasm.ts: the wasm kernels of
 * assembly/cast_int.ts; castloops.ts floatIntContiguous: one loop otherwise) against
 * NumPy: float64 and float32 sources with NaN, ±inf and values past the targets' ranges in
 * some cases, into every integer width, and int64 into float64 (values past 2^53); lengths
 * around the kernels' threshold and block size. Result bits and whether 'invalid' raised agree.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';
import { castOutcome, pyCastOutcome } from './astype_util.js';

const TARGETS = ['int8', 'uint8', 'int16', 'uint16', 'int32', 'int64'];

describe('astype between floats and integers matches NumPy (live)', () => {
  it('bits and invalid', { skip: !hasNumpy() }, () => {
    const r = np.random.default_rng(Date.now() % 100000);
    const specs = Array.from({ length: 30 }, (_, i) => ({
      seed: Number(r.integers(0, 1e9)),
      n: [5, 63, 64, 3001, 20000][i % 5]!,
      src: i % 6 === 5 ? 'int64' : i % 3 === 2 ? 'float32' : 'float64',
      to: i % 6 === 5 ? 'float64' : TARGETS[i % TARGETS.length]!,
      // 0: moderate values; 1: past int32 (some past int64) with NaN and ±inf.
      wild: Math.floor(i / 6) % 2,
    }));
    const want = pyJSON<[string, boolean][]>(
      `
out = []
for s in json.loads(sys.stdin.read()):
    g = np.random.default_rng(s['seed'])
    if s['src'] == 'int64':
        x = g.integers(-2**63, 2**63 - 1, s['n'], dtype=np.int64)
    else:
        x = g.standard_normal(s['n']) * (1e12 if s['wild'] else 1e4)
        if s['wild']:
            x[::7] = np.nan
            x[1::11] = np.inf
            x[2::13] = -np.inf
            x[3::17] *= 1e8
        with np.errstate(all='ignore'):
            x = x.astype(s['src'])
${pyCastOutcome('invalid')}
print(json.dumps(out))
`,
      JSON.stringify(specs),
    );
    specs.forEach((s, i) => {
      const g = np.random.default_rng(s.seed);
      let x: np.NDArray<np.DTypeKey>;
      if (s.src === 'int64') {
        x = g.integers(-(2n ** 63n), 2n ** 63n - 1n, s.n, {
          dtype: 'int64',
        }) as np.NDArray<np.DTypeKey>;
      } else {
        x = np.multiply(g.standard_normal(s.n), s.wild ? 1e12 : 1e4) as np.NDArray<np.DTypeKey>;
        if (s.wild) {
          x.set('::7', Number.NaN);
          x.set('1::11', Infinity);
          x.set('2::13', -Infinity);
          x.set('3::17', np.multiply(x.get('3::17'), 1e8));
        }
        x = np.errstate({ all: 'ignore' }, () => x.astype(s.src));
      }
      const [hex, raised] = castOutcome(x, s.to, 'invalid');
      assert.equal(raised, want[i]![1], `${s.src}->${s.to} n=${s.n}: invalid raised`);
      assert.equal(hex, want[i]![0], `${s.src}->${s.to} n=${s.n}: bits`);
    });
  });
});
