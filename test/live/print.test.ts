/**
 * Randomized differential test of printing against live NumPy: thousands of random
 * arrays (every dtype, 0-d to 4-d, special values, strided and negative-stride views,
 * random print options) go to python3 in one batch; str, repr and array2string must
 * match character for character. Replay a failure with NUMTYPE_PRINT_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as np from '../../src/_core/arrayprint/index.js';
import { Complex } from '../../src/_core/complex.js';
import { type DType, dtype as toDType } from '../../src/_core/dtype.js';
import { type Canonical, writeElement } from '../../src/_core/elements.js';
import { roundToHalf } from '../../src/_core/float16.js';
import { NDArray } from '../../src/_core/ndarray.js';
import { FORMATTERS } from '../_core/arrayprint/build.js';
import { hasNumpy, NUMERIC_DTYPES, pyJSON, seededRandom } from '../helpers.js';

const SEED = Number(process.env.NUMTYPE_PRINT_SEED ?? 20240611);
const N_ARRAYS = 2500;
const N_FLOATS = 1500;

const NUMERIC: readonly string[] = NUMERIC_DTYPES;

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** A random bigint in [lo, hi]. */
function bigBetween(r: Rand, lo: bigint, hi: bigint): bigint {
  const span = hi - lo + 1n;
  let x = 0n;
  for (let i = 0; i < 3; i++) x = (x << 32n) | BigInt(Math.floor(r() * 2 ** 32));
  return lo + (x % span);
}

const BOUNDS: Record<string, [bigint, bigint]> = {
  int8: [-128n, 127n],
  uint8: [0n, 255n],
  int16: [-32768n, 32767n],
  uint16: [0n, 65535n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
};

/** One array's worth of integers: small ones, extremes, or anything in range. */
function intGen(r: Rand, name: string): () => bigint {
  const [lo, hi] = BOUNDS[name]!;
  const style = int(r, 0, 2);
  return () => {
    if (style === 0) return bigBetween(r, lo > -50n ? lo : -50n, hi < 50n ? hi : 50n);
    if (style === 1 && r() < 0.5) return pick(r, [lo, hi, lo + 1n, hi - 1n, 0n, hi / 2n]);
    return bigBetween(r, lo, hi);
  };
}

const SPECIALS = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0];

/**
 * One array's worth of floats. Styles keep whole arrays positional, scientific, or
 * mixed, so every layout NumPy picks comes up.
 */
function floatGen(r: Rand): () => number {
  const style = int(r, 0, 6);
  const special = r() < 0.3 ? r() * 0.3 : 0;
  const scale = 10 ** int(r, -6, 6);
  const digits = int(r, 0, 4);
  return () => {
    if (r() < special) return pick(r, SPECIALS);
    const sign = r() < 0.3 ? -1 : 1;
    switch (style) {
      case 0:
        return (sign * Math.round(r() * 1000)) / 10 ** digits;
      case 1:
        return sign * r() * scale;
      case 2:
        return sign * 10 ** (r() * 40 - 20);
      case 3:
        return sign * 10 ** (r() * 620 - 310);
      case 4:
        return sign * Math.round(r() * 10 ** int(r, 1, 10));
      case 5: {
        // Raw bit patterns: any finite double (incl. subnormals).
        const b = new Uint32Array([Math.floor(r() * 2 ** 32), Math.floor(r() * 2 ** 32)]);
        const x = new Float64Array(b.buffer)[0]!;
        return Number.isFinite(x) ? x : sign * 1.5;
      }
      default:
        return (
          sign *
          pick(r, [0.1, 0.5, 1 / 3, 2.5, 1e-4, 1e16, 1e8, 1e6, 1e3, 65504, 999.5, 5e-324, 1.5e-5])
        );
    }
  };
}

const STR_CHARS = [
  'a',
  'b',
  'Z',
  ' ',
  "'",
  '"',
  '\\',
  '\n',
  '\t',
  'é',
  'ß',
  '😀',
  '0',
  ',',
  '\x01',
  '\x7f',
];

