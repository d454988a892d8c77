import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';
import { checkDescribed, checkError, flatValues } from './indexing.util.js';

const fx = loadFixture('shape');

interface ShapeGeometry {
  shape: number[];
  order: 'C' | 'F';
  pre: string | null;
  axes: number[] | null;
  dtype: string;
}

function build(g: ShapeGeometry): { root: np.NDArray; a: np.NDArray } {
  const n = g.shape.reduce((x, y) => x * y, 1);
  const root = np.array(
    Array.from({ length: n }, (_, k) => k),
    { dtype: g.dtype as np.DTypeLike },
  );
  let a = root.reshape(g.shape, { order: g.order });
  if (g.pre !== null) a = a.get(g.pre);
  if (g.axes !== null) a = a.transpose(g.axes);
  return { root, a };
}

function run(c: any, a: np.NDArray): unknown {
  const kw = Object.keys(c.kwargs).length > 0 ? [c.kwargs] : [];
  if (c.op === 'setshape') {
    a.shape = c.args[0];
    return a;
  }
  if (c.method) return (a as any)[c.op](...c.args.map(decode), ...kw);
  return (np as any)[c.op](a, ...c.args.map(decode), ...kw);
}

const label = (c: any) => {
  const g = c.geometry;
  const input = `${JSON.stringify(g.shape)}${g.order}${g.pre ? `[${g.pre}]` : ''}${g.axes ? `.transpose(${g.axes})` : ''}`;
  const args = c.args.map((x: unknown) => JSON.stringify(x)).join(', ');
  return `${c.method ? `a.${c.op}` : c.op === 'setshape' ? 'a.shape =' : `np.${c.op}`}(${input}${args ? `, ${args}` : ''}${Object.keys(c.kwargs).length ? `, ${JSON.stringify(c.kwargs)}` : ''})`;
};

describe('shape functions match NumPy (views exactly when NumPy makes views)', () => {
  for (const c of fx.cases) {
    it(label(c), () => {
      const { root, a } = build(c.geometry);
      if ('error' in c.result) {
        checkError(() => run(c, a), c.result, label(c));
        return;
      }
      const r = run(c, a);
      if ('value' in c.result) assert.deepStrictEqual(r, decode(c.result.value));
      else checkDescribed(r as np.NDArray, c.result, root, label(c));
    });
  }
});

describe('shape functions take any array_like', () => {
  for (const e of fx.like) {
    for (const [op, exp] of Object.entries<any>(e)) {
      if (op === 'input') continue;
      const args: Record<string, unknown[]> = {
        reshape: [[-1]],
        expand_dims: [0],
        moveaxis: [0, -1],
        swapaxes: [0, -1],
      };
      it(`np.${op}(${JSON.stringify(e.input)})`, () => {
        const f = () => (np as any)[op](e.input, ...(args[op] ?? []));
        if ('error' in exp) checkError(f, exp, op);
        else if ('value' in exp) assert.deepStrictEqual(f(), decode(exp.value));
        else {
          const r = f() as np.NDArray;
          assert.deepStrictEqual(r.shape, exp.shape);
          assert.deepStrictEqual(flatValues(r), decode(exp.values));
        }
      });
    }
  }
});

describe('arguments as NumPy takes them', () => {
  const a = np.array([0, 1, 2, 3, 4, 5]).reshape(2, 3);
  const bad = Object.fromEntries(fx.bad_args.map((b: any) => [b.expr, b]));
  const calls: Record<string, () => unknown> = {
    'np.reshape(a)': () => (np.reshape as any)(a),
    'np.reshape(a, (2, 3), newshape=(3, 2))': () =>
      np.reshape(a, [2, 3], { newshape: [3, 2] } as any),
    'a.reshape(2.5)': () => a.reshape(2.5),
    'a.reshape(2.5, 3)': () => a.reshape(2.5, 3),
    'np.squeeze(a, bogus=1)': () => np.squeeze(a, { bogus: 1 } as any),
    'np.transpose(a, (1, 0), x=1)': () => np.transpose(a, { axes: [1, 0], x: 1 } as any),
  };
  for (const [expr, f] of Object.entries(calls)) {
    it(expr, () => throwsNumpy(f, bad[expr].error, bad[expr].message));
  }
  it('options objects carry NumPy parameter names', () => {
    assert.deepStrictEqual(np.reshape(a, { shape: [3, 2] }).shape, [3, 2]);
    assert.deepStrictEqual(np.reshape(a, [3, 2], 'F').tolist(), [
      [0, 4],
      [3, 2],
      [1, 5],
    ]);
    assert.deepStrictEqual(
      np.reshape(a, [3, 2], { order: 'F' }).tolist(),
      np.reshape(a, [3, 2], 'F').tolist(),
    );
    assert.deepStrictEqual(np.transpose(a, { axes: [1, 0] }).shape, [3, 2]);
    assert.deepStrictEqual(np.moveaxis(a, { source: 0, destination: 1 }).shape, [3, 2]);
    assert.deepStrictEqual(np.swapaxes(a, 0, { axis2: 1 }).shape, [3, 2]);
    assert.deepStrictEqual(np.expand_dims(a, { axis: [0, 3] }).shape, [1, 2, 3, 1]);
    assert.equal(np.size(a, { axis: 1 }), 3);
    assert.deepStrictEqual(np.ravel(a, { order: 'F' }).tolist(), [0, 3, 1, 4, 2, 5]);
    throwsNumpy(
      () => np.reshape(a, [6], 'C', { order: 'F' }),
      'TypeError',
      "reshape() got multiple values for argument 'order'",
    );
  });
  it('methods: spread shapes and axes', () => {
    assert.deepStrictEqual(a.reshape(3, 2).shape, [3, 2]);
    assert.deepStrictEqual(
      a.reshape([3, 2], { order: 'F' }).tolist(),
      np.reshape(a, [3, 2], 'F').tolist(),
    );
    assert.deepStrictEqual(a.transpose(1, 0).shape, [3, 2]);
    assert.deepStrictEqual(a.T.shape, [3, 2]);
    assert.deepStrictEqual(np.array([[[1]]]).squeeze().shape, []);
    assert.deepStrictEqual(a.flatten('F').tolist(), [0, 3, 1, 4, 2, 5]);
    // the order given by name, as NumPy's a.flatten(order='F'), also type-checks
    assert.deepStrictEqual(a.flatten({ order: 'F' }).tolist(), [0, 3, 1, 4, 2, 5]);
    assert.deepStrictEqual(a.ravel({ order: 'F' }).tolist(), [0, 3, 1, 4, 2, 5]);
  });
  it('a.shape = ... changes the array in place', () => {
    const b = np.array([0, 1, 2, 3, 4, 5]);
    b.shape = [2, -1];
    assert.deepStrictEqual(b.shape, [2, 3]);
    assert.deepStrictEqual(b.tolist(), [
      [0, 1, 2],
      [3, 4, 5],
    ]);
    throwsNumpy(
      () => {
        b.T.shape = 6;
      },
      'AttributeError',
      'Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.',
    );
  });
});
