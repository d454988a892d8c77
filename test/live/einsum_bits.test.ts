/**
 * np.einsum bit for bit against NumPy for the float dtypes (float16, float32, float64,
 * complex64): NumPy's C einsum sums in the operands' precision (float16 in float32, rounded
 * back at every store) in the order of its sum-of-products loops (SSE lanes, unrolling),
 * which depends on the strides its iterator leaves innermost. Contiguous, transposed,
 * strided, reversed (last or first axis) and broadcast (ellipsis) operands; sizes below and above the vector
 * width and contractions longer than 64; runs NumPy's buffered iterator cuts (three
 * operands, over 8192 elements, casts of a float16 or float64 operand, orders 'C' / 'F');
 * optimize=False (NumPy's default) and optimize=True / 'greedy'.
 *
 * With optimize on, NumPy's two-operand steps that contract an index go to `matmul`, which
 * for float32 / float64 / complex64 is OpenBLAS's GEMM (its own blocking and FMA order, not
 * reproduced): those cases are compared within a few ulp instead (`BLAS` below). Steps
 * NumPy runs through its C einsum or a plain multiply must still match bit for bit.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NDArray } from '../../src/_core/ndarray.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

type View = '' | 'T' | 'step' | 'rev' | 'flip';
interface Case {
  sub: string;
  shapes: number[][];
  views: View[];
  /** Operand dtypes (all the case's dtype unless a spec mixes in float16 / float64). */
  dtypes: string[];
  opt: false | true | 'greedy';
  order?: string;
}

const DTYPES = ['float32', 'float16', 'complex64', 'float64'];

/** [subscripts, operand shapes, views] for every dtype. */
// biome-ignore format: one case per line
const SPECS: [string, number[][], View[]][] = [
  ['ij,jk->ik', [[3, 5], [5, 4]], ['', '']],
  ['ij,jk->ik', [[7, 70], [70, 9]], ['', '']],
  ['ij,jk->ik', [[16, 33], [33, 17]], ['T', '']],
  ['ij,jk->ik', [[6, 19], [19, 8]], ['', 'T']],
  ['ij,jk->ik', [[5, 13], [13, 6]], ['step', 'rev']],
  ['ij,jk->ik', [[9, 12], [12, 10]], ['T', 'T']],
  ['bhid,bhjd->bhij', [[2, 2, 8, 32], [2, 2, 8, 32]], ['', '']],
  ['bhid,bhjd->bhij', [[1, 2, 5, 67], [1, 2, 6, 67]], ['', '']],
  ['bhid,bhjd->bhij', [[2, 3, 4, 13], [2, 3, 5, 13]], ['', 'rev']],
  ['bhid,bhjd->bhij', [[2, 2, 20, 45], [2, 2, 24, 45]], ['', '']],
  ['ij,kj->ik', [[20, 37], [30, 37]], ['flip', '']],
  ['ij,kj->ik', [[18, 6], [25, 6]], ['', 'flip']],
  ['ij,ij->i', [[5, 37], [5, 37]], ['', '']],
  ['ij,ij->i', [[3, 100], [3, 100]], ['T', '']],
  ['ij,ij->i', [[4, 21], [4, 21]], ['step', 'step']],
  ['i,i->', [[3], [3]], ['', '']],
  ['i,i->', [[16], [16]], ['', '']],
  ['i,i->', [[17], [17]], ['', '']],
  ['i,i->', [[67], [67]], ['', '']],
  ['i,i->', [[1000], [1000]], ['', 'rev']],
  ['i,i->', [[10001], [10001]], ['', '']],
  ['i,i->', [[301], [301]], ['step', '']],
  ['ij->i', [[7, 67], []], ['', '']],
  ['ij->i', [[9, 30], []], ['T', '']],
  ['ij->j', [[7, 67], []], ['', '']],
  ['ij->j', [[40, 11], []], ['T', '']],
  ['ij->', [[12, 50], []], ['', '']],
  ['ii->i', [[9, 9], []], ['', '']],
  ['ii', [[70, 70], []], ['', '']],
  ['ij,jk,kl->il', [[4, 5], [5, 6], [6, 3]], ['', '', '']],
  ['ij,jk,kl->il', [[3, 20], [20, 7], [7, 5]], ['T', '', 'rev']],
  ['i,j->ij', [[5], [7]], ['', '']],
  ['i,j->ij', [[19], [6]], ['rev', '']],
  ['i,j->ij', [[40], [50]], ['', 'rev']],
  ['i,j->ji', [[33], [41]], ['', '']],
  ['ij,jk->ik', [[20, 400], [400, 24]], ['', '']],
  ['ij,jk->ik', [[9, 390], [390, 37]], ['flip', 'T']],
  ['...ij,...jk->...ik', [[3, 1, 4, 5], [2, 5, 6]], ['', '']],
  ['...i,...i->...', [[2, 1, 19], [3, 19]], ['', '']],
  ['i...->...', [[70, 3, 2], []], ['', '']],
  ['ij,j->i', [[6, 45], [45]], ['', '']],
  ['ij,j->i', [[6, 45], [45]], ['T', '']],
  ['ij,i->j', [[45, 6], [45]], ['', '']],
  ['ijk,ijk->', [[3, 4, 70], [3, 4, 70]], ['', '']],
  // NumPy's buffered iterator: three operands, runs cut at 8192 elements or whole rows
  ['ij,j,->', [[100, 100], [100], []], ['', '', '']],
  ['ij,jk,k->i', [[30, 300], [300, 40], [40]], ['', 'T', '']],
  ['i,i,i->', [[9000], [9000], [9000]], ['', '', 'rev']],
  ['ij,ij->', [[90, 100], [90, 100]], ['T', '']],
  ['ijk,ijk->ik', [[3, 5, 70], [3, 5, 70]], ['T', '']],
];

