/**
 * Element-wise paths of the ufunc engine against NumPy (scripts/fixtures/gen_elementwise_paths.py):
 * short rows against a broadcast row (several rows per kernel call, the row tiled), strided
 * inputs (the wasm strided gather: steps 2, 3, -1, every element size), x op x (one operand
 * copied into the kernel's memory once), comparisons and np.where on them. Results must be
 * byte-identical (sha256 of the C-order bytes) and np.errstate must report NumPy's categories,
 * on the wasm backend and on the plain-JS one.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { getBackend, setBackend } from '../../../src/_core/kernels/index.js';
import * as np from '../../../src/index.js';
import { loadFixture } from '../../helpers.js';

/** gen_elementwise_paths.py's `data`: the same formula, special values and conversions. */
function data(n: number, dtype: string, k = 0): np.NDArray {
  const phi = k === 0 ? 0.6180339887498949 : 0.7548776662466927;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = ((i * phi) % 1) * 8 - 4;
  const kind = np.dtype(dtype).kind;
  if (kind === 'f' || kind === 'c') {
    for (let i = 0; i < n; i += 97) x[i] = Number.NaN;
    for (let i = 5; i < n; i += 101) x[i] = Number.POSITIVE_INFINITY;
    for (let i = 7; i < n; i += 103) x[i] = Number.NEGATIVE_INFINITY;
    for (let i = 11; i < n; i += 89) x[i] = -0;
    for (let i = 13; i < n; i += 79) x[i] = k === 0 ? 1e308 : 1e-310;
  }
  return np.errstate({ all: 'ignore' }, () => {
    if (kind === 'c') {
      const z = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) {
        z[2 * i] = x[i]!;
        z[2 * i + 1] = x[n - 1 - i]!;
      }
      return np.frombuffer(z.buffer, { dtype: 'complex128' }).astype(dtype);
    }
    if (kind === 'i' || kind === 'u') {
      const size = np.dtype(dtype).itemsize;
      const f = size >= 4 ? 2 ** (8 * size - 2) / 4096 : 1;
      return np.floor(np.asarray(x).mul(1000)).astype('int64').mul(f).astype(dtype);
    }
    if (kind === 'b') return np.asarray(x).gt(0);
    return np.asarray(x).astype(dtype);
  });
}

const M = (r: number, c: number, dt: string, k = 0) => data(r * c, dt, k).reshape(r, c);
const CASES: Record<string, () => np.NDArray> = {};
const add = (name: string, f: () => np.NDArray) => {
  CASES[name] = f;
};

for (const dt of [
  'float64',
  'float32',
  'int64',
  'int32',
  'uint8',
  'complex128',
  'float16',
  'bool',
]) {
  const m = M(400, 300, dt);
  const v = data(300, dt, 1);
  if (dt === 'bool') {
    add(`${dt} m & v`, () => np.bitwise_and(m, v));
    continue;
  }
  add(`${dt} m + v`, () => m.add(v));
  add(`${dt} v - m`, () => v.sub(m));
  // numtype's complex multiply differs from NumPy's on (1e308+xj)*(1e-310+yj) (defs, not this path).
  if (dt !== 'complex128') add(`${dt} m * v`, () => m.mul(v));
}
const m = M(400, 300, 'float64');
const v = data(300, 'float64', 1);
add('float64 m / v', () => m.div(v));
add('float64 v / m', () => v.div(m));
add('float64 maximum(m, v)', () => np.maximum(m, v));
add('float64 m > v', () => m.gt(v));
add('float64 m + v, out=', () =>
  np.add(m, v, { out: np.full([400, 300], 7, { dtype: 'float64' }) }),
);
add('float64 m + v0, out= float32', () =>
  np.add(m, data(300, 'float64'), {
    out: np.full([400, 300], 7, { dtype: 'float32' }),
    casting: 'unsafe',
  }),
);
add('float64 3-d (7,300,40) * (7,1,40)', () =>
  M(7 * 300, 40, 'float64')
    .reshape(7, 300, 40)
    .mul(data(280, 'float64', 1).reshape(7, 1, 40)),
);
add('float64 3-d (3,200,30) - (200,30)', () =>
  M(600, 30, 'float64')
    .reshape(3, 200, 30)
    .sub(M(200, 30, 'float64', 1)),
);
add('float64 (4000, 3) + (3,)', () => M(4000, 3, 'float64').add(data(3, 'float64', 1)));
add('float64 (2, 9000) + (9000,)', () => M(2, 9000, 'float64').add(data(9000, 'float64', 1)));
add('float64 m[:, ::2] + v[::2]', () => m.get(':', '::2').add(v.get('::2')));
add('float64 m[::-1] + v', () => m.get('::-1').add(v));
add('float64 m + v[:, None] (columns)', () => M(300, 400, 'float64').add(v.get(':', null)));
add('float64 empty (0, 300) + v', () => np.empty([0, 300]).add(v));
add('int64 m // v (rows)', () => {
  const w = data(300, 'int64', 1);
  return np.floor_divide(M(400, 300, 'int64'), np.where(w.eq(0), 1, w));
});

