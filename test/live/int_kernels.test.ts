/**
 * The int8 … uint32 element-wise kernels (assembly/int_ops.ts through kernels/int_wasm.ts,
 * and their branch-free JS twins in umath/defs/int_fast.ts) against live NumPy, on both
 * backends: wrapping add/subtract/multiply, bitwise and/or/xor/invert, shifts (counts
 * negative and ≥ the width), maximum/minimum, clip (scalar bounds, lo > hi, array bounds),
 * comparisons, negative/absolute, floor_divide/remainder (division by zero: 0 and
 * NumPy's warning; constant divisors of every sign and size), np.sum (int64/uint64
 * accumulators), and np.all / np.any of bool matrices over either axis (offset, transposed and strided views); and the int64 / uint64
 * wrapping add, subtract and multiply kernels. Data hold each dtype's boundary values (MIN, MAX, 0, -1, …) among random
 * ones; lengths straddle the SIMD width and the streaming block sizes; operands come
 * contiguous, offset, strided, reversed, broadcast, 0-d, empty and as Python ints on either
 * side. Results are compared as sha256 of their bytes with dtype, shape and warnings.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const DTYPES: [string, number, boolean][] = [
  ['int8', 8, true],
  ['uint8', 8, false],
  ['int16', 16, true],
  ['uint16', 16, false],
  ['int32', 32, true],
  ['uint32', 32, false],
];
const WIDE = [
  ['int64', true],
  ['uint64', false],
] as const;
const BINARY = [
  'add',
  'subtract',
  'multiply',
  'bitwise_and',
  'bitwise_or',
  'bitwise_xor',
  'maximum',
  'minimum',
  'equal',
  'not_equal',
  'less',
  'less_equal',
  'greater',
  'greater_equal',
  'left_shift',
  'right_shift',
  'floor_divide',
  'remainder',
];
const UNARY = ['negative', 'absolute', 'invert'];
/** Around the SIMD widths (16 bytes, 32 per loop step) and the blocks (4096 … 32768 elements). */
const LENGTHS = [1, 15, 16, 17, 33, 63, 64, 65, 100, 4095, 4097, 8193, 16385, 32769];
const L = 33000;

interface Case {
  dt: string;
  op: string;
  /** aa: arrays; as / sa: Python int second / first; strided, bcast, d0 (0-d), empty, clip forms. */
  form: string;
  n: number;
  off: number;
  s: number;
  s2: number;
}

function bounds(bits: number, signed: boolean): [number, number] {
  return signed ? [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1] : [0, 2 ** bits - 1];
}

/** Values of one dtype: random bits with the boundary values every few elements. */
/** `phase` shifts the boundary values' pattern (b's −1 and 0 meet a's MIN and MAX). */
function values(bits: number, signed: boolean, seed: number, shift: boolean, phase = 0): number[] {
  const rnd = seededRandom(seed);
  const [lo, hi] = bounds(bits, signed);
  const special = [lo, hi, 0, signed ? -1 : hi, 1, lo + 1, hi - 1, 2, 7];
  const out: number[] = [];
  for (let i = 0; i < L; i++) {
    const r = Math.floor(rnd() * 2 ** 32);
    let v = bits === 32 ? r : r % 2 ** bits;
    if (signed && v > hi) v -= 2 ** bits;
    if (shift) v = Math.floor(rnd() * (bits + 6)) - (signed ? 3 : 0);
    else if (i % 5 === 0) v = special[(i / 5 + phase) % special.length]!;
    out.push(v);
  }
  return out;
}

