/**
 * Live randomized comparison of the numerical routines with NumPy (python3 + NumPy; skipped
 * without them): seeded random arrays of random dtypes, shapes, views and parameters for
 * diff, ediff1d, gradient, trapezoid, interp, unwrap, sinc, i0, the windows and vander,
 * evaluated by NumPy in one python3 run (scripts/fixtures/gen_numerical.py `run_live`) and
 * replayed here: bit for bit, or within the stated tolerance.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as numerical from '../../src/lib/numerical/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';
import { type ReplayCase, replay } from '../lib/numerical_replay.util.js';
import {
  type Rand,
  randArray,
  randFloat,
  randInt,
  randPick,
  randShape,
} from './numerical_random.util.js';

const FLOATS = ['float64', 'float32'];
const NUMERIC = ['float64', 'float32', 'int64', 'int32', 'int8', 'uint8', 'uint16', 'complex128'];

function cases(
  r: Rand,
): { fn: string; args: unknown[]; kw: Record<string, unknown>; tol?: number }[] {
  const out: { fn: string; args: unknown[]; kw: Record<string, unknown>; tol?: number }[] = [];
  for (let i = 0; i < 40; i++) {
    const shape = randShape(r, 1, 3, 0, 6);
    const a = randArray(r, shape, randPick(r, [...NUMERIC, 'bool']));
    const kw: Record<string, unknown> = {
      n: randInt(r, 0, 3),
      axis: randInt(r, -shape.length, shape.length - 1),
    };
    if (r() < 0.3) kw.prepend = randFloat(r, -3, 3);
    if (r() < 0.3) kw.append = randInt(r, -3, 3);
    out.push({ fn: 'diff', args: [a], kw });
  }
  for (let i = 0; i < 10; i++) {
    const a = randArray(r, randShape(r, 0, 2, 0, 5), randPick(r, ['float64', 'int64', 'int16']));
    const kw: Record<string, unknown> = {};
    if (r() < 0.5) kw.to_begin = randInt(r, -5, 5);
    if (r() < 0.5) kw.to_end = randArray(r, [randInt(r, 0, 3)], 'int8');
    out.push({ fn: 'ediff1d', args: [a], kw });
  }
  for (let i = 0; i < 40; i++) {
    const edge = randInt(r, 1, 2);
    const shape = randShape(r, 1, 3, edge + 1, 7);
    const f = randArray(r, shape, randPick(r, [...FLOATS, 'int64', 'complex128']));
    const nd = shape.length;
    const useAxis = r() < 0.4;
    const axes = useAxis ? [randInt(r, 0, nd - 1)] : shape.map((_, k) => k);
    const args: unknown[] = [f];
    const mode = randInt(r, 0, 2);
    if (mode === 1) args.push(randFloat(r, 0.1, 3));
    if (mode === 2) {
      for (const ax of axes) {
        args.push(
          r() < 0.3
            ? randFloat(r, 0.1, 2)
            : randArray(r, [shape[ax]!], 'float64', { sorted: true, lo: 0, hi: 10 }),
        );
      }
    }
    const kw: Record<string, unknown> = { edge_order: edge };
    if (useAxis) kw.axis = axes[0];
    out.push({ fn: 'gradient', args, kw, tol: f.arr.dtype === 'float64' ? undefined : 1e-6 });
  }
  for (let i = 0; i < 20; i++) {
    const shape = randShape(r, 1, 3, 1, 6);
    const y = randArray(r, shape, randPick(r, [...FLOATS, 'int32']));
    const axis = randInt(r, -shape.length, shape.length - 1);
    const kw: Record<string, unknown> = { axis };
    const ax = axis < 0 ? axis + shape.length : axis;
    if (r() < 0.4) kw.x = randArray(r, [shape[ax]!], 'float64', { sorted: true, lo: 0, hi: 5 });
    else if (r() < 0.5) kw.dx = randFloat(r, 0.1, 2);
    out.push({ fn: 'trapezoid', args: [y], kw, tol: 1e-6 });
  }
  for (let i = 0; i < 30; i++) {
    const m = randInt(r, 1, 40);
    const xp = randArray(r, [m], 'float64', { sorted: true, lo: 0, hi: 10 });
    const fp = randArray(r, [m], randPick(r, ['float64', 'complex128', 'int64']));
    const x = randArray(r, randShape(r, 0, 2, 0, 60), 'float64', { lo: -2, hi: 12 });
    const kw: Record<string, unknown> = {};
    if (r() < 0.3) kw.left = randFloat(r, -9, 9);
    if (r() < 0.3) kw.right = randFloat(r, -9, 9);
    if (r() < 0.2) kw.period = randFloat(r, 1, 12);
    out.push({ fn: 'interp', args: [x, xp, fp], kw });
  }
  for (let i = 0; i < 15; i++) {
    const shape = randShape(r, 1, 2, 1, 12);
    const p = randArray(r, shape, randPick(r, ['float64', 'float32']), { lo: -10, hi: 10 });
    const kw: Record<string, unknown> = { axis: randInt(r, -shape.length, shape.length - 1) };
    if (r() < 0.4) kw.period = randFloat(r, 1, 7);
    if (r() < 0.3) kw.discont = randFloat(r, 0.5, 5);
    out.push({ fn: 'unwrap', args: [p], kw });
  }
  for (let i = 0; i < 6; i++) {
    out.push({ fn: 'sinc', args: [randArray(r, randShape(r, 0, 2, 0, 20), 'float64')], kw: {} });
    out.push({
      fn: 'i0',
      args: [randArray(r, randShape(r, 0, 2, 0, 20), 'float64', { lo: -40, hi: 40 })],
      kw: {},
    });
  }
  for (const fn of ['bartlett', 'blackman', 'hamming', 'hanning']) {
    for (let i = 0; i < 3; i++) out.push({ fn, args: [randInt(r, -2, 80)], kw: {} });
  }
  for (let i = 0; i < 6; i++) {
    out.push({ fn: 'kaiser', args: [randInt(r, 0, 60), randFloat(r, 0, 20)], kw: {} });
  }
  for (let i = 0; i < 8; i++) {
    const x = randArray(r, [randInt(r, 0, 6)], randPick(r, ['float64', 'int64', 'complex128']));
    const kw: Record<string, unknown> = { increasing: r() < 0.5 };
    if (r() < 0.5) kw.N = randInt(r, 0, 7);
    out.push({ fn: 'vander', args: [x], kw });
  }
  return out;
}

describe('numerical routines: live randomized comparison with NumPy', { skip: !hasNumpy() }, () => {
  it('matches NumPy on seeded random cases', () => {
    const specs = cases(seededRandom(20261122));
    const res = pyJSON<ReplayCase[]>(
      "sys.path.insert(0, 'scripts/fixtures')\nfrom gen_numerical import run_live\nprint(json.dumps(run_live(json.load(sys.stdin))))",
      JSON.stringify(specs),
    );
    assert.equal(res.length, specs.length);
    // Most random cases must be valid calls, or the comparison would prove little.
    assert.ok(res.filter((c) => c.err).length < res.length / 5, 'too many error cases');
    for (const c of res) replay(c, numerical);
  });
});