/** A generator of canonical values for `dt`. */
function valueGen(r: Rand, dt: DType): () => Canonical {
  switch (dt.kind) {
    case 'b':
      return () => r() < 0.5;
    case 'i':
    case 'u': {
      const g = intGen(r, dt.name);
      return dt.itemsize === 8 ? g : () => Number(g());
    }
    case 'f': {
      const g = floatGen(r);
      const round =
        dt.itemsize === 8 ? (x: number) => x : dt.itemsize === 4 ? Math.fround : roundToHalf;
      return () => round(g());
    }
    case 'c': {
      const re = floatGen(r);
      const im = r() < 0.2 ? () => 0 : floatGen(r);
      const round = dt.itemsize === 16 ? (x: number) => x : Math.fround;
      return () => new Complex(round(re()), round(im()));
    }
    case 'U': {
      const n = dt.itemsize / 4;
      return () => Array.from({ length: int(r, 0, n) }, () => pick(r, STR_CHARS)).join('');
    }
    default: {
      const n = dt.itemsize;
      return () => Uint8Array.from({ length: int(r, 0, n) }, () => int(r, 0, 255));
    }
  }
}

/**
 * A random array whose data lives in a larger buffer: axes are reversed, stepped and
 * offset inside the base, so printing must follow the strides.
 */
function randomView(r: Rand, dt: DType, shape: number[]): NDArray {
  const steps = shape.map(() => pick(r, [1, 1, 2, -1, -2, 3]));
  const pads = shape.map(() => int(r, 0, 2));
  const baseShape = shape.map((n, i) => Math.max(n * Math.abs(steps[i]!) + pads[i]!, 1));
  const base = NDArray.zeros(baseShape, dt);
  const st = base.strides;
  let offset = 0;
  const strides = shape.map((n, i) => {
    const s = steps[i]! * st[i]!;
    if (n > 0)
      offset += (steps[i]! < 0 ? (n - 1) * Math.abs(steps[i]!) + pads[i]! : pads[i]!) * st[i]!;
    return s;
  });
  let view = base.viewWith(shape, strides, offset);
  if (shape.length >= 2 && r() < 0.3) view = view.T.T; // same layout, via the transpose path
  // Junk around the view, so reading the wrong element shows.
  const junk = valueGen(r, dt);
  base.forEachOffset((off) => writeElement(base.dataView, off, dt, junk()));
  return view;
}

function randomShape(r: Rand): number[] {
  const ndim = pick(r, [0, 1, 1, 2, 2, 3, 4]);
  const big = r() < 0.08;
  return Array.from({ length: ndim }, () => {
    if (r() < 0.04) return 0;
    if (big && ndim <= 2) return int(r, 20, ndim === 1 ? 1200 : 40);
    return int(r, 1, ndim >= 3 ? 4 : 7);
  });
}

const NAMED_FORMATTERS: Record<string, [string, string][]> = {
  b: [['bool', 'yesno']],
  i: [
    ['int', 'hex'],
    ['int_kind', 'angle'],
  ],
  u: [
    ['int', 'hex'],
    ['all', 'angle'],
  ],
  f: [],
  c: [],
  U: [['numpystr', 'upper']],
  S: [],
};

function randomOptions(r: Rand, dt: DType): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (r() < 0.35) o.precision = int(r, 0, 12);
  if (r() < 0.2) o.suppress = true;
  if (r() < 0.3) o.floatmode = pick(r, ['fixed', 'unique', 'maxprec', 'maxprec_equal']);
  if (r() < 0.25) o.sign = pick(r, ['-', '+', ' ']);
  if (r() < 0.3) o.linewidth = int(r, 8, 120);
  if (r() < 0.25) o.threshold = int(r, 0, 60);
  if (r() < 0.25) o.edgeitems = int(r, 0, 4);
  if (r() < 0.1) o.nanstr = pick(r, ['NaN', '?', 'not a number']);
  if (r() < 0.1) o.infstr = pick(r, ['Inf', '∞', 'infinity']);
  if (r() < 0.08) o.legacy = pick(r, ['1.13', '1.21', '1.25', '2.1', '2.2']);
  const fmts = NAMED_FORMATTERS[dt.kind] ?? [];
  if (fmts.length && r() < 0.08) {
    const [k, name] = pick(r, fmts);
    o.formatter = { [k]: name };
  }
  return o;
}

