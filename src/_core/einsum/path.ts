/**
 * NumPy's numpy/_core/einsumfunc.py planning layer: `_parse_einsum_input` (subscripts with the
 * ellipses spelled out as spare letters), the greedy and optimal contraction-order searches,
 * and `einsum_path`'s contraction list and printed report.
 */
import { KeyError, ValueError } from '../errors.js';
import { type ArrayLike, toArray } from '../multiarray/array.js';
import type { NDArray } from '../ndarray.js';
import { EINSUM_SYMBOLS } from './parse.js';

type LSet = Set<string>;
type Sizes = Map<string, number>;

/** Subscripts as einsumfunc.py sees them: ellipses replaced, output explicit. */
export interface PyParsed {
  inputs: string;
  output: string;
  operands: NDArray[];
}

/** Python's TypeError of `operator.index` on a sublist item. */
function sublistChar(s: unknown): string {
  if (s === '...') return '...';
  if (typeof s === 'number' && Number.isInteger(s)) {
    const i = s < 0 ? s + 52 : s;
    if (i < 0 || i >= 52) {
      const e = new Error('string index out of range');
      e.name = 'IndexError';
      throw e;
    }
    return EINSUM_SYMBOLS[i];
  }
  throw new TypeError('For this input type lists must contain either int or Ellipsis');
}

/** `_parse_einsum_input(operands)`: the string or interleaved form to (inputs, output, operands). */
export function parseEinsumInput(args: readonly unknown[]): PyParsed {
  if (args.length === 0) throw new ValueError('No input operands');
  let subscripts: string;
  let operands: NDArray[];
  if (typeof args[0] === 'string') {
    subscripts = args[0].replaceAll(' ', '');
    operands = args.slice(1).map((v) => toArray(v as ArrayLike));
    for (const s of subscripts) {
      if ('.,->'.includes(s)) continue;
      if (!EINSUM_SYMBOLS.includes(s))
        throw new ValueError(`Character ${s} is not a valid symbol.`);
    }
  } else {
    const rest = args.slice();
    const opList: unknown[] = [];
    const subList: unknown[][] = [];
    const pairs = Math.floor(args.length / 2);
    for (let p = 0; p < pairs; p++) {
      opList.push(rest.shift());
      subList.push(rest.shift() as unknown[]);
    }
    const outList = rest.length ? (rest[rest.length - 1] as unknown[]) : null;
    operands = opList.map((v) => toArray(v as ArrayLike));
    subscripts = subList.map((sub) => Array.from(sub, sublistChar).join('')).join(',');
    if (outList !== null) subscripts += `->${Array.from(outList, sublistChar).join('')}`;
  }
  if (subscripts.includes('-') || subscripts.includes('>')) {
    const count = (c: string) => subscripts.split(c).length - 1;
    if (count('-') > 1 || count('>') > 1 || count('->') !== 1) {
      throw new ValueError("Subscripts can only contain one '->'.");
    }
  }
  const implicitOutput = (subs: string): string => {
    const tmp = subs.replaceAll(',', '');
    let out = '';
    for (const s of [...new Set(tmp)].sort()) {
      if (!EINSUM_SYMBOLS.includes(s))
        throw new ValueError(`Character ${s} is not a valid symbol.`);
      if (tmp.split(s).length === 2) out += s;
    }
    return out;
  };
  if (subscripts.includes('.')) {
    const used = new Set(subscripts.replaceAll('.', '').replaceAll(',', '').replaceAll('->', ''));
    // NumPy takes the spare letters from a set (their order varies between runs); ours is fixed
    const ellipseInds = [...EINSUM_SYMBOLS].filter((c) => !used.has(c)).join('');
    let longest = 0;
    let split: string[];
    let outSub: string | null = null;
    if (subscripts.includes('->')) {
      const [inp, outp] = subscripts.split('->');
      split = inp.split(',');
      outSub = outp;
    } else split = subscripts.split(',');
    split.forEach((sub, num) => {
      if (!sub.includes('.')) return;
      if (sub.split('.').length - 1 !== 3 || sub.split('...').length - 1 !== 1) {
        throw new ValueError('Invalid Ellipses.');
      }
      const op = operands[num];
      if (op === undefined) {
        const e = new Error('list index out of range');
        e.name = 'IndexError';
        throw e;
      }
      const count = op.ndim === 0 ? 0 : Math.max(op.ndim, 1) - (sub.length - 3);
      if (count > longest) longest = count;
      if (count < 0) throw new ValueError('Ellipses lengths do not match.');
      split[num] = sub.replace('...', count === 0 ? '' : ellipseInds.slice(-count));
    });
    subscripts = split.join(',');
    const outEllipse = longest === 0 ? '' : ellipseInds.slice(-longest);
    if (outSub !== null) subscripts += `->${outSub.replace('...', outEllipse)}`;
    else {
      const normal = [...implicitOutput(subscripts)].filter((c) => !outEllipse.includes(c)).sort();
      subscripts += `->${outEllipse}${normal.join('')}`;
    }
  }
  let inputs: string;
  let output: string;
  if (subscripts.includes('->')) [inputs, output] = subscripts.split('->');
  else {
    inputs = subscripts;
    output = implicitOutput(subscripts);
  }
  for (const c of output) {
    if (output.split(c).length !== 2) {
      throw new ValueError(`Output character ${c} appeared more than once in the output.`);
    }
    if (!inputs.includes(c))
      throw new ValueError(`Output character ${c} did not appear in the input`);
  }
  if (inputs.split(',').length !== operands.length) {
    throw new ValueError('Number of einsum subscripts must be equal to the number of operands.');
  }
  return { inputs, output, operands };
}

