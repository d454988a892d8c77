/**
 * Live randomized comparison with NumPy (skipped without python3 + NumPy): packbits /
 * unpackbits on random dtypes, shapes, strided and reversed layouts, axes, bitorders and
 * counts; binary_repr / base_repr on random integers up to 2**70 with random widths,
 * bases and paddings; shares_memory / may_share_memory on random views of one buffer.
 * Every case replays from its seed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

const skip = hasNumpy() ? false : 'python3 with NumPy not available';
const INTS = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64'];

/** Python's side of a case: build `a` (values in C order, reshaped, indexed with pre). */
const PY_BUILD = `
def build(c):
    a = np.array(c['values'], dtype=c['dtype']).reshape(c['shape'])
    return eval('a[' + c['pre'] + ']', {'a': a}) if c['pre'] else a
def run(f):
    try:
        return f()
    except Exception as e:
        return {'error': type(e).__name__, 'message': str(e)}
`;

function randInt(rnd: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rnd() * (hi - lo + 1));
}

/** A random basic index for `shape`: a step (maybe negative) and bounds on some axes. */
function randomPre(rnd: () => number, shape: number[]): string {
  if (rnd() < 0.3) return '';
  return shape
    .map((d) => {
      const r = rnd();
      if (r < 0.4) return ':';
      const step = [1, 2, 3, -1, -2][randInt(rnd, 0, 4)]!;
      const a = randInt(rnd, 0, Math.max(d - 1, 0));
      return step > 0 ? `${a}::${step}` : `${d - 1 - a}::${step}`;
    })
    .join(', ');
}

function buildJs(c: { values: number[]; dtype: string; shape: number[]; pre: string }): np.NDArray {
  const a = np.array(c.values, { dtype: c.dtype as np.DTypeLike }).reshape(c.shape);
  return c.pre ? a.get(c.pre) : a;
}

function outcome(f: () => np.NDArray | string | boolean): unknown {
  try {
    const r = f();
    return r instanceof np.NDArray ? { shape: r.shape, values: r.ravel().tolist() } : r;
  } catch (e) {
    const err = e as Error;
    return { error: err.name, message: err.message };
  }
}

