/**
 * Live differential test of np.linalg solve, inv, det, slogdet, cholesky, qr, matrix_power,
 * multi_dot and norm against NumPy: seeded random well-conditioned matrices (random sizes
 * incl. 0 and 1, batches, float32/float64/complex/int dtypes, transposed and reversed views)
 * go to python3 in one batch; results are compared within tolerances scaled by the condition
 * number. Replay with NUMTYPE_LIVE_SEED=<seed> NUMTYPE_LIVE_CASES=1.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NDArray } from '../../src/_core/ndarray.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';
import { compare, type Expect } from '../linalg/basic.util.js';

const BASE_SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 5150);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 300);

interface Input {
  shape: number[];
  dtype: string;
  data: number[];
  view: 'T' | 'rev' | null;
}
interface Case {
  seed: number;
  fn: string;
  inputs: Input[];
  list: boolean;
  pos: unknown[];
  kwargs: Record<string, unknown>;
}
interface Result {
  expect?: Expect;
  error?: [string, string];
  tol: number;
}

const DTYPES = ['float64', 'float32', 'complex128', 'complex64', 'int64', 'int32'];
const VORDS = [null, 'inf', '-inf', 0, 1, -1, 2, -2, 3, 0.5];
const MORDS = [null, 'fro', 'nuc', 'inf', '-inf', 1, -1, 2, -2];

function makeInput(rnd: () => number, shape: number[], dtype: string, shift: number): Input {
  const cplx = dtype.startsWith('complex');
  const intish = dtype.startsWith('int');
  const size = shape.reduce((p, s) => p * s, 1);
  const data: number[] = [];
  for (let k = 0; k < size * (cplx ? 2 : 1); k++) {
    data.push(intish ? Math.floor(rnd() * 9) - 4 : rnd() - 0.5);
  }
  // diagonal shift keeps square matrices well conditioned
  const nd = shape.length;
  if (nd >= 2 && shift !== 0) {
    const r = shape[nd - 2];
    const c = shape[nd - 1];
    for (let m0 = 0; m0 < size; m0 += r * c) {
      for (let i = 0; i < Math.min(r, c); i++) data[(m0 + i * c + i) * (cplx ? 2 : 1)] += shift;
    }
  }
  const view = nd >= 2 && rnd() < 0.25 ? 'T' : nd >= 1 && rnd() < 0.15 ? 'rev' : null;
  return { shape, dtype, data, view };
}

function build(inp: Input): NDArray {
  const cplx = inp.dtype.startsWith('complex');
  const base = new NDArray(
    Float64Array.from(inp.data).buffer,
    cplx ? np.complex128 : np.float64,
    inp.shape,
  );
  let x = base.astype(inp.dtype);
  if (inp.view === 'T') x = np.swapaxes(x, -1, -2);
  else if (inp.view === 'rev') x = x.get('...', '::-1');
  return x;
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const fn = pick([
    'solve',
    'inv',
    'det',
    'slogdet',
    'cholesky',
    'qr',
    'matrix_power',
    'multi_dot',
    'norm',
  ]);
  const dt = pick(DTYPES);
  const n = pick([0, 1, 2, 3, 4, 6, 9, 16, 33]);
  const batch = rnd() < 0.3 ? [1 + Math.floor(rnd() * 3)] : [];
  const shift = n + 1;
  const c: Case = { seed, fn, inputs: [], list: false, pos: [], kwargs: {} };
  if (fn === 'solve') {
    c.inputs.push(makeInput(rnd, [...batch, n, n], dt, shift));
    const vec = rnd() < 0.4;
    c.inputs.push(
      makeInput(rnd, vec ? [n] : [...batch, n, 1 + Math.floor(rnd() * 4)], pick(DTYPES), 0),
    );
  } else if (fn === 'qr') {
    // one in ten runs the blocked path (min(m, n) >= 96)
    const big = rnd() < 0.1;
    const m = big ? 96 + Math.floor(rnd() * 40) : pick([0, 1, 2, 5, 8, 13]);
    const nn = big ? 96 + Math.floor(rnd() * 40) : n;
    c.inputs.push(makeInput(rnd, big ? [m, nn] : [...batch, m, n], big ? 'float64' : dt, 1));
    c.kwargs = { mode: pick(['reduced', 'complete', 'r', 'raw']) };
  } else if (fn === 'matrix_power') {
    const p = Math.floor(rnd() * 9) - 3;
    const k = Math.min(n, 6);
    c.inputs.push(makeInput(rnd, [...batch, k, k], dt, p < 0 ? 5 * k : 0));
    c.pos = [p];
  } else if (fn === 'multi_dot') {
    c.list = true;
    const len = 3 + Math.floor(rnd() * 3);
    const dims = Array.from({ length: len + 1 }, () => 1 + Math.floor(rnd() * 12));
    for (let i = 0; i < len; i++) {
      const sh = i === 0 && rnd() < 0.2 ? [dims[1]] : [dims[i], dims[i + 1]];
      c.inputs.push(makeInput(rnd, sh, dt, 0));
    }
  } else if (fn === 'norm') {
    const nd = 1 + Math.floor(rnd() * 3);
    const shape = Array.from({ length: nd }, () => Math.floor(rnd() * 5) + (rnd() < 0.1 ? 0 : 1));
    c.inputs.push(makeInput(rnd, shape, dt, 0));
    const r = rnd();
    if (nd === 1 || r < 0.3) {
      const ax = Math.floor(rnd() * nd);
      c.kwargs = { ord: pick(VORDS), axis: nd === 1 && rnd() < 0.5 ? null : ax };
    } else {
      const a0 = Math.floor(rnd() * nd);
      let a1 = Math.floor(rnd() * nd);
      if (a1 === a0) a1 = (a0 + 1) % nd;
      c.kwargs = { ord: pick(MORDS), axis: [a0, a1] };
      if (shape[a0] === 0 || shape[a1] === 0) c.kwargs.ord = pick([null, 'fro', 1, 'inf']);
    }
    if (rnd() < 0.3) c.kwargs.keepdims = true;
  } else if (fn === 'cholesky' && rnd() < 0.25) {
    // the recursive path with GEMM updates and blocked triangular solves (order > 64)
    const big = 65 + Math.floor(rnd() * 140);
    c.inputs.push(makeInput(rnd, [big, big], pick(['float64', 'float32']), big + 1));
    if (rnd() < 0.5) c.kwargs = { upper: true };
  } else {
    c.inputs.push(makeInput(rnd, [...batch, n, n], dt, shift));
    if (fn === 'cholesky' && rnd() < 0.5) c.kwargs = { upper: true };
  }
  return c;
}

const PY = `
import warnings
warnings.simplefilter('ignore')
cases = json.loads(sys.stdin.read())
def enc(v):
    if isinstance(v, complex):
        return {'complex': [enc(v.real), enc(v.imag)]}
    if isinstance(v, float):
        if v != v: return {'float': 'nan'}
        if v in (float('inf'), float('-inf')): return {'float': 'inf' if v > 0 else '-inf'}
        return v
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2**53 - 1:
        return {'bigint': str(v)}
    return v
def res(r):
    if isinstance(r, tuple):
        out = {'kind': 'tuple', 'items': [res(x) for x in r]}
        if hasattr(r, '_fields'): out['names'] = list(r._fields)
        return out
    if isinstance(r, np.ndarray):
        return {'kind': 'array', 'dtype': str(r.dtype), 'shape': list(r.shape), 'data': [enc(x) for x in r.ravel().tolist()]}
    return {'kind': 'scalar', 'dtype': str(r.dtype) if isinstance(r, np.generic) else None, 'value': enc(r.item() if isinstance(r, np.generic) else r)}
def build(i):
    d = np.array(i['data'], dtype=np.float64)
    if i['dtype'].startswith('complex'):
        d = d[0::2] + 1j * d[1::2]
    x = d.reshape(i['shape']).astype(i['dtype'])
    if i['view'] == 'T': x = np.swapaxes(x, -1, -2)
    elif i['view'] == 'rev': x = x[..., ::-1]
    return x
def conv(o):
    return {'inf': np.inf, '-inf': -np.inf}.get(o, o) if isinstance(o, str) else o
out = []
for c in cases:
    xs = [build(i) for i in c['inputs']]
    kw = dict(c['kwargs'])
    if 'ord' in kw: kw['ord'] = conv(kw['ord'])
    if isinstance(kw.get('axis'), list): kw['axis'] = tuple(kw['axis'])
    args = [xs] if c['list'] else xs
    single = any(x.dtype in (np.float32, np.complex64) for x in xs)
    cond = 1.0
    try:
        sq = [x for x in xs if x.ndim >= 2 and x.shape[-1] == x.shape[-2] and x.size]
        if sq and c['fn'] in ('solve', 'inv', 'det', 'slogdet', 'matrix_power', 'cholesky'):
            cond = float(np.max(np.linalg.cond(sq[0].astype(complex if np.iscomplexobj(sq[0]) else float))))
    except Exception:
        pass
    if c['fn'] in ('qr', 'multi_dot', 'norm'): cond = 30.0
    if c['fn'] == 'matrix_power':
        p = c['pos'][0]
        cond = 10.0 * abs(p) if p >= 0 else min(max(cond, 1.0) ** -p, 1e12)
    if not np.isfinite(cond): cond = 1e12
    tol = min((5e-5 if single else 1e-11) * max(1.0, cond), 1e-2)
    try:
        r = getattr(np.linalg, c['fn'])(*args, *c['pos'], **kw)
        out.append({'expect': res(r), 'tol': tol})
    except Exception as e:
        out.append({'error': [type(e).__name__, str(e)], 'tol': tol})
print(json.dumps(out))
`;

describe('np.linalg live vs NumPy', { skip: !hasNumpy() }, () => {
  it(`${CASES} random cases (seed ${BASE_SEED})`, () => {
    const cases = Array.from({ length: CASES }, (_, i) => makeCase(BASE_SEED + i));
    const results = pyJSON<Result[]>(PY, JSON.stringify(cases));
    const linalg = np.linalg as unknown as Record<string, (...a: unknown[]) => unknown>;
    const bad: string[] = [];
    cases.forEach((c, i) => {
      const r = results[i];
      const xs = c.inputs.map(build);
      const kw: Record<string, unknown> = { ...c.kwargs };
      if (kw.ord === 'inf') kw.ord = Infinity;
      else if (kw.ord === '-inf') kw.ord = -Infinity;
      const args = c.list ? [xs] : xs;
      const desc = `seed ${c.seed} ${c.fn}(${c.inputs.map((x) => `${x.dtype}${JSON.stringify(x.shape)}${x.view ?? ''}`).join(', ')}) ${JSON.stringify(c.kwargs)} ${JSON.stringify(c.pos)}`;
      let got: unknown;
      try {
        got = linalg[c.fn](...args, ...c.pos, ...(Object.keys(kw).length ? [kw] : []));
      } catch (e) {
        const err = e as Error;
        if (!r.error || r.error[0] !== err.name || r.error[1] !== err.message) {
          bad.push(
            `${desc}: threw ${err.name}: ${err.message}; NumPy ${JSON.stringify(r.error ?? 'ok')}`,
          );
        }
        return;
      }
      if (r.error) {
        bad.push(`${desc}: NumPy raised ${r.error.join(': ')}`);
        return;
      }
      const d = compare(got, r.expect!, r.tol, kw.axis != null || kw.keepdims === true);
      if (d) bad.push(`${desc}: ${d}`);
    });
    assert.deepEqual(bad, []);
  });
});
