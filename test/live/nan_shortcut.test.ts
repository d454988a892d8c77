/**
 * np.nanmean / np.nanvar / np.nanstd of arrays without NaN (lib/nanfunctions.ts: they then
 * run np.mean / np.var, whose steps NumPy's nan functions repeat) against NumPy, bit for bit
 * and warning for warning: float64, float32, float16 and complex128, contiguous and strided,
 * axis None / 0 / -1, ddof 0 / 1 / the slice length, keepdims, empty and one-element arrays,
 * and arrays with one NaN (the long path) alongside; warnings and floating-point flags too. Array results are compared byte for
 * byte; a JS number result (a full reduction) by value, NaN equal to NaN.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const FNS = { nanmean: np.nanmean, nanvar: np.nanvar, nanstd: np.nanstd };

interface Case {
  fn: 'nanmean' | 'nanvar' | 'nanstd';
  dtype: string;
  shape: number[];
  view: string;
  axis: number | null;
  ddof: number;
  keepdims: boolean;
  nan: boolean;
}

const CASES: Case[] = [];
for (const fn of ['nanmean', 'nanvar', 'nanstd'] as const)
  for (const dtype of ['float64', 'float32', 'float16', 'complex128'])
    for (const [shape, view] of [
      [[1001], ':'],
      [[40, 7], '::2, :'],
      [[0], ':'],
      [[1], ':'],
      [[6, 0], ':'],
    ] as [number[], string][])
      for (const axis of shape.length === 1 ? [null] : [null, 0, -1])
        for (const ddof of fn === 'nanmean' ? [0] : [0, 1, shape[0] ?? 0])
          for (const nan of [false, true])
            CASES.push({ fn, dtype, shape, view, axis, ddof, keepdims: axis === 0, nan });

const PY = `
import warnings
out = []
for c in json.loads(sys.stdin.read()):
    n = int(np.prod(c['shape']))
    i = np.arange(n, dtype=np.float64)
    a = (((i * 2654435761) % 1000003) / 1000.0 - 500.0).astype(c['dtype']).reshape(c['shape'])
    if c['nan'] and n > 0: a.flat[n // 2] = np.nan
    a = eval('a[' + c['view'] + ']')
    kw = dict(axis=c['axis'], keepdims=c['keepdims'])
    if c['fn'] != 'nanmean': kw['ddof'] = c['ddof']
    seen = []
    old = np.seterrcall(lambda err, flag: seen.append(err))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        with np.errstate(all='call'):
            r = np.asarray(getattr(np, c['fn'])(a, **kw))
    np.seterrcall(old)
    msgs = sorted(set(str(x.message) for x in w)) + sorted(set(seen))
    out.append([r.dtype.name, list(r.shape), r.tobytes().hex(), msgs])
print(json.dumps(out))
`;

function hex(a: np.NDArray): string {
  return Buffer.from(a.tobytes()).toString('hex');
}

describe('nan functions without NaN equal the plain reductions (live)', () => {
  it('nanmean, nanvar, nanstd: bits, dtypes, shapes and warnings', { skip: !hasNumpy() }, () => {
    const want = pyJSON<[string, number[], string, string[]][]>(PY, JSON.stringify(CASES));
    CASES.forEach((c, k) => {
      const n = c.shape.reduce((x, y) => x * y, 1);
      const i = np.arange(n, { dtype: 'float64' });
      const base = np
        .subtract(np.divide(np.mod(np.multiply(i, 2654435761), 1000003), 1000.0), 500.0)
        .astype(c.dtype as 'float64')
        .reshape(c.shape);
      if (c.nan && n > 0) base.ravel().set(Math.floor(n / 2), Number.NaN);
      const a = base.get(c.view);
      const kw: Record<string, unknown> = { axis: c.axis, keepdims: c.keepdims };
      if (c.fn !== 'nanmean') kw.ddof = c.ddof;
      const flags = new Set<string>();
      np.seterrcall((err: string) => {
        flags.add(err);
      });
      let res: unknown;
      let caught: { message: string }[];
      try {
        [res, caught] = catchWarnings(() =>
          np.errstate({ all: 'call' }, () => (FNS[c.fn] as any)(a, kw)),
        );
      } finally {
        np.seterrcall(null);
      }
      const warnings = [...[...new Set(caught.map((w) => w.message))].sort(), ...[...flags].sort()];
      const [dt, shape, bytes, pyWarnings] = want[k]!;
      // A full reduction hands back a JS number (its dtype is NumPy's scalar's, checked below).
      const r =
        typeof res === 'number' ? np.asarray(res, { dtype: dt as 'float64' }) : np.asarray(res);
      const label = JSON.stringify(c);
      assert.equal(r.dtype.name, dt, label);
      assert.deepEqual([...r.shape], shape, label);
      if (typeof res === 'number') {
        // A JS number does not keep a NaN's sign and payload: compare it as a value.
        const theirs = np.frombuffer(Buffer.from(bytes, 'hex'), { dtype: dt as 'float64' });
        assert.ok(np.array_equal(r.ravel(), theirs, { equal_nan: true }), label);
      } else assert.equal(hex(r), bytes, label);
      assert.deepEqual(warnings, pyWarnings, label);
    });
  });
});
