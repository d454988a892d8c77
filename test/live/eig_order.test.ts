/**
 * Live: np.linalg.eig / eigvals of real matrices against NumPy (LAPACK's dgeev path up to
 * order 75, src/linalg/lapack/geev_small.ts): eigenvalues in NumPy's order and every
 * eigenvector of a separated eigenvalue, sign included, on seeded random matrices — dense,
 * nearly triangular, with zero rows / columns (dgebal's permutations), badly scaled
 * (dgebal's scaling), symmetric, integer, full of complex pairs, float32, orders 1..75.
 * Replay with NUMTYPE_LIVE_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';
import { checkEig, type EigCase, newTally } from '../linalg/eig_order_check.js';

const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20261124);

function makeCase(rnd: () => number, t: number): { a: number[][]; dtype: EigCase['dtype'] } {
  const kind = t % 8;
  const n = 1 + Math.floor(rnd() * (t % 16 === 15 ? 75 : 20));
  const entry = () => Math.round((rnd() - 0.5) * 2000) / 100;
  let a = Array.from({ length: n }, () => Array.from({ length: n }, entry));
  let dtype: EigCase['dtype'] = 'float64';
  if (kind === 1) {
    // nearly upper triangular
    a = a.map((r, i) => r.map((x, j) => (j >= i ? x : j === i - 1 && rnd() < 0.5 ? x / 100 : 0)));
  } else if (kind === 2) {
    // zero rows and columns (but for the diagonal): dgebal permutes them to the ends
    const zr = a.map(() => rnd() < 0.3);
    const zc = a.map(() => rnd() < 0.3);
    a = a.map((r, i) => r.map((x, j) => (i !== j && (zr[i] || zc[j]) ? 0 : x)));
  } else if (kind === 3) {
    a = a.map((r, i) => r.map((x, j) => (j >= i ? x : a[j]![i]!)));
  } else if (kind === 4) {
    a = a.map((r) => r.map(() => Math.floor(rnd() * 11) - 5));
    dtype = 'int64';
  } else if (kind === 5) {
    // badly scaled: D A D^-1 with D = 10^k
    const s = a.map(() => 10 ** Math.floor(rnd() * 7 - 3));
    a = a.map((r, i) => r.map((x, j) => (x * s[i]!) / s[j]!));
  } else if (kind === 6) {
    dtype = 'float32';
  } else if (kind === 7) {
    // a perturbed skew band: mostly complex pairs
    a = a.map((r, i) =>
      r.map((x, j) => (j === i + 1 ? 5 + x : j === i - 1 ? -5 + x / 10 : x / 50)),
    );
  }
  return { a, dtype };
}

/** A complex case: kinds as makeCase's plus Hermitian and extreme scales, complex64. */
function makeComplexCase(rnd: () => number, t: number): EigCase & Record<string, unknown> {
  const kind = t % 8;
  const n = 1 + Math.floor(rnd() * (t % 16 === 15 ? 75 : 20));
  const entry = () => Math.round((rnd() - 0.5) * 2000) / 100;
  const part = () => Array.from({ length: n }, () => Array.from({ length: n }, entry));
  let a = part();
  let ai = part();
  let dtype: EigCase['dtype'] = 'complex128';
  const mask = (keep: (i: number, j: number) => boolean) => {
    a = a.map((r, i) => r.map((x, j) => (keep(i, j) ? x : 0)));
    ai = ai.map((r, i) => r.map((x, j) => (keep(i, j) ? x : 0)));
  };
  if (kind === 1) {
    mask((i, j) => j >= i - 1);
    a = a.map((r, i) => r.map((x, j) => (j === i - 1 ? x / 100 : x)));
  } else if (kind === 2) {
    const zr = a.map(() => rnd() < 0.3);
    const zc = a.map(() => rnd() < 0.3);
    mask((i, j) => i === j || !(zr[i] || zc[j]));
  } else if (kind === 3) {
    // Hermitian: real eigenvalues, zgeev's general path all the same
    a = a.map((r, i) => r.map((x, j) => (j >= i ? x : a[j]![i]!)));
    ai = ai.map((r, i) => r.map((x, j) => (j > i ? x : j === i ? 0 : -ai[j]![i]!)));
  } else if (kind === 4) {
    const s = a.map(() => 10 ** Math.floor(rnd() * 7 - 3));
    a = a.map((r, i) => r.map((x, j) => (x * s[i]!) / s[j]!));
    ai = ai.map((r, i) => r.map((x, j) => (x * s[i]!) / s[j]!));
  } else if (kind === 5) {
    // zgeev scales matrices this small or large before balancing
    const f = rnd() < 0.5 ? 1e-300 : 1e300;
    a = a.map((r) => r.map((x) => x * f));
    ai = ai.map((r) => r.map((x) => x * f));
  } else if (kind === 6) {
    dtype = 'complex64';
  } else if (kind === 7) {
    mask((i, j) => i === j || rnd() < 0.15);
  }
  return { a, ai, dtype, wr: [], wi: [], vr: [], vi: [], er: [], ei: [] };
}