const sizeOf = (inds: Iterable<string>, sizes: Sizes): number => {
  let r = 1;
  for (const i of inds) r *= sizes.get(i) as number;
  return r;
};

/** `_flop_count`: size of the indices times the operations per element. */
function flopCount(inds: LSet, inner: boolean, nTerms: number, sizes: Sizes): number {
  return sizeOf(inds, sizes) * (Math.max(1, nTerms - 1) + (inner ? 1 : 0));
}

interface Contraction {
  result: LSet;
  remaining: LSet[];
  removed: LSet;
  contract: LSet;
}

/** `_find_contraction`: contract the sets at `positions`; the result goes last. */
function findContraction(
  positions: readonly number[],
  sets: readonly LSet[],
  output: LSet,
): Contraction {
  const contract = new Set<string>();
  const remain = new Set(output);
  const remaining: LSet[] = [];
  sets.forEach((s, i) => {
    if (positions.includes(i)) for (const c of s) contract.add(c);
    else {
      remaining.push(s);
      for (const c of s) remain.add(c);
    }
  });
  const result = new Set([...contract].filter((c) => remain.has(c)));
  const removed = new Set([...contract].filter((c) => !result.has(c)));
  remaining.push(result);
  return { result, remaining, removed, contract };
}

function* pairs(n: number): Generator<[number, number]> {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) yield [i, j];
}

/** `_optimal_path`: every pairwise order, cheapest total flop count within the memory limit. */
function optimalPath(sets: LSet[], output: LSet, sizes: Sizes, limit: number): number[][] {
  type R = [number, number[][], LSet[]];
  let full: R[] = [[0, [], sets]];
  const minOf = (rs: R[]) => rs.reduce((m, r) => (r[0] < m[0] ? r : m));
  for (let it = 0; it < sets.length - 1; it++) {
    const iter: R[] = [];
    for (const [cost, positions, remaining] of full) {
      for (const con of pairs(sets.length - it)) {
        const c = findContraction(con, remaining, output);
        if (sizeOf(c.result, sizes) > limit) continue;
        const total = cost + flopCount(c.contract, c.removed.size > 0, con.length, sizes);
        iter.push([total, [...positions, con], c.remaining]);
      }
    }
    if (iter.length) full = iter;
    else {
      const path = minOf(full)[1];
      path.push(Array.from({ length: sets.length - it }, (_, i) => i));
      return path;
    }
  }
  if (full.length === 0) return [Array.from({ length: sets.length }, (_, i) => i)];
  return minOf(full)[1];
}

type Candidate = [[number, number], [number, number], LSet[]];

/** `_parse_possible_contraction`: (-removed size, flops) of a pair, or null when not allowed. */
function possible(
  positions: [number, number],
  sets: readonly LSet[],
  output: LSet,
  sizes: Sizes,
  limit: number,
  pathCost: number,
  naiveCost: number,
): Candidate | null {
  const c = findContraction(positions, sets, output);
  const newSize = sizeOf(c.result, sizes);
  if (newSize > limit) return null;
  const removedSize = positions.reduce((s, p) => s + sizeOf(sets[p], sizes), 0) - newSize;
  const cost = flopCount(c.contract, c.removed.size > 0, positions.length, sizes);
  if (pathCost + cost > naiveCost) return null;
  return [[-removedSize, cost], positions, c.remaining];
}

const lessKey = (a: [number, number], b: [number, number]): boolean =>
  a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** `_greedy_path`: repeatedly the pair removing most, then cheapest. */