for (const dt of [
  'float64',
  'float32',
  'int64',
  'uint64',
  'int32',
  'uint32',
  'int16',
  'complex128',
  'complex64',
  'float16',
]) {
  const a = data(30001, dt);
  const b = data(30001, dt, 1);
  add(`${dt} a[::2] * 2`, () => a.get('::2').mul(2));
  add(`${dt} a[1::3] + b[2::3]`, () => a.get('1::3').add(b.get('2::3')));
  add(`${dt} a[::-1] - b`, () => a.get('::-1').sub(b));
  add(`${dt} -a[::-2]`, () => np.negative(a.get('::-2')));
}
const a = data(30001, 'float64');
add('float64 a[::7] / a[1::7]', () => a.get('::7').div(a.get('1::7')));
add('float64 m[:, ::2] * 3 (2-d strided)', () => m.get(':', '::2').mul(3));
add('float64 m[::2, ::-3] + 1', () => m.get('::2', '::-3').add(1));
add('float64 a[::2] > 0', () => a.get('::2').gt(0));
add('float64 sqrt(a[::2])', () => np.sqrt(a.get('::2')));
add('float64 a[::2][:5] + 1 (short)', () => a.get('::2').get(':5').add(1));
add('float64 a[::2] * 1e300 (overflow)', () => a.get('::2').mul(1e300));

for (const dt of ['float64', 'float32', 'int64']) {
  const x = data(30001, dt);
  add(`${dt} a + a`, () => x.add(x));
  add(`${dt} a * a`, () => x.mul(x));
  add(`${dt} a - a`, () => x.sub(x));
  add(`${dt} a / a`, () => x.div(x));
  add(`${dt} a == a`, () => x.eq(x));
  add(`${dt} a < a`, () => x.lt(x));
}
add('float64 a[1:] + a[:-1]', () => a.get('1:').add(a.get(':-1')));
add('float64 a + a, out=a', () => {
  const x = a.copy();
  return np.add(x, x, { out: x });
});
add('float64 where(a > 0, a, 0)', () => np.where(a.gt(0), a, 0));
add('float64 where(a[::2] > 0, a[::2], -1.5)', () => {
  const s = a.get('::2');
  return np.where(s.gt(0), s, -1.5);
});
add('float64 0-d + 0-d', () => np.asarray(np.add(np.float64(3.5), np.array(2.0))));
add('float64 0-d array * a[::2]', () => np.array(1e300).mul(a.get('::2')));

interface Case {
  name: string;
  dtype: string;
  shape: number[];
  c: boolean;
  sha: string;
  errs: string[];
}

function run(name: string): { r: np.NDArray; errs: string[] } {
  const errs: string[] = [];
  const old = np.seterrcall((err: string) => {
    errs.push(err);
  });
  try {
    const r = np.errstate({ all: 'call' }, CASES[name]!);
    return { r, errs };
  } finally {
    np.seterrcall(old);
  }
}

const fx = loadFixture<{ cases: Case[] }>('elementwise_paths');
const initial = getBackend();
after(() => setBackend(initial === 'js' ? 'js' : 'auto'));

for (const backend of ['wasm', 'js'] as const) {
  describe(`element-wise paths vs NumPy (${backend} backend)`, () => {
    it('covers every fixture case', () => {
      assert.deepEqual(Object.keys(CASES).sort(), fx.cases.map((k) => k.name).sort());
    });
    for (const k of fx.cases) {
      it(k.name, (t) => {
        if (backend === 'wasm' && initial === 'js') return t.skip('wasm backend disabled');
        setBackend(backend);
        const { r, errs } = run(k.name);
        assert.equal(String(r.dtype), k.dtype);
        assert.deepEqual(r.shape, k.shape);
        assert.equal(r.flags.c_contiguous, k.c, 'layout');
        const bytes = np.ascontiguousarray(r).tobytes();
        assert.equal(createHash('sha256').update(bytes).digest('hex'), k.sha, 'bytes');
        assert.deepEqual(errs, k.errs, 'errstate categories');
      });
    }
  });
}

describe('errstate raise in the batched-row and strided paths', () => {
  it('overflow raises FloatingPointError', () => {
    setBackend(initial === 'js' ? 'js' : 'auto');
    const big = np.full([50, 40], 1e308);
    const row = np.full([40], 10);
    assert.throws(
      () => np.errstate({ over: 'raise' }, () => big.mul(row)),
      /overflow encountered in multiply/,
    );
    const s = np.full([200], 1e308).get('::2');
    assert.throws(
      () => np.errstate({ over: 'raise' }, () => s.mul(10)),
      /overflow encountered in multiply/,
    );
    const inf = np.full([100], Number.POSITIVE_INFINITY);
    assert.throws(
      () => np.errstate({ invalid: 'raise' }, () => inf.sub(inf)),
      /invalid value encountered in subtract/,
    );
  });
});
