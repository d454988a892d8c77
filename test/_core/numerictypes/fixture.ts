/**
 * Turns the tagged values of test/fixtures/promotion.json (scripts/fixtures/gen_promotion.py)
 * into the JS values and dtypes numtype takes.
 */
import { Complex } from '../../../src/_core/complex.js';
import { type DType, dtype, makeDType } from '../../../src/_core/dtype.js';
import * as nt from '../../../src/_core/numerictypes/isdtype.js';
import { loadFixture } from '../../helpers.js';

export const fx = loadFixture('promotion');

/** Unstructured voids, which np.dtype() does not parse here, built directly. */
const voids = new Map<string, DType>(
  [4, 8].map((n) => [
    `V${n}`,
    makeDType({
      key: 'void',
      name: `void${n * 8}`,
      kind: 'V',
      char: 'V',
      num: 20,
      itemsize: n,
      alignment: 1,
      storage: Uint8Array,
      lanes: n,
    }),
  ]),
);

/** A dtype from a NumPy spec or `str(dtype)` ('int8', '<U3', '|S5', 'V4'). */
export function D(spec: string): DType {
  const v = voids.get(spec.replace(/^\|/, ''));
  return v ?? dtype(spec);
}

/** Argument a dtype spec stands for: the string itself (exercising parsing), voids as DTypes. */
export const specArg = (spec: string): DType | string => (voids.has(spec) ? D(spec) : spec);

/** A stand-in array: anything with a DType `dtype` and a `shape` array is an array. */
export const array0d = (spec: string) => ({
  dtype: D(spec),
  shape: [] as number[],
  ndim: 0,
  size: 1,
});

/** JS value for a tagged operand of result_type. */
export function operand([tag, v]: [string, any]): any {
  switch (tag) {
    case 'dtype':
      return specArg(v);
    case 'array':
      return array0d(v);
    case 'int': {
      const n = Number(v);
      return Number.isSafeInteger(n) ? n : BigInt(v);
    }
    case 'float':
      return v;
    case 'complex':
      return new Complex(v[0], v[1]);
    case 'bool':
      return v;
    default:
      throw new Error(`unknown operand tag ${tag}`);
  }
}

/** JS value for a tagged kind/type of isdtype/issubdtype. */
export function kindArg([tag, v]: [string, any]): any {
  switch (tag) {
    case 'kind':
      return v;
    case 'dtype':
      return D(v);
    case 'abstract':
      return (nt as unknown as Record<string, unknown>)[v];
    case 'tuple':
      return (v as [string, any][]).map(kindArg);
    default:
      throw new Error(`unknown kind tag ${tag}`);
  }
}