function greedyPath(sets: LSet[], output: LSet, sizes: Sizes, limit: number): number[][] {
  if (sets.length === 1) return [[0]];
  if (sets.length === 2) return [[0, 1]];
  const all = findContraction(
    sets.map((_, i) => i),
    sets,
    output,
  );
  const naiveCost = flopCount(all.contract, all.removed.size > 0, sets.length, sizes);
  let combos: Iterable<[number, number]> = pairs(sets.length);
  let known: Candidate[] = [];
  let pathCost = 0;
  const path: number[][] = [];
  let inputSets = sets;
  const n0 = sets.length;
  for (let it = 0; it < n0 - 1; it++) {
    for (const pos of combos) {
      const [x, y] = pos;
      if (![...inputSets[x]].some((c) => inputSets[y].has(c))) continue;
      const r = possible(pos, inputSets, output, sizes, limit, pathCost, naiveCost);
      if (r !== null) known.push(r);
    }
    if (known.length === 0) {
      for (const pos of pairs(inputSets.length)) {
        const r = possible(pos, inputSets, output, sizes, limit, pathCost, naiveCost);
        if (r !== null) known.push(r);
      }
      if (known.length === 0) {
        path.push(inputSets.map((_, i) => i));
        break;
      }
    }
    const best = known.reduce((m, r) => (lessKey(r[0], m[0]) ? r : m));
    // _update_other_results: drop candidates touching the pair, renumber the rest
    const [bx, by] = best[1];
    const next: Candidate[] = [];
    for (const [cost, [x, y], conSets] of known) {
      if (x === bx || x === by || y === bx || y === by) continue;
      conSets.splice(by - +(by > x) - +(by > y), 1);
      conSets.splice(bx - +(bx > x) - +(bx > y), 1);
      conSets.splice(conSets.length - 1, 0, best[2][best[2].length - 1]);
      next.push([cost, [x - +(x > bx) - +(x > by), y - +(y > bx) - +(y > by)], conSets]);
    }
    known = next;
    inputSets = best[2];
    const last = inputSets.length - 1;
    combos = Array.from({ length: last }, (_, i) => [i, last] as [number, number]);
    path.push(best[1]);
    pathCost += best[0][1];
  }
  return path;
}

/** One step of the plan: operand positions (descending), its einsum string, what remains. */
export interface Step {
  inds: number[];
  eq: string;
  remaining: string[];
}

/** Python's `str()` of a JS value standing for a Python object (lists, tuples, strings). */
function pyStr(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (Array.isArray(v)) return `[${v.map(pyStr).join(', ')}]`;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null || v === undefined) return 'None';
  return String(v);
}

/**
 * JS rounds exact decimal ties up where Python rounds them to even. `digits` is the exact
 * expansion (101 digits from toExponential(100) / toFixed(100)); the result says whether
 * the first `keep` digits must be kept as they are (a tie with an even last digit).
 */
function tieToEven(digits: string, keep: number): boolean {
  return /^50*$/.test(digits.slice(keep)) && Number(digits[keep - 1]) % 2 === 0;
}

