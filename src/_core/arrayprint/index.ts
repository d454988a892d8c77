/** Public printing API: `np.array2string`, `np.set_printoptions`, `np.format_float_positional`, … */
export {
  array2string,
  array_repr,
  array_str,
  type Array2StringOptions,
  type ArrayReprOptions,
} from './arrayprint.js';
export { format_float_positional, format_float_scientific } from './formatfloat.js';
export {
  get_printoptions,
  printoptions,
  set_printoptions,
  type FloatMode,
  type Formatter,
  type Legacy,
  type PrintOptions,
  type PrintOptionsInput,
  type Sign,
} from './printoptions.js';