/** [subscripts, shapes, views, second operand's dtype, order] cases per dtype. */
// biome-ignore format: one case per line
const EXTRA: [string, number[][], View[], string | null, string | null][] = [
  ['ij,jk->ik', [[6, 40], [40, 7]], ['', 'T'], null, 'F'],
  ['ij,jk->ik', [[6, 40], [40, 7]], ['T', ''], null, 'C'],
  ['ij,ij->i', [[5, 37], [5, 37]], ['', ''], null, 'F'],
  ['ij,ij->i', [[5, 37], [5, 37]], ['', 'T'], 'float16', null],
  ['ij,jk->ik', [[6, 40], [40, 7]], ['', ''], 'float16', null],
  ['i,i->', [[9000], [9000]], ['', ''], 'float16', null],
  ['ij,->ij', [[6, 5], []], ['', ''], 'float64', null],
];

function cases(): Case[] {
  const out: Case[] = [];
  for (const dtype of DTYPES) {
    for (const opt of [false, true, 'greedy'] as const) {
      for (const [sub, shapes0, views0] of SPECS) {
        const nop = sub.split('->')[0].split(',').length;
        out.push({
          sub,
          shapes: shapes0.slice(0, nop),
          views: views0.slice(0, nop),
          dtypes: new Array(nop).fill(dtype),
          opt,
        });
      }
    }
    for (const [sub, shapes, views, dt2, order] of EXTRA) {
      const dtypes = shapes.map((_, k) => (k === 1 && dt2 ? dt2 : dtype));
      out.push({ sub, shapes, views, dtypes, opt: false, ...(order ? { order } : {}) });
    }
  }
  return out;
}

const PY = `
import base64
cases = json.load(sys.stdin)
def base(i, c, k, shape, v):
    rng = np.random.default_rng([i, k])
    sh = list(reversed(shape)) if v == 'T' else [shape[0] * 2] + shape[1:] if v == 'step' else shape
    x = rng.standard_normal(tuple(sh))
    if c['dtypes'][k].startswith('complex'):
        x = x + 1j * rng.standard_normal(tuple(sh))
    return np.asarray(x).astype(c['dtypes'][k], order='C')
def view(a, v):
    return a.T if v == 'T' else a[::2] if v == 'step' else a[..., ::-1] if v == 'rev' else a[::-1] if v == 'flip' else a
def enc(x):
    return base64.b64encode(np.ascontiguousarray(x).tobytes()).decode()
res = []
for i, c in enumerate(cases):
    bases = [base(i, c, k, s, v) for k, (s, v) in enumerate(zip(c['shapes'], c['views']))]
    ops = [view(b, v) for b, v in zip(bases, c['views'])]
    kw = {'order': c['order']} if 'order' in c else {}
    r = np.asarray(np.einsum(c['sub'], *ops, optimize=c['opt'], **kw))
    bound = np.einsum(c['sub'], *[np.abs(o).astype(np.float64) for o in ops])
    res.append({'ops': [[enc(b), list(b.shape)] for b in bases], 'r': enc(r),
                'dtype': str(r.dtype), 'shape': list(r.shape),
                'bound': float(np.max(bound)) if np.size(bound) else 0.0})
print(json.dumps(res))
`;