/** Python's '%.3e'. */
function fmtE(x: number): string {
  let s = x.toExponential(3);
  const [mant, exp] = x.toExponential(100).split('e');
  const digits = mant.replace('.', '');
  if (tieToEven(digits, 4)) s = `${digits[0]}.${digits.slice(1, 4)}e${exp}`;
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** Python's '%.3f'. */
function fmtF(x: number): string {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return x.toFixed(3);
  const full = x.toFixed(100);
  const dot = full.indexOf('.');
  const digits = full.slice(0, dot) + full.slice(dot + 1);
  if (tieToEven(digits, dot + 3)) return full.slice(0, dot + 4);
  return x.toFixed(3);
}

export type Optimize = boolean | null | 'greedy' | 'optimal' | string | readonly unknown[];

/**
 * `einsum_path(*operands, optimize, einsum_call)`: the contraction plan; with `einsumCall`
 * the operands and steps, else the path and NumPy's report.
 */
export function planEinsum(
  args: readonly unknown[],
  optimize: Optimize,
  einsumCall: boolean,
): { operands: NDArray[]; steps: Step[]; path: unknown[]; report: string } {
  let pathType: unknown = optimize === true ? 'greedy' : optimize === null ? false : optimize;
  let explicit = false;
  let memoryLimit: number | null = null;
  if (pathType === false || typeof pathType === 'string') {
    // a method name (checked below) or no optimization
  } else if (Array.isArray(pathType) && pathType.length && pathType[0] === 'einsum_path') {
    explicit = true;
  } else if (
    Array.isArray(pathType) &&
    pathType.length === 2 &&
    typeof pathType[0] === 'string' &&
    typeof pathType[1] === 'number'
  ) {
    memoryLimit = Math.trunc(pathType[1]);
    pathType = pathType[0];
  } else if (Array.isArray(pathType)) {
    throw new TypeError(`Did not understand the path: ${pyStr(pathType)}`);
  } else {
    const t =
      typeof pathType === 'number' ? (Number.isInteger(pathType) ? 'int' : 'float') : 'object';
    throw new TypeError(`object of type '${t}' has no len()`);
  }
  const { inputs, output, operands } = parseEinsumInput(args);
  let inputList = inputs.split(',');
  const numInputs = inputList.length;
  let inputSets: LSet[] = inputList.map((x) => new Set(x));
  const outputSet: LSet = new Set(output);
  const indices = new Set(inputs.replaceAll(',', ''));
  const sizes: Sizes = new Map();
  inputList.forEach((term, t) => {
    const sh = operands[t].dims;
    if (sh.length !== term.length) {
      throw new ValueError(
        `Einstein sum subscript ${inputs[t]} does not contain the correct number of indices for operand ${t}.`,
      );
    }
    [...term].forEach((c, i) => {
      const dim = sh[i];
      const prev = sizes.get(c);
      if (prev === undefined || prev === 1) sizes.set(c, dim);
      else if (dim !== 1 && dim !== prev) {
        throw new ValueError(
          `Size of label '${c}' for operand ${t} (${prev}) does not match previous terms (${dim}).`,
        );
      }
    });
  });
  const maxSize = Math.max(...[...inputList, output].map((t) => sizeOf(t, sizes)));
  const limit = memoryLimit ?? maxSize;
  let path: number[][];
  if (explicit) path = (pathType as unknown[]).slice(1) as number[][];
  else if (
    pathType === false ||
    numInputs === 1 ||
    numInputs === 2 ||
    (indices.size === outputSet.size && [...indices].every((c) => outputSet.has(c)))
  ) {
    path = [Array.from({ length: numInputs }, (_, i) => i)];
  } else if (pathType === 'greedy') path = greedyPath(inputSets, outputSet, sizes, limit);
  else if (pathType === 'optimal') path = optimalPath(inputSets, outputSet, sizes, limit);
  else {
    throw new KeyError(`('Path name %s not found', ${pyStr(pathType)})`);
  }
  const costs: number[] = [];
  const scales: number[] = [];
  const outSizes: number[] = [];
  const steps: Step[] = [];
  path.forEach((p, cnum) => {
    const inds = [...p].sort((a, b) => b - a);
    const c = findContraction(inds, inputSets, outputSet);
    inputSets = c.remaining;
    costs.push(flopCount(c.contract, c.removed.size > 0, inds.length, sizes));
    scales.push(c.contract.size);
    outSizes.push(sizeOf(c.result, sizes));
    const tmp: string[] = [];
    for (const x of inds) tmp.push(inputList.splice(x, 1)[0]);
    let result: string;
    if (cnum === path.length - 1) result = output;
    else {
      // intermediate labels sorted by (size, label)
      result = [...c.result]
        .sort((a, b) => {
          const d = (sizes.get(a) as number) - (sizes.get(b) as number);
          return d !== 0 ? d : a < b ? -1 : a > b ? 1 : 0;
        })
        .join('');
    }
    inputList.push(result);
    steps.push({ inds, eq: `${tmp.join(',')}->${result}`, remaining: inputList.slice() });
  });
  if (inputList.length !== 1) {
    const e = new Error(
      `Invalid einsum_path is specified: ${inputList.length - 1} more operands has to be contracted.`,
    );
    e.name = 'RuntimeError';
    throw e;
  }
  const fullPath: unknown[] = ['einsum_path', ...path];
  if (einsumCall) return { operands, steps, path: fullPath, report: '' };
  inputList = inputs.split(',');
  const inner = inputList.reduce((s, x) => s + new Set(x).size, 0) - indices.size > 0;
  const naive = flopCount(indices, inner, numInputs, sizes);
  const opt = costs.reduce((a, b) => a + b, 0) + 1;
  const speedup = naive / opt;
  const maxI = Math.max(...outSizes);
  let rep = `  Complete contraction:  ${inputs}->${output}\n`;
  rep += `         Naive scaling:  ${indices.size}\n`;
  rep += `     Optimized scaling:  ${Math.max(...scales)}\n`;
  rep += `      Naive FLOP count:  ${fmtE(naive)}\n`;
  rep += `  Optimized FLOP count:  ${fmtE(opt)}\n`;
  rep += `   Theoretical speedup:  ${fmtF(speedup)}\n`;
  rep += `  Largest intermediate:  ${fmtE(maxI)} elements\n`;
  rep += `${'-'.repeat(74)}\n`;
  rep += `${'scaling'.padStart(6)} ${'current'.padStart(24)} ${'remaining'.padStart(40)}\n`;
  rep += '-'.repeat(74);
  steps.forEach((s, n) => {
    const rem = `${s.remaining.join(',')}->${output}`;
    rep += `\n${String(scales[n]).padStart(4)}    ${s.eq.padStart(24)} ${rem.padStart(40)}`;
  });
  return { operands, steps, path: fullPath, report: rep };
}
