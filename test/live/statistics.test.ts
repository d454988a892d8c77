/**
 * Live differential test of the statistics functions against NumPy: seeded random arrays
 * (every real dtype, C/F order, strided, negative-stride and transposed views, NaNs) through
 * median, quantile/percentile with every method (and their nan forms), histogram with
 * every bins form, histogram2d/dd, cov/corrcoef and correlate/convolve. All cases go to
 * python3 in one batch. Bit-exact except where NumPy sums through BLAS (cov, corrcoef,
 * floating correlate/convolve), which get a tolerance scaled by the inputs' magnitude.
 * Replay with NUMTYPE_LIVE_SEED=<seed> NUMTYPE_LIVE_CASES=<n>.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import { decode, hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const BASE_SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 8080);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 500);

interface Input {
  values: (number | boolean | null)[];
  dtype: string;
  shape: number[];
  order: 'C' | 'F';
  pre: string | null;
  T: boolean;
}

interface Case {
  seed: number;
  fn: string;
  inputs: Input[];
  /** Positional arguments after the inputs, then keyword arguments. */
  args: unknown[];
  kwargs: Record<string, unknown>;
  /** Relative tolerance; a negative value is an absolute one. */
  tol: number;
}

const REAL = [
  'bool',
  'int8',
  'uint8',
  'int16',
  'int32',
  'int64',
  'uint64',
  'float16',
  'float32',
  'float64',
];
const FLOATS = ['float16', 'float32', 'float64'];
const METHODS = [
  'inverted_cdf',
  'averaged_inverted_cdf',
  'closest_observation',
  'interpolated_inverted_cdf',
  'hazen',
  'weibull',
  'linear',
  'median_unbiased',
  'normal_unbiased',
  'lower',
  'higher',
  'midpoint',
  'nearest',
];
const BINS = ['auto', 'fd', 'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt'];

