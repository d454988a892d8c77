/**
 * Live test of the vector products against NumPy: matrix @ vector and vector @ matrix (the
 * wasm gemv kernels of src/_core/kernels/gemv.ts for unit-column-stride matrices, the JS loops
 * otherwise), batched products with a vector operand, np.dot / vdot / inner of 1-D vectors,
 * np.linalg.norm (x.dot(x)), and np.cov / corrcoef (row-wise centring, the A @ A.T product on
 * the upper triangle). Operands: C and F order, negative strides, non-contiguous slices,
 * empty, 0-d, float32, complex. NumPy sums through OpenBLAS (its order varies by CPU), so
 * values agree within k eps sum|a x|; the wasm and JS backends must agree bit for bit.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { decode, hasNumpy, pyJSON, seededRandom } from '../helpers.js';

type Arr = { values: number[]; dtype: string; shape: number[] };
type Case = {
  name: string;
  arrays: Record<string, Arr>;
  /** Python expression over the arrays' names. */
  py: string;
  /** The same in numtype. */
  js: (v: Record<string, any>) => any;
  /** Number of products per result element (the tolerance's k). */
  k: number;
  /** Python expression of the bound's sum |a x| per element (a float64 array), or null (exact). */
  abs: string | null;
};

const rnd = seededRandom(7979);

function arr(shape: number[], dtype = 'float64'): Arr {
  const n = shape.reduce((a, b) => a * b, 1);
  const lanes = dtype.startsWith('complex') ? 2 : 1;
  const f32 = dtype === 'float32' || dtype === 'complex64';
  const values = Array.from({ length: n * lanes }, () => {
    const v = rnd() * 2 - 1;
    return f32 ? Math.fround(v) : v;
  });
  return { values, dtype, shape };
}

/** The numtype array of an Arr. */
function toNt(a: Arr): any {
  if (a.dtype.startsWith('complex')) {
    const re = a.values.filter((_, i) => i % 2 === 0);
    const im = a.values.filter((_, i) => i % 2 === 1);
    const c = np.add(np.asarray(re), np.multiply(np.asarray(im), new np.Complex(0, 1)));
    return np.asarray(c, { dtype: a.dtype }).reshape(a.shape);
  }
  return np.asarray(a.values, { dtype: a.dtype }).reshape(a.shape);
}

const s = (a: number | null, b: number | null, c?: number) => np.slice(a, b, c);
const REV = s(null, null, -1);