function randomA2SKwargs(r: Rand): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (r() < 0.5) o.separator = pick(r, [', ', ',', ' | ', '']);
  if (r() < 0.4) o.prefix = pick(r, ['array(', 'x', '    ']);
  if (r() < 0.3) o.suffix = pick(r, [')', ']]', '']);
  if (r() < 0.4) o.max_line_width = int(r, 5, 100);
  if (r() < 0.3) o.precision = int(r, 0, 10);
  if (r() < 0.2) o.suppress_small = true;
  if (r() < 0.2) o.sign = pick(r, ['-', '+', ' ']);
  if (r() < 0.2) o.floatmode = pick(r, ['fixed', 'unique', 'maxprec', 'maxprec_equal']);
  if (r() < 0.2) o.threshold = int(r, 0, 30);
  if (r() < 0.2) o.edgeitems = int(r, 0, 3);
  return o;
}

/** JSON for Python: non-finite and -0 floats, bigints and bytes as tagged strings. */
function enc(v: Canonical): unknown {
  if (typeof v === 'bigint') return { i: v.toString() };
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return { f: 'nan' };
    if (!Number.isFinite(v)) return { f: v > 0 ? 'inf' : '-inf' };
    if (Object.is(v, -0)) return { f: '-0.0' };
    return v;
  }
  if (v instanceof Complex) return { c: [enc(v.re), enc(v.im)] };
  if (v instanceof Uint8Array) return { b: Array.from(v) };
  return v;
}

function withFormatters(o: Record<string, unknown>): Record<string, unknown> {
  if (!o.formatter) return o;
  const f: Record<string, (x: any) => string> = {};
  for (const [k, name] of Object.entries(o.formatter as Record<string, string>))
    f[k] = FORMATTERS[name]!;
  return { ...o, formatter: f };
}

const PY = `
import math, warnings
warnings.simplefilter('ignore')
FORMATTERS = {
    'hex': lambda x: hex(int(x)), 'angle': lambda x: f'<{int(x)}>',
    'upper': lambda x: str(x).upper(), 'yesno': lambda x: 'yes' if x else 'no',
}
def dec(v):
    if isinstance(v, dict):
        if 'i' in v: return int(v['i'])
        if 'f' in v: return float(v['f'])
        if 'c' in v: return complex(dec(v['c'][0]), dec(v['c'][1]))
        if 'b' in v: return bytes(v['b'])
    return v
def opts_of(o):
    o = dict(o)
    if 'formatter' in o:
        o['formatter'] = {k: FORMATTERS[n] for k, n in o['formatter'].items()}
    return o
def run(fn):
    try:
        return fn()
    except Exception as e:
        return 'ERROR ' + type(e).__name__ + ': ' + str(e)
data = json.load(sys.stdin)
out = {'arrays': [], 'floats': []}
for c in data['arrays']:
    vals = [dec(v) for v in c['data']]
    if c['dtype'].startswith(('<U', '|S')):
        a = np.array(vals, dtype=c['dtype']).reshape(c['shape'])
    else:
        a = np.array(vals, dtype=object).astype(c['dtype']).reshape(c['shape'])
    with np.printoptions(**opts_of(c['opts'])):
        res = [run(lambda: str(a)), run(lambda: repr(a))]
        if c['a2s'] is not None:
            res.append(run(lambda: np.array2string(a, **c['a2s'])))
    out['arrays'].append(res)
T = {'float16': np.float16, 'float32': np.float32, 'float64': np.float64}
for c in data['floats']:
    x = T[c['type']](dec(c['x']))
    fn = np.format_float_positional if c['fn'] == 'positional' else np.format_float_scientific
    out['floats'].append(run(lambda: fn(x, **c['kw'])))
print(json.dumps(out))
`;

function run(fn: () => string): string {
  try {
    return fn();
  } catch (e) {
    const err = e as Error;
    return `ERROR ${err.name}: ${err.message}`;
  }
}

