/**
 * The NaN bits of the math ufuncs against NumPy (pinned to its AVX2 kernels): the sign of
 * the NaN of an invalid argument (glibc's 0/0 gives the CPU's default NaN, negative; NumPy's
 * own float32 kernels theirs), NaN inputs propagated quieted with payload and sign or replaced
 * by the canonical NaN as NumPy's loop does, ±inf and signaling NaNs, in float64 and float32,
 * on 10 and 1000 elements (short loops and the block kernels), on both backends; with
 * floor/ceil/rint/trunc, which quiet a signaling NaN as the CPU's rounding does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';
import { TRANSCENDENTAL } from './math_names.js';

const FNS = [...TRANSCENDENTAL, 'cbrt', 'floor', 'ceil', 'rint', 'trunc'];
const BITS = [
  'c000000000000000',
  'bff0000000000000',
  'bfe0000000000000',
  '3fe0000000000000',
  '4000000000000000',
  '7ff0000000000000',
  'fff0000000000000',
  '7ff8000000000123',
  'fff8000000000456',
  '7ff4000000000001',
  'fffc000020000000',
];

const PY = `
d = json.loads(sys.stdin.read())
base = np.array([int(h, 16) for h in d['bits']], dtype=np.uint64).view(np.float64)
out = []
with np.errstate(all='ignore'):
    for n in (10, 1000):
        x64 = np.resize(base, n)
        x32 = x64.astype(np.float32)
        for f in d['fns']:
            out.append(getattr(np, f)(x64).tobytes().hex())
            out.append(getattr(np, f)(x32).tobytes().hex())
print(json.dumps(out))
`;

describe('NaN bits of the math ufuncs vs NumPy (live)', () => {
  it('float64 and float32, both backends', { skip: !hasNumpy() }, () => {
    const want = pyJSON<string[]>(PY, JSON.stringify({ bits: BITS, fns: FNS }));
    const base = new Float64Array(new BigUint64Array(BITS.map((h) => BigInt(`0x${h}`))).buffer);
    const before = getBackend();
    try {
      for (const backend of ['wasm', 'js'] as const) {
        setBackend(backend);
        let k = 0;
        const bad: string[] = [];
        np.errstate({ all: 'ignore' }, () => {
          for (const n of [10, 1000]) {
            const x64 = np.asarray(
              Float64Array.from({ length: n }, (_, i) => base[i % base.length]!),
            );
            const x32 = x64.astype('float32');
            for (const f of FNS) {
              for (const x of [x64, x32]) {
                const r = (np as unknown as Record<string, (a: np.NDArray) => np.NDArray>)[f]!(x);
                const hex = Buffer.from(new Uint8Array(r.buffer, r.offset, r.nbytes)).toString(
                  'hex',
                );
                if (hex !== want[k]) bad.push(`${backend} ${f} ${x.dtype.name} n=${n}`);
                k++;
              }
            }
          }
        });
        assert.deepEqual(bad, []);
      }
    } finally {
      setBackend(before);
    }
  });
});
