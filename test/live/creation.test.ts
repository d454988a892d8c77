/**
 * Live differential test of arange, linspace, logspace and astype against NumPy: seeded
 * random arguments (ints, fractional and extreme floats, every numeric dtype, strided
 * and reversed inputs, every casting mode), all sent to python3 in one batch and compared
 * bit for bit (complex logspace within a few ulps).
 * Replay with NUMTYPE_LIVE_SEED=<seed> (and NUMTYPE_LIVE_CASES=1).
 */
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { expectResult } from '../_core/multiarray/cases.js';
import { hasNumpy, NUMERIC_DTYPES, pyJSON, seededRandom, throwsNumpy } from '../helpers.js';

const BASE_SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20250715);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 600);

const NUMERIC: readonly string[] = NUMERIC_DTYPES;
const SPECIAL = [
  'nan',
  'inf',
  '-inf',
  0.5,
  -0.5,
  1.5,
  -2.5,
  127.5,
  128,
  255,
  256,
  -129,
  32768,
  65504,
  65520,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32 + 5,
  2 ** 53,
  2 ** 63,
  -(2 ** 63),
  2 ** 64,
  1e20,
  -1e20,
  3.5e38,
  1e300,
  1e-310,
  0.1,
];

type Arg = number | string | null;

interface Case {
  seed: number;
  kind: 'arange' | 'linspace' | 'logspace' | 'astype';
  args: Arg[];
  kwargs: Record<string, unknown>;
  /** astype: source values (float64, 'nan'/'inf' as strings), dtypes, view, casting mode. */
  values?: Arg[];
  from?: string;
  view?: string | null;
}

function makeCase(seed: number): Case {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // A bound: an int, or a float that is not integral (an integral float is an int in JS).
  const bound = (scale: number): number => {
    if (rnd() < 0.4) return int(-scale, scale);
    const x = (rnd() * 2 - 1) * scale;
    return Number.isInteger(x) ? x + 0.5 : Number(x.toPrecision(int(1, 17)));
  };
  const kind = pick([
    'arange',
    'arange',
    'linspace',
    'linspace',
    'logspace',
    'astype',
    'astype',
    'astype',
  ] as const);
  if (kind === 'arange') {
    const start = bound(pick([10, 1000, 1e6]));
    const span = bound(pick([5, 50, 500, 2000]));
    const step = rnd() < 0.1 ? 0 : bound(pick([1, 3, 7.5, 0.1]));
    const stop = start + span;
    const dtype = rnd() < 0.4 ? null : pick(NUMERIC.filter((d) => d !== 'bool'));
    const nargs = pick([1, 2, 3, 3]);
    const args = nargs === 1 ? [stop] : nargs === 2 ? [start, stop] : [start, stop, step];
    // Keep lengths small: NumPy and numtype agree on the error beyond that anyway.
    if (nargs === 3 && step !== 0 && Math.abs(span / step) > 5000) args[2] = span / 1000 + 0.25;
    if (nargs === 1 && Math.abs(stop) > 5000) args[0] = stop / 1000 + 0.5;
    if (nargs === 2 && Math.abs(span) > 5000) args[1] = start + 7.25;
    return { seed, kind, args, kwargs: dtype ? { dtype } : {} };
  }
  if (kind === 'linspace' || kind === 'logspace') {
    const scale = kind === 'logspace' ? 5 : pick([1, 100, 1e6, 1e300]);
    const args: Arg[] = [bound(scale), bound(scale), int(0, 60)];
    const kwargs: Record<string, unknown> = {};
    if (rnd() < 0.3) kwargs.endpoint = false;
    if (kind === 'linspace' && rnd() < 0.3) kwargs.retstep = true;
    if (rnd() < 0.3)
      kwargs.dtype = pick([
        'float32',
        'float64',
        'int64',
        'int16',
        'uint8',
        'complex128',
        'float16',
      ]);
    if (kind === 'logspace' && rnd() < 0.3) kwargs.base = pick([2, 2.5, 10, 0.5]);
    return { seed, kind, args, kwargs };
  }
  const n = int(0, 40);
  const values: Arg[] = Array.from({ length: n }, () =>
    rnd() < 0.5 ? pick(SPECIAL) : bound(pick([1, 200, 70000, 5e9, 1e19])),
  );
  const from = pick(NUMERIC);
  const to = pick(NUMERIC);
  const view = pick([null, '::2', '::-1', '1::3', '::-2']);
  const casting = rnd() < 0.7 ? 'unsafe' : pick(['no', 'equiv', 'safe', 'same_kind', 'unsafe']);
  return { seed, kind, args: [to], kwargs: { casting }, values, from, view };
}

