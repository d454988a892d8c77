/**
 * Structured dtypes (issue 7): installs the hooks through which dtype.ts and
 * elements.ts reach this folder, and re-exports its public names.
 */
import { setStructuredHooks } from '../dtype.js';
import { descrOf, structuredRepr, structuredToString } from './dtype_repr.js';
import './elements.js';
import {
  commaString,
  isDictSpec,
  parseDict,
  parseList,
  structuredEqual,
  voidDType,
} from './structured.js';

setStructuredHooks({
  toString: structuredToString,
  repr: structuredRepr,
  descr: descrOf,
  equal: structuredEqual,
  parse(spec, align) {
    if (Array.isArray(spec)) return parseList(spec, align);
    if (isDictSpec(spec)) return parseDict(spec, align);
    if (typeof spec === 'string') {
      const raw = /^V(\d+)$/.exec(spec);
      return raw ? voidDType(Number(raw[1])) : commaString(spec, align);
    }
    return null;
  },
});

export { structuredEqual, subarrayDType } from './structured.js';
