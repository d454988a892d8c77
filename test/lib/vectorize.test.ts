/** np.vectorize against NumPy (scripts/fixtures/gen_vectorize.py): same functions on both sides. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { vectorize } from '../../src/lib/vectorize.js';
import { decode, loadFixture } from '../helpers.js';

type F = (...a: any[]) => unknown;
const FUNCS: Record<string, F> = {
  myfunc: (a: number, b: number) => (a > b ? a - b : a + b),
  half: (x: number) => x / 2,
  divmod7: (x: number) => [Math.floor(x / 7), x - 7 * Math.floor(x / 7)],
  upper: (s: string) => s.toUpperCase(),
  positive: (x: number) => x > 0,
  polyval: (p: number[], x: number) =>
    p.reduceRight((acc, c, i) => acc + c * x ** (p.length - 1 - i), 0),
  dot: (a: np.NDArray, b: np.NDArray) => Number(np.sum(a.mul(b))) + 0.5,
  cumsum_last: (a: np.NDArray) => [np.cumsum(a), Number(np.sum(a)) / 4],
  first2: (a: np.NDArray) => a.get(':2'),
  const: () => 42,
};

function build(spec: any): unknown {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return spec;
  let a: np.NDArray =
    'zeros' in spec ? np.zeros(spec.zeros) : np.arange(...(spec.arange as [number]));
  if (spec.dtype) a = a.astype(spec.dtype);
  if (spec.reshape) a = a.reshape(spec.reshape);
  if (spec.index) a = a.get(spec.index);
  return a;
}

function plain(v: unknown): unknown {
  return v instanceof np.Complex ? { re: v.re, im: v.im } : v;
}

interface Case {
  func: string;
  opts: Record<string, unknown>;
  args: unknown[];
  result?: any[];
  tuple?: boolean;
  error?: [string, string];
}

describe('np.vectorize vs NumPy', () => {
  const cases = loadFixture<Case[]>('vectorize');
  for (const c of cases) {
    it(`${c.func} ${JSON.stringify(c.opts)} ${JSON.stringify(c.args)}`, () => {
      const run = () => vectorize(FUNCS[c.func]!, c.opts)(...c.args.map(build));
      if (c.error) {
        assert.throws(run, (e: Error) => {
          assert.equal(`${e.name}: ${e.message}`, `${c.error![0]}: ${c.error![1]}`);
          return true;
        });
        return;
      }
      const r = run();
      const rs = c.tuple ? (r as unknown[]) : [r];
      assert.equal(rs.length, c.result!.length);
      rs.forEach((x, k) => {
        const want = c.result![k];
        if (!(x instanceof np.NDArray)) {
          assert.deepStrictEqual(x, decode(want));
          return;
        }
        assert.equal(String(x.dtype), want.dtype);
        assert.deepStrictEqual(x.shape, want.shape);
        const vals = x.ndim === 0 ? [x.item()] : (x.tolist() as unknown[]).flat(8);
        assert.deepStrictEqual(vals.map(plain), decode(want.data));
      });
    });
  }

  it('calls the function once more for the first element unless cache is set', () => {
    let calls = 0;
    const f = (x: number) => {
      calls++;
      return x + 1;
    };
    vectorize(f)([1, 2, 3]);
    assert.equal(calls, 4);
    calls = 0;
    vectorize(f, { cache: true })([1, 2, 3]);
    assert.equal(calls, 3);
  });

  it('carries NumPy attributes and passes int64 beyond 2^53 as bigint', () => {
    const vf = vectorize((x: unknown) => typeof x, { otypes: 'U', doc: 'kinds' });
    assert.equal(vf.otypes, 'U');
    assert.equal(vf.__doc__, 'kinds');
    const big = np.array([2n ** 60n, 5n]);
    assert.deepStrictEqual(vf(big).tolist(), ['bigint', 'number']);
    assert.throws(() => vectorize(undefined as never), TypeError);
  });
});
