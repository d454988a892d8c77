/**
 * Live differential test of the transcendental ufuncs against NumPy: seeded random
 * inputs over the whole domain (log-spaced magnitudes of both signs, subnormals,
 * special values, neighbourhoods of branch points and poles) for every loop dtype;
 * reports the largest ulp error per function and dtype, which must be ≤ 4, with
 * special values (NaN, ±inf, ±0) matched exactly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roundToHalf } from '../../src/_core/float16.js';
import { cabs, cabsf } from '../../src/_core/umath/defs/complex_abs.js';
import * as np from '../../src/index.js';
import { type FloatKind, fromBase64, toBase64, ulpDiff } from '../_core/umath/math_ulp.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';
import { TRANSCENDENTAL } from './math_names.js';

const MAX_ULP = 4;
/** Samples per function and dtype; NUMTYPE_LIVE_N / NUMTYPE_LIVE_SEED widen the search. */
const N = Number(process.env.NUMTYPE_LIVE_N ?? 3000);
const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20240611);

const UNARY_COMPLEX = TRANSCENDENTAL;
const UNARY_REAL = ['cbrt', 'deg2rad', 'rad2deg', 'radians', 'degrees', 'fabs'];
const BINARY = ['arctan2', 'hypot', 'logaddexp', 'logaddexp2'];
const REAL_DTYPES: FloatKind[] = ['float16', 'float32', 'float64'];

/** Interesting points of each function's real domain: branch points, poles, overflow edges. */
const FOCUS: Record<string, number[]> = {
  exp: [0, 88.72, 709.78, -745.1, -103.97, 11.09, -17.3],
  exp2: [0, 128, 1024, -1074, -149, 16, -24],
  expm1: [0, 88.72, 709.78, -1e-8],
  log: [1, 0],
  log2: [1, 0],
  log10: [1, 0],
  log1p: [0, -1],
  sqrt: [0, 1],
  cbrt: [0],
  sin: [0, Math.PI, 1e5, 1e22],
  cos: [Math.PI / 2, 0, 1e5],
  tan: [Math.PI / 2, Math.PI, 1e5],
  arcsin: [1, -1, 0],
  arccos: [1, -1, 0],
  arctan: [0, 1],
  sinh: [0, 89.4, 710.47],
  cosh: [0, 89.4, 710.47],
  tanh: [0, 9, 19.1],
  arcsinh: [0],
  arccosh: [1],
  arctanh: [1, -1, 0],
  deg2rad: [0, 180],
  rad2deg: [0, Math.PI],
  radians: [0],
  degrees: [0],
  fabs: [0],
};

const SPECIALS = [
  0,
  -0,
  Infinity,
  -Infinity,
  Number.NaN,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1,
  -1,
  0.5,
  2,
  1e-10,
  1.5e-45,
  1.1754943508222875e-38,
  3.4028234663852886e38,
  6e-8,
  6.1e-5,
  65504,
];

function roundTo(x: number, kind: FloatKind): number {
  return kind === 'float64' ? x : kind === 'float32' ? Math.fround(x) : roundToHalf(x);
}

/** One random value: a mixture over magnitudes, the focus points' neighbourhoods and specials. */
function sampler(name: string, kind: FloatKind, rnd: () => number): () => number {
  const focus = FOCUS[name] ?? [0, 1];
  const maxExp = kind === 'float64' ? 1024 : kind === 'float32' ? 128 : 16;
  const minExp = kind === 'float64' ? -1074 : kind === 'float32' ? -149 : -24;
  return () => {
    const u = rnd();
    const sign = rnd() < 0.5 ? -1 : 1;
    let x: number;
    if (u < 0.3) x = sign * 2 ** (minExp + rnd() * (maxExp - minExp));
    else if (u < 0.6) x = sign * 10 ** (rnd() * 10 - 5);
    else if (u < 0.75) x = (rnd() * 2 - 1) * 20;
    else if (u < 0.93) {
      const f = focus[Math.floor(rnd() * focus.length)]!;
      const d = 10 ** (-rnd() * 16);
      x = (rnd() < 0.5 ? f : -f) + sign * d * Math.max(1, Math.abs(f));
    } else x = SPECIALS[Math.floor(rnd() * SPECIALS.length)]!;
    return roundTo(x, kind);
  };
}

interface Case {
  name: string;
  dtype: string;
  args: string[];
}

interface Stat {
  max: number;
  worst: string;
  specialMiss: string[];
}

const PY = `
import base64
cases = json.load(sys.stdin)
out = []
def dec(b, dt):
    a = np.frombuffer(base64.b64decode(b), dtype=np.float64)
    if dt.startswith('complex'):
        return a.view(np.complex128).astype(dt)
    return a.astype(dt)
with np.errstate(all='ignore'):
    for c in cases:
        args = [dec(b, c['dtype']) for b in c['args']]
        r = getattr(np, c['name'])(*args)
        r = r.astype(np.complex128).view(np.float64) if r.dtype.kind == 'c' else r.astype(np.float64)
        out.append(base64.b64encode(r.tobytes()).decode())
print(json.dumps(out))
`;

function component(kind: string): FloatKind {
  return kind === 'complex64' ? 'float32' : kind === 'complex128' ? 'float64' : (kind as FloatKind);
}

