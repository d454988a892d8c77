/**
 * Live check of the contiguous cast into float32/float64 (castloops.ts toFloatContiguous:
 * one TypedArray.set) against NumPy: random sources of every real dtype up to 32-bit
 * integers, float64 values scaled past float32's range in some cases, lengths around the
 * 1024-element SIMD overflow scan; result bits and whether 'over' raised agree.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';
import { castOutcome, pyCastOutcome } from './astype_util.js';

const SOURCES = ['float64', 'float32', 'int32', 'uint32', 'int16', 'uint8', 'int8', 'bool'];

describe('astype to float32 / float64 matches NumPy (live)', () => {
  it('bits and overflow', { skip: !hasNumpy() }, () => {
    const r = np.random.default_rng(Date.now() % 100000);
    const specs = Array.from({ length: 24 }, (_, i) => ({
      seed: Number(r.integers(0, 1e9)),
      n: [5, 1023, 1024, 3000, 20000][i % 5]!,
      src: SOURCES[i % SOURCES.length]!,
      to: i % 3 === 0 ? 'float64' : 'float32',
      huge: i % 4 === 1,
    }));
    const make = (s: (typeof specs)[number]) => {
      const g = np.random.default_rng(s.seed);
      let x: np.NDArray = np.multiply(g.standard_normal(s.n), s.huge ? 1e39 : 1e4);
      if (s.src !== 'float64') x = np.errstate({ all: 'ignore' }, () => x.astype(s.src));
      return x;
    };
    const want = pyJSON<[string, boolean][]>(
      `
out = []
for s in json.loads(sys.stdin.read()):
    g = np.random.default_rng(s['seed'])
    x = g.standard_normal(s['n']) * (1e39 if s['huge'] else 1e4)
    if s['src'] != 'float64':
        with np.errstate(all='ignore'):
            x = x.astype(s['src'])
${pyCastOutcome('over')}
print(json.dumps(out))
`,
      JSON.stringify(specs),
    );
    specs.forEach((s, i) => {
      const x = make(s);
      const [hex, raised] = castOutcome(x, s.to, 'over');
      assert.equal(raised, want[i]![1], `${s.src}->${s.to} n=${s.n}: overflow raised`);
      assert.equal(hex, want[i]![0], `${s.src}->${s.to} n=${s.n}: bits`);
    });
  });
});
