/**
 * NumPy's `numpy.lib.format.descr_to_dtype`: the dtype of an array-protocol descr
 * (what `.npy` headers and `dtype.descr` hold), with the `('', '|V{n}')` padding
 * entries turned back into gaps between field offsets.
 */
import { type DType, dtype as toDType } from '../dtype.js';
import { ValueError } from '../errors.js';
import { checkFieldNames, type FieldSpec, structuredDType, subarrayDType } from './structured.js';

/**
 * A descr: a type string, or a list of `[name, descr]` / `[name, descr, shape]`, where a
 * titled field's name is `[title, name]`.
 */
export type Descr = string | DescrField[];
export type DescrFieldName = string | [string, string];
export type DescrField = [DescrFieldName, Descr] | [DescrFieldName, Descr, number[]];

const PAD = /^[|<>=]?V(\d+)$/;

/**
 * The dtype a descr describes (NumPy's `descr_to_dtype`). `leaf` resolves the type
 * strings (default `np.dtype`), so a reader can map big-endian leaves itself.
 * @example dtypeFromDescr([['a', '<i4'], ['', '|V4'], ['b', '<f8']]).repr()
 *   // "dtype({'names': ['a', 'b'], 'formats': ['<i4', '<f8'], 'offsets': [0, 8], 'itemsize': 16})"
 */
export function dtypeFromDescr(
  descr: Descr,
  leaf: (s: string) => DType = (s) => toDType(s),
): DType {
  if (typeof descr === 'string') return leaf(descr);
  if (!Array.isArray(descr)) throw new ValueError(`invalid descr: ${String(descr)}`);
  const fields: FieldSpec[] = [];
  let offset = 0;
  for (const f of descr) {
    if (!Array.isArray(f) || f.length < 2 || f.length > 3)
      throw new ValueError(`invalid field in descr: ${JSON.stringify(f)}`);
    const [nameSpec, sub, shape] = f as [DescrFieldName, Descr, number[] | undefined];
    const [title, name] = Array.isArray(nameSpec) ? nameSpec : [null, nameSpec];
    const pad = name === '' && typeof sub === 'string' && f.length === 2 ? PAD.exec(sub) : null;
    if (pad) {
      offset += Number(pad[1]);
      continue;
    }
    let dt = dtypeFromDescr(sub, leaf);
    if (shape !== undefined && shape.length > 0) dt = subarrayDType(dt, shape);
    fields.push({ name, dtype: dt, offset, title });
    offset += dt.itemsize;
  }
  checkFieldNames(fields, 'dict');
  return structuredDType(fields, offset, false);
}
