/**
 * Live test of np.linalg.svd of complex matrices against NumPy, phases included, where
 * numtype follows LAPACK zgesdd's paths (min(m, n) <= 25: src/linalg/lapack/zgesdd_small.ts):
 * seeded random matrices of every shape class (square and near-square; tall and wide below
 * and above 5/3 and 17/9 of the shorter side, where zgesdd forms Q and P explicitly or
 * factors A = QR / LQ first; one row or column), dense, scaled by 1e-300 / 1e300 and with a
 * zero column, complex64 too, full_matrices true and false.
 *
 * A vector is compared where it is determined: its singular value is separated from the
 * others by 1e-6 of the largest (U's and Vh's complement columns / rows too, as long as
 * every singular value is nonzero). Replay with NUMTYPE_LIVE_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20261124);

const SHAPES = [
  [1, 1],
  [1, 6],
  [6, 1],
  [2, 2],
  [5, 5],
  [25, 25],
  [10, 16],
  [16, 10],
  [10, 18],
  [18, 10],
  [9, 30],
  [30, 9],
  [3, 40],
  [40, 3],
  [25, 48],
  [48, 25],
];

interface Case {
  m: number;
  n: number;
  re: number[];
  im: number[];
  dtype: 'complex128' | 'complex64';
  full: boolean;
}

describe('np.linalg.svd of complex matrices vs NumPy: phases (live)', {
  skip: !hasNumpy(),
}, () => {
  it('every zgesdd shape class, four kinds, both full_matrices', () => {
    const rnd = seededRandom(SEED);
    const cases: Case[] = [];
    for (const [m, n] of SHAPES) {
      for (let kind = 0; kind < 4; kind++) {
        const scale = kind === 1 ? 1e-300 : kind === 2 ? 1e300 : 1;
        const entry = (j: number) => (kind === 3 && j % n === 0 ? 0 : (rnd() * 2 - 1) * scale);
        const re = Array.from({ length: m! * n! }, (_, j) => entry(j));
        const im = Array.from({ length: m! * n! }, (_, j) => entry(j));
        const dtype = kind === 0 && m === n ? 'complex64' : 'complex128';
        for (const full of [true, false]) cases.push({ m: m!, n: n!, re, im, dtype, full });
      }
    }
    const want = pyJSON<{ s: number[]; u: number[][]; vh: number[][] }[]>(
      `cs = json.load(sys.stdin)
res = []
for c in cs:
    a = (np.array(c['re']) + 1j * np.array(c['im'])).reshape(c['m'], c['n']).astype(c['dtype'])
    u, s, vh = np.linalg.svd(a, full_matrices=c['full'])
    res.append({'s': s.tolist(), 'u': np.stack([u.real, u.imag]).tolist(),
                'vh': np.stack([vh.real, vh.imag]).tolist()})
print(json.dumps(res))`,
      JSON.stringify(cases),
    );
    let compared = 0;
    let equal = 0;
    const misses: string[] = [];
    cases.forEach((c, t) => {
      const a = np.zeros([c.m, c.n], c.dtype);
      a.real.set('...', np.array(c.re).reshape(c.m, c.n));
      a.imag.set('...', np.array(c.im).reshape(c.m, c.n));
      const [u, s, vh] = np.linalg.svd(a, { full_matrices: c.full });
      const w = want[t]!;
      const single = c.dtype === 'complex64';
      const smax = Math.max(...w.s);
      const S = s.tolist() as number[];
      S.forEach((x, i) => {
        assert.ok(Math.abs(x - w.s[i]!) <= (single ? 1e-5 : 1e-12) * smax, `case ${t}: s[${i}]`);
      });
      const separated = (i: number) =>
        i >= w.s.length
          ? w.s.every((x) => x > 1e-6 * smax)
          : w.s.every((x, j) => j === i || Math.abs(x - w.s[i]!) > 1e-6 * smax);
      const tol = single ? 1e-3 : 1e-7;
      const check = (got: NDArray, ref: number[][][], byColumn: boolean, what: string) => {
        const gr = np.real(got).tolist() as number[][];
        const gi = np.imag(got).tolist() as number[][];
        const count = byColumn ? gr[0]!.length : gr.length;
        const len = byColumn ? gr.length : gr[0]!.length;
        for (let i = 0; i < count; i++) {
          if (!separated(i)) continue;
          compared++;
          let d = 0;
          for (let j = 0; j < len; j++) {
            const [r, q] = byColumn ? [j, i] : [i, j];
            d = Math.max(d, Math.hypot(gr[r]![q]! - ref[0]![r]![q]!, gi[r]![q]! - ref[1]![r]![q]!));
          }
          if (d <= tol) equal++;
          else
            misses.push(`case ${t} (${c.m}x${c.n} ${c.dtype} full=${c.full}) ${what} ${i}: ${d}`);
        }
      };
      check(u, w.u as unknown as number[][][], true, 'U column');
      check(vh, w.vh as unknown as number[][][], false, 'Vh row');
    });
    assert.ok(compared > 1500, `only ${compared} vectors compared`);
    // rounding can decide a phase only where a convergence test sits on its threshold
    assert.ok(misses.length <= compared / 100, misses.slice(0, 10).join('\n'));
    assert.ok(equal + misses.length === compared);
  });
});

type NDArray = InstanceType<typeof np.NDArray>;