/** int64 / uint64 values as decimal strings (JSON numbers lose bits past 2^53). */
function values64(signed: boolean, seed: number, phase: number): string[] {
  const rnd = seededRandom(seed);
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  const special = [min, max, 0n, signed ? -1n : max, 1n, 2n ** 32n, 2n ** 31n + 1n, 3n];
  const out: string[] = [];
  for (let i = 0; i < L; i++) {
    let v = (BigInt(Math.floor(rnd() * 2 ** 32)) << 32n) | BigInt(Math.floor(rnd() * 2 ** 32));
    if (signed) v = BigInt.asIntN(64, v);
    if (i % 5 === 0) v = special[(i / 5 + phase) % special.length]!;
    out.push(String(v));
  }
  return out;
}

function makeCases(): Case[] {
  const rnd = seededRandom(81);
  const cases: Case[] = [];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  for (const [dt, bits, signed] of DTYPES) {
    const [lo, hi] = bounds(bits, signed);
    const scalars = [lo, hi, 0, 1, signed ? -1 : hi - 1, 7, Math.floor(hi / 3)];
    const counts = signed ? [-1, 0, 1, 2, bits - 1, bits, bits + 5] : [0, 1, 2, bits - 1, bits, 99];
    const base = { dt, n: 0, off: 0, s: 0, s2: 0 };
    for (const op of [...BINARY, ...UNARY]) {
      const unary = UNARY.includes(op);
      const shift = op.endsWith('_shift');
      for (const n of LENGTHS) {
        for (const off of [0, 1]) cases.push({ ...base, op, form: 'aa', n, off });
        if (unary) continue;
        for (const form of ['as', 'sa']) {
          const s = pick(form === 'as' && shift ? counts : scalars);
          cases.push({ ...base, op, form, n, off: n % 2, s });
        }
      }
      for (const form of ['strided', 'bcast', 'd0', 'd0a', 'empty'])
        cases.push({ ...base, op, form, n: pick([7, 70, 1500]) });
      if (shift) for (const s of counts) cases.push({ ...base, op, form: 'as', n: 4097, s });
      // Constant divisors (int32's multiply-by-magic kernel): signs, powers of 2, extremes.
      if (op === 'floor_divide' || op === 'remainder') {
        const divisors = signed ? [2, 3, -2, -7, 10, -100, 64, lo, hi, lo + 1] : [2, 3, 10, 64, hi];
        for (const s of divisors) cases.push({ ...base, op, form: 'as', n: 4097, s });
      }
    }
    for (const n of LENGTHS) {
      const pairs: [number, number][] = [
        [0, 100],
        [lo, hi],
        [hi, lo],
        [7, 7],
        [Math.floor(lo / 2), Math.floor(hi / 2)],
      ];
      const [s, s2] = pick(pairs);
      cases.push({ ...base, op: 'clip', form: 'clip', n, off: n % 2, s, s2 });
      cases.push({ ...base, op: 'clip', form: 'clipa', n, off: n % 2 });
    }
    cases.push({ ...base, op: 'clip', form: 'clips', n: 5000, s: hi, s2: lo });
    // np.sum (int64 / uint64 accumulators), flat and per row.
    for (const n of LENGTHS) cases.push({ ...base, op: 'sum', form: 'sum', n, off: n % 3 });
    cases.push({ ...base, op: 'sum', form: 'sum1', n: 1500, s: 20 });
  }
  // int64 / uint64 add, subtract, multiply (wrapping SIMD kernels).
  for (const [dt, signed] of WIDE) {
    const base = { dt, n: 0, off: 0, s: 0, s2: 0 };
    const scalars = signed ? [-1, 0, 7, 2 ** 40 + 3, -(2 ** 53) + 1] : [0, 1, 7, 2 ** 53 - 1];
    for (const op of ['add', 'subtract', 'multiply']) {
      for (const n of LENGTHS) {
        for (const off of [0, 1]) cases.push({ ...base, op, form: 'aa', n, off });
        for (const form of ['as', 'sa'])
          cases.push({ ...base, op, form, n, off: n % 2, s: pick(scalars) });
      }
      for (const form of ['strided', 'bcast', 'd0', 'd0a', 'empty'])
        cases.push({ ...base, op, form, n: pick([7, 70, 1500]) });
    }
  }
  // np.all / np.any of bool matrices (x & 63 != 0, or == 0 for any) over either axis:
  // columns of a wider matrix (rows 4-byte aligned or not), transposed and strided views.
  for (const op of ['all', 'any'])
    for (const s of [1, 3, 40])
      for (const n of [1, 5, 64, 67, 801])
        for (const off of [0, 1, 4])
          for (const form of ['red0', 'red1', 'redT', 'redS'])
            cases.push({ dt: 'uint8', op, form, n, off, s, s2: 0 });
  return cases;
}

