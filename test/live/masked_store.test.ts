/**
 * Live check of the masked stores (item_selection/masked_store.ts) against NumPy:
 * `a[mask] = v` (one value, one per hit, one-element arrays, the size and rank errors),
 * `np.copyto(a, v, where=mask)` (a value, a same-shape source of another dtype, a mask that
 * broadcasts) and `np.putmask(a, mask, v)` (values cycling, fewer and more than the hits),
 * on 1-d and 2-d C-contiguous arrays of several dtypes, with masks of random density and
 * bool arrays holding bytes other than 0 and 1. Byte for byte, on both backends.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const DTYPES = ['float64', 'float32', 'int64', 'int16', 'uint8', 'bool', 'complex128', 'float16'];
const SHAPES = [[1000], [37, 29], [3, 1, 5]];
const OPS = [
  'set1',
  'setn',
  'set11',
  'setbad',
  'copyto1',
  'copytoa',
  'copytob',
  'putmask3',
  'putmaskbig',
];

const PY = `
import hashlib
def data(dt, shape, k):
    n = int(np.prod(shape))
    v = ((np.arange(n) * (7919 + k)) % 1009 - 500) / 4
    if dt == 'bool': return (v > 0).reshape(shape)
    if dt in ('uint8',): return (np.abs(v) % 200).astype(dt).reshape(shape)
    if dt == 'complex128': return (v + 1j * v[::-1]).reshape(shape)
    return v.astype(dt).reshape(shape)
def mask(shape, k):
    n = int(np.prod(shape))
    b = (((np.arange(n) * 2654435761 + k * 97) >> 7) % 7).astype(np.uint8)
    b[b > 3] = 0
    return b.view(bool).reshape(shape)   # bytes 0..3: any nonzero byte is True
out = []
for c in json.loads(sys.stdin.read()):
    dt, shape, op, k = c['dt'], tuple(c['shape']), c['op'], c['k']
    a = data(dt, shape, k)
    m = mask(shape, k)
    cnt = int(np.count_nonzero(m))
    try:
        with np.errstate(all='ignore'):
            if op == 'sparse':
                m = m.copy(); m.flat[np.arange(m.size) % 131 != 3] = False
                a[m] = 3
            elif op == 'set1': a[m] = 3
            elif op == 'setn': a[m] = data(dt, (cnt,), k + 1)
            elif op == 'set11': a[m] = data(dt, (1,), k + 2)
            elif op == 'setbad': a[m] = data(dt, (cnt + 1,), k + 3)
            elif op == 'copyto1': np.copyto(a, 2, where=m)
            elif op == 'copytoa': np.copyto(a, data('float64' if dt != 'complex128' else dt, shape, k + 4).astype(a.dtype), where=m)
            elif op == 'copytob': np.copyto(a, 5, where=m[..., :1] if len(shape) > 1 else m[:1])
            elif op == 'putmask3': np.putmask(a, m, data(dt, (3,), k + 5))
            elif op == 'putmaskbig': np.putmask(a, m, data(dt, (a.size + 7,), k + 6))
        out.append(hashlib.sha1(a.tobytes()).hexdigest())
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))
`;

function data(dt: string, shape: number[], k: number): np.NDArray {
  const n = shape.reduce((x, y) => x * y, 1);
  const v = np.divide(np.subtract(np.mod(np.multiply(np.arange(n), 7919 + k), 1009), 500), 4);
  if (dt === 'bool') return np.greater(v, 0).reshape(shape);
  if (dt === 'uint8') return np.mod(np.abs(v), 200).astype(dt).reshape(shape);
  if (dt === 'complex128')
    return np.add(v, np.multiply(np.asarray(new np.Complex(0, 1)), v.get('::-1'))).reshape(shape);
  return v.astype(dt).reshape(shape);
}

function mask(shape: number[], k: number): np.NDArray {
  const n = shape.reduce((x, y) => x * y, 1);
  const b = np
    .mod(np.right_shift(np.add(np.multiply(np.arange(n), 2654435761), k * 97), 7), 7)
    .astype('uint8');
  b.set(b.gt(3), 0);
  return b.view('bool').reshape(shape);
}

function run(c: { dt: string; shape: number[]; op: string; k: number }): string {
  const a = data(c.dt, c.shape, c.k);
  const m = mask(c.shape, c.k);
  const cnt = Number(np.count_nonzero(m));
  try {
    np.errstate({ all: 'ignore' }, () => {
      if (c.op === 'sparse') {
        const ms = m.copy();
        ms.reshape(-1).set(np.not_equal(np.mod(np.arange(ms.size), 131), 3), false);
        a.set(ms, 3);
      } else if (c.op === 'set1') a.set(m, 3);
      else if (c.op === 'setn') a.set(m, data(c.dt, [cnt], c.k + 1));
      else if (c.op === 'set11') a.set(m, data(c.dt, [1], c.k + 2));
      else if (c.op === 'setbad') a.set(m, data(c.dt, [cnt + 1], c.k + 3));
      else if (c.op === 'copyto1') np.copyto(a, 2, { where: m });
      else if (c.op === 'copytoa') {
        const src = data(c.dt === 'complex128' ? c.dt : 'float64', c.shape, c.k + 4).astype(
          a.dtype,
        );
        np.copyto(a, src, { where: m });
      } else if (c.op === 'copytob')
        np.copyto(a, 5, { where: c.shape.length > 1 ? m.get('...', ':1') : m.get(':1') });
      else if (c.op === 'putmask3') np.putmask(a, m, data(c.dt, [3], c.k + 5));
      else if (c.op === 'putmaskbig') np.putmask(a, m, data(c.dt, [a.size + 7], c.k + 6));
    });
    return createHash('sha1')
      .update(new Uint8Array(a.buffer, a.offset, a.nbytes))
      .digest('hex');
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe('masked stores vs NumPy (live)', () => {
  it('a[mask] = v, copyto(where=), putmask: bytes and errors', { skip: !hasNumpy() }, () => {
    const cases = [];
    let k = 0;
    for (const dt of DTYPES)
      for (const shape of SHAPES) for (const op of OPS) cases.push({ dt, shape, op, k: k++ });
    const want = pyJSON<string[]>(PY, JSON.stringify(cases));
    const before = getBackend();
    try {
      for (const backend of ['wasm', 'js'] as const) {
        setBackend(backend);
        const bad: string[] = [];
        cases.forEach((c, i) => {
          const got = run(c);
          if (got !== want[i]) bad.push(`${backend} ${JSON.stringify(c)}: ${got} vs ${want[i]}`);
        });
        assert.deepEqual(bad.slice(0, 6), []);
      }
    } finally {
      setBackend(before);
    }
  });
});
