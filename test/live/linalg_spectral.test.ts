/**
 * Live differential test of the spectral np.linalg functions (svd, svdvals, pinv,
 * matrix_rank, cond, lstsq, eig, eigvals, eigh, eigvalsh) against NumPy: seeded random
 * matrices (square and rectangular, batched, every float/complex dtype and int64, views,
 * rank-deficient, badly scaled columns), all sent to python3 in one batch and compared
 * with the fixture suite's checks (values within condition-scaled tolerances, vectors through
 * invariants and up to phase, dtypes and error messages exactly).
 * Replay with NUMTYPE_LIVE_SEED=<seed>.
 */
import { describe, it } from 'node:test';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';
import { call, checkCase, checkError } from '../linalg/spectral_helpers.js';

const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20261122);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 160);

const FNS = [
  'svd',
  'svdvals',
  'pinv',
  'matrix_rank',
  'cond',
  'lstsq',
  'eig',
  'eigvals',
  'eigh',
  'eigvalsh',
] as const;
const DTYPES = ['float64', 'float64', 'complex128', 'float32', 'complex64', 'int64'];

export function makeCases(): any[] {
  const rnd = seededRandom(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const normal = () => Math.sqrt(-2 * Math.log(rnd() + 1e-300)) * Math.cos(2 * Math.PI * rnd());
  const cases: any[] = [];
  for (let c = 0; c < CASES; c++) {
    const fn = pick(FNS);
    const dtype = pick(DTYPES);
    const square =
      ['eig', 'eigvals', 'eigh', 'eigvalsh'].includes(fn) || (fn === 'cond' && rnd() < 0.5);
    // mostly small; sometimes past the divide-and-conquer / blocked-reflector size (32)
    const big = rnd() < 0.08;
    const m = big ? 33 + Math.floor(rnd() * 12) : Math.floor(rnd() * 9);
    const n = square ? m : big ? 33 + Math.floor(rnd() * 12) : Math.floor(rnd() * 9);
    const batch = fn !== 'lstsq' && rnd() < 0.25 ? [1 + Math.floor(rnd() * 3)] : [];
    const op = m === n && rnd() < 0.3 ? 'T' : rnd() < 0.2 ? 'rev' : 'c';
    const count = batch.reduce((p, q) => p * q, 1);
    // column scales make some cases ill-conditioned; a rank cut makes others deficient
    const scales = Array.from({ length: n }, () => (rnd() < 0.2 ? 10 ** (-6 * rnd()) : 1));
    // (not for cond: whether NumPy's LU finds an exactly singular pivot is decided by rounding)
    const rankCut =
      fn !== 'cond' && rnd() < 0.15 && n > 1 ? Math.max(1, n - 1 - Math.floor(rnd() * 2)) : n;
    const data: any[] = [];
    for (let b = 0; b < count; b++) {
      const mat: [number, number][][] = [];
      for (let i = 0; i < m; i++) {
        const row: [number, number][] = [];
        for (let j = 0; j < n; j++) {
          let re = normal() * scales[j];
          let im = dtype.startsWith('complex') ? normal() * scales[j] : 0;
          if (dtype === 'int64') {
            re = Math.round(re * 3);
            im = 0;
          }
          row.push([re, im]);
        }
        mat.push(row);
      }
      // rank deficiency: later columns copy earlier ones
      for (let j = rankCut; j < n; j++) for (let i = 0; i < m; i++) mat[i][j] = mat[i][j % rankCut];
      if (fn === 'eigh' || fn === 'eigvalsh') {
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < i; j++) mat[j][i] = [mat[i][j][0], -mat[i][j][1]];
        }
      }
      for (const row of mat) {
        for (const [re, im] of row)
          data.push(dtype.startsWith('complex') ? { complex: [re, im] } : re);
      }
    }
    const kw: Record<string, unknown> = {};
    const args: unknown[] = [];
    if (fn === 'svd') {
      if (rnd() < 0.5) kw.full_matrices = false;
      if (rnd() < 0.2) kw.compute_uv = false;
    }
    if ((fn === 'eigh' || fn === 'eigvalsh') && rnd() < 0.4) kw.UPLO = 'U';
    if (fn === 'cond') args.push(pick([null, 2, -2, 'fro', 'nuc', 1, -1]));
    if (fn === 'pinv' && rnd() < 0.3) kw.rtol = null;
    if (fn === 'lstsq') {
      const k = Math.floor(rnd() * 3);
      const shape = rnd() < 0.5 ? [m] : [m, k];
      const size = shape.reduce((p, q) => p * q, 1);
      args.push({
        dtype: 'float64',
        shape,
        data: Array.from({ length: size }, () => normal()),
      });
    }
    const shape = op === 'rev' || op === 'c' || op === 'T' ? [...batch, m, n] : [...batch, m, n];
    cases.push({ fn, input: { dtype, shape, data }, op, args, kw, note: 'live' });
  }
  return cases;
}

