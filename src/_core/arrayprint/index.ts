/** Public printing API: `np.array2string`, `np.set_printoptions`, `np.format_float_positional`, … */
export {
  type Array2StringOptions,
  type ArrayReprOptions,
  array_repr,
  array_str,
  array2string,
} from './arrayprint.js';
export { format_float_positional, format_float_scientific } from './floatapi.js';
export {
  type FloatMode,
  type Formatter,
  get_printoptions,
  type Legacy,
  type PrintOptions,
  type PrintOptionsInput,
  printoptions,
  type Sign,
  set_printoptions,
} from './printoptions.js';
