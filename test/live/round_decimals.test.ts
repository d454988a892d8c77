/**
 * Live check of np.round(a, decimals) against NumPy on both backends: the fused one-pass
 * kernel (around_fast.ts, assembly/around.ts: decimals 1..22 of contiguous float64/float32)
 * and the three ufunc calls everywhere else. Decimals around the kernel's range, values of
 * many scales with ties (x.5 after scaling), NaN, ±inf, ±0, huge values whose product
 * overflows and tiny ones whose product is subnormal, lengths around the kernel's threshold
 * and blocks, strided and reversed inputs. The result bytes and the floating-point warnings
 * (through errstate's callback) must be NumPy's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const SPECIAL = [
  Number.NaN,
  Infinity,
  -Infinity,
  0,
  -0,
  1e300,
  -1e300,
  1e-310,
  5e-324,
  2.675,
  0.125,
  -0.5,
  1.5e-20,
];

function values(n: number, seed: number, special: boolean): Float64Array {
  const r = seededRandom(seed);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Multiples of 1/8 scaled make exact ties for rint; the rest spread over many scales.
    x[i] =
      r() < 0.3 ? Math.round(r() * 800 - 400) / 8 : (r() * 2 - 1) * 10 ** Math.floor(r() * 30 - 12);
    if (special && r() < 0.05) x[i] = SPECIAL[Math.floor(r() * SPECIAL.length)]!;
  }
  return x;
}

interface Spec {
  x: string;
  dt: string;
  d: number;
  layout: string;
}

const PY = `
out = []
for s in json.loads(sys.stdin.read()):
    x = np.frombuffer(bytes.fromhex(s['x']), dtype=np.float64).astype(s['dt'])
    if s['layout'] == 'step2': x = x[::2]
    elif s['layout'] == 'reversed': x = x[::-1]
    errs = []
    def call(err, flag): errs.append(err)
    with np.errstate(all='call', call=call):
        y = np.round(x, s['d'])
    out.append([np.ascontiguousarray(y).tobytes().hex(), errs])
print(json.dumps(out))
`;

describe('np.round with decimals matches NumPy (live)', () => {
  const specs: Spec[] = [];
  let seed = 1;
  for (const dt of ['float64', 'float32']) {
    for (const d of [-2, 0, 1, 2, 3, 7, 15, 22, 23, 30]) {
      for (const n of [5, 63, 64, 130, 9001, 20011]) {
        for (const special of [false, true]) {
          const x = values(n, seed++, special);
          specs.push({ x: Buffer.from(x.buffer).toString('hex'), dt, d, layout: 'c' });
        }
      }
      for (const layout of ['step2', 'reversed']) {
        const x = values(301, seed++, true);
        specs.push({ x: Buffer.from(x.buffer).toString('hex'), dt, d, layout });
      }
    }
  }
  const want = hasNumpy() ? pyJSON<[string, string[]][]>(PY, JSON.stringify(specs)) : [];

  for (const backend of ['wasm', 'js'] as const) {
    it(`bytes and floating-point errors, ${backend} backend`, { skip: !hasNumpy() }, () => {
      const before = getBackend();
      try {
        setBackend(backend);
        specs.forEach((s, i) => {
          const buf = Buffer.from(s.x, 'hex');
          const f = new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
          let x = np.asarray(f).astype(s.dt) as np.NDArray;
          if (s.layout === 'step2') x = x.get('::2');
          else if (s.layout === 'reversed') x = x.get('::-1');
          const errs: string[] = [];
          // NumPy's callback names the error class ('overflow', 'invalid value', …).
          const y = np.errstate({ all: 'call', call: (e: string) => errs.push(e) }, () =>
            np.round(x, s.d),
          ) as np.NDArray;
          const c = np.ascontiguousarray(y);
          const got = Buffer.from(new Uint8Array(c.buffer, c.offset, c.nbytes)).toString('hex');
          const what = `${s.dt} d=${s.d} n=${f.length} ${s.layout} (${getBackend()})`;
          assert.deepEqual(errs, want[i]![1], `${what}: errors`);
          assert.equal(got, want[i]![0], `${what}: bytes`);
        });
      } finally {
        setBackend(before);
      }
    });
  }
});