const PY = `
import hashlib
spec = json.load(sys.stdin)
data = {}
for dt, v in spec['data'].items():
    data[dt] = [np.array([int(e) for e in x], dtype=dt) for x in v]
out = []
for c in spec['cases']:
    a, b, k = data[c['dt']]
    if c['op'].endswith('_shift'):
        b = k
    n, off, s, s2 = c['n'], c['off'], c['s'], c['s2']
    f = getattr(np, c['op'])
    x = a[off:off + n]
    y = b[off:off + n]
    form = c['form']
    unary = c['op'] in ('negative', 'absolute', 'invert')
    seen = []
    with np.errstate(all='call', call=lambda kind, flag: seen.append(kind)):
        if form == 'aa': r = f(x) if unary else f(x, y)
        elif form == 'as': r = f(x, s)
        elif form == 'sa': r = f(s, x)
        elif form == 'clip': r = np.clip(x, s, s2)
        elif form == 'clipa':
            rb = b[::-1][off:off + n]
            r = np.clip(x, np.minimum(y, rb), np.maximum(y, rb))
        elif form == 'clips': r = np.clip(a[::-3][:n], s, s2)
        elif form == 'sum': r = np.sum(x, keepdims=True)
        elif form == 'sum1': r = np.sum(a[:s * n].reshape(s, n), axis=1)
        elif form.startswith('red'):
            v = a[:s * (n + 4)].reshape(s, n + 4) & 63
            m = (v != 0 if c['op'] == 'all' else v == 0)[:, off:off + n]
            if form == 'redT': m = m.T
            if form == 'redS': m = m[:, ::2]
            r = f(m, axis=1 if form == 'red1' else 0)
        elif unary: r = f(a[1:3 * n:3][::-1])
        elif form == 'strided': r = f(a[1:3 * n:3], b[::-1][:n])
        elif form == 'bcast': r = f(a[:20 * n].reshape(20, n), b[:n])
        elif form == 'd0': r = f(a[5:6].reshape(()), b[9:10].reshape(()))
        elif form == 'd0a': r = f(a[:n], b[9:10].reshape(()))
        else: r = f(a[:0], b[:0])
    r = np.asarray(r)
    out.append({'sha': hashlib.sha256(np.ascontiguousarray(r).tobytes()).hexdigest(),
                'dtype': str(r.dtype), 'shape': list(r.shape), 'errs': seen})
print(json.dumps(out))
`;

const UNARY_SET = new Set(UNARY);