describe('misc routines: live comparison with NumPy', { skip }, () => {
  it('packbits / unpackbits on random inputs', () => {
    const rnd = seededRandom(20261122);
    const cases = [];
    for (let k = 0; k < 400; k++) {
      const unpack = rnd() < 0.5;
      const nd = randInt(rnd, 0, 3);
      const shape = Array.from({ length: nd }, () => randInt(rnd, 0, 11));
      const size = shape.reduce((p, d) => p * d, 1);
      const dtype = unpack ? 'uint8' : INTS[randInt(rnd, 0, INTS.length - 1)]!;
      const values = Array.from({ length: size }, () =>
        unpack ? randInt(rnd, 0, 255) : rnd() < 0.5 ? 0 : randInt(rnd, 1, dtype === 'bool' ? 1 : 3),
      );
      const axis = rnd() < 0.3 || nd === 0 ? null : randInt(rnd, -nd, nd - 1);
      const bitorder = rnd() < 0.5 ? 'big' : 'little';
      const pre = randomPre(rnd, shape);
      const count =
        unpack && rnd() < 0.5
          ? randInt(rnd, -8 * Math.max(...shape, 1), 8 * Math.max(...shape, 1))
          : null;
      cases.push({ unpack, shape, dtype, values, axis, bitorder, pre, count });
    }
    const expected = pyJSON<any[]>(
      `${PY_BUILD}
out = []
for c in json.load(sys.stdin):
    a = build(c)
    if c['unpack']:
        ax = c['axis']
        n = a.size if ax is None else (a.reshape(-1).shape[0] if a.ndim == 0 else a.shape[ax])
        if c['count'] is not None and c['count'] > 0 and n == 0:
            out.append(None)  # NumPy leaves that padding uninitialised
            continue
        r = run(lambda: np.unpackbits(a, axis=ax, count=c['count'], bitorder=c['bitorder']))
    else:
        r = run(lambda: np.packbits(a, axis=c['axis'], bitorder=c['bitorder']))
    out.append(r if isinstance(r, dict) else {'shape': list(r.shape), 'values': r.ravel().tolist()})
print(json.dumps(out))`,
      JSON.stringify(cases),
    );
    cases.forEach((c, i) => {
      if (expected[i] === null) return;
      const got = outcome(() => {
        const a = buildJs(c);
        return c.unpack
          ? np.unpackbits(a, { axis: c.axis, count: c.count, bitorder: c.bitorder })
          : np.packbits(a, { axis: c.axis, bitorder: c.bitorder });
      });
      assert.deepEqual(got, expected[i], `case ${i}: ${JSON.stringify(c)}`);
    });
  });

  it('binary_repr / base_repr on random integers', () => {
    const rnd = seededRandom(7);
    const cases = [];
    for (let k = 0; k < 1500; k++) {
      const bits = randInt(rnd, 0, 70);
      let n = 0n;
      for (let b = 0; b < bits; b++) n = (n << 1n) | (rnd() < 0.5 ? 1n : 0n);
      if (rnd() < 0.5) n = -n;
      if (rnd() < 0.1) n = -(1n << BigInt(bits));
      const base = rnd() < 0.05 ? [0, 1, 37][randInt(rnd, 0, 2)]! : randInt(rnd, 2, 36);
      cases.push({
        n: n.toString(),
        width: rnd() < 0.3 ? null : randInt(rnd, 0, 80),
        base,
        padding: randInt(rnd, -2, 6),
      });
    }
    const expected = pyJSON<any[]>(
      `${PY_BUILD}
out = []
for c in json.load(sys.stdin):
    n = int(c['n'])
    out.append([run(lambda: np.binary_repr(n, c['width'])), run(lambda: np.base_repr(n, c['base'], c['padding']))])
print(json.dumps(out))`,
      JSON.stringify(cases),
    );
    cases.forEach((c, i) => {
      const big = BigInt(c.n);
      const n = big >= -(2n ** 53n) + 1n && big <= 2n ** 53n - 1n ? Number(big) : big;
      const got = [
        outcome(() => np.binary_repr(n, c.width)),
        outcome(() => np.base_repr(n, c.base, c.padding)),
      ];
      assert.deepEqual(got, expected[i], `case ${i}: ${JSON.stringify(c)}`);
    });
  });

  it('shares_memory / may_share_memory on random views of one buffer', () => {
    const rnd = seededRandom(99);
    const cases = [];
    for (let k = 0; k < 400; k++) {
      const nd = randInt(rnd, 1, 3);
      const shape = Array.from({ length: nd }, () => randInt(rnd, 1, 9));
      const size = shape.reduce((p, d) => p * d, 1);
      const dtype = ['int8', 'int16', 'int32', 'float64'][randInt(rnd, 0, 3)]!;
      const values = Array.from({ length: size }, (_, j) => j % 100);
      cases.push({
        dtype,
        shape,
        values,
        pre: randomPre(rnd, shape) || ':',
        pre2: randomPre(rnd, shape) || ':',
        maxWork: [-1, 0, 1, 3, 20][randInt(rnd, 0, 4)],
      });
    }
    const expected = pyJSON<any[]>(
      `${PY_BUILD}
out = []
for c in json.load(sys.stdin):
    a = build(c)
    b = build(c)
    root = np.array(c['values'], dtype=c['dtype']).reshape(c['shape'])
    x = eval('root[' + c['pre'] + ']', {'root': root})
    y = eval('root[' + c['pre2'] + ']', {'root': root})
    out.append([run(lambda: np.shares_memory(x, y, max_work=c['maxWork'])),
                run(lambda: np.may_share_memory(x, y, max_work=c['maxWork'])),
                run(lambda: np.shares_memory(x, y))])
print(json.dumps(out))`,
      JSON.stringify(cases),
    );
    cases.forEach((c, i) => {
      const root = np.array(c.values, { dtype: c.dtype as np.DTypeLike }).reshape(c.shape);
      const x = root.get(c.pre);
      const y = root.get(c.pre2);
      const got = [
        outcome(() => np.shares_memory(x, y, c.maxWork)),
        outcome(() => np.may_share_memory(x, y, c.maxWork)),
        outcome(() => np.shares_memory(x, y)),
      ];
      assert.deepEqual(got, expected[i], `case ${i}: ${JSON.stringify(c)}`);
    });
  });
});
