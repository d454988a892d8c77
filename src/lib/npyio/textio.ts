/**
 * Shared pieces of the text readers (`loadtxt`, `genfromtxt`): getting the lines of
 * a file or of a JS array of strings, stripping comments, splitting fields, and
 * parsing numbers with the rules of NumPy's text parser.
 */
import { Complex } from '../../_core/complex.js';
import { ValueError } from '../../_core/errors.js';
import { nodeFs, toPath } from './nodefs.js';

/** A text source: a path, a file: URL, or the lines themselves (NumPy also takes lists of str). */
export type TextSource = string | URL | readonly string[];

/** The lines of `fname` without their line terminators. */
export function readLines(fname: unknown, encoding: unknown, fn: string): string[] {
  if (Array.isArray(fname)) {
    const out: string[] = [];
    for (const l of fname) {
      if (typeof l !== 'string') throw new TypeError(`${fn}(): lines must be strings`);
      // A list item may itself hold several lines, as a file read would split them.
      for (const part of l.split('\n')) out.push(part.endsWith('\r') ? part.slice(0, -1) : part);
      if (l.endsWith('\n')) out.pop();
    }
    return out;
  }
  const path = toPath(fname, fn);
  const bytes = nodeFs().readFileSync(path);
  const enc =
    encoding === 'latin1' || encoding === 'latin-1' || encoding === 'bytes' ? 'latin1' : 'utf-8';
  let text = new TextDecoder(enc).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.endsWith('\r')) lines[i] = l.slice(0, -1);
  }
  return lines;
}

/** Comment markers from NumPy's `comments` argument (str, list of str, or null). */
export function commentList(comments: unknown): string[] {
  if (comments === null || comments === undefined) return [];
  if (typeof comments === 'string') return comments === '' ? [] : [comments];
  if (Array.isArray(comments)) return comments.map(String).filter((c) => c !== '');
  throw new TypeError('comments must be a string, a sequence of strings or None');
}

/** `line` with everything from the first comment marker removed (outside quotes). */
export function stripComment(
  line: string,
  comments: readonly string[],
  quote: string | null,
): string {
  if (comments.length === 0) return line;
  let inQuote = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== null && c === quote) inQuote = !inQuote;
    if (inQuote) continue;
    for (const m of comments) if (line.startsWith(m, i)) return line.slice(0, i);
  }
  return line;
}

/**
 * Split a (comment-free) line into fields: on runs of whitespace when `delimiter`
 * is null (ignoring leading/trailing whitespace), otherwise on the delimiter, with
 * `quote` protecting delimiters and a doubled quote standing for one.
 */
export function splitFields(
  line: string,
  delimiter: string | null,
  quote: string | null,
): string[] {
  if (delimiter === null && quote === null) {
    const t = line.trim();
    return t === '' ? [] : t.split(/[ \t\n\r\f\v]+/);
  }
  const fields: string[] = [];
  let cur = '';
  let inQuote = false;
  let i = 0;
  const isWs = (ch: string) => ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v';
  if (delimiter === null) while (i < line.length && isWs(line[i]!)) i++;
  let started = false;
  for (; i < line.length; i++) {
    const c = line[i]!;
    started = true;
    if (quote !== null && c === quote) {
      if (inQuote && line[i + 1] === quote) {
        cur += quote;
        i++;
      } else inQuote = !inQuote;
      continue;
    }
    if (!inQuote) {
      if (delimiter === null && isWs(c)) {
        fields.push(cur);
        cur = '';
        started = false;
        while (i + 1 < line.length && isWs(line[i + 1]!)) i++;
        continue;
      }
      if (delimiter !== null && c === delimiter) {
        fields.push(cur);
        cur = '';
        continue;
      }
    }
    cur += c;
  }
  if (started || delimiter !== null) fields.push(cur);
  return fields;
}

const FLOAT_RE =
  /^[ \t\n\r\f\v]*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)[ \t\n\r\f\v]*$/i;
const INT_RE = /^[ \t\n\r\f\v]*[+-]?\d+[ \t\n\r\f\v]*$/;

/** A float as NumPy's text parser reads it, or undefined when the text is not one. */
export function parseFloatText(s: string): number | undefined {
  if (!FLOAT_RE.test(s)) return undefined;
  const t = s.trim().toLowerCase();
  const body = t.replace(/^[+-]/, '');
  const neg = t.startsWith('-');
  if (body === 'inf' || body === 'infinity') return neg ? -Infinity : Infinity;
  if (body === 'nan') return Number.NaN;
  return Number(t);
}

/** An integer as NumPy's text parser reads it (decimal only), or undefined. */
export function parseIntText(s: string): bigint | undefined {
  if (!INT_RE.test(s)) return undefined;
  return BigInt(s.trim());
}

const NUM = '(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|inf|infinity|nan)';
const REAL_ONLY = new RegExp(`^[+-]?${NUM}$`, 'i');
const IMAG_ONLY = new RegExp(`^([+-]?(?:${NUM})?)j$`, 'i');
const BOTH = new RegExp(`^([+-]?${NUM})([+-](?:${NUM})?)j$`, 'i');

/** A float part of a complex literal; a bare sign stands for 1 (`j`, `-j`). */
function num(t: string): number {
  const body = t.replace(/^[+-]/, '').toLowerCase();
  const neg = t.startsWith('-');
  if (body === '') return neg ? -1 : 1;
  if (body === 'inf' || body === 'infinity') return neg ? -Infinity : Infinity;
  if (body === 'nan') return Number.NaN;
  return Number(t);
}

/** A complex number in Python's `complex()` syntax (`1+2j`, `(1-2j)`, `3j`, `4`), or undefined. */
export function parseComplexText(s: string): Complex | undefined {
  let t = s.trim();
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim();
  let m = IMAG_ONLY.exec(t);
  if (m) return new Complex(0, num(m[1]!));
  m = BOTH.exec(t);
  if (m) return new Complex(num(m[1]!), num(m[2]!));
  if (REAL_ONLY.test(t)) return new Complex(num(t), 0);
  return undefined;
}

/** NumPy's check of the single-character control arguments (delimiter, quotechar). */
export function controlChar(v: unknown, what: string): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string' || [...v].length !== 1)
    throw new TypeError(
      `Text reading control character must be a single unicode character or None; but got: ${typeof v === 'string' ? `'${v}'` : String(v)}`,
    );
  void what;
  return v;
}

/** `argument must be nonnegative` and friends for integer options. */
export function nonNegInt(v: unknown, name: string, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new TypeError(`${name} must be an integer`);
  if (v < 0) throw new ValueError('argument must be nonnegative');
  return v;
}
