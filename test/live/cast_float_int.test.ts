/**
 * Live check of every float → integer cast (float64/float32 → int8 … int64, uint8 … uint64)
 * and of int32/uint32/int64 → float64 against NumPy, on both kernel backends: the SIMD
 * kernels of assembly/cast_int.ts (fast lanes, exact scalar rule for lanes out of range) and
 * the plain-JS loops. Inputs mix NaN, ±inf, ±0 and the values at every target's edges
 * (2^31, 2^32, 2^51, 2^63, 2^64, …) into random values, at lengths around the kernels'
 * threshold, their 4-lane groups and the streamed pieces, in contiguous, strided,
 * reversed, transposed, 0-d and empty layouts. The result bytes and the RuntimeWarnings
 * issued ("invalid value encountered in cast") must be NumPy's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const SPECIAL = [
  Number.NaN,
  -Number.NaN,
  Infinity,
  -Infinity,
  0,
  -0,
  0.5,
  -0.5,
  0.999,
  -0.999,
  127.9,
  128,
  -128.5,
  -129,
  255.5,
  256,
  32767.5,
  32768,
  -32769,
  65535.9,
  65536,
  2 ** 31 - 1,
  2 ** 31 - 0.5,
  2 ** 31,
  2 ** 31 + 0.5,
  -(2 ** 31),
  -(2 ** 31) - 0.5,
  -(2 ** 31) - 1,
  2 ** 32 - 1,
  2 ** 32,
  2 ** 32 + 1,
  3e9,
  -3e9,
  5e9,
  2 ** 51 - 1,
  2 ** 51,
  -(2 ** 51),
  -(2 ** 51) - 1,
  2 ** 52 + 1,
  2 ** 53,
  2 ** 63 - 1024,
  2 ** 63,
  -(2 ** 63),
  -(2 ** 63) - 2048,
  2 ** 64 - 2048,
  2 ** 64,
  1e20,
  -1e20,
  1e300,
  5e-324,
  3.4028234663852886e38,
];
const FLOATS = ['float64', 'float32'];
const INTS = ['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64'];
const LENGTHS = [0, 1, 3, 5, 63, 64, 67, 130, 1001, 9003];
const LAYOUTS = ['c', 'step3', 'reversed', 'transposed', '0d'] as const;

/** Deterministic values: random magnitudes over many scales, some of them special. */
function values(n: number, seed: number, special: boolean): Float64Array {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const scale = 10 ** Math.floor(next() * 12);
    x[i] = (next() * 2 - 1) * scale;
    // Specials land anywhere, the last lanes (the uint32 scalar tail) included.
    if (special && (next() < 0.2 || i >= n - 2))
      x[i] = SPECIAL[Math.floor(next() * SPECIAL.length)]!;
  }
  return x;
}

function hex(x: Float64Array): string {
  return Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString('hex');
}

interface Spec {
  x: string;
  src: string;
  to: string;
  layout: (typeof LAYOUTS)[number];
}

const PY = `
import warnings
out = []
for s in json.loads(sys.stdin.read()):
    x = np.frombuffer(bytes.fromhex(s['x']), dtype=np.float64)
    with np.errstate(all='ignore'):
        x = x.astype(s['src'])
    L = s['layout']
    if L == 'step3': x = x[::3]
    elif L == 'reversed': x = x[::-1]
    elif L == 'transposed': x = x[: x.size // 2 * 2].reshape(2, -1).T
    elif L == '0d': x = x[0] if x.size else x
    x = np.asarray(x)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        y = x.astype(s['to'])
    out.append([np.ascontiguousarray(y).tobytes().hex(), [str(m.message) for m in w]])
print(json.dumps(out))
`;

function layout(x: np.NDArray, l: Spec['layout']): np.NDArray {
  if (l === 'step3') return x.get('::3');
  if (l === 'reversed') return x.get('::-1');
  if (l === 'transposed') return x.get(`:${Math.floor(x.size / 2) * 2}`).reshape(2, -1).T;
  if (l === '0d' && x.size > 0) return x.get('0:1').reshape([]);
  return x;
}

function run(specs: Spec[], want: [string, string[]][]): void {
  specs.forEach((s, i) => {
    const buf = Buffer.from(s.x, 'hex');
    const f = new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
    const x0 = np.errstate({ all: 'ignore' }, () => np.asarray(f).astype(s.src));
    const x = layout(x0 as np.NDArray, s.layout);
    // NumPy's RuntimeWarnings as numtype's errstate callback sees them ('warn' mode's texts).
    const warned: string[] = [];
    const call = (err: string) => warned.push(`${err} encountered in cast`);
    const y = np.errstate({ all: 'call', call }, () => x.astype(s.to));
    const c = np.ascontiguousarray(y);
    const got = Buffer.from(new Uint8Array(c.buffer, c.offset, c.nbytes)).toString('hex');
    const what = `${s.src}->${s.to} n=${f.length} ${s.layout} (${getBackend()})`;
    assert.deepEqual(warned, want[i]![1], `${what}: warnings`);
    assert.equal(got, want[i]![0], `${what}: bytes`);
  });
}

describe('casts between floats and integers match NumPy (live)', () => {
  const specs: Spec[] = [];
  let seed = 1;
  for (const src of FLOATS) {
    for (const to of INTS) {
      for (const n of LENGTHS) {
        // Values with specials, and in-range ones (no warning) for the fast lanes alone.
        specs.push({ x: hex(values(n, seed++, true)), src, to, layout: 'c' });
        const tame = values(n, seed++, false).map((v) => v % 100);
        specs.push({ x: hex(tame), src, to, layout: 'c' });
      }
      for (const l of LAYOUTS.slice(1)) {
        for (const n of [0, 7, 301])
          specs.push({ x: hex(values(n, seed++, true)), src, to, layout: l });
      }
    }
  }
  for (const src of ['int32', 'uint32', 'int64']) {
    for (const n of [5, 64, 1001, 9003]) {
      // Integers of every size, past 2^53 for int64 (rounded to nearest).
      const x = values(n, seed++, false).map((v) => Math.trunc(v * 1e9));
      specs.push({ x: hex(x), src, to: 'float64', layout: 'c' });
      specs.push({ x: hex(x), src, to: 'float64', layout: 'reversed' });
    }
  }
  const want = hasNumpy() ? pyJSON<[string, string[]][]>(PY, JSON.stringify(specs)) : [];

  for (const backend of ['wasm', 'js'] as const) {
    it(`bytes and warnings, ${backend} backend`, { skip: !hasNumpy() }, () => {
      const before = getBackend();
      try {
        setBackend(backend);
        run(specs, want);
      } finally {
        setBackend(before);
      }
    });
  }
});
