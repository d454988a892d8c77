/**
 * Live differential test of np.einsum against NumPy: seeded random expressions (diagonals,
 * sums, ellipses with broadcasting, implicit/explicit outputs, views with negative and
 * non-unit strides, mixed dtypes, optimize on and off). Result dtype, shape, scalar-ness and
 * values (integers exactly; floats within eps * 64 * sum|terms|) and error messages must agree.
 * NUMTYPE_LIVE_N / NUMTYPE_LIVE_SEED widen the search.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NDArray } from '../../src/_core/ndarray.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const N = Number(process.env.NUMTYPE_LIVE_N ?? 200);
const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20261122);
const DTYPES = [
  'bool',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint32',
  'uint64',
  'float16',
  'float32',
  'float64',
  'complex64',
  'complex128',
];
const EPS: Record<string, number> = {
  float16: 2 ** -10,
  float32: 2 ** -23,
  complex64: 2 ** -23,
  float64: 2 ** -52,
  complex128: 2 ** -52,
};

interface Op {
  dtype: string;
  base: number[];
  data: number[];
  view: string;
}
interface Case {
  sub: string;
  ops: Op[];
  kwargs: Record<string, unknown>;
}

function makeCase(rnd: () => number): Case {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const letters = 'abcdefAB';
  const size: Record<string, number> = {};
  for (const c of letters) size[c] = rnd() < 0.08 ? 0 : int(1, 4);
  const nop = pick([1, 1, 2, 2, 2, 3, 3, 4]);
  const useEll = rnd() < 0.3;
  const ell = Array.from({ length: int(0, 2) }, () => int(1, 3));
  const dt0 = pick(DTYPES);
  const subs: string[] = [];
  const ops: Op[] = [];
  for (let i = 0; i < nop; i++) {
    const labs = Array.from({ length: int(0, 3) }, () => pick([...letters.slice(0, 5)]));
    let shape = labs.map((c) => size[c]);
    let s = labs.join('');
    if (useEll && rnd() < 0.7) {
      const m = int(0, ell.length);
      const es = ell.slice(ell.length - m).map((d) => (rnd() < 0.7 ? d : 1));
      const pos = int(0, labs.length);
      s = `${labs.slice(0, pos).join('')}...${labs.slice(pos).join('')}`;
      shape = [...shape.slice(0, pos), ...es, ...shape.slice(pos)];
    }
    const dtype = rnd() < 0.75 ? dt0 : pick(DTYPES);
    const view = shape.length ? pick(['none', 'none', 'T', 'rev', 'step']) : 'none';
    const base =
      view === 'T'
        ? [...shape].reverse()
        : view === 'step'
          ? [shape[0] * 2, ...shape.slice(1)]
          : shape;
    const n = base.reduce((x, y) => x * y, 1) * (dtype.startsWith('complex') ? 2 : 1);
    const data = Array.from({ length: n }, () =>
      dtype === 'bool'
        ? int(0, 1)
        : dtype[0] === 'u'
          ? int(0, 9)
          : dtype[0] === 'i'
            ? int(-9, 9)
            : Math.round((rnd() * 2 - 1) * 1e6) / 1e6,
    );
    subs.push(s);
    ops.push({ dtype, base, data, view });
  }
  let sub = subs.join(',');
  if (rnd() < 0.6) {
    const present = [...new Set(subs.join('').replaceAll('.', ''))];
    const outl = present.sort(() => rnd() - 0.5).slice(0, int(0, present.length));
    let out = outl.join('');
    if (sub.includes('...')) {
      const pos = int(0, out.length);
      out = `${out.slice(0, pos)}...${out.slice(pos)}`;
    }
    sub += `->${out}`;
  }
  const kwargs: Record<string, unknown> = {};
  const r = rnd();
  if (r < 0.25) kwargs.optimize = pick([true, 'greedy', 'optimal']);
  else if (r < 0.35) kwargs.order = pick(['C', 'F', 'A']);
  return { sub, ops, kwargs };
}

function build(o: Op): NDArray {
  let vals: unknown[] = o.data;
  if (o.dtype.startsWith('complex')) {
    vals = [];
    for (let i = 0; i < o.data.length; i += 2) vals.push(new np.Complex(o.data[i], o.data[i + 1]));
  } else if (o.dtype === 'bool') vals = o.data.map((x) => x === 1);
  let a = np.array(vals as any, { dtype: o.dtype as any }).reshape(o.base);
  if (o.view === 'T') a = a.T;
  else if (o.view === 'rev') a = a.get('...', np.slice(null, null, -1));
  else if (o.view === 'step') a = a.get(np.slice(null, null, 2));
  return a;
}

const PY = `
cases = json.load(sys.stdin)
def build(o):
    d = np.array(o['data'], dtype=np.float64)
    if o['dtype'].startswith('complex'):
        d = d[0::2] + 1j * d[1::2]
    a = d.astype(o['dtype']).reshape(o['base'])
    v = o['view']
    return a.T if v == 'T' else a[..., ::-1] if v == 'rev' else a[::2] if v == 'step' else a
def enc(x):
    x = np.asarray(x)
    if x.dtype.kind == 'c':
        data = [[float(v.real), float(v.imag)] for v in x.ravel()]
    elif x.dtype.kind == 'b':
        data = [bool(v) for v in x.ravel()]
    elif x.dtype.kind in 'iu':
        data = [str(int(v)) for v in x.ravel()]
    else:
        data = [None if not np.isfinite(v) else float(v) for v in x.ravel()]
    return {'dtype': str(x.dtype), 'shape': list(x.shape), 'data': data}
res = []
for c in cases:
    ops = [build(o) for o in c['ops']]
    try:
        r = np.einsum(c['sub'], *ops, **c['kwargs'])
        ab = [np.abs(o.astype(np.complex128 if o.dtype.kind == 'c' else np.float64)) for o in ops]
        try:
            b = np.einsum(c['sub'], *ab)
            bound = float(np.max(b)) if np.size(b) else 0.0
        except Exception:
            bound = 0.0
        res.append({'scalar': not isinstance(r, np.ndarray), 'r': enc(r), 'bound': bound})
    except Exception as e:
        res.append({'error': [type(e).__name__, str(e)]})
print(json.dumps(res))
`;

describe('einsum live vs NumPy', { skip: !hasNumpy() }, () => {
  it(`${N} random expressions`, () => {
    const rnd = seededRandom(SEED);
    const cases = Array.from({ length: N }, () => makeCase(rnd));
    const want = pyJSON<any[]>(PY, JSON.stringify(cases));
    const failures: string[] = [];
    cases.forEach((c, i) => {
      const w = want[i];
      const label = `#${i} ${c.sub} ${c.ops.map((o) => `${o.dtype}${JSON.stringify(o.base)}${o.view}`).join(' ')} ${JSON.stringify(c.kwargs)}`;
      let got: any;
      try {
        got = np.einsum(c.sub, ...c.ops.map(build), c.kwargs);
      } catch (e) {
        const err = e as Error;
        if (!w.error) failures.push(`${label}: threw ${err.name}: ${err.message}`);
        else if (err.name !== w.error[0] || err.message !== w.error[1]) {
          failures.push(`${label}: ${err.name}: ${err.message} vs ${w.error.join(': ')}`);
        }
        return;
      }
      if (w.error) {
        failures.push(`${label}: no error, NumPy: ${w.error.join(': ')}`);
        return;
      }
      const r = w.r;
      if (w.scalar === got instanceof np.NDArray) {
        failures.push(`${label}: scalar-ness`);
        return;
      }
      const arr = got instanceof np.NDArray ? got : null;
      if (arr && (String(arr.dtype) !== r.dtype || arr.shape.join() !== r.shape.join())) {
        failures.push(
          `${label}: ${arr.dtype}${JSON.stringify(arr.shape)} vs ${r.dtype}${JSON.stringify(r.shape)}`,
        );
        return;
      }
      const vals: any[] = arr
        ? arr.size
          ? (arr.flatten().tolist({ bigint: true }) as any[])
          : []
        : [got];
      // optimized paths round intermediates to the operands' precision
      const eps = Math.max(
        EPS[r.dtype] ?? 0,
        ...(EPS[r.dtype] ? c.ops.map((o) => EPS[o.dtype] ?? 0) : []),
      );
      const tol = eps * 64 * Math.max(1, w.bound);
      r.data.forEach((x: any, k: number) => {
        const g = vals[k];
        let ok: boolean;
        if (typeof x === 'string') ok = BigInt(g) === BigInt(x);
        else if (typeof x === 'boolean') ok = g === x;
        else if (Array.isArray(x))
          ok = Math.abs(g.re - x[0]) <= tol && Math.abs(g.im - x[1]) <= tol;
        else if (x === null) ok = !Number.isFinite(g);
        else ok = Math.abs(g - x) <= tol;
        if (!ok) failures.push(`${label}[${k}]: ${g} vs ${x}`);
      });
    });
    assert.deepEqual(failures.slice(0, 20), []);
  });
});
