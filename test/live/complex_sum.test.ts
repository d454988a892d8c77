/**
 * Live check of np.sum over complex128 / complex64 against NumPy, bit for bit: lengths
 * around the pairwise sum's 8-float leaf, 128-float block and the kernels' piece size,
 * values spread over many magnitudes (so a different addition order shows), through
 * contiguous, reversed, strided and 2-D views, 0-d and empty arrays, and NaN / ±inf / -0.0
 * parts. Inputs come from default_rng on both sides.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

interface Spec {
  seed: number;
  n: number;
  dtype: 'complex128' | 'complex64';
  view: number;
  /** 0: finite; 1: NaN and ±inf parts planted; 2: every part -0.0. */
  special: number;
}

const VIEWS_PY = ['z', 'z[::-1]', 'z[::2]', 'z[1::3]', 'z.reshape(-1, 2)', 'z.reshape(2, -1)'];
const VIEWS_TS = [
  'z',
  'z.get("::-1")',
  'z.get("::2")',
  'z.get("1::3")',
  'z.reshape(-1, 2)',
  'z.reshape(2, -1)',
];
/** Reductions by index: all elements, or an axis of the 2-D views. */
const AXES = [null, 0, 1];

const LENGTHS = [
  0, 1, 3, 4, 5, 8, 63, 64, 65, 66, 127, 128, 129, 130, 1000, 4098, 8194, 70002, 200006,
];

function specs(): Spec[] {
  const out: Spec[] = [];
  let seed = 11;
  for (const n of LENGTHS)
    for (const dtype of ['complex128', 'complex64'] as const)
      for (let view = 0; view < VIEWS_PY.length; view++) {
        if (view >= 4 && n % 2 !== 0) continue;
        out.push({
          seed: seed++,
          n,
          dtype,
          view,
          special: seed % 5 === 0 ? 1 : seed % 7 === 0 ? 2 : 0,
        });
      }
  return out;
}

function input(s: Spec): np.NDArray {
  const rng = np.random.default_rng(s.seed);
  const part = () =>
    np.multiply(
      rng.standard_normal(s.n),
      np.power(np.full(s.n, 10, { dtype: 'float64' }), rng.integers(-8, 9, s.n)),
    );
  const re = part();
  const im = part();
  if (s.special === 1 && s.n > 20) {
    re.set(5, Number.NaN);
    im.set(17, Number.POSITIVE_INFINITY);
    re.set(s.n - 2, Number.NEGATIVE_INFINITY);
  }
  const z = np.empty(s.n, { dtype: 'complex128' });
  z.real.set('...', s.special === 2 ? np.full(s.n, -0.0, { dtype: 'float64' }) : re);
  z.imag.set('...', s.special === 2 ? np.full(s.n, -0.0, { dtype: 'float64' }) : im);
  return s.dtype === 'complex64' ? z.astype('complex64') : z;
}

const PY_INPUT = `
def make(s):
    rng = np.random.default_rng(s['seed'])
    n = s['n']
    part = lambda: rng.standard_normal(n) * np.power(np.full(n, 10.0), rng.integers(-8, 9, n))
    re = part()
    im = part()
    if s['special'] == 1 and n > 20:
        re[5] = np.nan
        im[17] = np.inf
        re[n - 2] = -np.inf
    z = np.empty(n, np.complex128)
    z.real = np.full(n, -0.0) if s['special'] == 2 else re
    z.imag = np.full(n, -0.0) if s['special'] == 2 else im
    return z.astype(s['dtype'])
`;

/** The float64 bits of each part, as decimal strings. */
function bits(r: np.NDArray): string[] {
  const f = np.ravel(r).astype('complex128').view('float64').view('int64');
  return (f.tolist({ bigint: true }) as unknown as bigint[]).map(String);
}

describe('np.sum of complex arrays matches NumPy bit for bit (live)', () => {
  it('1-d, strided, reversed and 2-D views, 0-d, empty, special parts', {
    skip: !hasNumpy(),
  }, () => {
    const all = specs();
    const want = pyJSON<string[][][]>(
      `${PY_INPUT}
specs = json.loads(sys.stdin.read())
views = ${JSON.stringify(VIEWS_PY)}
out = []
for s in specs:
    z = make(s)
    v = eval(views[s['view']])
    rs = []
    for ax in ([None, 0, 1] if v.ndim == 2 else [None]):
        r = np.asarray(np.sum(v, axis=ax))
        rs.append([str(x) for x in np.ravel(r).astype(np.complex128).view(np.float64).view(np.int64)])
    out.append(rs)
print(json.dumps(out))`,
      JSON.stringify(all),
    );
    all.forEach((s, i) => {
      const z = input(s);
      const v = new Function('z', `return ${VIEWS_TS[s.view]};`)(z) as np.NDArray;
      const axes = v.ndim === 2 ? AXES : [null];
      axes.forEach((axis, k) => {
        const r = np.asarray(np.sum(v, { axis }));
        assert.deepEqual(bits(r), want[i]![k], JSON.stringify({ ...s, axis }));
      });
    });
  });

  it('0-d complex arrays', { skip: !hasNumpy() }, () => {
    const want = pyJSON<string[][]>(`
out = []
for t in ['complex128', 'complex64']:
    z = np.array(complex(1.5, -0.0), dtype=t)
    out.append([str(x) for x in np.ravel(np.asarray(np.sum(z))).astype(np.complex128).view(np.float64).view(np.int64)])
print(json.dumps(out))`);
    ['complex128', 'complex64'].forEach((t, i) => {
      const z = np.empty([], { dtype: t as 'complex128' });
      z.real.set('...', 1.5);
      z.imag.set('...', -0.0);
      assert.deepEqual(bits(np.asarray(np.sum(z))), want[i]);
    });
  });
});
