/**
 * int64 floor_divide and remainder (umath/defs/int64_division.ts: doubles below 2^52, BigInt
 * beyond) against NumPy: dividends and divisors of every magnitude up to int64's limits (the
 * 2^52 edge on both sides), zero and -1 divisors (flags), INT64_MIN, mixed signs, arrays and
 * scalars on either side, byte for byte with the flags NumPy raises; and int32-range data by
 * int32 constants (the SIMD kernel of kernels/int_wasm.ts, with a block that falls back).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const EDGE = [0n, 1n, -1n, 7n, -7n, 2n ** 52n - 1n, -(2n ** 52n), 2n ** 52n, 2n ** 53n + 1n];
const EXTREME = [2n ** 63n - 1n, -(2n ** 63n), -(2n ** 63n) + 1n];
/** Exact multiples of 49 and 12345 whose quotient by the divisor's reciprocal falls short. */
const SHORT = [2696953530200818n, 402545170729933n, -2600523301240305n, -2670110186936265n];

function values(seed: number, n: number): bigint[] {
  const rnd = seededRandom(seed);
  const out: bigint[] = [];
  for (let i = 0; i < n; i++) {
    const pick = rnd();
    if (pick < 0.15) out.push([...EDGE, ...EXTREME][Math.floor(rnd() * 12)]!);
    else {
      const bits = [8, 30, 51, 52, 53, 62][Math.floor(rnd() * 6)]!;
      const mag = BigInt(Math.floor(rnd() * 2 ** 30)) * 2n ** BigInt(Math.max(0, bits - 30));
      out.push(rnd() < 0.5 ? -mag : mag);
    }
  }
  return out;
}

describe('int64 floor_divide / remainder vs NumPy (live)', () => {
  it('values and flags', { skip: !hasNumpy() }, () => {
    const n = 2000; // and 4 more (SHORT)
    const x = values(1, n);
    const y = values(2, n);
    x.push(...SHORT);
    y.push(49n, 49n, 12345n, 12345n);
    const scalars = [7n, -3n, 0n, -1n, 2n ** 52n + 3n, -(2n ** 40n), 49n, 12345n];
    const want = pyJSON<[string, string[]][]>(
      `
d = json.loads(sys.stdin.read())
x = np.array([int(v) for v in d['x']], dtype=np.int64)
y = np.array([int(v) for v in d['y']], dtype=np.int64)
out = []
def run(f, a, b):
    seen = []
    old = np.seterrcall(lambda err, flag: seen.append(err))
    with np.errstate(all='call'):
        r = f(a, b)
    np.seterrcall(old)
    out.append([np.asarray(r, dtype=np.int64).tobytes().hex(), seen])
for f in (np.floor_divide, np.remainder):
    run(f, x, y)
    for s in d['s']:
        run(f, x, np.int64(int(s)))
        run(f, np.int64(int(s)), y)
print(json.dumps(out))
`,
      JSON.stringify({ x: x.map(String), y: y.map(String), s: scalars.map(String) }),
    );
    const xa = np.asarray(BigInt64Array.from(x), { dtype: 'int64' });
    const ya = np.asarray(BigInt64Array.from(y), { dtype: 'int64' });
    const got: [string, string[]][] = [];
    const run = (f: typeof np.floor_divide, a: np.NDArray, b: np.NDArray) => {
      const seen: string[] = [];
      np.seterrcall((err: string) => {
        seen.push(err);
      });
      try {
        const r = np.errstate(
          { all: 'call' },
          () => f(a as np.NDArray, b as np.NDArray) as unknown,
        );
        const c = np.asarray(r, { dtype: 'int64' });
        got.push([Buffer.from(new Uint8Array(c.buffer, c.offset, c.nbytes)).toString('hex'), seen]);
      } finally {
        np.seterrcall(null);
      }
    };
    for (const f of [np.floor_divide, np.remainder]) {
      run(f, xa, ya);
      for (const s of scalars) {
        run(f, xa, np.asarray(s, { dtype: 'int64' }));
        run(f, np.asarray(s, { dtype: 'int64' }), ya);
      }
    }
    assert.equal(got.length, want.length);
    got.forEach((g, i) => {
      assert.deepEqual(g[1], want[i]![1], `case ${i}: flags`);
      assert.equal(g[0], want[i]![0], `case ${i}: values`);
    });
  });

  it('int32-range data by int32 constants (the SIMD kernel, block fallback)', {
    skip: !hasNumpy(),
  }, () => {
    const rnd = seededRandom(3);
    const n = 5000;
    const x: bigint[] = [];
    for (let i = 0; i < n; i++) {
      const edge = [0n, 1n, -1n, 2n ** 31n - 1n, -(2n ** 31n), 7n, -7n][i % 7]!;
      x.push(
        i % 5 === 0 ? edge : BigInt(Math.floor((rnd() - 0.5) * 2 ** (1 + Math.floor(rnd() * 32)))),
      );
    }
    // one value beyond int32 in the second streaming block: that block takes the JS path
    x[3000] = 2n ** 40n + 5n;
    const divisors = [2n, 3n, 7n, -7n, 10n, -1000n, 65536n, 2n ** 31n - 1n, -(2n ** 31n)];
    const want = pyJSON<string[]>(
      `
d = json.loads(sys.stdin.read())
x = np.array([int(v) for v in d['x']], dtype=np.int64)
out = []
for s in d['s']:
    for f in (np.floor_divide, np.remainder):
        out.append(f(x, int(s)).tobytes().hex())
print(json.dumps(out))
`,
      JSON.stringify({ x: x.map(String), s: divisors.map(String) }),
    );
    const xa = np.asarray(BigInt64Array.from(x), { dtype: 'int64' });
    const got: string[] = [];
    for (const s of divisors)
      for (const f of [np.floor_divide, np.remainder]) {
        const r = f(xa, Number(s)) as np.NDArray;
        got.push(Buffer.from(new Uint8Array(r.buffer, r.offset, r.nbytes)).toString('hex'));
      }
    got.forEach((g, i) => {
      assert.equal(g, want[i], `case ${i}`);
    });
  });
});
