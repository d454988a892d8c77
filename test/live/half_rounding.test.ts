/**
 * float64 → float16 rounding (src/_core/float16.ts doubleToHalfBits: by way of float32, with
 * the double-rounding cases detected and rounded from the double's bits) against NumPy's
 * npy_double_to_half through `astype`, bit for bit: every half value's neighbourhood (the
 * value, the midpoint to the next half, each nudged by 1-3 double ulps and by relative
 * steps down to 2^-40), both signs, subnormals, the overflow edge, NaN payloads and random
 * doubles of all magnitudes. The fast path is also checked against the direct port on the
 * whole set without NumPy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  doubleToHalfBits,
  doubleToHalfBitsDirect,
  halfBitsToDouble,
} from '../../src/_core/float16.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

function values(): Float64Array {
  const out: number[] = [];
  const f64 = new Float64Array(1);
  const u = new Uint32Array(f64.buffer);
  const rnd = seededRandom(1616);
  for (let h = 0; h < 0x7c00; h += h < 0x400 ? 1 : 5) {
    const v = halfBitsToDouble(h);
    const w = halfBitsToDouble(h + 1);
    for (const x of [v, (v + w) / 2]) {
      for (const s of [1, -1]) {
        out.push(s * x);
        f64[0] = x;
        const lo = u[0]!;
        for (let k = 1; k <= 3; k++) {
          u[0] = lo + k;
          out.push(s * f64[0]!);
          u[0] = lo - k;
          out.push(s * f64[0]!);
        }
        u[0] = lo;
        for (const e of [2 ** -20, 2 ** -30, 2 ** -40]) out.push(s * x * (1 + e), s * x * (1 - e));
      }
    }
  }
  for (let i = 0; i < 20000; i++) {
    u[0] = (rnd() * 2 ** 32) >>> 0;
    u[1] = (rnd() * 2 ** 32) >>> 0;
    out.push(f64[0]!);
  }
  for (let i = 0; i < 20000; i++) out.push((rnd() - 0.5) * 2 ** Math.floor(rnd() * 60 - 30));
  out.push(
    65504,
    65519.99,
    65520,
    65536,
    2 ** -24,
    2 ** -25,
    2 ** -25 * 1.0000001,
    2 ** -26,
    0,
    -0,
  );
  return Float64Array.from(out);
}

describe('float64 -> float16 rounding', () => {
  const xs = values();
  it('the float32 route equals the direct port', () => {
    let bad = 0;
    for (const x of xs) if (doubleToHalfBits(x) !== doubleToHalfBitsDirect(x)) bad++;
    assert.equal(bad, 0);
  });
  it('matches NumPy astype(float16) bit for bit (live)', { skip: !hasNumpy() }, () => {
    const b64 = Buffer.from(xs.buffer).toString('base64');
    const want = pyJSON<string>(
      `import base64
x = np.frombuffer(base64.b64decode(sys.stdin.read()), dtype=np.float64)
with np.errstate(all='ignore'):
    print(json.dumps(base64.b64encode(x.astype(np.float16).tobytes()).decode()))`,
      b64,
    );
    const w = new Uint16Array(Buffer.from(want, 'base64').buffer.slice(0));
    const got = np.asarray(xs).astype('float16');
    const g = new Uint16Array(got.tobytes().buffer.slice(0));
    let bad = 0;
    for (let i = 0; i < xs.length; i++) if (g[i] !== w[i]) bad++;
    assert.equal(bad, 0);
  });
});
