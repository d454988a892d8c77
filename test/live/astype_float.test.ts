/**
 * Live check of the contiguous cast into float32/float64 (castloops.ts toFloatContiguous:
 * one TypedArray.set, or the wasm kernel for float64 → float32) against NumPy: random sources of every real dtype up to 32-bit
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
  it('special values: NaN payloads, ±inf, ±0, ties, subnormals, the overflow edge', {
    skip: !hasNumpy(),
  }, () => {
    // float64 bit patterns, repeated to lengths that take the SIMD kernel with and without a
    // tail; every pattern's float32 image goes the other way.
    const pats = [
      '7ff8123400000000',
      'fff9abc000000456',
      '7ff4000000000000',
      '7ff0000000000001',
      '7ff0000000000000',
      'fff0000000000000',
      '0000000000000000',
      '8000000000000000',
      '3ff0000010000000',
      '3ff0000030000000',
      '3ff0000010000001',
      '36a0000000000000',
      '36a8000000000000',
      '3690000000000000',
      '380fffffe0000000',
      '47efffffe0000000',
      '47efffffefffffff',
      '47effffff0000000',
      'c7effffff0000000',
      '0000000000000001',
    ];
    const want = pyJSON<[string, boolean][]>(
      `
pats = json.loads(sys.stdin.read())
base = np.array([int(h, 16) for h in pats], dtype=np.uint64).view(np.float64)
out = []
for n in (1000, 1003):
    x64 = np.resize(base, n)
    for s, x in (({'to': 'float32'}, x64), ({'to': 'float64'}, x64.astype(np.float32))):
${pyCastOutcome('over')
  .split('\n')
  .map((l) => `    ${l}`)
  .join('\n')}
print(json.dumps(out))
`,
      JSON.stringify(pats),
    );
    const base = new Float64Array(new BigUint64Array(pats.map((h) => BigInt(`0x${h}`))).buffer);
    let i = 0;
    for (const n of [1000, 1003]) {
      const x64 = np.asarray(Float64Array.from({ length: n }, (_, k) => base[k % base.length]!));
      const x32 = np.errstate({ all: 'ignore' }, () => x64.astype('float32'));
      for (const [x, to] of [
        [x64, 'float32'],
        [x32, 'float64'],
      ] as const) {
        const [hex, raised] = castOutcome(x, to, 'over');
        assert.equal(raised, want[i]![1], `n=${n} ->${to}: overflow raised`);
        assert.equal(hex, want[i]![0], `n=${n} ->${to}: bits`);
        i++;
      }
    }
  });
});
