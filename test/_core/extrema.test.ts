/**
 * np.max / np.min / np.any / np.all / np.argmax / np.argmin and np.fmax/fmin.reduce against
 * NumPy, bit for bit
 * (scripts/fixtures/gen_extrema.py): whole contiguous arrays (the quick path of
 * quick_extrema.ts and the SIMD run kernels of assembly/extrema.ts), strided and reversed
 * views and axis reductions (the reduce machinery), over NaN payloads and signs in several
 * places, mixed ±0, ±inf, every integer width and bool, and lengths around the wasm threshold
 * (64) and the kernel's piece boundaries (8192 float64, 16384 float32). Scalar NaN results are
 * compared as NaN (V8 need not keep a NaN number's payload or sign); arrays bit for bit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { loadFixture } from '../helpers.js';

interface Case {
  dtype: string;
  n: number;
  x?: string;
  patches?: [number, string][];
  [op: string]: unknown;
}
const fx = loadFixture<{ cases: Case[] }>('extrema');

const raw = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

/** The generator's formula(n): exactly representable values, then the stored patches. */
function input(c: Case): np.NDArray {
  if (c.x !== undefined) return np.frombuffer(raw(c.x).slice().buffer, { dtype: c.dtype });
  const v = Array.from({ length: c.n }, (_, i) => (((i * 7919) % 10007) - 5003) * 0.25);
  const a = np.array(v, { dtype: c.dtype });
  const bytes = new Uint8Array(a.buffer, a.offset, a.nbytes);
  for (const [j, b] of c.patches ?? []) bytes.set(raw(b), j * a.itemsize);
  return a;
}

/** The bytes a scalar result has in the case's dtype. */
function scalarBytes(v: unknown, dtype: string): Uint8Array {
  const a = np.array([v as number], { dtype });
  return new Uint8Array(a.buffer, a.offset, a.nbytes).slice();
}

function sameScalar(got: unknown, want: string, dtype: string, what: string): void {
  const w = raw(want);
  const g = scalarBytes(got, dtype);
  if (dtype.startsWith('float')) {
    const wv =
      dtype === 'float64'
        ? new Float64Array(w.slice().buffer)[0]!
        : new Float32Array(w.slice().buffer)[0]!;
    if (Number.isNaN(wv)) {
      assert.ok(Number.isNaN(got as number), `${what}: want NaN, got ${got}`);
      return;
    }
  }
  assert.deepEqual(g, w, `${what}: got ${String(got)}`);
}

function sameArray(got: np.NDArray, want: string, what: string): void {
  const g = np.ascontiguousarray(got);
  assert.deepEqual(new Uint8Array(g.buffer, g.offset, g.nbytes), raw(want), what);
}

