/**
 * Bool arrays over bytes other than 0 and 1 (src/_core/bool_bytes.ts) against NumPy, which
 * reads every nonzero byte as True: views of integer bytes (contiguous, offset, strided,
 * reversed, 2-d), np.frombuffer and .npy files, through reductions (sum, mean, var, axis
 * sums, cumsum), argmax/argmin, comparisons and arithmetic on the engine's quick and general
 * paths, diff, unique, bincount and array_equal. Each case's result is compared as text of
 * its values (and dtype), so a kernel reading raw bytes shows up as a wrong number.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

/** The bool views every case runs on, built alike on both sides from the same bytes. */
const VIEWS = ['flat', 'offset', 'strided', 'reversed', 'grid', 'frombuffer', 'npy'] as const;
/** Operations, each a one-line expression of `b` (the view) and `t` (a 0/1 bool array alike). */
const OPS: Record<string, [string, (b: np.NDArray, t: np.NDArray) => unknown]> = {
  sum: ['b.sum()', (b) => b.sum()],
  sum0: ['b.sum(axis=0)', (b) => b.sum({ axis: 0 })],
  sumLast: ['b.sum(axis=-1)', (b) => b.sum({ axis: -1 })],
  mean: ['b.mean()', (b) => b.mean()],
  var: ['b.var()', (b) => b.var()],
  cumsum: ['np.cumsum(b)', (b) => np.cumsum(b)],
  prod: ['b.prod()', (b) => b.prod()],
  argmax: ['b.argmax()', (b) => b.argmax()],
  argmin: ['b.argmin()', (b) => b.argmin()],
  eqTrue: ['b == True', (b) => b.eq(true)],
  eqT: ['b == t', (b, t) => b.eq(t)],
  neT: ['b != t', (b, t) => b.ne(t)],
  ltT: ['b < t', (b, t) => b.lt(t)],
  addT: ['b + t', (b, t) => b.add(t)],
  mul2: ['b * 2', (b) => b.mul(2)],
  andT: ['b & t', (b, t) => np.bitwise_and(b, t)],
  xorT: ['b ^ t', (b, t) => np.bitwise_xor(b, t)],
  maxT: ['np.maximum(b, t)', (b, t) => np.maximum(b, t)],
  diff: ['np.diff(b.ravel())', (b) => np.diff(b.ravel())],
  unique: ['np.unique(b)', (b) => np.unique(b)],
  bincount: ['np.bincount(b.ravel())', (b) => np.bincount(b.ravel())],
  equal: ['np.array_equal(b, t)', (b, t) => np.array_equal(b, t)],
  // Gathers and copies carry the bytes along: sums of their results must still count True.
  takeSum: [
    'np.take(b.ravel(), [0, 2, 5, 7]).sum()',
    (b) => np.take(b.ravel(), [0, 2, 5, 7]).sum(),
  ],
  idxSum: [
    'b.ravel()[np.array([1, 4, 6])].sum()',
    (b) =>
      b
        .ravel()
        .get(np.array([1, 4, 6]))
        .sum(),
  ],
  repeatSum: ['np.repeat(b.ravel(), 2).sum()', (b) => np.repeat(b.ravel(), 2).sum()],
  copySum: ['b.copy().sum()', (b) => b.copy().sum()],
};

const PY = `
import os, tempfile
want = {}
raw = (((np.arange(48) * 2654435761) >> 5) % 7).astype(np.uint8)
raw[raw == 6] = 255
d = tempfile.mkdtemp()
np.save(os.path.join(d, 'b.npy'), raw.view(bool))
views = {
    'flat': raw.view(bool),
    'offset': raw.view(bool)[3:40],
    'strided': raw.view(bool)[1::3],
    'reversed': raw.view(bool)[::-1],
    'grid': raw.view(bool).reshape(6, 8)[::2, 1:],
    'frombuffer': np.frombuffer(raw.tobytes(), dtype=bool),
    'npy': np.load(os.path.join(d, 'b.npy')),
}
ops = json.loads(sys.stdin.read())
for name, b in views.items():
    t = b != 0
    for key, expr in ops.items():
        r = np.asarray(eval(expr))
        want[name + ' ' + key] = [str(r.dtype), np.asarray(r, dtype=float).ravel().tolist()]
print(json.dumps(want))
`;

describe('bool bytes other than 0 and 1 vs NumPy (live)', () => {
  it('reductions, comparisons, arithmetic and set routines read nonzero bytes as True', {
    skip: !hasNumpy(),
  }, () => {
    const want = pyJSON<Record<string, [string, number[]]>>(
      PY,
      JSON.stringify(Object.fromEntries(Object.entries(OPS).map(([k, [expr]]) => [k, expr]))),
    );
    const raw = np
      .mod(np.right_shift(np.multiply(np.arange(48), 2654435761), 5), 7)
      .astype('uint8');
    raw.set(raw.eq(6), 255);
    const dir = mkdtempSync(path.join(tmpdir(), 'numtype-boolbytes-'));
    try {
      const file = path.join(dir, 'b.npy');
      writeFileSync(file, np.npy.encode(raw.view('bool')));
      const bytes = new Uint8Array(raw.toTypedArray() as Uint8Array);
      const views: Record<(typeof VIEWS)[number], np.NDArray> = {
        flat: raw.view('bool'),
        offset: raw.view('bool').get('3:40'),
        strided: raw.view('bool').get('1::3'),
        reversed: raw.view('bool').get('::-1'),
        grid: raw.view('bool').reshape(6, 8).get('::2, 1:'),
        frombuffer: np.frombuffer(bytes, { dtype: 'bool' }),
        npy: np.load(file),
      };
      for (const name of VIEWS) {
        const b = views[name];
        const t = b.ne(0);
        for (const [key, [, f]] of Object.entries(OPS)) {
          const r = np.asarray(f(b, t) as never);
          const [dt, values] = want[`${name} ${key}`]!;
          assert.equal(r.dtype.name, dt, `${name} ${key} dtype`);
          assert.deepEqual(
            Array.from(r.astype('float64').ravel().toTypedArray() as Float64Array),
            values,
            `${name} ${key}`,
          );
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
