/**
 * Subscript parsing for the C einsum (NumPy's numpy/_core/src/multiarray/einsum.cpp), with its
 * error messages. Each operand gets one label per dimension: the label's char code on its first
 * occurrence, the (negative) offset back to that occurrence for a repeated label, 0 for a
 * dimension covered by the ellipsis.
 */
import { ValueError } from '../errors.js';

export const EINSUM_SYMBOLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export interface CParsed {
  /** Per operand, per dimension: char code, negative offset to the first occurrence, or 0. */
  opLabels: number[][];
  /** Output labels: char codes, 0 for ellipsis (broadcast) dimensions. */
  outLabels: number[];
  /** How many times each char code occurs among the inputs. */
  counts: Int32Array;
  minLabel: number;
  maxLabel: number;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** One operand's subscripts (C's parse_operand_subscripts). */
function parseOperand(
  sub: string,
  ndim: number,
  iop: number,
  counts: Int32Array,
  mm: { min: number; max: number },
): number[] {
  const labels = new Array<number>(ndim).fill(0);
  let idim = 0;
  let ellipsis = -1;
  for (let i = 0; i < sub.length; i++) {
    const c = sub.charCodeAt(i);
    if (isLetter(c)) {
      if (idim >= ndim) {
        throw new ValueError(
          `einstein sum subscripts string contains too many subscripts for operand ${iop}`,
        );
      }
      labels[idim++] = c;
      if (c < mm.min) mm.min = c;
      if (c > mm.max) mm.max = c;
      counts[c]++;
    } else if (c === 46) {
      if (ellipsis !== -1 || i + 2 >= sub.length || sub[++i] !== '.' || sub[++i] !== '.') {
        throw new ValueError(
          `einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand ${iop}`,
        );
      }
      ellipsis = idim;
    } else if (c !== 32) {
      throw new ValueError(
        `invalid subscript '${sub[i]}' in einstein sum subscripts string, subscripts must be letters`,
      );
    }
  }
  if (ellipsis === -1) {
    if (idim !== ndim) {
      throw new ValueError(
        "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.",
      );
    }
  } else if (idim < ndim) {
    // labels after the ellipsis move to the end; the gap is broadcast dimensions
    for (let i = 0; i < idim - ellipsis; i++) labels[ndim - i - 1] = labels[idim - i - 1];
    for (let i = 0; i < ndim - idim; i++) labels[ellipsis + i] = 0;
  }
  for (let d = 0; d < ndim - 1; d++) {
    const c = labels[d];
    if (c <= 0) continue;
    for (let e = d + 1; e < ndim; e++) if (labels[e] === c) labels[e] = d - e;
  }
  return labels;
}

/** The output subscripts (C's parse_output_subscripts). */
function parseOutput(sub: string, nBroadcast: number, counts: Int32Array): number[] {
  const out: number[] = [];
  let ellipsis = false;
  for (let i = 0; i < sub.length; i++) {
    const c = sub.charCodeAt(i);
    if (isLetter(c)) {
      if (sub.indexOf(sub[i], i + 1) !== -1) {
        throw new ValueError(
          `einstein sum subscripts string includes output subscript '${sub[i]}' multiple times`,
        );
      }
      if (counts[c] === 0) {
        throw new ValueError(
          `einstein sum subscripts string included output subscript '${sub[i]}' which never appeared in an input`,
        );
      }
      if (out.length >= 64) {
        throw new ValueError(
          'einstein sum subscripts string contains too many subscripts in the output',
        );
      }
      out.push(c);
    } else if (c === 46) {
      if (ellipsis || i + 2 >= sub.length || sub[++i] !== '.' || sub[++i] !== '.') {
        throw new ValueError(
          "einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in the output",
        );
      }
      ellipsis = true;
      for (let b = 0; b < nBroadcast; b++) out.push(0);
    } else if (c !== 32) {
      throw new ValueError(
        `invalid subscript '${sub[i]}' in einstein sum subscripts string, subscripts must be letters`,
      );
    }
  }
  if (!ellipsis && nBroadcast > 0) {
    throw new ValueError(
      "output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.",
    );
  }
  return out;
}