describe('np.max / np.min / np.any / np.all vs NumPy', () => {
  for (const c of fx.cases) {
    it(`${c.dtype} n=${c.n}${c.patches?.length ? ' patched' : ''}`, () => {
      const x = input(c);
      const tag = (op: string) => `${op} ${c.dtype} n=${c.n}`;
      np.errstate({ all: 'ignore' }, () => {
        if (c.dtype === 'int64' || c.dtype === 'uint64') {
          // Values beyond 2^53 have no JS number: compare the 1-element results' bytes.
          const k = { keepdims: true } as const;
          sameArray(np.max(x, k), c.max as string, tag('max'));
          sameArray(np.min(x, k), c.min as string, tag('min'));
          sameArray(np.fmax.reduce(x, { keepdims: true }), c.fmax as string, tag('fmax.reduce'));
          sameArray(np.min(x.get('::-1'), k), c.min_rev as string, tag('min [::-1]'));
          assert.equal(np.any(x), c.any, tag('any'));
          assert.equal(x.all(), c.all, tag('all'));
          // Whole-array results as JS numbers when exact (the quick path), else RangeError.
          for (const [op, want] of [
            [() => np.max(x), c.max],
            [() => x.min(), c.min],
          ] as const) {
            const b = raw(want as string);
            const v = new BigInt64Array(b.slice().buffer)[0]!;
            const exact: bigint = c.dtype === 'uint64' ? BigInt.asUintN(64, v) : v;
            if (exact > 2n ** 53n || exact < -(2n ** 53n)) assert.throws(op, RangeError);
            else assert.equal(op(), Number(exact), tag('int64 scalar'));
          }
          return;
        }
        assert.equal(np.argmax(x), c.argmax, tag('argmax'));
        assert.equal(np.argmin(x), c.argmin, tag('argmin'));
        assert.equal(np.argmax(x.get('::-1')), c.argmax_rev, tag('argmax [::-1]'));
        sameScalar(np.max(x), c.max as string, c.dtype, tag('max'));
        sameScalar(x.min(), c.min as string, c.dtype, tag('min'));
        sameScalar(np.amax(x), c.max as string, c.dtype, tag('amax'));
        assert.equal(np.any(x), c.any, tag('any'));
        assert.equal(x.all(), c.all, tag('all'));
        sameScalar(np.fmax.reduce(x), c.fmax as string, c.dtype, tag('fmax.reduce'));
        sameScalar(np.fmin.reduce(x), c.fmin as string, c.dtype, tag('fmin.reduce'));
        sameScalar(np.max(x.get('::2')), c.max_step2 as string, c.dtype, tag('max [::2]'));
        sameScalar(np.min(x.get('::-1')), c.min_rev as string, c.dtype, tag('min [::-1]'));
        if (c.max_axis1 !== undefined) {
          const m = x.reshape([5, -1]);
          sameArray(np.max(m, { axis: 1 }), c.max_axis1 as string, tag('max axis 1'));
          sameArray(np.min(m, { axis: 0 }), c.min_axis0 as string, tag('min axis 0'));
          sameArray(np.any(m, { axis: 1 }), c.any_axis1 as string, tag('any axis 1'));
          sameArray(np.all(m, { axis: 0 }), c.all_axis0 as string, tag('all axis 0'));
          assert.deepEqual(
            np.argmax(m, { axis: 1 }).tolist(),
            c.argmax_axis1,
            tag('argmax axis 1'),
          );
        }
      });
    });
  }
  it('empty arrays still raise NumPy error', () => {
    assert.throws(
      () => np.max(np.array([], { dtype: 'float64' })),
      /zero-size array to reduction operation maximum which has no identity/,
    );
    assert.equal(np.any(np.array([], { dtype: 'float64' })), false);
    assert.equal(np.all(np.array([], { dtype: 'float64' })), true);
  });
});

const ew = loadFixture<{ cases: Record<string, string>[] }>('extrema_elementwise');

describe('element-wise maximum, minimum, clip, isnan, floor, ceil, trunc, rint, sign, square, fabs vs NumPy, bit for bit', () => {
  for (const c of ew.cases) {
    const dt = c.dtype!;
    const a = np.frombuffer(raw(c.a!).slice().buffer, { dtype: dt });
    const b = np.frombuffer(raw(c.b!).slice().buffer, { dtype: dt });
    const run: Record<string, () => np.NDArray> = {
      'maximum(a,b)': () => np.maximum(a, b),
      'minimum(a,b)': () => np.minimum(a, b),
      'maximum(a,0)': () => np.maximum(a, 0),
      'minimum(-0,a)': () => np.minimum(-0, a),
      'maximum(a[::-1],b)': () => np.maximum(a.get('::-1'), b),
      'clip(a,-1,1)': () => np.clip(a, -1, 1),
      'clip(a,0,0.5)': () => np.clip(a, 0, 0.5),
      'clip(a,-0,inf)': () => np.clip(a, -0, Infinity),
      'clip(a,2,1)': () => np.clip(a, 2, 1),
      'clip(a,0.1,nan)': () => np.clip(a, 0.1, Number.NaN),
      'isnan(a)': () => np.isnan(a),
      'isnan(a[::-1])': () => np.isnan(a.get('::-1')),
    };
    const h = np.frombuffer(raw(c.h!).slice().buffer, { dtype: dt });
    const unary = {
      floor: np.floor,
      ceil: np.ceil,
      trunc: np.trunc,
      rint: np.rint,
      sign: np.sign,
      square: np.square,
      fabs: np.fabs,
    };
    for (const [f, u] of Object.entries(unary)) {
      run[`${f}(a)`] = () => u(a) as np.NDArray;
      run[`${f}(h)`] = () => u(h) as np.NDArray;
    }
    for (const [name, f] of Object.entries(run)) {
      it(`${dt} n=${a.size} ${name}`, () => {
        const got = np.errstate({ all: 'ignore' }, f);
        assert.equal(got.dtype.name, name.startsWith('isnan') ? 'bool' : dt);
        sameArray(got, c[name]!, `${name} ${dt} n=${a.size}`);
      });
    }
  }
});
