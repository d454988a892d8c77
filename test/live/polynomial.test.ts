/**
 * Live randomized comparison of the polynomial routines with NumPy (python3 + NumPy;
 * skipped without them): seeded random coefficients, points and parameters for polyval,
 * polyadd, polysub, polymul, polydiv, polyder, polyint, poly, roots and polyfit,
 * evaluated by NumPy in one python3 run (scripts/fixtures/gen_polynomial.py `sorted_roots`
 * and gen_numerical.py `run_live`) and replayed here: bit for bit where NumPy's arithmetic
 * is fixed, within a stated tolerance where LAPACK / BLAS decide the rounding.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sort_complex } from '../../src/_core/sorting/sort.js';
import * as polynomial from '../../src/lib/polynomial/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';
import { type ReplayCase, replay } from '../lib/numerical_replay.util.js';
import { type Rand, randArray, randFloat, randInt, randPick } from './numerical_random.util.js';

type Spec = { fn: string; args: unknown[]; kw: Record<string, unknown>; tol?: number };

function cases(r: Rand): Spec[] {
  const out: Spec[] = [];
  const coeffs = (dtypes: string[], min = 1) =>
    randArray(r, [randInt(r, min, 8)], randPick(r, dtypes));
  for (let i = 0; i < 25; i++) {
    const p = coeffs(['float64', 'int64', 'float32', 'complex128']);
    const x = randArray(r, [randInt(r, 0, 30)], randPick(r, ['float64', 'int64', 'float32']));
    out.push({ fn: 'polyval', args: [p, x], kw: {} });
  }
  for (const fn of ['polyadd', 'polysub', 'polymul']) {
    for (let i = 0; i < 10; i++) {
      const a = coeffs(['float64', 'int64', 'int8', 'complex128']);
      const b = coeffs(['float64', 'int64', 'int16']);
      // float dot products go through BLAS in NumPy: its summation order is its own.
      out.push({ fn, args: [a, b], kw: {}, tol: fn === 'polymul' ? 1e-13 : undefined });
    }
  }
  for (let i = 0; i < 15; i++) {
    out.push({
      fn: 'polydiv',
      args: [coeffs(['float64', 'int64', 'complex128']), coeffs(['float64', 'float32'])],
      kw: {},
    });
  }
  for (let i = 0; i < 15; i++) {
    const p = coeffs(['float64', 'int64', 'float32']);
    out.push({ fn: 'polyder', args: [p, randInt(r, 0, 4)], kw: {} });
    const kw: Record<string, unknown> = { m: randInt(r, 0, 3) };
    if (r() < 0.5) kw.k = randFloat(r, -3, 3);
    out.push({ fn: 'polyint', args: [p], kw });
  }
  for (let i = 0; i < 12; i++) {
    const z = randArray(r, [randInt(r, 0, 6)], randPick(r, ['float64', 'complex128', 'int64']));
    out.push({ fn: 'poly', args: [z], kw: {}, tol: 1e-12 });
  }
  for (let i = 0; i < 4; i++) {
    const m = randArray(r, [3, 3], 'float64');
    out.push({ fn: 'poly', args: [m], kw: {}, tol: 1e-9 });
  }
  for (let i = 0; i < 12; i++) {
    const p = randArray(r, [randInt(r, 1, 7)], randPick(r, ['float64', 'int64']), { lo: 1, hi: 9 });
    out.push({ fn: 'sorted_roots', args: [p], kw: {}, tol: 1e-7 });
  }
  for (let i = 0; i < 15; i++) {
    const m = randInt(r, 6, 30);
    const x = randArray(r, [m], 'float64', { sorted: true, lo: -3, hi: 3 });
    const y = randArray(r, r() < 0.3 ? [m, 2] : [m], 'float64');
    const kw: Record<string, unknown> = {};
    if (r() < 0.3) kw.w = randArray(r, [m], 'float64', { lo: 0.5, hi: 2 });
    const pick = randInt(r, 0, 3);
    if (pick === 1) kw.full = true;
    if (pick === 2) kw.cov = true;
    if (pick === 3) kw.cov = 'unscaled';
    out.push({ fn: 'polyfit', args: [x, y, randInt(r, 0, 4)], kw, tol: 1e-8 });
  }
  return out;
}

function sorted_roots(p: unknown) {
  const r = polynomial.roots(p);
  return r.size > 0 ? sort_complex(r) : r;
}

describe('polynomial routines: live randomized comparison with NumPy', {
  skip: !hasNumpy(),
}, () => {
  it('matches NumPy on seeded random cases', () => {
    const specs = cases(seededRandom(8_2026));
    const res = pyJSON<ReplayCase[]>(
      [
        "sys.path.insert(0, 'scripts/fixtures')",
        'from gen_numerical import run_live',
        'from gen_polynomial import sorted_roots',
        "print(json.dumps(run_live(json.load(sys.stdin), {'sorted_roots': sorted_roots})))",
      ].join('\n'),
      JSON.stringify(specs),
    );
    assert.equal(res.length, specs.length);
    assert.ok(res.filter((c) => c.err).length < res.length / 5, 'too many error cases');
    for (const c of res) replay(c, { ...polynomial, sorted_roots });
  });
});