test('printing matches NumPy on random arrays and options', {
  skip: !hasNumpy() && 'python3 with NumPy not found',
}, () => {
  const r = seededRandom(SEED);
  const arrays: {
    a: NDArray;
    opts: Record<string, unknown>;
    a2s: Record<string, unknown> | null;
  }[] = [];
  const payload: unknown[] = [];
  for (let i = 0; i < N_ARRAYS; i++) {
    const name = r() < 0.06 ? pick(r, ['<U3', '|S3']) : pick(r, NUMERIC);
    const dt = toDType(name);
    const shape = randomShape(r);
    const a = randomView(r, dt, shape);
    const gen = valueGen(r, dt);
    const vals: Canonical[] = [];
    a.forEachOffset((off) => {
      const v = gen();
      writeElement(a.dataView, off, dt, v);
      vals.push(v);
    });
    const opts = randomOptions(r, dt);
    const a2s = r() < 0.2 ? randomA2SKwargs(r) : null;
    arrays.push({ a, opts, a2s });
    payload.push({ dtype: name, shape, data: vals.map(enc), opts, a2s });
  }
  const floats: { fn: string; type: string; x: number; kw: Record<string, unknown> }[] = [];
  for (let i = 0; i < N_FLOATS; i++) {
    const type = pick(r, ['float16', 'float32', 'float64']);
    const raw = floatGen(r)();
    const x = type === 'float64' ? raw : type === 'float32' ? Math.fround(raw) : roundToHalf(raw);
    const fn = pick(r, ['positional', 'scientific']);
    const kw: Record<string, unknown> = {};
    const unique = r() < 0.7;
    if (!unique) kw.unique = false;
    if (!unique || r() < 0.4) kw.precision = int(r, fn === 'positional' ? 1 : 0, 25);
    if (unique && r() < 0.3) kw.min_digits = int(r, 0, (kw.precision as number | undefined) ?? 25);
    if (r() < 0.5) kw.trim = pick(r, ['k', '.', '0', '-']);
    if (r() < 0.3) kw.sign = true;
    if (r() < 0.3) kw.pad_left = int(r, 0, 8);
    if (fn === 'positional' && r() < 0.3) kw.pad_right = int(r, 0, 8);
    if (fn === 'positional' && r() < 0.3) kw.fractional = false;
    if (fn === 'scientific' && r() < 0.3) kw.exp_digits = int(r, 0, 6);
    floats.push({ fn, type, x, kw });
  }

  const want = pyJSON<{ arrays: string[][]; floats: string[] }>(
    PY,
    JSON.stringify({ arrays: payload, floats: floats.map((f) => ({ ...f, x: enc(f.x) })) }),
  );

  const bad: string[] = [];
  arrays.forEach(({ a, opts, a2s }, i) => {
    const got = np.printoptions(withFormatters(opts), () => {
      const res = [run(() => String(a)), run(() => a.repr())];
      if (a2s) res.push(run(() => np.array2string(a, a2s)));
      return res;
    });
    const exp = want.arrays[i]!;
    if (JSON.stringify(got) !== JSON.stringify(exp)) {
      const p = payload[i] as { dtype: string; shape: number[] };
      bad.push(
        `array #${i} ${p.dtype} ${JSON.stringify(p.shape)} strides=${JSON.stringify(a.strides)} opts=${JSON.stringify(opts)} a2s=${JSON.stringify(a2s)}\n` +
          `  want ${JSON.stringify(exp)}\n   got ${JSON.stringify(got)}`,
      );
    }
  });
  floats.forEach((f, i) => {
    const x = f.type === 'float64' ? f.x : scalar(f.type, f.x);
    const fn = f.fn === 'positional' ? np.format_float_positional : np.format_float_scientific;
    const got = run(() => fn(x, f.kw));
    if (got !== want.floats[i]) {
      bad.push(
        `float #${i} ${f.fn} ${f.type} ${f.x} ${JSON.stringify(f.kw)}\n  want ${JSON.stringify(want.floats[i])}\n   got ${JSON.stringify(got)}`,
      );
    }
  });
  assert.equal(
    bad.length,
    0,
    `seed ${SEED} (replay: NUMTYPE_PRINT_SEED=${SEED}): ${bad.length} mismatches of ${N_ARRAYS} arrays + ${N_FLOATS} floats\n${bad.slice(0, 6).join('\n')}`,
  );
});

/** NumPy's float16/float32 scalar: a 0-d array of that dtype. */
function scalar(type: string, x: number): NDArray {
  const dt = toDType(type);
  const a = NDArray.zeros([], dt);
  writeElement(a.dataView, 0, dt, x);
  return a;
}