function makeCase(seed: number): Case {
  const r = seededRandom(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const input = (dtype: string, shape: number[], nanFrac = 0, layout = true): Input => {
    // A bigger base array when the view takes every other element.
    const pre = layout && shape.length > 0 ? pick([null, null, '::-1', '::2', '...,::-1']) : null;
    const base = shape.slice();
    if (pre === '::2' && base.length > 0) base[0] = base[0]! * 2;
    const T = layout && base.length >= 2 && r() < 0.3;
    const realShape = T ? base.slice().reverse() : base;
    const n = realShape.reduce((p, m) => p * m, 1);
    const scale = pick([1, 10, 1000]);
    const values = Array.from({ length: n }, () => {
      if (dtype === 'bool') return r() < 0.5;
      if (dtype.startsWith('float')) {
        if (r() < nanFrac) return null;
        return Math.round((r() - 0.5) * scale * 1000) / 1000;
      }
      const lo = dtype.startsWith('u') ? 0 : -50;
      return lo + int(101);
    });
    return { values, dtype, shape: realShape, order: r() < 0.3 ? 'F' : 'C', pre, T };
  };
  const shape = (): number[] => {
    // Now and then a long lane (selection beyond the small-range sort, nanmedian's >= 600 path).
    if (r() < 0.08) return r() < 0.5 ? [700 + int(1500)] : [1 + int(3), 600 + int(300)];
    const nd = int(4);
    return Array.from({ length: nd }, () => 1 + int(6));
  };
  const axisFor = (nd: number): unknown => {
    if (nd === 0) return null;
    const c = int(4);
    if (c === 0) return null;
    if (c === 1 || nd === 1) return int(nd) - (r() < 0.5 ? nd : 0);
    const axes = Array.from({ length: nd }, (_, i) => i).filter(() => r() < 0.6);
    return axes.length ? axes : [0];
  };
  const fn = pick([
    'median',
    'nanmedian',
    'quantile',
    'percentile',
    'nanquantile',
    'nanpercentile',
    'histogram',
    'histogram',
    'histogram_bin_edges',
    'histogram2d',
    'histogramdd',
    'cov',
    'corrcoef',
    'correlate',
    'convolve',
  ]);
  const kw: Record<string, unknown> = {};
  const tol = 0;
  if (fn.includes('median') || fn.includes('quantile') || fn.includes('percentile')) {
    const nan = fn.startsWith('nan');
    const dt = nan ? pick(FLOATS) : pick(REAL);
    const sh = shape();
    const inp = input(dt, sh, dt.startsWith('float') ? pick([0, 0.1, 0.5, 1]) : 0);
    const nd = sh.length;
    const ax = axisFor(nd);
    if (ax !== null) kw.axis = ax;
    if (r() < 0.3) kw.keepdims = true;
    if (fn.includes('median')) return { seed, fn, inputs: [inp], args: [], kwargs: kw, tol };
    const pct = fn.includes('percentile');
    const one = () => {
      const q = pick([0, 1, 0.5, r(), Math.round(r() * 100) / 100]);
      return pct ? q * 100 : q;
    };
    const q = r() < 0.5 ? one() : Array.from({ length: 1 + int(4) }, one);
    kw.method = pick(METHODS);
    // bool input only reaches NumPy's discrete methods without a TypeError; keep the case anyway.
    return { seed, fn, inputs: [inp], args: [q], kwargs: kw, tol };
  }
  if (fn === 'histogram' || fn === 'histogram_bin_edges') {
    const dt = pick(['float64', 'float32', 'int64', 'int16', 'uint8', 'float16', 'bool']);
    const inp = input(dt, [1 + int(80)], 0);
    const c = int(4);
    const args: unknown[] = [];
    if (c === 0) args.push(pick(BINS));
    else if (c === 1) args.push(1 + int(20));
    else if (c === 2) {
      const e = Array.from({ length: 2 + int(6) }, () => Math.round((r() - 0.5) * 200) / 10).sort(
        (x, y) => x - y,
      );
      args.push(e);
    } else args.push(10);
    if (r() < 0.3) kw.range = [-(int(20) + 0.5), int(20) + 1];
    if (fn === 'histogram' && r() < 0.3) kw.density = true;
    const inputs = [inp];
    let tol = 0;
    if (fn === 'histogram' && typeof args[0] !== 'string' && r() < 0.3) {
      const w = input(pick(['float64', 'int32', 'float32']), inp.shape.slice(), 0, false);
      inputs.push(w);
      kw.weights = 1; // marker: the second input is the weights
      // Explicit edges: NumPy differences cumulative sums of the weights sorted by an
      // unstable argsort, so ties may sum in another order; scale by the total weight.
      if (Array.isArray(args[0]) && w.dtype !== 'int32') {
        const total = w.values.reduce((p: number, x) => p + Math.abs(Number(x)), 0);
        tol = -(w.dtype === 'float32' ? 1e-6 : 1e-14) * Math.max(1, total);
      }
    }
    return { seed, fn, inputs, args, kwargs: kw, tol };
  }
  if (fn === 'histogram2d' || fn === 'histogramdd') {
    const n = 1 + int(40);
    const dt = pick(['float64', 'float32', 'int32']);
    const D = fn === 'histogram2d' ? 2 : 1 + int(3);
    const inputs =
      fn === 'histogram2d'
        ? [input(dt, [n], 0, false), input(dt, [n], 0, false)]
        : [input(dt, [n, D], 0)];
    const args: unknown[] = [];
    const c = int(3);
    if (c === 0) args.push(1 + int(6));
    else if (c === 1) args.push(Array.from({ length: D }, () => 1 + int(5)));
    if (r() < 0.3) kw.density = true;
    return { seed, fn, inputs, args, kwargs: kw, tol: 0 };
  }
  if (fn === 'cov' || fn === 'corrcoef') {
    const dt = pick(['float64', 'float32', 'int32', 'complex128']);
    const inp = input(dt === 'complex128' ? 'float64' : dt, [1 + int(4), 2 + int(8)], 0);
    if (r() < 0.3) kw.rowvar = false;
    if (fn === 'cov' && r() < 0.3) kw.bias = true;
    if (fn === 'cov' && r() < 0.2) kw.ddof = int(3);
    return { seed, fn, inputs: [inp], args: [], kwargs: kw, tol: 1e-12 };
  }
  const dt = pick(['int8', 'int32', 'int64', 'uint8', 'float32', 'float64', 'bool', 'float16']);
  // a third of the signals are long enough for the wasm full-window kernel (16+ windows)
  const a = input(dt, [1 + int(r() < 0.3 ? 400 : 30)], 0);
  const v = input(dt, [1 + int(30)], 0);
  // Sums of up to 30 products in another order than OpenBLAS's dot: an absolute bound of a
  // few ulps of the sum of |products| (cancellation makes a relative one meaningless).
  const big = (g: Input) => Math.max(1, ...g.values.map((x) => Math.abs(Number(x ?? 0))));
  const terms = Math.min(a.values.length, v.values.length) * big(a) * big(v);
  const tolOf: Record<string, number> = {
    float64: -4e-16 * terms,
    float32: -2.5e-7 * terms,
    float16: 1e-2,
  };
  return {
    seed,
    fn,
    inputs: [a, v],
    args: [pick(['valid', 'same', 'full'])],
    kwargs: {},
    tol: tolOf[dt] ?? 0,
  };
}

function build(g: Input): np.NDArray {
  const vals = g.values.map((x) => (x === null ? Number.NaN : x));
  let a = np.array(vals, { dtype: g.dtype as np.DTypeLike }).reshape(g.shape, { order: g.order });
  if (g.pre !== null) a = a.get(g.pre);
  if (g.T) a = a.T;
  return a;
}

function run(c: Case): unknown {
  const f = (np as unknown as Record<string, (...a: unknown[]) => unknown>)[c.fn]!;
  const arrays = c.inputs.map(build);
  const kw: Record<string, unknown> = { ...c.kwargs };
  let lead: unknown[] = arrays;
  if (kw.weights === 1) {
    kw.weights = arrays[1];
    lead = [arrays[0]];
  }
  if (c.fn === 'histogramdd') lead = [arrays[0]];
  return f(...lead, ...c.args, kw);
}

const PY = `
import math, warnings
warnings.simplefilter('ignore')
cases = json.load(sys.stdin)
def enc(v):
    if isinstance(v, np.ndarray):
        return {'array': {'dtype': str(v.dtype), 'shape': list(v.shape), 'values': [enc(x) for x in v.ravel().tolist()]}}
    if isinstance(v, (list, tuple)):
        return {'list': [enc(x) for x in v]}
    if isinstance(v, np.generic):
        return enc(v.item())
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v if abs(v) <= 2**53 - 1 else {'bigint': str(v)}
    if isinstance(v, float):
        if math.isnan(v): return {'float': 'nan'}
        if math.isinf(v): return {'float': 'inf' if v > 0 else '-inf'}
        return v
    if isinstance(v, complex):
        return {'complex': [enc(v.real), enc(v.imag)]}
    return v
def build(g):
    vals = [math.nan if x is None else x for x in g['values']]
    a = np.array(vals, dtype=g['dtype']).reshape(g['shape'], order=g['order'])
    if g['pre'] is not None:
        a = eval('a[' + g['pre'] + ']', {'a': a})
    if g['T']:
        a = a.T
    return a
def jsnum(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, list):
        return [jsnum(x) for x in v]
    return v
out = []
for c in cases:
    arrays = [build(g) for g in c['inputs']]
    kw = dict(c['kwargs'])
    lead = arrays
    if kw.get('weights') == 1:
        kw['weights'] = arrays[1]
        lead = [arrays[0]]
    if c['fn'] == 'histogramdd':
        lead = [arrays[0]]
    if 'axis' in kw and isinstance(kw['axis'], list):
        kw['axis'] = tuple(kw['axis'])
    if 'range' in kw:
        kw['range'] = tuple(jsnum(kw['range']))
    args = [jsnum(x) for x in c['args']]
    try:
        r = getattr(np, c['fn'])(*lead, *args, **kw)
        out.append(enc(r))
    except Exception as e:
        out.append({'error': type(e).__name__, 'message': str(e)})
print(json.dumps(out))
`;

function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return v >= -(2n ** 53n) && v < 2n ** 53n ? Number(v) : v;
  if (v instanceof np.Complex) return { re: v.re, im: v.im };
  return v;
}

