/**
 * A safe parser for the Python literals of a `.npy` header (NumPy uses
 * `ast.literal_eval`): dicts, tuples, lists, strings, ints, True/False/None.
 * Nothing is evaluated; depth and size are bounded, so hostile headers fail fast.
 */
/** A parsed Python literal. Ints are bigints, tuples are `PyTuple`s, dicts are Maps. */
export type PyValue =
  | string
  | bigint
  | number
  | boolean
  | null
  | PyTuple
  | PyValue[]
  | Map<string | bigint | boolean, PyValue>;

/** A Python tuple (kept apart from lists: NumPy checks that `shape` is a tuple). */
export class PyTuple {
  constructor(readonly items: PyValue[]) {}
}

const MAX_DEPTH = 64;

/** Raised for text that is not a Python literal (the caller adds NumPy's message). */
export class LiteralSyntaxError extends Error {
  override name = 'SyntaxError';
}

/** Parse `text` as one Python literal; `allowLongSuffix` accepts Python 2 `3L` ints. */
export function parsePyLiteral(text: string, allowLongSuffix = false): PyValue {
  let i = 0;
  const n = text.length;
  const fail = (why: string): never => {
    throw new LiteralSyntaxError(`${why} at position ${i}`);
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) i++;
      else if (c === 92 && text[i + 1] === '\n') i += 2;
      else break;
    }
  };
  const value = (depth: number): PyValue => {
    if (depth > MAX_DEPTH) fail('literal nested too deeply');
    ws();
    if (i >= n) fail('unexpected end of header');
    const c = text[i]!;
    if (c === '{') return container('}', depth, true) as Map<string, PyValue>;
    if (c === '(') {
      const [items, trailingComma] = container(')', depth, false) as [PyValue[], boolean];
      // `(x)` is x itself, `(x,)` and `()` are tuples (Python's grammar).
      if (items.length === 1 && !trailingComma) return items[0]!;
      return new PyTuple(items);
    }
    if (c === '[') return (container(']', depth, false) as [PyValue[], boolean])[0];
    if (c === "'" || c === '"') {
      let s = str();
      // Adjacent string literals concatenate, as in Python.
      for (;;) {
        ws();
        if (text[i] === "'" || text[i] === '"') s += str();
        else return s;
      }
    }
    return atom();
  };
  const container = (close: string, depth: number, isDict: boolean): unknown => {
    i++;
    const items: PyValue[] = [];
    const map = new Map<string | bigint | boolean, PyValue>();
    let trailingComma = false;
    for (;;) {
      ws();
      if (text[i] === close) {
        i++;
        return isDict ? map : [items, trailingComma];
      }
      const v = value(depth + 1);
      if (isDict) {
        ws();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        const val = value(depth + 1);
        if (typeof v !== 'string' && typeof v !== 'bigint' && typeof v !== 'boolean')
          fail('unsupported dict key');
        map.set(v as string, val);
      } else items.push(v);
      ws();
      if (text[i] === ',') {
        i++;
        trailingComma = true;
      } else if (text[i] === close) {
        trailingComma = false;
      } else fail(`expected ',' or '${close}'`);
    }
  };
  const str = (): string => {
    const q = text[i]!;
    const triple = text.startsWith(q.repeat(3), i);
    i += triple ? 3 : 1;
    let out = '';
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = text[i]!;
      if (triple ? text.startsWith(q.repeat(3), i) : c === q) {
        i += triple ? 3 : 1;
        return out;
      }
      if (!triple && c === '\n') fail('newline in string');
      if (c === '\\') {
        const e = text[i + 1];
        i += 2;
        const simple: Record<string, string> = {
          n: '\n',
          t: '\t',
          r: '\r',
          '\\': '\\',
          "'": "'",
          '"': '"',
          a: '\x07',
          b: '\b',
          f: '\f',
          v: '\v',
          '0': '\0',
          '\n': '',
        };
        if (e === undefined) fail('unterminated string');
        if (e! in simple) out += simple[e!];
        else if (e === 'x' || e === 'u' || e === 'U') {
          const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
          const hex = text.slice(i, i + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) fail('bad escape');
          const cp = Number.parseInt(hex, 16);
          if (cp > 0x10ffff) fail('bad escape');
          out += String.fromCodePoint(cp);
          i += len;
        } else out += `\\${e}`;
        continue;
      }
      out += c;
      i++;
    }
  };
  const atom = (): PyValue => {
    const m = /^[+-]?[A-Za-z0-9_.]+/.exec(text.slice(i, i + 64));
    if (!m) fail('unexpected character');
    let tok = m![0];
    i += tok.length;
    if (tok === 'True') return true;
    if (tok === 'False') return false;
    if (tok === 'None') return null;
    if (allowLongSuffix && /^[+-]?\d+[lL]$/.test(tok)) tok = tok.slice(0, -1);
    if (/^[+-]?(0|[1-9](_?\d)*)$/.test(tok)) return BigInt(tok.replace(/_/g, ''));
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(tok)) return Number(tok);
    return fail(`unexpected token '${tok}'`);
  };
  const v = value(0);
  ws();
  if (i !== n) fail('trailing characters');
  return v;
}

/** Python's `repr()` of a str (single quotes unless the text has one and no double quote). */
export function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + q;
}

/** Python's `repr()` of bytes: `b'\x93NUMPY'`. */
export function pyBytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${q}`;
  for (const c of b) {
    if (c === q.charCodeAt(0) || c === 92) out += `\\${String.fromCharCode(c)}`;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(c);
  }
  return out + q;
}

/** Python's `repr()` of a parsed literal, for NumPy's error messages. */
export function pyRepr(v: PyValue): string {
  if (typeof v === 'string') return pyStrRepr(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? `${v}.0` : String(v);
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === null) return 'None';
  if (v instanceof PyTuple) {
    const parts = v.items.map(pyRepr);
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  }
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  const parts: string[] = [];
  for (const [k, x] of v) parts.push(`${pyRepr(k)}: ${pyRepr(x)}`);
  return `{${parts.join(', ')}}`;
}
