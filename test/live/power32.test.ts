/**
 * np.power on float32 arrays against live NumPy: glibc's powf port (libm_pow.ts) and, on the
 * wasm backend, its fused-multiply-add kernel (assembly/fma/powf.ts). Random bases with zeros
 * and NaN, exponents with infinities, array ** array, array ** 1.5 and strided operands;
 * result bits (NaN's sign aside: glibc's invalid results are the x86 default NaN, numtype's
 * the positive one) and the errstate categories reported.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

/** Hex of the result bytes with every NaN's sign cleared. */
function bits(a: np.NDArray): string {
  const c = np.ascontiguousarray(a);
  const u = new Uint32Array(c.buffer as ArrayBuffer, c.offset, c.size);
  return Array.from(u, (w) =>
    ((w & 0x7fffffff) > 0x7f800000 ? w & 0x7fffffff : w).toString(16),
  ).join(',');
}

describe('np.power on float32 matches NumPy (live)', () => {
  it('bits and flags', { skip: !hasNumpy() }, () => {
    const seed = Date.now() % 100000;
    const want = pyJSON<{ bits: string[]; flags: string[] }>(
      `
s = json.loads(sys.stdin.read())
g = np.random.default_rng(s)
x = (g.standard_normal(20000) * 3).astype('float32')
y = (g.standard_normal(20000) * 4).astype('float32')
x[::97] = 0; y[::89] = np.inf; x[::101] = np.nan; y[::7] = np.round(y[::7])
def b(a):
    u = np.ascontiguousarray(a).view(np.uint32)
    u = np.where((u & 0x7fffffff) > 0x7f800000, u & 0x7fffffff, u)
    return ','.join(format(int(w), 'x') for w in u)
with np.errstate(all='ignore'):
    r = [np.power(x, y), np.power(x, np.float32(1.5)), np.power(x[::3], y[1::3])]
fl = []
np.seterrcall(lambda e, f: fl.append(e))
with np.errstate(all='call'):
    np.power(x, y)
print(json.dumps({'bits': [b(a) for a in r], 'flags': fl}))
`,
      JSON.stringify(seed),
    );
    const g = np.random.default_rng(seed);
    const x = g.standard_normal(20000).mul(3).astype('float32');
    const y = g.standard_normal(20000).mul(4).astype('float32');
    x.set('::97', 0);
    y.set('::89', Infinity);
    x.set('::101', Number.NaN);
    y.set('::7', np.round(y.get('::7')));
    const got = np.errstate({ all: 'ignore' }, () => [
      np.power(x, y),
      np.power(x, 1.5),
      np.power(x.get('::3'), y.get('1::3')),
    ]);
    got.forEach((a, i) => {
      assert.equal(bits(a), want.bits[i], `case ${i}, seed ${seed}`);
    });
    const flags: string[] = [];
    const old = np.seterrcall((e: string) => flags.push(e));
    try {
      np.errstate({ all: 'call' }, () => np.power(x, y));
    } finally {
      np.seterrcall(old);
    }
    assert.deepEqual(flags, want.flags);
  });
});