function flat(a: np.NDArray): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else out.push(plain(v));
  };
  walk(a.tolist({ bigint: true }));
  return out;
}

function close(got: unknown, exp: unknown, tol: number, where: string): void {
  if (typeof exp === 'number' && typeof got === 'number') {
    if (Number.isNaN(exp)) {
      assert.ok(Number.isNaN(got), `${where}: expected NaN, got ${got}`);
      return;
    }
    if (tol === 0 || !Number.isFinite(exp)) {
      assert.ok(got === exp, `${where}: expected ${exp}, got ${got}`);
      return;
    }
    const bound = tol < 0 ? -tol : tol * Math.max(1, Math.abs(exp));
    assert.ok(Math.abs(got - exp) <= bound, `${where}: ${exp} vs ${got}`);
    return;
  }
  if (exp !== null && typeof exp === 'object' && 're' in exp) {
    const g = got as { re: number; im: number };
    const e = exp as { re: number; im: number };
    close(g.re, e.re, tol, `${where}.re`);
    close(g.im, e.im, tol, `${where}.im`);
    return;
  }
  assert.deepEqual(got, exp, where);
}

function check(got: unknown, exp: any, tol: number, where: string): void {
  if (exp !== null && typeof exp === 'object' && 'list' in exp) {
    assert.ok(Array.isArray(got), `${where}: expected a list`);
    exp.list.forEach((e: any, i: number) => {
      check((got as unknown[])[i], e, tol, `${where}[${i}]`);
    });
    return;
  }
  if (exp !== null && typeof exp === 'object' && 'array' in exp) {
    const e = exp.array;
    // NumPy gave an ndarray (even 0-d): numtype gives an NDArray too (API.md §3).
    assert.ok(got instanceof np.NDArray, `${where}: expected an array, got ${got}`);
    assert.equal(got.dtype.name, e.dtype, `${where}: dtype`);
    assert.deepEqual(got.shape, e.shape, `${where}: shape`);
    const vals = flat(got);
    (decode(e.values) as unknown[]).forEach((x, i) => {
      close(vals[i], x, tol, `${where}[${i}]`);
    });
    return;
  }
  const v = got instanceof np.NDArray ? flat(got)[0] : plain(got);
  close(v, decode(exp), tol, where);
}

describe('live: statistics vs NumPy', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  it(`${CASES} seeded random cases from seed ${BASE_SEED}`, () => {
    const cases = Array.from({ length: CASES }, (_, i) => makeCase(BASE_SEED + i));
    const expected = pyJSON<any[]>(PY, JSON.stringify(cases));
    const failures: string[] = [];
    cases.forEach((c, i) => {
      const exp = expected[i];
      try {
        if (exp && typeof exp === 'object' && 'error' in exp) {
          let err: unknown;
          try {
            catchWarnings(() => run(c));
          } catch (e) {
            err = e;
          }
          assert.ok(err instanceof Error, `expected ${exp.error}: ${exp.message}`);
          assert.equal(err.message, exp.message);
          return;
        }
        const [got] = catchWarnings(() => run(c));
        check(got, exp, c.tol, 'result');
      } catch (e) {
        failures.push(
          `seed ${c.seed} ${c.fn} ${JSON.stringify({ args: c.args, kw: c.kwargs, dtypes: c.inputs.map((x) => x.dtype) })}: ${(e as Error).message}`,
        );
      }
    });
    assert.deepEqual(failures.slice(0, 10), []);
  });
});
