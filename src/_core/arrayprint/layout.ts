/**
 * The text layout of an array's elements, NumPy's `_formatArray`: nested brackets,
 * elements wrapped before `linewidth`, and '...' where a summarised axis is cut.
 * Elements are read at byte offsets, so any strided view lays out right.
 */
import { ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import type { ElementFormat } from './formatters.js';
import { pyLen, rstrip, splitlines } from './pystr.js';

/** Python's range for `seq[start:stop]` over a length-n axis (step 1). */
function sliceRange(n: number, start: number | null, stop: number | null): [number, number] {
  const norm = (i: number | null, dflt: number) => {
    if (i === null) return dflt;
    if (i < 0) return Math.max(i + n, 0);
    return Math.min(i, n);
  };
  return [norm(start, 0), norm(stop, n)];
}

/**
 * Byte offsets of the elements shown, NumPy's `_leading_trailing`: along each axis longer
 * than 2*edgeitems only the first and last edgeitems are kept.
 */
export function shownOffsets(a: NDArray, edge: number, summarise: boolean): number[] {
  const out: number[] = [];
  if (!summarise) {
    a.forEachOffset((off) => out.push(off));
    return out;
  }
  const rec = (axis: number, off: number) => {
    if (axis === a.ndim) {
      out.push(off);
      return;
    }
    const n = a.dims[axis]!;
    const st = a.steps[axis]!;
    // a[:edge] then a[-edge:], with Python's slicing (so edgeitems=0 keeps a[0:]).
    const parts = n > 2 * edge ? [sliceRange(n, null, edge), sliceRange(n, -edge, null)] : [[0, n]];
    for (const [lo, hi] of parts) for (let i = lo!; i < hi!; i++) rec(axis + 1, off + i * st);
  };
  rec(0, a.offset);
  return out;
}

function extendLine(
  s: string,
  line: string,
  word: string,
  width: number,
  nextPrefix: string,
  legacy: number,
): [string, string] {
  let wrap = pyLen(line) + pyLen(word) > width;
  // Wrapping an empty line would not help.
  if (legacy > 113 && pyLen(line) <= pyLen(nextPrefix)) wrap = false;
  if (wrap) {
    s += `${rstrip(line)}\n`;
    line = nextPrefix;
  }
  return [s, line + word];
}

/** extendLine for words that may span several lines (from custom formatters). */
function extendLinePretty(
  s: string,
  line: string,
  word: string,
  width: number,
  nextPrefix: string,
  legacy: number,
): [string, string] {
  const words = splitlines(word);
  if (words.length === 1 || legacy <= 113)
    return extendLine(s, line, word, width, nextPrefix, legacy);
  // NumPy takes max() over the lines, which fails for an empty word.
  if (words.length === 0) throw new ValueError('max() arg is an empty sequence');
  const maxLen = Math.max(...words.map(pyLen));
  let indent: string;
  if (pyLen(line) + maxLen > width && pyLen(line) > pyLen(nextPrefix)) {
    s += `${rstrip(line)}\n`;
    line = nextPrefix + words[0];
    indent = nextPrefix;
  } else {
    indent = ' '.repeat(pyLen(line));
    line += words[0];
  }
  for (const w of words.slice(1)) {
    s += `${rstrip(line)}\n`;
    line = indent + w;
  }
  return [s, line + ' '.repeat(maxLen - pyLen(words[words.length - 1]!))];
}

/** NumPy's `_formatArray`: the nested, wrapped text of the elements. */
export function formatArray(
  a: NDArray,
  fmt: ElementFormat,
  lineWidth: number,
  nextLinePrefix: string,
  separator: string,
  edge: number,
  summaryInsert: string,
  legacy: number,
): string {
  const sepStripped = rstrip(separator);
  const rec = (axis: number, off: number, hanging: string, width: number): string => {
    const axesLeft = a.ndim - axis;
    if (axesLeft === 0) return fmt(off);
    const nextHanging = `${hanging} `;
    const nextWidth = legacy <= 113 ? width : width - 1;
    const n = a.dims[axis]!;
    const st = a.steps[axis]!;
    const summary = summaryInsert !== '' && 2 * edge < n;
    const leading = summary ? edge : 0;
    const trailing = summary ? edge : n;
    const at = (i: number) => off + (i < 0 ? n + i : i) * st;
    let s = '';
    if (axesLeft === 1) {
      // The last axis: elements on lines, wrapped before the separator/bracket column.
      let elemWidth =
        legacy <= 113 ? width - pyLen(sepStripped) : width - Math.max(pyLen(sepStripped), 1);
      let line = hanging;
      for (let i = 0; i < leading; i++) {
        [s, line] = extendLinePretty(
          s,
          line,
          rec(axis + 1, at(i), nextHanging, nextWidth),
          elemWidth,
          hanging,
          legacy,
        );
        line += separator;
      }
      if (summary) {
        [s, line] = extendLine(s, line, summaryInsert, elemWidth, hanging, legacy);
        line += legacy <= 113 ? ', ' : separator;
      }
      for (let i = trailing; i > 1; i--) {
        [s, line] = extendLinePretty(
          s,
          line,
          rec(axis + 1, at(-i), nextHanging, nextWidth),
          elemWidth,
          hanging,
          legacy,
        );
        line += separator;
      }
      if (legacy <= 113) elemWidth = width;
      [s, line] = extendLinePretty(
        s,
        line,
        rec(axis + 1, at(-1), nextHanging, nextWidth),
        elemWidth,
        hanging,
        legacy,
      );
      s += line;
    } else {
      // Outer axes: one sub-array per line, blank lines between higher dimensions.
      const lineSep = sepStripped + '\n'.repeat(axesLeft - 1);
      for (let i = 0; i < leading; i++)
        s += hanging + rec(axis + 1, at(i), nextHanging, nextWidth) + lineSep;
      if (summary)
        s += legacy <= 113 ? `${hanging}${summaryInsert}, \n` : hanging + summaryInsert + lineSep;
      for (let i = trailing; i > 1; i--)
        s += hanging + rec(axis + 1, at(-i), nextHanging, nextWidth) + lineSep;
      s += hanging + rec(axis + 1, at(-1), nextHanging, nextWidth);
    }
    return `[${s.slice(hanging.length)}]`;
  };
  return rec(0, a.offset, nextLinePrefix, lineWidth);
}