const PY = `
import math, warnings
warnings.simplefilter('ignore')
cases = json.load(sys.stdin)

def enc(v):
    if isinstance(v, np.ndarray):
        return {'dtype': str(v.dtype), 'shape': list(v.shape), 'strides': list(v.strides), 'data': [enc(x) for x in v.ravel().tolist()]}
    if isinstance(v, tuple):
        return [enc(x) for x in v]
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v if abs(v) <= 2**53 - 1 else {'bigint': str(v)}
    if isinstance(v, float):
        if math.isnan(v): return {'float': 'nan'}
        if math.isinf(v): return {'float': 'inf' if v > 0 else '-inf'}
        if v == 0 and math.copysign(1, v) < 0: return {'float': '-0'}
        return v
    if isinstance(v, complex):
        return {'complex': [enc(v.real), enc(v.imag)]}
    return v

def val(x):
    return float(x) if isinstance(x, str) else x

out = []
for c in cases:
    try:
        if c['kind'] == 'astype':
            a = np.array([val(x) for x in c['values']], dtype=float).astype(c['from'])
            if c['view']:
                a = eval('a[' + c['view'] + ']')
            r = a.astype(c['args'][0], **c['kwargs'])
        else:
            r = getattr(np, c['kind'])(*c['args'], **c['kwargs'])
        out.append({'ok': enc(r)})
    except Exception as e:
        out.append({'error': [type(e).__name__, str(e)]})
print(json.dumps(out))
`;

/** The JS call for a case. */
function run(c: Case): () => unknown {
  if (c.kind === 'astype') {
    return () => {
      const vals = c.values!.map((x) =>
        x === 'nan' ? Number.NaN : x === 'inf' ? Infinity : x === '-inf' ? -Infinity : x,
      );
      let a = np.array(vals, { dtype: 'float64' }).astype(c.from!);
      if (c.view) a = a.get(c.view);
      return a.astype(c.args[0] as string, c.kwargs as never);
    };
  }
  const fn = (np as any)[c.kind] as (...a: unknown[]) => unknown;
  return Object.keys(c.kwargs).length > 0 ? () => fn(...c.args, c.kwargs) : () => fn(...c.args);
}

describe('creation and casting agree with NumPy on random cases', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(BASE_SEED + i));
  const results = hasNumpy() ? pyJSON<any[]>(PY, JSON.stringify(cases)) : [];
  it(`${CASES} cases (seed ${BASE_SEED})`, () => {
    const failures: string[] = [];
    cases.forEach((c, i) => {
      const want = results[i];
      try {
        if (want.error) throwsNumpy(run(c), want.error[0], want.error[1]);
        else
          expectResult(
            run(c)(),
            want.ok,
            c.kind,
            c.kind === 'logspace' && String(want.ok?.dtype).startsWith('complex') ? 16 : 0,
          );
      } catch (e) {
        failures.push(
          `seed ${c.seed}: ${JSON.stringify(c)}\n    ${(e as Error).message.split('\n')[0]}`,
        );
      }
    });
    if (failures.length > 0) {
      throw new Error(
        `${failures.length} of ${CASES} differ:\n${failures.slice(0, 15).join('\n')}`,
      );
    }
  });
});
