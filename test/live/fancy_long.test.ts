/**
 * Long index arrays against NumPy, on both backends: np.take (every clip mode), a[idx],
 * a[idx] = scalar / array (into 1-d arrays and rows of two elements), np.take_along_axis on rows and M.take(idx, 0) of long rows, with
 * 1023 to 9001 indices — past the wasm index check's 1024-index threshold and over several of
 * its 4096-index blocks (item_selection/wasm_indices.ts), which the small cases of
 * gather_copy / index_store / take_along never reach. Index arrays: int64, int32, int16,
 * uint64, strided and reversed int64 views, the target's own memory (a[a] = v copies the
 * indices first, as NumPy does); values in range with repeats (the last write wins),
 * negative, wide (wrap/clip), and one bad index at the first, a middle (2**40 + 3: the exact
 * int64 in the message) or the last place, so that a block other than the first fails.
 * Results are compared as dtype, shape and a SHA-256 of the bytes (the target's after a
 * store), or the error's type and message.
 */
import { createHash } from 'node:crypto';
import { describe } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';
import { compareOnBackends } from './backends.util.js';

type Op = 'take' | 'get' | 'set' | 'setv' | 'set2' | 'setv2' | 'tal' | 'rows';
interface Case {
  op: Op;
  dtype: string;
  /** Length of the indexed axis. */
  n: number;
  count: number;
  idxDtype: string;
  layout: 'c' | 'strided' | 'reversed' | 'self';
  variant: 'ok' | 'neg' | 'wide' | 'hi_first' | 'huge' | 'hi_last' | 'low';
  mode: string;
  /** Targets of stores and gathers: the whole array or a contiguous view at an offset. */
  target: 'whole' | 'offset';
}

const OPS: Op[] = ['take', 'get', 'set', 'setv', 'set2', 'setv2', 'tal', 'rows'];
const DTYPES = ['float64', 'int64', 'int32', 'float32', 'complex128', 'uint8', 'int16'];
const COUNTS = [1023, 1024, 4096, 4100, 9001];
const VARIANTS = ['ok', 'ok', 'neg', 'wide', 'hi_first', 'huge', 'hi_last', 'low'] as const;

