import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gemm, gemmJS } from '../../src/_core/kernels/gemm.js';
import { setBackend } from '../../src/_core/kernels/index.js';
import {
  dot,
  inner,
  kron,
  matmul,
  matvec,
  outer,
  tensordot,
  vdot,
  vecdot,
  vecmat,
} from '../../src/_core/linalg_products/products.js';
import { NDArray } from '../../src/_core/ndarray.js';
import * as np from '../../src/index.js';
import { decode, loadFixture, seededRandom } from '../helpers.js';

const FNS: Record<string, (...a: any[]) => any> = {
  matmul,
  dot,
  vdot,
  inner,
  outer,
  vecdot,
  matvec,
  vecmat,
  tensordot,
  kron,
};

interface Enc {
  dtype: string;
  shape: number[];
  data: unknown[];
}
interface Case {
  fn: string;
  args: {
    arr?: Enc;
    spec?: [string, number[], number[], number];
    view?: string;
    scalar?: unknown;
  }[];
  kwargs: Record<string, unknown>;
  note: string;
  scalar?: boolean;
  k?: number;
  expected?: Enc;
  error?: [string, string];
}

function toValue(v: any): any {
  if (v !== null && typeof v === 'object' && 're' in v) return new np.Complex(v.re, v.im);
  return v;
}

function build(e: Enc): NDArray {
  const data = decode(e.data).map(toValue);
  return np.array(data, { dtype: e.dtype as any }).reshape(e.shape);
}

function gen([dtype, shape, mul, mod]: [string, number[], number[], number]): NDArray {
  const n = shape.reduce((x, y) => x * y, 1);
  const vals: number[] = [];
  const idx = shape.map(() => 0);
  for (let t = 0; t < n; t++) {
    let s = 0;
    for (let i = 0; i < shape.length; i++) s += idx[i] * mul[i];
    vals.push((s % mod) - Math.floor(mod / 2));
    for (let i = shape.length - 1; i >= 0; i--) {
      if (++idx[i] < shape[i]) break;
      idx[i] = 0;
    }
  }
  return np.array(vals, { dtype: dtype as any }).reshape(shape);
}

function arg(a: Case['args'][number]): any {
  if ('scalar' in a) return decode(a.scalar);
  let x = a.spec ? gen(a.spec) : build(a.arr as Enc);
  if (a.view === 'T') x = x.T;
  else if (a.view === 'rev') x = x.get('...', np.slice(null, null, -1));
  else if (a.view === 'step') x = x.get(np.slice(null, null, 2));
  return x;
}

function close(got: any, want: any, tol: number, msg: string): void {
  if (typeof want === 'object' && want !== null && 're' in want) {
    close(got.re, want.re, tol, `${msg} re`);
    close(got.im, want.im, tol, `${msg} im`);
    return;
  }
  if (typeof want === 'number' && !Number.isInteger(want) && tol > 0) {
    assert.ok(
      Math.abs(got - want) <= tol * Math.max(1, Math.abs(want)),
      `${msg}: ${got} vs ${want}`,
    );
    return;
  }
  if (typeof want === 'number' && typeof got === 'number' && tol > 0) {
    assert.ok(
      Math.abs(got - want) <= tol * Math.max(1, Math.abs(want)),
      `${msg}: ${got} vs ${want}`,
    );
    return;
  }
  assert.deepEqual(got, want, msg);
}

function tolFor(dtype: string, k: number): number {
  if (dtype.includes('float64') || dtype === 'complex128') return 4e-16 * Math.max(k, 4) * 8;
  if (dtype === 'float32' || dtype === 'complex64') return 1.2e-7 * Math.max(k, 4) * 8;
  if (dtype === 'float16') return 1e-3;
  return 0;
}

function runCase(c: Case, label: string): void {
  const fn = FNS[c.fn];
  const args = c.args.map(arg);
  const kw = c.kwargs;
  const call = () => {
    if (c.fn === 'tensordot') return fn(args[0], args[1], kw.axes ?? 2);
    return Object.keys(kw).length ? fn(...args, kw) : fn(...args);
  };
  if (c.error) {
    assert.throws(call, (e: any) => {
      assert.equal(`${e.name}: ${e.message}`, `${c.error?.[0]}: ${c.error?.[1]}`, label);
      return true;
    });
    return;
  }
  const want = c.expected as Enc;
  const tol = tolFor(want.dtype, c.k ?? 1);
  const wantData = decode(want.data);
  if (c.scalar && typeof wantData[0] === 'bigint') {
    assert.throws(call, RangeError);
    return;
  }
  const r = call();
  if (c.scalar) {
    assert.ok(!(r instanceof NDArray), `${label}: expected a JS value`);
    close(r, wantData[0], tol, label);
    return;
  }
  assert.ok(r instanceof NDArray, label);
  assert.equal(String(r.dtype), want.dtype, `${label} dtype`);
  assert.deepEqual(r.shape, want.shape, `${label} shape`);
  const got = r.size === 0 ? [] : (r.reshape(-1).tolist({ bigint: true }) as unknown[]);
  const norm = (v: any) =>
    typeof v === 'bigint' && v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;
  for (let i = 0; i < wantData.length; i++)
    close(norm(got[i]), norm(wantData[i]), tol, `${label}[${i}]`);
}

const cases = loadFixture<{ cases: Case[] }>('products').cases;