function fromB64(b64: string, dtype: string, shape: number[]): NDArray {
  const bytes = Buffer.from(b64, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return (np.frombuffer(copy.buffer, { dtype: dtype as any }) as NDArray).reshape(shape);
}

function view(a: NDArray, v: View): NDArray {
  if (v === 'T') return a.T;
  if (v === 'step') return a.get(np.slice(null, null, 2)) as NDArray;
  if (v === 'rev') return a.get('...', np.slice(null, null, -1)) as NDArray;
  if (v === 'flip') return a.get(np.slice(null, null, -1)) as NDArray;
  return a;
}

/**
 * Optimized cases where NumPy calls BLAS (a two-operand step that contracts an index goes
 * to matmul; float16 matmul is NumPy's own loop, not BLAS).
 */
function blas(c: Case): boolean {
  if (c.opt === false || c.dtypes[0] === 'float16') return false;
  const [lhs, rhs] = c.sub.includes('->') ? c.sub.split('->') : [c.sub, ''];
  const terms = lhs.split(',');
  if (terms.length < 2) return false;
  const all = terms.join('').replaceAll('.', '');
  // an index shared by two operands and absent from the output is contracted by matmul
  return [...new Set(all)].some(
    (ch) => terms.filter((t) => t.includes(ch)).length >= 2 && !rhs.includes(ch),
  );
}

describe('einsum float bits vs NumPy', { skip: !hasNumpy() }, () => {
  it('float16 / float32 / float64 / complex64, optimize off and on', () => {
    const cs = cases();
    const want = pyJSON<any[]>(PY, JSON.stringify(cs));
    const failures: string[] = [];
    let compared = 0;
    cs.forEach((c, i) => {
      const w = want[i];
      const ops = w.ops.map(([b64, shape]: [string, number[]], k: number) =>
        view(fromB64(b64, c.dtypes[k], shape), c.views[k]),
      );
      const label = `${c.dtypes} ${c.sub} ${JSON.stringify(c.shapes)} ${JSON.stringify(c.views)} optimize=${c.opt} order=${c.order ?? 'K'}`;
      const kw = c.order ? { optimize: c.opt, order: c.order } : { optimize: c.opt };
      const got = np.asarray(np.einsum(c.sub, ...ops, kw), {
        dtype: w.dtype,
      }) as NDArray;
      if (String(got.dtype) !== w.dtype || got.shape.join() !== w.shape.join()) {
        failures.push(`${label}: ${got.dtype}${got.shape} vs ${w.dtype}${w.shape}`);
        return;
      }
      const exp = fromB64(w.r, w.dtype, w.shape);
      if (blas(c)) {
        // OpenBLAS's summation order: within eps * n of the sum of |terms|
        const eps = c.dtypes[0] === 'float64' ? 2 ** -52 : 2 ** -23;
        const diff = np.max(np.abs(np.subtract(got, exp))) as number;
        if (!(diff <= 64 * eps * w.bound)) failures.push(`${label}: BLAS case off by ${diff}`);
        return;
      }
      compared++;
      const gb = Buffer.from(np.ascontiguousarray(got).tobytes());
      const eb = Buffer.from(np.ascontiguousarray(exp).tobytes());
      if (!gb.equals(eb)) {
        const g = got.flatten().tolist() as any[];
        const e = exp.flatten().tolist() as any[];
        const k = g.findIndex((x, j) => String(x) !== String(e[j]));
        failures.push(`${label}: [${k}] ${String(g[k])} vs NumPy ${String(e[k])}`);
      }
    });
    assert.deepEqual(failures, []);
    assert.ok(compared > 250, `only ${compared} exact comparisons`);
  });
});