function run(c: Case, data: Record<string, np.NDArray[]>) {
  const [a, b0, k] = data[c.dt]!;
  const b = c.op.endsWith('_shift') ? k! : b0!;
  const A = a!;
  const { n, off, s, s2 } = c;
  const f = (np as any)[c.op] as (...xs: unknown[]) => np.NDArray;
  const x = A.get(`${off}:${off + n}`);
  const y = b.get(`${off}:${off + n}`);
  const errs: string[] = [];
  const old = np.seterrcall((err: string) => {
    errs.push(err);
  });
  try {
    const r = np.errstate({ all: 'call' }, (): np.NDArray => {
      const un = UNARY_SET.has(c.op);
      switch (c.form) {
        case 'aa':
          return un ? f(x) : f(x, y);
        case 'as':
          return f(x, s);
        case 'sa':
          return f(s, x);
        case 'clip':
          return np.clip(x, s, s2);
        case 'clipa': {
          const rb = b.get('::-1').get(`${off}:${off + n}`);
          return np.clip(x, np.minimum(y, rb), np.maximum(y, rb));
        }
        case 'clips':
          return np.clip(A.get('::-3').get(`:${n}`), s, s2);
        case 'sum':
          return np.sum(x, { keepdims: true }) as np.NDArray;
        case 'sum1':
          return np.sum(A.get(`:${s * n}`).reshape(s, n), { axis: 1 }) as np.NDArray;
      }
      if (c.form.startsWith('red')) {
        const v = np.bitwise_and(A.get(`:${s * (n + 4)}`).reshape(s, n + 4), 63);
        let m = (c.op === 'all' ? v.ne(0) : v.eq(0)).get(':', `${off}:${off + n}`);
        if (c.form === 'redT') m = m.T;
        if (c.form === 'redS') m = m.get(':', '::2');
        return f(m, { axis: c.form === 'red1' ? 1 : 0 });
      }
      if (un) return f(A.get(`1:${3 * n}:3`).get('::-1'));
      switch (c.form) {
        case 'strided':
          return f(A.get(`1:${3 * n}:3`), b.get('::-1').get(`:${n}`));
        case 'bcast':
          return f(A.get(`:${20 * n}`).reshape(20, n), b.get(`:${n}`));
        case 'd0':
          return f(A.get('5:6').reshape([]), b.get('9:10').reshape([]));
        case 'd0a':
          return f(A.get(`:${n}`), b.get('9:10').reshape([]));
        default:
          return f(A.get(':0'), b.get(':0'));
      }
    });
    const arr = np.asarray(r);
    return {
      sha: createHash('sha256').update(np.ascontiguousarray(arr).tobytes()).digest('hex'),
      dtype: String(arr.dtype),
      shape: arr.shape as number[],
      errs,
    };
  } finally {
    np.seterrcall(old);
  }
}

describe('integer kernels vs live NumPy', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  const cases = makeCases();
  const raw: Record<string, (number | string)[][]> = {};
  DTYPES.forEach(([dt, bits, signed], i) => {
    raw[dt] = [
      values(bits, signed, 100 + i, false),
      values(bits, signed, 200 + i, false, 3),
      values(bits, signed, 300 + i, true),
    ];
  });
  for (const [dt, signed] of WIDE) {
    const v = [values64(signed, 400, 0), values64(signed, 500, 3)];
    raw[dt] = [...v, v[1]!];
  }
  const expected = hasNumpy()
    ? pyJSON<ReturnType<typeof run>[]>(PY, JSON.stringify({ data: raw, cases }))
    : [];
  const data: Record<string, np.NDArray[]> = {};
  for (const [dt] of DTYPES) data[dt] = raw[dt]!.map((v) => np.array(v, { dtype: dt }));
  for (const [dt] of WIDE)
    data[dt] = raw[dt]!.map((v) => np.array((v as string[]).map(BigInt), { dtype: dt }));
  const initial = getBackend();
  for (const backend of ['wasm', 'js'] as const) {
    it(`${cases.length} cases, ${backend} backend`, (t) => {
      if (backend === 'wasm' && initial === 'js') return t.skip('wasm backend disabled');
      setBackend(backend);
      try {
        const bad: string[] = [];
        cases.forEach((c, i) => {
          const got = run(c, data);
          if (bad.length < 10 && JSON.stringify(got) !== JSON.stringify(expected[i]))
            bad.push(
              `${JSON.stringify(c)}: got ${JSON.stringify(got)}, NumPy ${JSON.stringify(expected[i])}`,
            );
        });
        assert.deepEqual(bad, []);
      } finally {
        setBackend(initial === 'js' ? 'js' : 'auto');
      }
    });
  }
});
