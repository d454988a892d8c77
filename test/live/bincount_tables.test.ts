/**
 * Live check of np.bincount against NumPy on both backends, at the sizes the wasm tables take
 * (bincount_wasm.ts, assembly/bincount.ts: C-contiguous int64 from 4096 elements, bins below
 * 16384) and around them: small and large bins (past the tables, so the JS path finishes),
 * a negative bin, minlength, float64/float32/int weights with NaN and ±inf (summed in
 * element order), strided input, and the weights' errors. The result bytes and dtype, or the
 * error's message, must be NumPy's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

interface Spec {
  seed: number;
  n: number;
  hi: number;
  neg: boolean;
  minlength: number;
  weights: string | null;
  wlen: number;
  strided: boolean;
}

const PY = `
out = []
for s in json.loads(sys.stdin.read()):
    g = np.random.default_rng(s['seed'])
    x = g.integers(0, s['hi'], s['n'] * (2 if s['strided'] else 1), dtype=np.int64)
    if s['neg'] and x.size: x[x.size * 3 // 4] = -1
    if s['strided']: x = x[::2]
    kw = {'minlength': s['minlength']}
    if s['weights']:
        w = g.standard_normal(s['wlen']) * 1e3
        if w.size > 10: w[5] = np.nan; w[7] = np.inf; w[9] = -np.inf
        kw['weights'] = w.astype(s['weights'])
    try:
        y = np.bincount(x, **kw)
        out.append(y.dtype.str + ':' + y.tobytes().hex())
    except Exception as e:
        out.append('error: ' + str(e))
print(json.dumps(out))
`;

describe('np.bincount matches NumPy (live)', () => {
  const specs: Spec[] = [];
  let seed = 1;
  const add = (n: number, o: Partial<Spec>) =>
    specs.push({
      seed: seed++,
      n,
      hi: 50,
      neg: false,
      minlength: 0,
      weights: null,
      wlen: n,
      strided: false,
      ...o,
    });
  for (const n of [5, 4095, 4096, 4097, 9000, 30011]) {
    for (const hi of [1, 100, 16384, 16385, 200000]) {
      for (const weights of [null, 'float64', 'float32', 'int32']) add(n, { hi, weights });
    }
    add(n, { neg: true });
    add(n, { neg: true, weights: 'float64', wlen: n - 1 });
    add(n, { weights: 'float64', wlen: n + 1 });
    add(n, { minlength: 20000 });
    add(n, { minlength: 70, weights: 'float64' });
    add(n, { hi: 300, strided: true });
  }
  const want = hasNumpy() ? pyJSON<string[]>(PY, JSON.stringify(specs)) : [];

  for (const backend of ['wasm', 'js'] as const) {
    it(`results and errors, ${backend} backend`, { skip: !hasNumpy() }, () => {
      const before = getBackend();
      try {
        setBackend(backend);
        specs.forEach((s, i) => {
          const g = np.random.default_rng(s.seed);
          let x = g.integers(0, s.hi, s.n * (s.strided ? 2 : 1), { dtype: 'int64' }) as np.NDArray;
          if (s.neg && x.size) x.set(Math.floor((x.size * 3) / 4), -1);
          if (s.strided) x = x.get('::2');
          const kw: Record<string, unknown> = { minlength: s.minlength };
          if (s.weights) {
            const w = np.multiply(g.standard_normal(s.wlen), 1e3) as np.NDArray;
            if (w.size > 10) {
              w.set(5, Number.NaN);
              w.set(7, Infinity);
              w.set(9, -Infinity);
            }
            kw.weights = np.errstate({ all: 'ignore' }, () => w.astype(s.weights!));
          }
          let got: string;
          try {
            const y = np.bincount(x, kw);
            got = `${y.dtype.str}:${Buffer.from(new Uint8Array(y.buffer, y.offset, y.nbytes)).toString('hex')}`;
          } catch (e) {
            got = `error: ${(e as Error).message}`;
          }
          const what = `n=${s.n} hi=${s.hi} neg=${s.neg} w=${s.weights}/${s.wlen} min=${s.minlength} strided=${s.strided} (${getBackend()})`;
          assert.ok(got === want[i], `${what}: ${got.slice(0, 80)} vs ${want[i]!.slice(0, 80)}`);
        });
      } finally {
        setBackend(before);
      }
    });
  }
});