function compare(
  name: string,
  dtype: string,
  inputs: Float64Array[],
  got: Float64Array,
  expected: Float64Array,
  stat: Stat,
): void {
  const kind = component(dtype);
  const lanes = dtype.startsWith('complex') ? 2 : 1;
  for (let i = 0; i < expected.length; i++) {
    const d = ulpDiff(got[i]!, expected[i]!, kind);
    const k = Math.floor(i / lanes);
    const where = () =>
      `${name}(${inputs.map((a) => (lanes === 2 ? `${a[2 * k]}${a[2 * k + 1]! < 0 || Object.is(a[2 * k + 1], -0) ? '' : '+'}${a[2 * k + 1]}j` : a[k])).join(', ')}) ${lanes === 2 ? (i % 2 ? 'imag' : 'real') : ''}: got ${got[i]} expected ${expected[i]}`;
    if (d === Infinity) {
      if (stat.specialMiss.length < 5) stat.specialMiss.push(where());
      continue;
    }
    if (d > stat.max) {
      stat.max = d;
      stat.worst = where();
    }
  }
}

describe('transcendental ufuncs vs NumPy (live, max ulp)', {
  skip: !hasNumpy() && 'python3 with NumPy not available',
}, () => {
  const rnd = seededRandom(SEED);
  const cases: Case[] = [];
  const inputs: Float64Array[][] = [];
  const add = (name: string, dtype: string, args: Float64Array[]) => {
    cases.push({ name, dtype, args: args.map(toBase64) });
    inputs.push(args);
  };
  for (const name of [...UNARY_COMPLEX, ...UNARY_REAL]) {
    for (const dt of REAL_DTYPES) {
      const s = sampler(name, dt, rnd);
      add(name, dt, [Float64Array.from({ length: N }, s)]);
    }
  }
  for (const name of UNARY_COMPLEX) {
    for (const dt of ['complex64', 'complex128']) {
      const s = sampler(name, component(dt), rnd);
      const g = sampler('', component(dt), rnd);
      // Components from the function's focus and from the general mixture, in both orders.
      add(name, dt, [
        Float64Array.from({ length: 2 * N }, (_, i) => ((i >> 1) % 3 === 0 ? g() : s())),
      ]);
    }
  }
  for (const name of BINARY) {
    for (const dt of REAL_DTYPES) {
      const s = sampler(name, dt, rnd);
      const a = Float64Array.from({ length: N }, s);
      // Half the pairs close together: logaddexp and arctan2 are most delicate there.
      const b = Float64Array.from(a, (v, i) =>
        i % 2 ? s() : roundTo(v * (1 + (rnd() - 0.5) * 1e-3), dt),
      );
      add(name, dt, [a, b]);
    }
  }
  const expected = hasNumpy() ? pyJSON<string[]>(PY, JSON.stringify(cases)) : [];
  const report: string[] = [];
  const byName = new Map<string, Case[]>();
  for (const c of cases) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);

  for (const [name, list] of byName) {
    it(name, (t) => {
      const failures: string[] = [];
      for (const c of list) {
        const k = cases.indexOf(c);
        const args = inputs[k]!.map((a) => {
          const arr = np.array(a, { dtype: c.dtype.startsWith('complex') ? 'float64' : 'float64' });
          return c.dtype.startsWith('complex')
            ? arr.view('complex128').astype(c.dtype as np.NumericDTypeName)
            : arr.astype(c.dtype as np.NumericDTypeName);
        });
        const fn = (np as unknown as Record<string, (...a: unknown[]) => np.NDArray>)[name]!;
        const r = np.errstate({ all: 'ignore' }, () => fn(...args));
        assert.equal(String(r.dtype), c.dtype);
        const got = (
          c.dtype.startsWith('complex')
            ? r.astype('complex128').view('float64')
            : r.astype('float64')
        ).toTypedArray() as Float64Array;
        const stat: Stat = { max: 0, worst: '', specialMiss: [] };
        compare(name, c.dtype, inputs[k]!, got, fromBase64(expected[k]!), stat);
        const line = `${name} ${c.dtype}: max ${stat.max} ulp${stat.worst ? ` (${stat.worst})` : ''}`;
        t.diagnostic(line);
        report.push(line);
        if (stat.max > MAX_ULP) failures.push(line);
        for (const m of stat.specialMiss) failures.push(`special value: ${m}`);
      }
      assert.deepEqual(failures, []);
    });
  }

  // absolute of complex lives in arithmetic.ts; its scalar method is defined here.
  it('complex |z| (cabs/cabsf for absolute) is bit-exact', () => {
    const n = 2 * N;
    const s = sampler('', 'float64', rnd);
    const z = Float64Array.from({ length: 2 * n }, s);
    const [d, f] = hasNumpy()
      ? pyJSON<string[]>(
          `import base64
a = np.frombuffer(base64.b64decode(sys.stdin.read()), dtype=np.float64).view(np.complex128)
with np.errstate(all='ignore'):
    r = [np.abs(a), np.abs(a.astype(np.complex64)).astype(np.float64)]
print(json.dumps([base64.b64encode(x.tobytes()).decode() for x in r]))`,
          toBase64(z),
        )
      : ['', ''];
    const d64 = fromBase64(d!);
    const d32 = fromBase64(f!);
    const bad: string[] = [];
    for (let i = 0; i < n; i++) {
      const [re, im] = [z[2 * i]!, z[2 * i + 1]!];
      if (ulpDiff(cabs(re, im), d64[i]!, 'float64') !== 0) bad.push(`cabs(${re}, ${im})`);
      const [fr, fi] = [Math.fround(re), Math.fround(im)];
      if (ulpDiff(cabsf(fr, fi), d32[i]!, 'float32') !== 0) bad.push(`cabsf(${fr}, ${fi})`);
    }
    assert.deepEqual(bad.slice(0, 5), []);
  });
});