const cases: Case[] = [];
for (const dt of ['float64', 'float32']) {
  for (const [m, k] of [
    [300, 257],
    [5, 1001],
    [1000, 7],
    [3, 20000],
    [2, 40000],
  ] as const) {
    const base = {
      arrays: {
        A: arr([m, k], dt),
        F: arr([k, m], dt),
        x: arr([3 * k], dt),
        y: arr([3 * Math.max(m, k)], dt),
      },
      k,
      abs: 'x',
    };
    const mv = (name: string, py: string, js: Case['js'], absPy: string) =>
      cases.push({ ...base, name: `${dt} ${m}x${k} ${name}`, py, js, abs: absPy });
    mv('A @ x', 'A @ x[:K]', (v) => np.matmul(v.A, v.x.get(s(0, k))), 'abs(A) @ abs(x[:K])');
    mv(
      'A @ x[::-3]',
      'A @ x[::-3]',
      (v) => np.matmul(v.A, v.x.get(s(null, null, -3))),
      'abs(A) @ abs(x[::-3])',
    );
    mv(
      'F.T @ x (F order)',
      'F.T @ x[:K]',
      (v) => np.matmul(v.F.T, v.x.get(s(0, k))),
      'abs(F.T) @ abs(x[:K])',
    );
    mv(
      'A[::-1, ::-1] @ x',
      'A[::-1, ::-1] @ x[:K]',
      (v) => np.matmul(v.A.get(REV, REV), v.x.get(s(0, k))),
      'abs(A) @ abs(x[:K])',
    );
    mv('y @ A', 'y[:M] @ A', (v) => np.matmul(v.y.get(s(0, m)), v.A), 'abs(y[:M]) @ abs(A)');
    mv(
      'y[::-2] @ A[::-1]',
      'y[::-2][:M] @ A[::-1]',
      (v) => np.matmul(v.y.get(s(null, null, -2)).get(s(0, m)), v.A.get(REV)),
      'abs(y[::-2][:M]) @ abs(A)',
    );
    mv(
      'y @ F.T (F order)',
      'y[:K] @ F',
      (v) => np.matmul(v.y.get(s(0, k)), v.F),
      'abs(y[:K]) @ abs(F)',
    );
    mv(
      'np.dot(A, x)',
      'np.dot(A, x[:K])',
      (v) => np.dot(v.A, v.x.get(s(0, k))),
      'abs(A) @ abs(x[:K])',
    );
    mv(
      'matvec',
      'np.matvec(A, x[:K])',
      (v) => np.matvec(v.A, v.x.get(s(0, k))),
      'abs(A) @ abs(x[:K])',
    );
    mv(
      'vecmat',
      'np.vecmat(y[:M], A)',
      (v) => np.vecmat(v.y.get(s(0, m)), v.A),
      'abs(y[:M]) @ abs(A)',
    );
    mv(
      'dot 1-D',
      'np.dot(x[:K], x[K:2*K])',
      (v) => np.dot(v.x.get(s(0, k)), v.x.get(s(k, 2 * k))),
      'np.dot(abs(x[:K]), abs(x[K:2*K]))',
    );
    mv(
      'dot 1-D strided, reversed',
      'np.dot(x[::3], x[K-1::-1])',
      (v) => np.dot(v.x.get(s(null, null, 3)), v.x.get(s(k - 1, null, -1))),
      'np.dot(abs(x[::3]), abs(x[K-1::-1]))',
    );
    mv('norm', 'np.linalg.norm(x)', (v) => np.linalg.norm(v.x), 'np.linalg.norm(x)');
    mv(
      'norm [::-2]',
      'np.linalg.norm(x[::-2])',
      (v) => np.linalg.norm(v.x.get(s(null, null, -2))),
      'np.linalg.norm(x[::-2])',
    );
    mv(
      'norm 2-D F order',
      'np.linalg.norm(F.T)',
      (v) => np.linalg.norm(v.F.T),
      'np.linalg.norm(F)',
    );
    for (const c of cases.slice(-15)) {
      c.py = c.py.replaceAll('K', String(k)).replaceAll('M', String(m));
      c.abs = c.abs!.replaceAll('K', String(k)).replaceAll('M', String(m));
    }
  }
  const B = { A3: arr([4, 50, 100], dt), v: arr([100], dt) };
  cases.push(
    {
      name: `${dt} batched (4,50,100) @ (100,)`,
      arrays: B,
      py: 'A3 @ v',
      js: (v) => np.matmul(v.A3, v.v),
      k: 100,
      abs: 'abs(A3) @ abs(v)',
    },
    {
      name: `${dt} batched (100,) @ (4,100,50)`,
      arrays: { A3: arr([4, 100, 50], dt), v: arr([100], dt) },
      py: 'v @ A3',
      js: (v) => np.matmul(v.v, v.A3),
      k: 100,
      abs: 'abs(v) @ abs(A3)',
    },
    {
      name: `${dt} empty (0,100) @ (100,)`,
      arrays: { A: arr([0, 100], dt), v: arr([100], dt) },
      py: 'A @ v',
      js: (v) => np.matmul(v.A, v.v),
      k: 100,
      abs: null,
    },
    {
      name: `${dt} empty (100,0) @ (0,)`,
      arrays: { A: arr([100, 0], dt), v: arr([0], dt) },
      py: 'A @ v',
      js: (v) => np.matmul(v.A, v.v),
      k: 0,
      abs: null,
    },
    {
      name: `${dt} norm of empty and 0-d`,
      arrays: { v: arr([0], dt), z: arr([], dt) },
      py: '[np.linalg.norm(v), np.linalg.norm(z)]',
      js: (v) => [np.linalg.norm(v.v), np.linalg.norm(v.z)],
      k: 1,
      abs: null,
    },
  );
}
for (const dt of ['complex128', 'complex64']) {
  cases.push(
    {
      name: `${dt} norm`,
      arrays: { x: arr([3001], dt) },
      py: 'np.linalg.norm(x[::-1])',
      js: (v) => np.linalg.norm(v.x.get(REV)),
      k: 6002,
      abs: 'np.linalg.norm(x)',
    },
    {
      name: `${dt} vdot`,
      arrays: { x: arr([3001], dt) },
      py: 'np.vdot(x[:1500], x[1501:])',
      js: (v) => np.vdot(v.x.get(s(0, 1500)), v.x.get(s(1501, null))),
      k: 3000,
      abs: 'np.dot(abs(x[:1500]), abs(x[1501:]))',
    },
    {
      name: `${dt} A @ x`,
      arrays: { A: arr([70, 90], dt), x: arr([90], dt) },
      py: 'A @ x',
      js: (v) => np.matmul(v.A, v.x),
      k: 180,
      abs: 'abs(A) @ abs(x)',
    },
  );
}
for (const [dt, rows, cols] of [
  ['float64', 100, 300],
  ['float32', 70, 200],
  ['float64', 10, 50],
] as const) {
  const X = arr([rows, cols], dt);
  const kw = dt === 'float32' ? ', dtype=np.float32' : '';
  const jkw = dt === 'float32' ? { dtype: 'float32' } : {};
  // the bound: cols * eps * sum |xc_i xc_j| <= cols * eps * cols * 4 (centred values in [-2, 2])
  cases.push(
    {
      name: `${dt} cov ${rows}x${cols}`,
      arrays: { X },
      py: `np.cov(X${kw})`,
      js: (v) => np.cov(v.X, jkw),
      k: cols,
      abs: `np.full((${rows}, ${rows}), 4.0 * ${cols} / ${cols - 1})`,
    },
    {
      name: `${dt} cov rowvar=False`,
      arrays: { X },
      py: `np.cov(X.T, rowvar=False${kw})`,
      js: (v) => np.cov(v.X.T, { rowvar: false, ...jkw }),
      k: cols,
      abs: `np.full((${rows}, ${rows}), 4.0 * ${cols} / ${cols - 1})`,
    },
    {
      name: `${dt} cov with y, reversed`,
      arrays: { X },
      py: `np.cov(X[::-1, ::2], X[:3, 1::2]${kw})`,
      js: (v) => np.cov(v.X.get(REV, s(null, null, 2)), v.X.get(s(0, 3), s(1, null, 2)), jkw),
      k: cols,
      abs: `np.full((${rows + 3}, ${rows + 3}), 4.0 * ${cols})`,
    },
    {
      name: `${dt} corrcoef ${rows}x${cols}`,
      arrays: { X },
      py: 'np.corrcoef(X)',
      js: (v) => np.corrcoef(v.X),
      k: cols,
      abs: `np.full((${rows}, ${rows}), 4.0)`,
    },
  );
}