export const PY = `
import sys
sys.path.insert(0, 'scripts/fixtures')
from common import encode
cases = json.load(sys.stdin)
def dec(v):
    if isinstance(v, dict) and 'complex' in v:
        return complex(v['complex'][0], v['complex'][1])
    return v
def arr(e):
    return np.array([dec(v) for v in e['data']], dtype=e['dtype']).reshape(e['shape'])
def layout(a, op):
    if op == 'T': return np.swapaxes(a, -1, -2)
    if op == 'rev': return a[..., ::-1, :]
    return a
def kappa(fn, a):
    if a.ndim < 2 or a.size == 0 or fn in ('eigh', 'eigvalsh'): return 1.0
    a64 = a.astype(np.complex128 if a.dtype.kind == 'c' else np.float64)
    if fn in ('eig', 'eigvals'):
        v = np.linalg.eig(a64).eigenvectors
        with np.errstate(all='ignore'):
            c = np.max(np.linalg.cond(v))
        return float(min(c, 1e16)) if np.isfinite(c) else 1e16
    s = np.linalg.svd(a64, compute_uv=False)
    smax = s[..., :1]
    kept = np.where(s > 1e-10 * smax, s, np.inf).min(axis=-1, keepdims=True)
    return float(np.max(smax / kept))
out = []
for c in cases:
    a = layout(arr(c['input']), c['op'])
    args = [arr(x) if isinstance(x, dict) else x for x in c['args']]
    r = {}
    try:
        res = getattr(np.linalg, c['fn'])(a, *args, **c['kw'])
    except Exception as e:
        r['error'] = [type(e).__name__, str(e)]
        out.append(r)
        continue
    if isinstance(res, tuple):
        r['out'] = [encode(np.asarray(x)) for x in res]
        r['kinds'] = [type(x).__name__ for x in res]
    else:
        r['out'] = encode(np.asarray(res))
        r['kinds'] = type(res).__name__
    r['kappa'] = kappa(c['fn'], a)
    if c['fn'] in ('svd', 'eigh') and isinstance(res, tuple):
        vals = np.asarray(res[1] if c['fn'] == 'svd' else res[0], dtype=np.float64)
        g = np.diff(np.sort(vals, axis=-1), axis=-1)
        r['gap'] = encode(float(g.min()) if g.size else float('inf'))
    out.append(r)
print(json.dumps(out))
`;

describe('np.linalg spectral: live comparison with NumPy', { skip: !hasNumpy() }, () => {
  it(`${CASES} random cases (seed ${SEED})`, () => {
    const cases = makeCases();
    const results = pyJSON<any[]>(PY, JSON.stringify(cases));
    const failures: string[] = [];
    cases.forEach((c, i) => {
      const r = results[i];
      const what = `live #${i} ${c.fn} ${c.input.dtype}(${c.input.shape}) ${c.op} ${JSON.stringify(c.kw)} ${JSON.stringify(c.args[0] ?? '')}`;
      const full = { ...c, ...r };
      try {
        if (r.error) checkError(full, what);
        else checkCase(full, call(full), what);
      } catch (e) {
        failures.push(`${what}: ${(e as Error).message}`);
      }
    });
    if (failures.length)
      throw new Error(`${failures.length} failures:\n${failures.slice(0, 10).join('\n')}`);
  });
});