for (const backend of ['wasm', 'js'] as const) {
  describe(`products vs NumPy (${backend} backend)`, () => {
    for (const [i, c] of cases.entries()) {
      const label = `${c.fn} #${i} ${c.note} ${c.args.map((a) => (a.arr ? `${a.arr.dtype}${JSON.stringify(a.arr.shape)}` : a.spec ? `${a.spec[0]}${JSON.stringify(a.spec[1])}` : 'scalar') + (a.view ? `.${a.view}` : '')).join(' ')}`;
      it(label, () => {
        setBackend(backend);
        try {
          runCase(c, label);
        } finally {
          setBackend('auto');
        }
      });
    }
  });
}

describe('matmul options and methods', () => {
  it('out= writes into out and returns it; casting is checked', () => {
    const a = np.arange(6).reshape(2, 3).astype('float64');
    const b = np.arange(6).reshape(3, 2).astype('float64');
    const out = np.zeros([2, 2]);
    assert.equal(matmul(a, b, out), out);
    assert.deepEqual(out.tolist(), [
      [10, 13],
      [28, 40],
    ]);
    const out2 = np.zeros([2, 2], { dtype: 'float32' });
    assert.equal(matmul(a, b, { out: out2 }), out2);
    assert.throws(() => matmul(a, b, np.zeros([2, 2], { dtype: 'int64' })), {
      name: 'UFuncTypeError',
    });
    assert.throws(() => matmul(a, b, np.zeros([3, 3])), {
      message:
        'matmul: Output operand 0 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 3 is different from 2)',
    });
  });
  it('dtype= selects the loop', () => {
    const r = matmul([[1, 2]], [[3], [4]], { dtype: 'float32' });
    assert.equal(String(r.dtype), 'float32');
    assert.deepEqual(r.tolist(), [[11]]);
  });
  it('unknown options are a TypeError', () => {
    assert.throws(() => matmul([1], [1], { bogus: 1 } as any), {
      name: 'TypeError',
      message: "matmul() got an unexpected keyword argument 'bogus'",
    });
  });
  it('NDArray.matmul / imatmul / dot', () => {
    const a = np.arange(4).reshape(2, 2).astype('float64') as any;
    if (typeof a.matmul !== 'function') return; // methods are wired in ndarray.ts
    assert.deepEqual(a.matmul(a).tolist(), [
      [2, 3],
      [6, 11],
    ]);
    assert.deepEqual(a.dot(a).tolist(), [
      [2, 3],
      [6, 11],
    ]);
    const c = a.copy();
    assert.equal(c.imatmul(a), c);
    assert.deepEqual(c.tolist(), [
      [2, 3],
      [6, 11],
    ]);
  });
});

describe('GEMM kernel (wasm vs JS vs naive), random shapes and strides', () => {
  it('float64 and float32 agree with a naive product', () => {
    const rnd = seededRandom(7);
    for (let t = 0; t < 40; t++) {
      const f32 = t % 2 === 1;
      const m = 1 + Math.floor(rnd() * 90);
      const n = 1 + Math.floor(rnd() * 300);
      const k = Math.floor(rnd() * 280);
      const A = (f32 ? new Float32Array(m * k * 2 + 3) : new Float64Array(m * k * 2 + 3)).map(
        () => rnd() * 2 - 1,
      );
      const B = (f32 ? new Float32Array(k * n + 5) : new Float64Array(k * n + 5)).map(
        () => rnd() * 2 - 1,
      );
      // A transposed and strided (column-major with a row gap), B row-major at an offset
      const a = { data: A, off: 3, rs: 2, cs: 2 * m };
      const b = { data: B, off: 5, rs: n, cs: 1 };
      const c1 = f32 ? new Float32Array(m * n + 1) : new Float64Array(m * n + 1);
      const c2 = f32 ? new Float32Array(m * n + 1) : new Float64Array(m * n + 1);
      setBackend('wasm');
      gemm(f32, m, n, k, a, b, c1, 1, n);
      setBackend('auto');
      gemmJS(f32, m, n, k, a, b, c2, 1, n);
      const tol = (f32 ? 1.2e-7 : 2.3e-16) * Math.max(k, 1) * 4;
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let p = 0; p < k; p++) s += A[3 + i * 2 + p * 2 * m] * B[5 + p * n + j];
          assert.ok(
            Math.abs(c1[1 + i * n + j] - s) <= tol * Math.max(1, Math.abs(s)),
            `wasm ${m}x${k}x${n} (${i},${j})`,
          );
          assert.ok(
            Math.abs(c2[1 + i * n + j] - s) <= tol * Math.max(1, Math.abs(s)),
            `js ${m}x${k}x${n} (${i},${j})`,
          );
        }
      }
      assert.equal(c1[0], 0);
    }
  });
  it('inf and nan propagate as in a plain product (padding does not leak)', () => {
    const a = np.array([
      [Infinity, 1, 2],
      [Number.NaN, 0, 1],
      [1, 2, 3],
    ]);
    const b = np.array([
      [1, 0],
      [2, 1],
      [0, 1],
    ]);
    const r = matmul(a, b).tolist() as number[][];
    assert.deepEqual(r[0], [Infinity, Number.NaN]);
    assert.ok(Number.isNaN(r[1][0]) && Number.isNaN(r[1][1]));
    assert.deepEqual(r[2], [5, 5]);
  });
});
