/**
 * Floating-point error reporting against live NumPy: random float ufunc calls on special
 * values (0, -0, ±inf, NaN, huge, tiny) with fresh outputs, in-place outputs (out= one of
 * the inputs) and where= masks over outputs that already hold NaN, under
 * `errstate(all='call')`: the categories reported, in order, must be
 * NumPy's. Replay with NUMTYPE_FPERR_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const SEED = Number(process.env.NUMTYPE_FPERR_SEED ?? 777);
const CASES = 600;
const SPECIALS = ['0', '-0', 'inf', '-inf', 'nan', '1e308', '-1e308', '1e-300', '2', '-3', '0.5'];
const BINARY = ['add', 'subtract', 'multiply', 'divide', 'power', 'maximum', 'fmax', 'hypot'];
const UNARY = ['sqrt', 'log', 'exp', 'negative', 'reciprocal', 'square'];

interface Case {
  func: string;
  dtype: 'float64' | 'float32';
  xs: string[][];
  out: 'new' | 'a' | 'b';
  mask: boolean[] | null;
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const unary = rnd() < 0.35;
  const func = pick(unary ? UNARY : BINARY);
  const n = 1 + Math.floor(rnd() * 4);
  const xs = Array.from({ length: unary ? 1 : 2 }, () =>
    Array.from({ length: n }, () => (rnd() < 0.6 ? '1.5' : pick(SPECIALS))),
  );
  const out = pick(unary ? (['new', 'a'] as const) : (['new', 'a', 'b'] as const));
  const mask = rnd() < 0.3 ? Array.from({ length: n }, () => rnd() < 0.5) : null;
  return { func, dtype: pick(['float64', 'float32'] as const), xs, out, mask };
}

function runJS(c: Case): string[] {
  const num = (v: string) => (v === 'inf' ? Infinity : v === '-inf' ? -Infinity : Number(v));
  const arrs = c.xs.map((x) => np.array(x.map(num), { dtype: c.dtype }));
  const seen: string[] = [];
  np.seterrcall((err: string) => {
    seen.push(err);
  });
  try {
    np.errstate({ all: 'call' }, () => {
      const f = (np as any)[c.func] as (...a: unknown[]) => unknown;
      const opts: Record<string, unknown> = {};
      if (c.mask !== null) {
        opts.where = np.array(c.mask);
        opts.out =
          c.out === 'new'
            ? np.full(arrs[0]!.shape, Number.NaN, { dtype: c.dtype })
            : arrs[c.out === 'a' ? 0 : 1];
      } else if (c.out !== 'new') opts.out = arrs[c.out === 'a' ? 0 : 1];
      f(...arrs, opts);
    });
  } finally {
    np.seterrcall(null);
  }
  return seen;
}

const PY = `
cases = json.load(sys.stdin)
res = []
for c in cases:
    arrs = [np.array([float(v) for v in x], dtype=c['dtype']) for x in c['xs']]
    seen = []
    old = np.seterrcall(lambda err, flag: seen.append(err))
    with np.errstate(all='call'):
        kw = {}
        if c['mask'] is not None:
            kw['where'] = np.array(c['mask'])
            kw['out'] = np.full(arrs[0].shape, np.nan, dtype=c['dtype']) if c['out'] == 'new' else arrs[0 if c['out'] == 'a' else 1]
        elif c['out'] != 'new':
            kw['out'] = arrs[0 if c['out'] == 'a' else 1]
        getattr(np, c['func'])(*arrs, **kw)
    np.seterrcall(old)
    res.append(seen)
print(json.dumps(res))
`;

describe('floating-point error categories vs live NumPy (fresh, in-place and masked outputs)', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(SEED + i));
  const expected = hasNumpy() ? pyJSON<string[][]>(PY, JSON.stringify(cases)) : [];
  it(`${CASES} random calls report NumPy's categories`, () => {
    const bad: string[] = [];
    cases.forEach((c, i) => {
      const got = runJS(c);
      if (JSON.stringify(got) !== JSON.stringify(expected[i])) {
        bad.push(
          `seed ${SEED + i} ${JSON.stringify(c)}: got ${JSON.stringify(got)}, NumPy ${JSON.stringify(expected[i])}`,
        );
      }
    });
    assert.deepStrictEqual(bad.slice(0, 10), []);
  });
});