/**
 * Parses by subscripts and operand ndims. A notebook loop calls einsum with the same few
 * strings again and again, and a parse cost ~850 ns of a 3x3 product's ~9 us (its label
 * counts are a 512-byte Int32Array: an ArrayBuffer of its own each time).
 */
const parseMemo = new Map<string, CParsed>();
const PARSE_MEMO_MAX = 64;

/**
 * `parseSubscripts` through the memo. Callers may rewrite `opLabels` (combinedView compacts
 * them), so each call gets its own copies; `outLabels` and `counts` are shared, read-only.
 */
export function parseSubscriptsCached(subscripts: string, ndims: readonly number[]): CParsed {
  let key = subscripts;
  for (let i = 0; i < ndims.length; i++) key += `|${ndims[i]}`;
  let p = parseMemo.get(key);
  if (p === undefined) {
    p = parseSubscripts(subscripts, ndims);
    if (parseMemo.size >= PARSE_MEMO_MAX) parseMemo.clear();
    parseMemo.set(key, p);
  }
  return { ...p, opLabels: p.opLabels.map((l) => l.slice()) };
}

/** Parse `subscripts` for operands of the given ndims (PyArray_EinsteinSum's first stage). */
export function parseSubscripts(subscripts: string, ndims: readonly number[]): CParsed {
  const nop = ndims.length;
  if (nop >= 64) throw new ValueError('too many operands provided to einstein sum function');
  if (nop < 1) throw new ValueError('not enough operands provided to einstein sum function');
  const counts = new Int32Array(128);
  const mm = { min: 127, max: 0 };
  const opLabels: number[][] = [];
  let pos = 0;
  for (let iop = 0; iop < nop; iop++) {
    let end = pos;
    while (end < subscripts.length && subscripts[end] !== ',' && subscripts[end] !== '-') end++;
    const stop = subscripts[end];
    if (iop === nop - 1 && stop === ',') {
      throw new ValueError(
        'more operands provided to einstein sum function than specified in the subscripts string',
      );
    }
    if (iop < nop - 1 && stop !== ',') {
      throw new ValueError(
        'fewer operands provided to einstein sum function than specified in the subscripts string',
      );
    }
    opLabels.push(parseOperand(subscripts.slice(pos, end), ndims[iop], iop, counts, mm));
    pos = iop < nop - 1 ? end + 1 : end;
  }
  let nBroadcast = 0;
  for (const labels of opLabels) {
    const zeros = labels.filter((l) => l === 0).length;
    if (zeros > nBroadcast) nBroadcast = zeros;
  }
  const rest = subscripts.slice(pos);
  let outLabels: number[];
  if (rest === '') {
    // implicit output: broadcast dimensions, then every label seen once, in ASCII order
    outLabels = new Array<number>(nBroadcast).fill(0);
    for (let c = mm.min; c <= mm.max; c++) if (counts[c] === 1) outLabels.push(c);
  } else {
    if (!rest.startsWith('->')) {
      throw new ValueError(
        "einstein sum subscript string does not contain proper '->' output specified",
      );
    }
    outLabels = parseOutput(rest.slice(2), nBroadcast, counts);
  }
  return { opLabels, outLabels, counts, minLabel: mm.min, maxLabel: mm.max };
}

/** A sublist item: an integer label in [0, 52) or the ellipsis `'...'`. */
export type SubscriptItem = number | '...';

/** C einsum's conversion of one (operand, sublist) subscripts list to a subscripts string. */
export function sublistToString(list: unknown): string {
  if (!Array.isArray(list)) {
    throw new TypeError('each subscript must be either an integer or an ellipsis');
  }
  let s = '';
  for (const item of list) {
    if (item === '...') s += '...';
    else if (typeof item === 'number' && Number.isInteger(item)) {
      if (item < 0 || item >= 52) {
        throw new ValueError('subscript is not within the valid range [0, 52)');
      }
      s += EINSUM_SYMBOLS[item];
    } else if (typeof item === 'bigint') {
      if (item < 0n || item >= 52n) {
        throw new ValueError('subscript is not within the valid range [0, 52)');
      }
      s += EINSUM_SYMBOLS[Number(item)];
    } else throw new TypeError('each subscript must be either an integer or an ellipsis');
  }
  return s;
}
