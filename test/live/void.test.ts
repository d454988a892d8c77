/**
 * Live differential test of raw void (`V<n>`) arrays and record printing against NumPy:
 * seeded random byte contents, itemsizes, shapes and slices (str, repr, tolist, views,
 * casts to V<m>), and random records printed 1-d and 0-d, all in one python3 batch.
 * Replay with NUMTYPE_LIVE_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const SEED = Number(process.env.NUMTYPE_LIVE_SEED ?? 20261122);
const CASES = Number(process.env.NUMTYPE_LIVE_CASES ?? 150);

const PY = `
cases = json.load(sys.stdin)
out = []
for c in cases:
    if c['kind'] == 'raw':
        a = np.frombuffer(bytes(c['bytes']), np.uint8).view('V%d' % c['n']).reshape(c['shape'])
        if c['slices']:
            a = a[tuple(slice(*s) for s in c['slices'])]
        out.append({'str': str(a), 'repr': repr(a), 'tolist': [list(x) for x in a.ravel().tolist()],
                    'cast': repr(a.astype('V%d' % c['m']))})
    else:
        dt = np.dtype([(n, t) for n, t in c['fields']])
        a = np.array([tuple(r) for r in c['rows']], dt)
        z = np.array(a[0], dt)
        out.append({'str1': str(a), 'repr1': repr(a), 'str0': str(z), 'repr0': repr(z)})
print(json.dumps(out))
`;

const TYPES = ['?', 'i1', 'u2', 'i4', 'i8', 'f4', 'f8', 'U4'];

describe('live: raw void and records vs NumPy', { skip: !hasNumpy() }, () => {
  it(`${CASES} random cases (seed ${SEED})`, () => {
    const rnd = seededRandom(SEED);
    const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
    const cases: any[] = [];
    for (let i = 0; i < CASES; i++) {
      if (i % 2 === 0) {
        const n = int(1, 9);
        const shape = rnd() < 0.2 ? [] : rnd() < 0.6 ? [int(0, 12)] : [int(1, 4), int(1, 4)];
        const size = shape.reduce((a, b) => a * b, 1);
        const zeroRun = rnd() < 0.4;
        const bytes = Array.from({ length: size * n }, () =>
          zeroRun && rnd() < 0.6 ? 0 : int(0, 255),
        );
        // Slices: [start, stop, step] per axis, steps possibly negative.
        const slices = shape.map((d) =>
          rnd() < 0.5 ? [null, null, 1] : rnd() < 0.5 ? [null, null, -1] : [0, d, int(1, 3)],
        );
        cases.push({ kind: 'raw', n, shape, bytes, slices, m: int(1, 9) });
      } else {
        const k = int(1, 4);
        const fields = Array.from({ length: k }, (_, j) => [
          `f${j}`,
          TYPES[int(0, TYPES.length - 1)]!,
        ]);
        const val = (t: string): unknown => {
          if (t === '?') return rnd() < 0.5;
          if (t === 'U4') return 'abcdz'.slice(0, int(0, 4));
          if (t[0] === 'f')
            return rnd() < 0.3 ? int(-50, 50) : Math.round((rnd() - 0.5) * 1e4) / 64;
          return t[0] === 'u' ? int(0, 60000) : int(-100, 100);
        };
        const rows = Array.from({ length: int(1, 4) }, () => fields.map(([, t]) => val(t)));
        cases.push({ kind: 'rec', fields, rows });
      }
    }
    const want = pyJSON<any[]>(PY, JSON.stringify(cases));
    cases.forEach((c, i) => {
      const w = want[i];
      const ctx = `case ${i}: ${JSON.stringify(c)}`;
      if (c.kind === 'raw') {
        let a = np.array(c.bytes, { dtype: 'u1' }).view(`V${c.n}`).reshape(c.shape);
        if (c.slices.length)
          a = a.get(...c.slices.map((s: (number | null)[]) => s.map((x) => x ?? '').join(':')));
        assert.equal(String(a), w.str, ctx);
        assert.equal(a.repr(), w.repr, ctx);
        const got = (a.reshape([-1]).tolist() as Uint8Array[]).map((b) => Array.from(b));
        assert.deepEqual(got, w.tolist, ctx);
        assert.equal(a.astype(`V${c.m}`).repr(), w.cast, ctx);
      } else {
        const a = np.array(c.rows, { dtype: c.fields });
        assert.equal(String(a), w.str1, ctx);
        assert.equal(a.repr(), w.repr1, ctx);
        const z = a.get(0).copy();
        assert.equal(String(z), w.str0, ctx);
        assert.equal(z.repr(), w.repr0, ctx);
      }
    });
  });
});
