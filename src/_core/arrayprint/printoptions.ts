/**
 * The print options (`np.set_printoptions`, `np.get_printoptions`, `np.printoptions`)
 * and their validation, as NumPy's `_make_options_dict` does it.
 */

import { ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { bindArgs } from './args.js';

export type FloatMode = 'fixed' | 'unique' | 'maxprec' | 'maxprec_equal';
export type Sign = '-' | '+' | ' ';
export type Legacy = '1.13' | '1.21' | '1.25' | '2.1' | '2.2' | false;

/**
 * Element formatters keyed as NumPy's `formatter` dict. Each receives the element's
 * value (number; bigint for int64/uint64; boolean; Complex; string; Uint8Array for
 * bytes) and returns its text.
 */
export type Formatter = Partial<
  Record<
    | 'all'
    | 'bool'
    | 'int'
    | 'int_kind'
    | 'float'
    | 'longfloat'
    | 'float_kind'
    | 'complexfloat'
    | 'longcomplexfloat'
    | 'complex_kind'
    | 'numpystr'
    | 'str_kind'
    | 'void'
    | 'object'
    | 'datetime'
    | 'timedelta',
    ((x: any) => string) | null | undefined
  >
>;

/** What `np.get_printoptions()` returns. */
export interface PrintOptions {
  edgeitems: number;
  threshold: number;
  floatmode: FloatMode;
  precision: number;
  suppress: boolean;
  linewidth: number;
  nanstr: string;
  infstr: string;
  sign: Sign;
  formatter: Formatter | null;
  legacy: Legacy;
  override_repr: ((a: NDArray) => string) | null;
}

/** Options as the printing code uses them: `legacy` as NumPy's integer code. */
export interface Options extends Omit<PrintOptions, 'legacy'> {
  /** 113, 121, 125, 201, 202, or Infinity for no legacy mode. */
  legacy: number;
}

/** Options accepted by set_printoptions / printoptions (every key optional). */
export type PrintOptionsInput = Partial<Omit<PrintOptions, 'precision' | 'threshold'>> & {
  precision?: number | bigint | null;
  threshold?: number | bigint | null;
};

const LEGACY_CODES: Record<string, number> = {
  '1.13': 113,
  '1.21': 121,
  '1.25': 125,
  '2.1': 201,
  '2.2': 202,
};

const DEFAULTS: Options = {
  edgeitems: 3,
  threshold: 1000,
  floatmode: 'maxprec',
  precision: 8,
  suppress: false,
  linewidth: 75,
  nanstr: 'nan',
  infstr: 'inf',
  sign: '-',
  formatter: null,
  legacy: Number.POSITIVE_INFINITY,
  override_repr: null,
};

let current: Options = { ...DEFAULTS };

/** The options in force (internal form). */
export function currentOptions(): Options {
  return current;
}

const FLOAT_MODES = ['fixed', 'unique', 'maxprec', 'maxprec_equal'];

/** A Python warning: Node's process warning where there is one, nothing elsewhere. */
function warn(message: string, category = 'UserWarning'): void {
  const proc = (globalThis as { process?: { emitWarning?: (m: string, t: string) => void } })
    .process;
  if (proc?.emitWarning) proc.emitWarning(message, category);
}

/**
 * NumPy's `_make_options_dict`: the given (non-None) options, checked and normalised.
 * Keys are NumPy's option names; values `undefined` are skipped.
 */
export function makeOptions(given: Record<string, unknown>): Partial<Options> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(given)) if (v !== undefined && v !== null) out[k] = v;
  if (out.suppress !== undefined) out.suppress = Boolean(out.suppress);
  if (out.floatmode !== undefined && !FLOAT_MODES.includes(out.floatmode as string)) {
    throw new ValueError(
      `floatmode option must be one of ${FLOAT_MODES.map((m) => `"${m}"`).join(', ')}`,
    );
  }
  if (out.sign !== undefined && !['-', '+', ' '].includes(out.sign as string)) {
    throw new ValueError("sign option must be one of ' ', '+', or '-'");
  }
  if ('legacy' in out) {
    const legacy = out.legacy;
    if (legacy === false) out.legacy = Number.POSITIVE_INFINITY;
    else if (legacy === 0) {
      // Python's `legacy == False` for a falsy non-bool: deprecated but honoured.
      warn('Passing `legacy=0` is deprecated.', 'FutureWarning');
      out.legacy = Number.POSITIVE_INFINITY;
    } else if (typeof legacy === 'string' && Object.hasOwn(LEGACY_CODES, legacy))
      out.legacy = LEGACY_CODES[legacy];
    else {
      warn(
        "legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1', '2.2' or `False`",
      );
      delete out.legacy;
    }
  }
  if (out.threshold !== undefined) {
    const t = out.threshold;
    if (typeof t === 'bigint') out.threshold = Number(t);
    else if (typeof t === 'boolean') out.threshold = Number(t);
    else if (typeof t !== 'number') throw new TypeError('threshold must be numeric');
    if (Number.isNaN(out.threshold)) {
      throw new ValueError(
        'threshold must be non-NAN, try sys.maxsize for untruncated representation',
      );
    }
  }
  if (out.precision !== undefined) out.precision = toIndex(out.precision);
  return out as Partial<Options>;
}

