/**
 * Live differential test of structured dtypes against NumPy: seeded random specs
 * (nested structures, sub-array fields, align on and off) and random records, sent to
 * python3 in one batch; dtype str/repr/itemsize/offsets/descr and the arrays' tolist,
 * str and repr must be NumPy's exactly, also for a field view and a reversed copy.
 * Replay with NUMTYPE_LIVE_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20261122);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 150);

const SCALARS = ['i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'f2', 'f4', 'f8', '?', 'U1', 'U5'];

type Spec = [string, unknown] | [string, unknown, number[]];

function randSpec(rnd: () => number, depth: number): Spec[] {
  const n = 1 + Math.floor(rnd() * 4);
  const out: Spec[] = [];
  for (let i = 0; i < n; i++) {
    const name = `f${i}${'xyz'[Math.floor(rnd() * 3)]}`;
    const r = rnd();
    if (r < 0.15 && depth < 2) out.push([name, randSpec(rnd, depth + 1)]);
    else {
      const fmt = SCALARS[Math.floor(rnd() * SCALARS.length)]!;
      if (r < 0.3) out.push([name, fmt, rnd() < 0.5 ? [1 + Math.floor(rnd() * 3)] : [2, 2]]);
      else out.push([name, fmt]);
    }
  }
  return out;
}

function randScalar(rnd: () => number, fmt: string): unknown {
  if (fmt === '?') return rnd() < 0.5;
  if (fmt.startsWith('U')) {
    const n = Math.floor(rnd() * (Number(fmt.slice(1)) + 1));
    return Array.from({ length: n }, () => 'abé Z'[Math.floor(rnd() * 5)]).join('');
  }
  if (fmt.startsWith('f')) {
    const x = (rnd() - 0.5) * 10 ** Math.floor(rnd() * 6 - 2);
    // JSON has no -0: keep zeros positive.
    return Number(x.toFixed(Math.floor(rnd() * 4))) || 0;
  }
  const bits = Number(fmt.slice(1)) * 8;
  const lo = fmt[0] === 'u' ? 0 : -Math.min(2 ** (bits - 1), 1000);
  const hi = fmt[0] === 'u' ? Math.min(2 ** bits - 1, 1000) : Math.min(2 ** (bits - 1) - 1, 1000);
  return lo + Math.floor(rnd() * (hi - lo + 1));
}

function randRecord(rnd: () => number, spec: Spec[]): unknown[] {
  return spec.map((f) => {
    const [, fmt, shape] = f as [string, unknown, number[] | undefined];
    const one = () =>
      Array.isArray(fmt) ? randRecord(rnd, fmt as Spec[]) : randScalar(rnd, fmt as string);
    if (!shape) return one();
    const rec = (ax: number): unknown =>
      Array.from({ length: shape[ax]! }, () => (ax + 1 === shape.length ? one() : rec(ax + 1)));
    return rec(0);
  });
}

const PY = `
cases = json.load(sys.stdin)
def spec(s):
    return [(e[0], spec(e[1]) if isinstance(e[1], list) else e[1]) + ((tuple(e[2]),) if len(e) == 3 else ()) for e in s]
def rec(v, dt):
    if dt.fields is not None:
        return tuple(rec(x, dt.fields[n][0]) for x, n in zip(v, dt.names))
    return v
def js(v, dt):
    if dt.fields is not None:
        return {n: js(v[n], dt.fields[n][0]) for n in dt.names}
    if dt.subdtype is not None:
        return np.asarray(v).tolist()
    return v.item() if hasattr(v, 'item') else v
def descr(d):
    if isinstance(d, str): return d
    return [[e[0], descr(e[1])] + ([list(e[2])] if len(e) == 3 else []) for e in d]
out = []
for c in cases:
    dt = np.dtype(spec(c['spec']), align=c['align'])
    a = np.empty(len(c['records']), dtype=dt)
    for i, r in enumerate(c['records']):
        a[i] = rec(r, dt)
    a = a.reshape(c['shape'])
    f = a[dt.names[0]]
    out.append({'repr': repr(dt), 'str': str(dt), 'itemsize': dt.itemsize,
        'offsets': [dt.fields[n][1] for n in dt.names], 'descr': descr(dt.descr),
        'tolist': [js(x, dt) for x in a.reshape(-1)], 'astr': str(a), 'arepr': repr(a),
        'fstr': str(f), 'rev': repr(a.reshape(-1)[::-1].copy())})
print(json.dumps(out))
`;

describe('structured dtypes live against NumPy', {
  skip: !hasNumpy() && 'python3 lacks NumPy',
}, () => {
  it(`${CASES} random specs and arrays (seed ${SEED})`, () => {
    const rnd = seededRandom(SEED);
    const cases = Array.from({ length: CASES }, () => {
      const spec = randSpec(rnd, 0);
      const shape = rnd() < 0.3 ? [2, 2] : [1 + Math.floor(rnd() * 4)];
      const n = shape.reduce((x, y) => x * y, 1);
      const records = Array.from({ length: n }, () => randRecord(rnd, spec));
      return { spec, align: rnd() < 0.4, shape, records };
    });
    const want = pyJSON<any[]>(PY, JSON.stringify(cases));
    cases.forEach((c, k) => {
      const w = want[k];
      const ctx = `case ${k}: ${JSON.stringify(c.spec)} align=${c.align}`;
      const dt = np.dtype(c.spec as any, { align: c.align });
      assert.equal(dt.repr(), w.repr, ctx);
      assert.equal(String(dt), w.str, ctx);
      assert.equal(dt.itemsize, w.itemsize, ctx);
      assert.deepEqual(
        dt.names!.map((n) => dt.fields![n]!.offset),
        w.offsets,
        ctx,
      );
      assert.deepEqual(dt.descr, w.descr, ctx);
      const a = np.array(c.records, { dtype: dt }).reshape(c.shape);
      assert.deepEqual(a.reshape(-1).tolist(), w.tolist, ctx);
      assert.equal(String(a), w.astr, ctx);
      assert.equal(a.repr(), w.arepr, ctx);
      assert.equal(String(a.field(dt.names![0]!)), w.fstr, ctx);
      assert.equal(a.reshape(-1).get('::-1').copy().repr(), w.rev, ctx);
    });
  });
});
