/**
 * Live check of the floating-point flags of the float64 functions whose contiguous loops run
 * on the FMA module's listing lane kernels (fma_lane_loops.ts: the kernels list the elements
 * whose flags the scalar ports judge, and the engine no longer scans): for each function and
 * special value, placed in either lane of 64 elements (and in a strided view, the engine's
 * general loop), which of divide / over / under / invalid NumPy raises, against python3's
 * NumPy. Skips when python3 lacks NumPy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const FUNCS = [
  'log1p',
  'expm1',
  'sinh',
  'cosh',
  'tanh',
  'exp2',
  'arcsinh',
  'arccosh',
  'arctanh',
  'log2',
  'log10',
];
const KINDS = ['divide', 'over', 'under', 'invalid'] as const;
const VALS = [
  0,
  -0,
  5e-324,
  -5e-324,
  1e-310,
  -1e-310,
  2 ** -1022,
  1e-300,
  -1e-300,
  2 ** -60,
  1,
  -1,
  1.5,
  2,
  0.5,
  -0.5,
  22.5,
  -22.5,
  600,
  -600,
  709,
  710,
  711,
  -711,
  1100,
  -1100,
  -1075,
  -1022.5,
  1023.5,
  1024,
  1e300,
  -1e300,
  Infinity,
  -Infinity,
  Number.NaN,
  -2,
  1.0000000000000002,
  0.9999999999999999,
];

const PY = `
funcs = ${JSON.stringify(FUNCS)}
vals = [float(v) for v in ${JSON.stringify(VALS.map((v) => (Object.is(v, -0) ? '-0.0' : String(v))))}]
def flags(f, a):
    out = []
    for k in ${JSON.stringify(KINDS)}:
        with np.errstate(all='ignore', **{k: 'raise'}):
            try:
                f(a)
            except FloatingPointError:
                out.append(k)
    return out
res = []
for name in funcs:
    f = getattr(np, name)
    for i, v in enumerate(vals):
        for pos in (36, 37):
            a = np.full(64, 0.25)
            a[pos] = v
            res.append([name, i, pos, flags(f, a), flags(f, a.repeat(2)[::2])])
print(json.dumps(res))
`;

type Row = [string, number, number, string[], string[]];

const live: Row[] | null = hasNumpy() ? pyJSON<Row[]>(PY) : null;

function raised(f: () => unknown): string[] {
  const out: string[] = [];
  for (const k of KINDS) {
    const old = np.seterr({ all: 'ignore', [k]: 'raise' });
    try {
      f();
    } catch (e) {
      if ((e as Error).name !== 'FloatingPointError') throw e;
      out.push(k);
    } finally {
      np.seterr(old);
    }
  }
  return out;
}

describe('float64 lane kernels: FP flags as NumPy raises them', { skip: live === null }, () => {
  it('contiguous (the lane kernels), in place, and strided (the general loop), both lanes', () => {
    const u = np as unknown as Record<string, (a: np.NDArray) => np.NDArray>;
    for (const [name, i, pos, want, wantStrided] of live!) {
      const v = VALS[i]!;
      const a = np.full(64, 0.25, { dtype: 'float64' });
      a.set(pos, v);
      assert.deepEqual(
        raised(() => u[name]!(a)),
        want,
        `${name}(${v}) at ${pos}`,
      );
      const f = u as unknown as Record<
        string,
        (a: np.NDArray, o: { out: np.NDArray }) => np.NDArray
      >;
      const inPlace = () => {
        const b = a.copy(); // fresh for each flag's call
        return f[name]!(b, { out: b });
      };
      assert.deepEqual(raised(inPlace), want, `${name}(${v}) in place`);
      const s = np.repeat(a, 2).get('::2') as np.NDArray;
      assert.deepEqual(
        raised(() => u[name]!(s)),
        wantStrided,
        `${name}(${v}) at ${pos}, strided`,
      );
    }
  });
});
