/**
 * np.take_along_axis (item_selection/take_along.ts for indices shaped like the array off
 * the axis, the fancy-index path otherwise) against NumPy: 1-d to 3-d arrays of float64,
 * int32, complex128, bool and float16, every axis, index arrays longer or shorter than the
 * axis, negative indices, int32/int64/uint8 indices, broadcasting indices (the general
 * path), non-contiguous arrays, and the out-of-bounds IndexError; byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

interface Case {
  shape: number[];
  dtype: string;
  axis: number;
  len: number;
  idxDtype: string;
  broadcast: boolean;
  view: string;
  bad: boolean;
}

const CASES: Case[] = [];
for (const shape of [[7], [4, 5], [3, 4, 6]])
  for (const dtype of ['float64', 'int32', 'complex128', 'bool', 'float16'])
    for (let axis = -1; axis < shape.length; axis++)
      for (const len of [1, 3, 9])
        for (const idxDtype of ['int64', 'int32', 'uint8'])
          for (const broadcast of [false, true])
            for (const view of ['whole', 'reversed'])
              for (const bad of [false, true]) {
                if (broadcast && shape.length === 1) continue;
                if (bad && (idxDtype !== 'int64' || view !== 'whole')) continue;
                CASES.push({ shape, dtype, axis, len, idxDtype, broadcast, view, bad });
              }

const PY = `
out = []
for c in json.loads(sys.stdin.read()):
    shape = c['shape']; nd = len(shape); ax = c['axis'] % nd
    n = int(np.prod(shape))
    a = (np.arange(n) * 7 % 13 - 4).astype(c['dtype']).reshape(shape)
    if c['view'] == 'reversed': a = a[..., ::-1]
    ishape = list(shape); ishape[ax] = c['len']
    if c['broadcast']: ishape[(ax + 1) % nd] = 1
    m = int(np.prod(ishape))
    lo = 0 if c['idxDtype'] == 'uint8' else -shape[ax]
    vals = np.arange(m) * 5 % (shape[ax] - lo) + lo
    if c['bad']: vals[m // 2] = shape[ax] + 2
    ind = vals.astype(c['idxDtype']).reshape(ishape)
    try:
        r = np.take_along_axis(a, ind, c['axis'])
        out.append([r.dtype.name, list(r.shape), r.tobytes().hex()])
    except Exception as e:
        out.append([type(e).__name__, str(e)])
print(json.dumps(out))
`;

describe('take_along_axis vs NumPy (live)', () => {
  it(`${CASES.length} cases`, { skip: !hasNumpy() }, () => {
    const want = pyJSON<(string | number[])[][]>(PY, JSON.stringify(CASES));
    const failures: string[] = [];
    CASES.forEach((c, k) => {
      const nd = c.shape.length;
      const ax = ((c.axis % nd) + nd) % nd;
      const n = c.shape.reduce((x, y) => x * y, 1);
      let a = np
        .subtract(np.mod(np.multiply(np.arange(n), 7), 13), 4)
        .astype(c.dtype as 'float64')
        .reshape(c.shape);
      if (c.view === 'reversed') a = a.get('..., ::-1');
      const ishape = [...c.shape];
      ishape[ax] = c.len;
      if (c.broadcast) ishape[(ax + 1) % nd] = 1;
      const m = ishape.reduce((x, y) => x * y, 1);
      const lo = c.idxDtype === 'uint8' ? 0 : -c.shape[ax]!;
      const vals = np.add(np.mod(np.multiply(np.arange(m), 5), c.shape[ax]! - lo), lo);
      if (c.bad) vals.set(Math.floor(m / 2), c.shape[ax]! + 2);
      const ind = vals.astype(c.idxDtype as 'int64').reshape(ishape);
      let got: (string | number[])[];
      try {
        const r = np.take_along_axis(a, ind, c.axis);
        got = [r.dtype.name, [...r.shape], Buffer.from(r.tobytes()).toString('hex')];
      } catch (e) {
        got = [(e as Error).name, (e as Error).message];
      }
      try {
        assert.deepEqual(got, want[k]);
      } catch {
        failures.push(
          `${JSON.stringify(c)}\n  numtype ${JSON.stringify(got)}\n  NumPy   ${JSON.stringify(want[k])}`,
        );
      }
    });
    assert.equal(
      failures.length,
      0,
      `${failures.length} failures:\n${failures.slice(0, 6).join('\n')}`,
    );
  });
});
