/**
 * Live check of mixed-dtype and broadcast operands in the ufunc engine (umath/compute.ts
 * convertLoop): a 0-d, one-element or full array of one dtype against an array of another,
 * so that one input is cast while it is gathered — a broadcast source cast once and repeated,
 * int64 → float64 through the wasm kernel (values past 2^53, negative, odd lengths and
 * offsets) — for add and multiply, compared byte for byte with NumPy on both backends.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const DTYPES = ['int64', 'uint64', 'bool', 'int8', 'float16', 'float32', 'float64', 'complex128'];
const SHAPES = ['0d', 'one', 'full', 'strided'] as const;

interface Case {
  a: string;
  b: string;
  shape: (typeof SHAPES)[number];
  n: number;
  op: 'add' | 'multiply';
}

const cases: Case[] = [];
for (const a of DTYPES)
  for (const b of DTYPES)
    if (a !== b)
      for (const shape of SHAPES)
        cases.push({
          a,
          b,
          shape,
          n: [5, 101, 5003][cases.length % 3]!,
          op: cases.length % 2 ? 'add' : 'multiply',
        });

/** The same values on both sides: an integer pattern, large for int64, scaled for floats. */
const PY_MAKE = `
def make(dt, n):
    i = np.arange(n, dtype=np.int64)
    v = (i * 7919) % 10007 - 5003
    if dt == 'int64': return v * (2**40 + 12345)
    if dt == 'uint64': return (v + 5003).astype(np.uint64) * np.uint64(2**43 + 7)
    if dt == 'bool': return (v % 3) == 0
    if dt == 'int8': return (v % 100).astype(np.int8)
    return (v / 8).astype(dt)
`;

function make(np_: typeof np, dt: string, n: number): np.NDArray {
  const i = np_.arange(n, undefined, undefined, 'int64');
  const v = np_.subtract(np_.mod(np_.multiply(i, 7919), 10007), 5003);
  if (dt === 'int64') return np_.multiply(v, 2 ** 40 + 12345);
  if (dt === 'uint64')
    return np_.multiply(
      np_.add(v, 5003).astype('uint64'),
      np_.asarray(2 ** 43 + 7, { dtype: 'uint64' }),
    );
  if (dt === 'bool') return np_.equal(np_.mod(v, 3), 0);
  if (dt === 'int8') return np_.mod(v, 100).astype('int8');
  return np_.divide(v, 8).astype(dt);
}

function operand(np_: typeof np, c: Case): np.NDArray {
  const b = make(np_, c.b, c.shape === 'strided' ? 2 * c.n + 1 : c.n);
  if (c.shape === '0d') return b.get(3 % c.n);
  if (c.shape === 'one') return b.get('2:3');
  if (c.shape === 'strided') return b.get('1::2');
  return b;
}

function digest(r: np.NDArray): string {
  const c = np.ascontiguousarray(r);
  return `${r.dtype.name} ${r.shape.join(',')} ${createHash('sha1')
    .update(new Uint8Array(c.buffer, c.offset, c.nbytes))
    .digest('hex')}`;
}

describe('mixed-dtype and broadcast operands vs NumPy (live)', () => {
  it('bytes agree on both backends', { skip: !hasNumpy() }, () => {
    const want = pyJSON<string[]>(
      `${PY_MAKE}
import hashlib
out = []
for c in json.loads(sys.stdin.read()):
    a = make(c['a'], c['n'])
    b = make(c['b'], 2 * c['n'] + 1 if c['shape'] == 'strided' else c['n'])
    b = {'0d': lambda: b[3 % c['n']], 'one': lambda: b[2:3], 'strided': lambda: b[1::2], 'full': lambda: b}[c['shape']]()
    with np.errstate(all='ignore'):
        r = np.asarray(getattr(np, c['op'])(a, b))
    out.append(f"{r.dtype.name} {','.join(map(str, r.shape))} {hashlib.sha1(np.ascontiguousarray(r).tobytes()).hexdigest()}")
print(json.dumps(out))
`,
      JSON.stringify(cases),
    );
    const before = getBackend();
    try {
      for (const backend of ['wasm', 'js'] as const) {
        setBackend(backend);
        const bad: string[] = [];
        cases.forEach((c, k) => {
          const a = make(np, c.a, c.n);
          const r = np.errstate(
            { all: 'ignore' },
            () => (c.op === 'add' ? np.add : np.multiply)(a, operand(np, c)) as np.NDArray,
          );
          const got = digest(np.asarray(r));
          if (got !== want[k]) bad.push(`${backend} ${JSON.stringify(c)}: ${got} vs ${want[k]}`);
        });
        assert.deepEqual(bad.slice(0, 5), []);
      }
    } finally {
      setBackend(before);
    }
  });
});