describe('np.linalg.eig / eigvals order and eigenvectors vs NumPy (live)', {
  skip: !hasNumpy(),
}, () => {
  it('320 random real matrices of orders 1..75, eight kinds', () => {
    const rnd = seededRandom(SEED);
    const inputs = Array.from({ length: 320 }, (_, t) => makeCase(rnd, t));
    const out = pyJSON<Omit<EigCase, 'a' | 'dtype'>[]>(
      `cs = json.load(sys.stdin)
res = []
for c in cs:
    a = np.array(c['a'], dtype=c['dtype'])
    w, v = np.linalg.eig(a)
    e = np.linalg.eigvals(a)
    res.append({'wr': w.real.tolist(), 'wi': np.imag(w).tolist(), 'vr': v.real.tolist(),
                'vi': np.imag(v).tolist(), 'er': e.real.tolist(), 'ei': np.imag(e).tolist()})
print(json.dumps(res))`,
      JSON.stringify(inputs),
    );
    const tally = newTally();
    inputs.forEach((c, i) => {
      checkEig({ ...c, ...out[i]! }, `seed ${SEED} case ${i} (n=${c.a.length}, ${c.dtype})`, tally);
    });
    assert.ok(tally.vectors > 2000, `only ${tally.vectors} eigenvectors compared`);
    // rounding-level entries decide a few signs and symmetric orders (eig_order_check.ts)
    assert.ok(
      tally.misplaced <= tally.values / 50,
      `${tally.misplaced} of ${tally.values} misplaced`,
    );
    assert.ok(tally.flippedReal <= tally.vectors / 50, `${tally.flippedReal} real vectors flipped`);
    assert.ok(tally.flipped <= tally.vectors / 10, `${tally.flipped} of ${tally.vectors} flipped`);
  });

  it('240 random complex matrices of orders 1..75, eight kinds (zgeev)', () => {
    const rnd = seededRandom(SEED + 1);
    const inputs = Array.from({ length: 240 }, (_, t) => makeComplexCase(rnd, t));
    const out = pyJSON<Omit<EigCase, 'a' | 'dtype'>[]>(
      `cs = json.load(sys.stdin)
res = []
for c in cs:
    a = (np.array(c['a']) + 1j * np.array(c['ai'])).astype(c['dtype'])
    w, v = np.linalg.eig(a)
    e = np.linalg.eigvals(a)
    res.append({'wr': w.real.tolist(), 'wi': w.imag.tolist(), 'vr': v.real.tolist(),
                'vi': v.imag.tolist(), 'er': e.real.tolist(), 'ei': e.imag.tolist()})
print(json.dumps(res))`,
      JSON.stringify(inputs.map(({ a, ai, dtype }) => ({ a, ai, dtype }))),
    );
    const tally = newTally();
    inputs.forEach((c, i) => {
      const label = `seed ${SEED + 1} complex case ${i} (n=${c.a.length}, ${c.dtype})`;
      checkEig({ ...c, ...out[i]! }, label, tally);
    });
    assert.ok(tally.vectors > 1500, `only ${tally.vectors} eigenvectors compared`);
    // vectors are normalised to a real largest component: no sign freedom is left
    assert.ok(
      tally.misplaced <= tally.values / 50,
      `${tally.misplaced} of ${tally.values} misplaced`,
    );
    assert.ok(tally.flipped <= tally.vectors / 50, `${tally.flipped} of ${tally.vectors} flipped`);
  });
});