/** Python's operator.index for precision: integers only (bools count as 0/1). */
function toIndex(v: unknown): number {
  if (typeof v === 'boolean') return Number(v);
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  throw new TypeError('precision must be an integer');
}

const SET_POSITIONAL = [
  'precision',
  'threshold',
  'edgeitems',
  'linewidth',
  'suppress',
  'nanstr',
  'infstr',
  'formatter',
  'sign',
  'floatmode',
] as const;
const SET_KWONLY = ['legacy', 'override_repr'] as const;

/** Compute the options a set_printoptions call would install. */
function updatedOptions(fn: string, args: unknown[]): Options {
  const given = bindArgs(fn, SET_POSITIONAL, 0, SET_KWONLY, args, ['formatter']);
  const { formatter, override_repr, ...rest } = given;
  const next: Options = { ...current, ...makeOptions(rest) };
  // formatter and override_repr are always reset, as in NumPy.
  next.formatter = (formatter as Formatter | undefined) ?? null;
  next.override_repr = (override_repr as Options['override_repr'] | undefined) ?? null;
  if (next.legacy === 113) next.sign = '-';
  return next;
}

/**
 * `np.set_printoptions(precision, threshold, edgeitems, linewidth, suppress, nanstr,
 * infstr, formatter, sign, floatmode, {legacy, override_repr})`; any of them may be
 * given in the trailing options object instead.
 */
export function set_printoptions(options?: PrintOptionsInput): void;
export function set_printoptions(...args: unknown[]): void;
export function set_printoptions(...args: unknown[]): void {
  current = updatedOptions('set_printoptions', args);
}

/** `np.get_printoptions()`: a copy of the options in force. */
export function get_printoptions(): PrintOptions {
  const { legacy, override_repr, ...rest } = current;
  const names: Record<number, Legacy> = {
    113: '1.13',
    121: '1.21',
    125: '1.25',
    201: '2.1',
    202: '2.2',
  };
  return { ...rest, legacy: names[legacy] ?? false, override_repr };
}

/**
 * `with np.printoptions(...)`: runs `fn` (given the options in force) under the options,
 * restores the previous ones afterwards even if `fn` throws, and returns its result.
 */
export function printoptions<T>(options: PrintOptionsInput, fn: (opts: PrintOptions) => T): T;
export function printoptions<T>(...args: [...unknown[], (opts: PrintOptions) => T]): T;
export function printoptions<T>(...args: unknown[]): T {
  const fn = args[args.length - 1];
  if (typeof fn !== 'function')
    throw new TypeError('printoptions() needs the function to run as its last argument');
  const saved = current;
  current = updatedOptions('_set_printoptions', args.slice(0, -1));
  try {
    return (fn as (opts: PrintOptions) => T)(get_printoptions());
  } finally {
    current = saved;
  }
}