function makeCases(): Case[] {
  const rnd = seededRandom(20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const cases: Case[] = [];
  for (const op of OPS)
    for (let k = 0; k < 70; k++) {
      const layout = pick(['c', 'c', 'strided', 'reversed', 'self'] as const);
      const dtype = layout === 'self' ? 'int64' : pick(DTYPES);
      let idxDtype =
        layout === 'c' ? pick(['int64', 'int64', 'int32', 'int16', 'uint64']) : 'int64';
      let variant = pick(VARIANTS);
      if (layout === 'self') variant = 'ok';
      if (idxDtype === 'uint64' && variant !== 'ok' && variant !== 'hi_last') variant = 'ok';
      if (variant === 'huge' && idxDtype !== 'int64') idxDtype = 'int64';
      const n = op === 'rows' ? 600 : op === 'tal' ? 1500 : pick([3000, 5000]);
      cases.push({
        op,
        dtype,
        n,
        count: layout === 'self' ? n : pick(COUNTS),
        idxDtype,
        layout,
        variant,
        mode: op === 'take' ? pick(['raise', 'raise', 'wrap', 'clip']) : 'raise',
        target: pick(['whole', 'offset'] as const),
      });
    }
  return cases;
}

/** The index values of a case (mirrored by `vals` in PY). */
function values(c: Case, total: number): number[] {
  const { n } = c;
  const v = Array.from({ length: total }, (_, i) => {
    const r = i * 7919 + 13;
    if (c.variant === 'neg') return (r % (2 * n)) - n;
    if (c.variant === 'wide') return (r % (4 * n)) - 2 * n;
    return r % n;
  });
  if (c.variant === 'hi_first') v[0] = n + 5;
  if (c.variant === 'huge') v[total >> 1] = 2 ** 40 + 3;
  if (c.variant === 'hi_last') v[total - 1] = n;
  if (c.variant === 'low') v[total - 2] = -n - 1;
  return v;
}

const PY = `
import hashlib
def vals(c, total):
    n = c['n']; r = np.arange(total, dtype=np.int64) * 7919 + 13
    v = {'neg': r % (2 * n) - n, 'wide': r % (4 * n) - 2 * n}.get(c['variant'], r % n)
    if c['variant'] == 'hi_first': v[0] = n + 5
    if c['variant'] == 'huge': v[total >> 1] = 2**40 + 3
    if c['variant'] == 'hi_last': v[total - 1] = n
    if c['variant'] == 'low': v[total - 2] = -n - 1
    return v
def index(c, total):
    v = vals(c, total)
    if c['layout'] == 'strided':
        b = np.full(2 * total, -99999, np.int64); b[::2] = v; return b[::2]
    if c['layout'] == 'reversed':
        return v[::-1].copy()[::-1]
    return v.astype(c['idxDtype'])
def enc(r):
    return [r.dtype.name, list(r.shape), hashlib.sha256(np.ascontiguousarray(r).tobytes()).hexdigest()]
out = []
for c in json.loads(sys.stdin.read()):
    n = c['n']; op = c['op']
    rows = 2 if op == 'tal' else 0
    shape = [n, 40] if op == 'rows' else [n, 2] if op.endswith('2') else [rows, n] if rows else [n]
    size = int(np.prod(shape)); pad = 7 if c['target'] == 'offset' else 0
    root = (np.arange(size + pad) * 7 % 11).astype(c['dtype'])
    a = root[pad:].reshape(shape)
    try:
        if c['layout'] == 'self':
            ind = a
        else:
            ind = index(c, c['count'] * (rows or 1))
            if rows: ind = ind.reshape(rows, c['count'])
        if op == 'take': out.append(enc(np.take(a, ind, axis=0, mode=c['mode'])))
        elif op == 'get': out.append(enc(a[ind]))
        elif op == 'tal': out.append(enc(np.take_along_axis(a, ind, 1)))
        elif op == 'rows': out.append(enc(a.take(ind, 0)))
        else:
            vshape = ind.shape + a.shape[1:]
            m = int(np.prod(vshape))
            a[ind] = 3 if op.startswith('set') and not op.startswith('setv') else (np.arange(m) % 97 + 20).astype(c['dtype']).reshape(vshape)
            out.append(enc(root))
    except Exception as e:
        out.append([type(e).__name__, str(e)])
print(json.dumps(out))
`;

function enc(r: np.NDArray): unknown[] {
  const bytes = Buffer.from(np.ascontiguousarray(r).tobytes());
  return [r.dtype.name, [...r.shape], createHash('sha256').update(bytes).digest('hex')];
}

function indexArray(c: Case, total: number): np.NDArray {
  const v = values(c, total);
  if (c.layout === 'strided') {
    const b = np.full(2 * total, -99999, { dtype: 'int64' });
    b.set('::2', np.array(v, { dtype: 'int64' }));
    return b.get('::2');
  }
  if (c.layout === 'reversed') return np.array(v.reverse(), { dtype: 'int64' }).get('::-1');
  return np.array(v, { dtype: c.idxDtype as 'int64' });
}

function run(c: Case): unknown[] {
  const { n, op } = c;
  const rows = op === 'tal' ? 2 : 0;
  const shape = op === 'rows' ? [n, 40] : op.endsWith('2') ? [n, 2] : rows ? [rows, n] : [n];
  const size = shape.reduce((x, y) => x * y, 1);
  const pad = c.target === 'offset' ? 7 : 0;
  const root = np.mod(np.multiply(np.arange(size + pad), 7), 11).astype(c.dtype as 'float64');
  const a = root.get(`${pad}:`).reshape(shape);
  try {
    let ind: np.NDArray;
    if (c.layout === 'self') ind = a;
    else {
      ind = indexArray(c, c.count * (rows || 1));
      if (rows) ind = ind.reshape(rows, c.count);
    }
    if (op === 'take') return enc(np.take(a, ind, 0, null, c.mode as 'raise'));
    if (op === 'get') return enc(a.get(ind));
    if (op === 'tal') return enc(np.take_along_axis(a, ind, 1));
    if (op === 'rows') return enc(a.take(ind, 0));
    const vshape = [...ind.shape, ...a.shape.slice(1)];
    const value = !op.startsWith('setv')
      ? 3
      : np
          .add(np.mod(np.arange(vshape.reduce((x, y) => x * y, 1)), 97), 20)
          .astype(c.dtype as 'float64')
          .reshape(vshape);
    a.set(ind, value);
    return enc(root);
  } catch (e) {
    return [(e as Error).name, (e as Error).message];
  }
}

describe('long index arrays: take, a[idx], a[idx] = v, take_along_axis vs NumPy (live)', () => {
  const cases = makeCases();
  const want = hasNumpy() ? pyJSON<unknown[][]>(PY, JSON.stringify(cases)) : [];
  compareOnBackends(cases, want, run);
});