/** The flat list of real numbers in a result (complex as re, im pairs). */
function flat(r: any): number[] {
  if (Array.isArray(r)) return r.flatMap(flat);
  if (typeof r === 'number') return [r];
  if (r instanceof np.Complex) return [r.re, r.im];
  const l = (r as any).tolist();
  return flat(Array.isArray(l) ? l.flat(Infinity) : [l]);
}

const eps = (dt: string) => (dt.includes('32') || dt === 'complex64' ? 2 ** -23 : 2 ** -52);

describe('vector products vs NumPy', {
  skip: !hasNumpy() && 'python3 with NumPy not found',
}, () => {
  after(() => setBackend('auto'));
  const want = pyJSON<{ r: any; abs: number[] | null; dtype: string }[]>(
    `
cases = json.load(sys.stdin)
def flat(r):
    r = np.asarray(r)
    if r.dtype.kind == 'c':
        return [float(v) for z in r.ravel() for v in (z.real, z.imag)], str(r.dtype)
    return [float(v) for v in r.ravel()], str(r.dtype)
out = []
for c in cases:
    env = {'np': np}
    for name, a in c['arrays'].items():
        dt = np.dtype(a['dtype'])
        v = np.array(a['values'], dtype=np.float64)
        if dt.kind == 'c':
            v = v[0::2] + 1j * v[1::2]
        env[name] = v.astype(dt).reshape(a['shape'])
    r = eval(c['py'], env)
    vals, dt = flat(r)
    ab = None if c['abs'] is None else [float(v) for v in np.asarray(eval(c['abs'], env), dtype=np.float64).ravel()]
    out.append({'r': vals, 'abs': ab, 'dtype': dt})
print(json.dumps(out))
`,
    JSON.stringify(cases.map((c) => ({ arrays: c.arrays, py: c.py, abs: c.abs }))),
  );
  cases.forEach((c, i) => {
    it(c.name, () => {
      const w = want[i]!;
      const vals: Record<string, any> = {};
      for (const [name, a] of Object.entries(c.arrays)) vals[name] = toNt(a);
      const got: number[][] = [];
      for (const backend of ['wasm', 'js'] as const) {
        setBackend(backend);
        const r = c.js(vals);
        if (typeof r === 'object' && r !== null && 'dtype' in r)
          assert.equal(r.dtype.name, w.dtype);
        got.push(flat(r));
      }
      setBackend('auto');
      const [g, j] = got as [number[], number[]];
      assert.equal(g.length, w.r.length);
      for (let t = 0; t < g.length; t++) {
        assert.ok(Object.is(g[t], j[t]), `wasm ${g[t]} vs js ${j[t]} at ${t}`);
        const exp = decode(w.r[t]) as number;
        const absT =
          w.abs === null ? 0 : w.abs[w.abs.length === g.length ? t : (t >> 1) % w.abs.length]!;
        const tol = (c.k + 1) * eps(w.dtype) * absT;
        assert.ok(Math.abs(g[t]! - exp) <= tol, `${g[t]} vs NumPy ${exp} (tol ${tol}) at ${t}`);
      }
    });
  });

  it('A @ A.T (upper triangle, mirrored) has the full product bits', () => {
    for (const dt of ['float64', 'float32']) {
      const X = toNt(arr([90, 1200], dt)); // k > KC: several K blocks
      const XR = X.get(REV);
      for (const backend of ['wasm', 'js'] as const) {
        setBackend(backend);
        assert.deepEqual(flat(np.dot(X, X.T)), flat(np.dot(X, X.T.copy())));
        assert.deepEqual(flat(np.matmul(XR, XR.T)), flat(np.matmul(XR, XR.T.copy())));
      }
      setBackend('auto');
    }
  });

  it('cov: overflow in the centring is reported as NumPy does', () => {
    const rows = [
      [1.7e308, -1e308, -1e308],
      [1, 2, 3],
    ];
    const exp = pyJSON<any>(`
with np.errstate(over='raise'):
    try:
        np.cov(np.array(${JSON.stringify(rows)}))
        print(json.dumps(None))
    except FloatingPointError as e:
        print(json.dumps(str(e)))
`);
    assert.equal(typeof exp, 'string');
    assert.throws(
      () => np.errstate({ over: 'raise' }, () => np.cov(np.asarray(rows))),
      (e: Error) => e.message === exp,
    );
    const r = np.errstate({ over: 'ignore' }, () => np.cov(np.asarray(rows))) as any;
    const w = pyJSON<any>(`
with np.errstate(over='ignore'):
    print(json.dumps([str(v) for v in np.cov(np.array(${JSON.stringify(rows)})).ravel()]))
`);
    assert.deepEqual(
      (r.tolist() as number[][])
        .flat()
        .map((v) => (Number.isFinite(v) ? v.toPrecision(6) : String(v))),
      w.map((v: string) =>
        Number.isFinite(Number(v)) ? Number(v).toPrecision(6) : v.replace('inf', 'Infinity'),
      ),
    );
  });
});
