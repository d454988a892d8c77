/**
 * Field names and dtypes for `np.genfromtxt` (NumPy's numpy/lib/_iotools.py):
 * `NameValidator` (clean names read from a header line or given by the user) and
 * `easy_dtype` (a dtype argument plus names as the structured dtype of the result).
 */
import { type DType, type DTypeLike, dtype as toDType } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { parseDict, structuredDType } from '../../_core/records/structured.js';

const DEFAULT_EXCLUDE = ['return', 'file', 'print'];
const DEFAULT_DELETE = "~!@#$%^&*()-=+~\\|]}[{';: /?.>,<";

/** NumPy's `defaultfmt % i` for the usual `%i` / `%d` / `%03i` formats. */
export function pyIntFormat(fmt: string, i: number): string {
  let done = false;
  return fmt.replace(/%(-?)(0?)(\d*)[id]|%%/g, (m, minus: string, zero: string, width: string) => {
    if (m === '%%') return '%';
    if (done) return m;
    done = true;
    const s = String(i);
    const w = Number(width || 0);
    if (s.length >= w) return s;
    if (minus) return s.padEnd(w, ' ');
    return zero ? s.padStart(w, '0') : s.padStart(w, ' ');
  });
}

/** The validation options of genfromtxt. */
export interface NameOptions {
  excludelist?: string[] | null;
  deletechars?: string | null;
  case_sensitive?: boolean | string | null;
  replace_space?: string | null;
}

/** NumPy's `NameValidator(...)`: returns `validate(names, defaultfmt, nbfields)`. */
export function nameValidator(
  o: NameOptions,
): (names: readonly string[] | null, defaultfmt?: string, nbfields?: number) => string[] | null {
  const exclude = [...(o.excludelist ?? []), ...DEFAULT_EXCLUDE];
  const del = new Set(
    o.deletechars === undefined || o.deletechars === null ? DEFAULT_DELETE : o.deletechars,
  );
  del.add('"');
  const cs = o.case_sensitive;
  let caseConv: (s: string) => string;
  if (cs === undefined || cs === null || cs === true) caseConv = (s) => s;
  else if (cs === false || (typeof cs === 'string' && cs.startsWith('u')))
    caseConv = (s) => s.toUpperCase();
  else if (typeof cs === 'string' && cs.startsWith('l')) caseConv = (s) => s.toLowerCase();
  else throw new ValueError(`unrecognized case_sensitive value ${String(cs)}.`);
  const replaceSpace = o.replace_space === undefined ? '_' : o.replace_space;
  return (namesIn, defaultfmt = 'f%i', nbfields) => {
    let names: string[];
    if (namesIn === null) {
      if (nbfields === undefined) return null;
      names = [];
    } else names = [...namesIn];
    if (nbfields !== undefined) {
      if (names.length < nbfields)
        names = [...names, ...new Array<string>(nbfields - names.length).fill('')];
      else if (names.length > nbfields) names = names.slice(0, nbfields);
    }
    const out: string[] = [];
    const seen = new Map<string, number>();
    let nbempty = 0;
    for (const raw of names) {
      let item = caseConv(raw).trim();
      if (replaceSpace) item = item.replaceAll(' ', replaceSpace);
      item = [...item].filter((c) => !del.has(c)).join('');
      if (item === '') {
        item = pyIntFormat(defaultfmt, nbempty);
        while (names.includes(item)) {
          nbempty++;
          item = pyIntFormat(defaultfmt, nbempty);
        }
        nbempty++;
      } else if (exclude.includes(item)) item += '_';
      const cnt = seen.get(item) ?? 0;
      out.push(cnt > 0 ? `${item}_${cnt}` : item);
      seen.set(item, cnt + 1);
    }
    return out;
  };
}

/** `dt` with its fields renamed in order (NumPy's `dtype.names = ...`). */
export function renameFields(dt: DType, names: readonly string[]): DType {
  const old = dt.names!;
  if (names.length !== old.length)
    throw new ValueError(`must replace all names at once with a sequence of length ${old.length}`);
  if (new Set(names).size !== names.length) throw new ValueError('Duplicate field names given.');
  return structuredDType(
    old.map((n, i) => ({
      name: names[i]!,
      dtype: dt.fields![n]!.dtype,
      offset: dt.fields![n]!.offset,
    })),
    dt.itemsize,
    dt.isalignedstruct,
  );
}

/**
 * NumPy's `easy_dtype(ndtype, names, defaultfmt, **validationargs)`: a list of formats
 * becomes a structured dtype; a plain dtype with names is repeated once per name; a
 * structured dtype gets its names validated (or replaced by `names`).
 */
export function easyDtype(
  spec: unknown,
  names: string | readonly string[] | null,
  defaultfmt: string,
  opts: NameOptions,
): DType {
  const validate = nameValidator(opts);
  const list = (n: string | readonly string[]) => (typeof n === 'string' ? n.split(',') : n);
  let dt: DType;
  try {
    dt = toDType(spec as DTypeLike);
  } catch (e) {
    if (!(e instanceof TypeError) || !Array.isArray(spec)) throw e;
    const formats = spec as unknown[];
    const nm = validate(
      names === null ? new Array(formats.length).fill('') : list(names),
      defaultfmt,
      formats.length,
    )!;
    return parseDict({ names: nm, formats }, false);
  }
  if (names !== null) {
    if (!dt.fields) {
      const nm = validate(list(names), defaultfmt)!;
      return parseDict({ names: nm, formats: nm.map(() => dt) }, false);
    }
    return renameFields(dt, validate(list(names), defaultfmt, dt.names!.length)!);
  }
  if (dt.fields) {
    const n = dt.names!.length;
    const numbered = dt.names!.every((x, i) => x === `f${i}`);
    const nm =
      numbered && defaultfmt !== 'f%i'
        ? validate(new Array(n).fill(''), defaultfmt)!
        : validate(dt.names!, defaultfmt)!;
    return renameFields(dt, nm);
  }
  return dt;
}
