/** Public names of the numerictypes area, in NumPy's spelling. */

export { FInfo, finfo, IInfo, iinfo } from './getlimits.js';
export {
  character,
  complexfloating,
  flexible,
  floating,
  generic,
  inexact,
  integer,
  isdtype,
  issubdtype,
  number,
  signedinteger,
  unsignedinteger,
} from './isdtype.js';
export {
  canCast as can_cast,
  promoteTypes as promote_types,
  resultType as result_type,
} from './promotion.js';
