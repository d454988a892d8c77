/**
 * Python string behaviour the printing code relies on: lengths in code points,
 * `str.splitlines`, `str.rstrip`, and `repr` of str and bytes.
 */

/** Python's len(): code points, not UTF-16 units. */
export function pyLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Python's str.splitlines() (no keepends). */
export function splitlines(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if ('\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'.includes(c)) {
      out.push(s.slice(start, i));
      if (c === '\r' && s[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

/** Python's str.rstrip() with no argument (whitespace). */
export function rstrip(s: string): string {
  let end = s.length;
  while (end > 0 && isPySpace(s[end - 1]!)) end--;
  return s.slice(0, end);
}

function isPySpace(c: string): boolean {
  // JS \s plus the separators Python also counts (\x1c-\x1f, \x85), minus \ufeff.
  const code = c.charCodeAt(0);
  if (code >= 0x1c && code <= 0x1f) return true;
  if (code === 0x85) return true;
  return code !== 0xfeff && /\s/.test(c);
}

// Python's str.isprintable(): everything but control, format, surrogate, private-use,
// unassigned and separator characters (the plain space excepted).
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hexEscape(cp: number): string {
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

function quoteFor(s: string): string {
  return s.includes("'") && !s.includes('"') ? '"' : "'";
}

/** Python's repr() of a str. */
export function strRepr(s: string): string {
  const q = quoteFor(s);
  let out = q;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += hexEscape(cp);
    else if (cp < 0x7f || ch === ' ') out += ch;
    else if (NON_PRINTABLE.test(ch)) out += hexEscape(cp);
    else out += ch;
  }
  return out + q;
}

/** Python's repr() of bytes: b'...'. */
export function bytesRepr(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  const q = quoteFor(s);
  let out = `b${q}`;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === q || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + q;
}

/** `str()` of a raw `np.void`: every byte as an upper-case `\xHH` escape. */
export function voidStr(b: Uint8Array): string {
  let s = "b'";
  for (const x of b) s += `\\x${x.toString(16).toUpperCase().padStart(2, '0')}`;
  return `${s}'`;
}
