/**
 * np.zeros / np.ones / np.full / np.empty-then-fill against NumPy, byte for byte: every
 * numeric dtype, fill values of every JS kind (integers at the dtype's edges, -0.0, NaN, ±inf,
 * fractions into integer dtypes, booleans, bigints), tiny arrays and larger ones (fresh
 * uninitialised memory for numeric fills), C and F order. The typed-array
 * fill fast path (multiarray/fillvalue.ts fillTyped) and the general copy must agree with
 * NumPy's casts (errors included: an out-of-range Python int is NumPy's OverflowError).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, NUMERIC_DTYPES, pyJSON } from '../helpers.js';

const DTYPES: readonly string[] = NUMERIC_DTYPES;
/** Fill values as [JS value, Python literal]. */
const VALUES: [number | boolean | bigint, string][] = [
  [0, '0'],
  [1, '1'],
  [7, '7'],
  [-0, '-0.0'],
  [2.5, '2.5'],
  [-3.75, '-3.75'],
  [Number.NaN, "float('nan')"],
  [Number.POSITIVE_INFINITY, "float('inf')"],
  [1e300, '1e300'],
  [true, 'True'],
  [false, 'False'],
  [127, '127'],
  [255, '255'],
  [65535, '65535'],
  [-1, '-1'],
  [2 ** 40, str(2 ** 40)],
  [2n ** 63n - 1n, str(2n ** 63n - 1n)],
];
function str(x: number | bigint): string {
  return String(x);
}

interface Case {
  fn: 'zeros' | 'ones' | 'full';
  shape: number[];
  dtype: string | null;
  order: 'C' | 'F';
  value: number;
}

const PY = `
import warnings, hashlib
cases, values = json.loads(sys.stdin.read())
out = []
for c in cases:
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            kw = {'order': c['order']}
            if c['dtype'] is not None: kw['dtype'] = c['dtype']
            if c['fn'] == 'full': r = np.full(c['shape'], eval(values[c['value']]), **kw)
            else: r = getattr(np, c['fn'])(c['shape'], **kw)
            out.append({'dtype': str(r.dtype), 'bytes': r.tobytes(order='A').hex()})
        except Exception as e:
            out.append({'err': type(e).__name__})
print(json.dumps(out))
`;

function hex(a: np.NDArray): string {
  return Buffer.from(a.tobytes({ order: 'A' })).toString('hex');
}

describe('zeros / ones / full vs NumPy (live)', () => {
  it('dtypes x fill values x shapes x order', { skip: !hasNumpy() }, () => {
    const cases: Case[] = [];
    for (const shape of [[3], [2, 3], [40], [300, 7]])
      for (const order of ['C', 'F'] as const) {
        for (const dtype of [null, ...DTYPES]) {
          cases.push({ fn: 'zeros', shape, dtype, order, value: 0 });
          cases.push({ fn: 'ones', shape, dtype, order, value: 0 });
          for (let v = 0; v < VALUES.length; v++)
            cases.push({ fn: 'full', shape, dtype, order, value: v });
        }
      }
    const want = pyJSON<any[]>(PY, JSON.stringify([cases, VALUES.map((v) => v[1])]));
    const bad: string[] = [];
    cases.forEach((c, i) => {
      const w = want[i];
      const opts: Record<string, unknown> = { order: c.order };
      if (c.dtype !== null) opts.dtype = c.dtype;
      const tag = `${c.fn}(${JSON.stringify(c.shape)}, ${VALUES[c.value]![1]}, ${c.dtype}, ${c.order})`;
      let r: np.NDArray;
      try {
        r =
          c.fn === 'full'
            ? np.full(c.shape, VALUES[c.value]![0] as number, opts)
            : c.fn === 'ones'
              ? np.ones(c.shape, opts)
              : np.zeros(c.shape, opts);
      } catch (e) {
        if (w.err !== (e as Error).name)
          bad.push(`${tag}: threw ${(e as Error).name}, NumPy ${w.err ?? 'ok'}`);
        return;
      }
      if (w.err) bad.push(`${tag}: NumPy raised ${w.err}`);
      else if (String(r.dtype) !== w.dtype || hex(r) !== w.bytes)
        bad.push(`${tag}: ${r.dtype} ${hex(r).slice(0, 40)} vs ${w.dtype} ${w.bytes.slice(0, 40)}`);
    });
    assert.deepEqual(bad, []);
  });
});
