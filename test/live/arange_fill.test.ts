/**
 * Live check of np.arange's fill at the lengths the wasm kernels take (ranges_wasm.ts,
 * assembly/ranges.ts: float64 and int64/uint64 from 256 elements, in blocks) against NumPy,
 * on both backends: float steps that are not exact (0.1, 1e-4, 1/3), large starts, negative
 * steps, int64 values past 2^53 and near ±2^63, uint64, lengths around the blocks.
 * The result bytes must be NumPy's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

/** [start, stop, step, dtype]: bounds as Python literals (ints as strings keep their digits). */
const CASES: [string, string, string, string | null][] = [
  ['0', '1000000', '1', null],
  ['0', '100', '1e-4', null],
  ['-3.25', '997.5', '0.1', null],
  ['1e15', '1.00000000001e15', '0.37', null],
  ['5', '-800', '-1/3', null],
  ['0.5', '8195.5', '1', null],
  ['0', '8194', '1', 'float64'],
  ['9007199254740000', '9007199254790000', '7', null],
  ['-9223372036854775000', '9223372036854775000', '36893488147419103', null],
  ['9223372036854775000', '9223372036854700000', '-3', null],
  ['0', '300', '1', 'uint64'],
  ['18446744073709551000', '18446744073709551615', '1', 'uint64'],
  ['-1000', '1000', '3', 'int64'],
  ['0', '257', '1', 'int64'],
  ['0', '256', '1', 'int64'],
  ['1', '20000', '2.5', 'int64'],
];

function jsBound(s: string): number | bigint {
  if (s === '-1/3') return -1 / 3;
  return /^-?\d+$/.test(s) && !Number.isSafeInteger(Number(s)) ? BigInt(s) : Number(s);
}

describe('np.arange fills as NumPy does (live)', () => {
  const want = hasNumpy()
    ? pyJSON<string[]>(
        `
out = []
for a, b, c, dt in json.loads(sys.stdin.read()):
    x = np.arange(eval(a), eval(b), eval(c), dtype=dt)
    out.append(x.dtype.str + ':' + x.tobytes().hex())
print(json.dumps(out))
`,
        JSON.stringify(CASES),
      )
    : [];
  for (const backend of ['wasm', 'js'] as const) {
    it(`bytes, ${backend} backend`, { skip: !hasNumpy() }, () => {
      const before = getBackend();
      try {
        setBackend(backend);
        CASES.forEach(([a, b, c, dt], i) => {
          const x = np.arange(jsBound(a), jsBound(b), jsBound(c), dt);
          const got = `${x.dtype.str}:${Buffer.from(new Uint8Array(x.buffer, x.offset, x.nbytes)).toString('hex')}`;
          assert.ok(got === want[i], `arange(${a}, ${b}, ${c}, ${dt}) (${getBackend()})`);
        });
      } finally {
        setBackend(before);
      }
    });
  }
});
