/**
 * Live check of np.array / np.asarray / a.get of flat JS lists of numbers against NumPy:
 * safe integers are Python ints (int64, both words of negative and large values), any other
 * number makes the list float64 (-0, NaN, ±inf, 1e20, subnormals), and lists that are not
 * flat numbers (nested, bools, bigints, empty) keep the general path. Compared as dtype,
 * shape and raw bytes.
 */
import { describe, it } from 'node:test';
import { hasNumpy } from '../helpers.js';
import { assertSameBytes } from './bytes.util.js';

/** [Python list, JS list]. */
const LISTS: [string, string][] = [
  ['[1, 2, 3]', '[1, 2, 3]'],
  ['[-1, 2]', '[-1, 2]'],
  ['[0]', '[0]'],
  ['[2**53 - 1, -(2**53 - 1), -1, 0]', '[2 ** 53 - 1, -(2 ** 53 - 1), -1, 0]'],
  [
    '[4294967296, -4294967296, -4294967297, 4294967295]',
    '[4294967296, -4294967296, -4294967297, 4294967295]',
  ],
  ['[-2147483648, 2147483647, -2147483649]', '[-2147483648, 2147483647, -2147483649]'],
  ['[1.5, 2, 3]', '[1.5, 2, 3]'],
  ['[-0.0]', '[-0]'],
  ['[-0.0, 1]', '[-0, 1]'],
  ["[float('nan'), float('inf'), -float('inf')]", '[NaN, Infinity, -Infinity]'],
  ['[1e20, 1]', '[1e20, 1]'],
  ['[5e-324, -2.5e-310]', '[5e-324, -2.5e-310]'],
  ['[True, 2]', '[true, 2]'],
  ['[[1, 2], [3, 4]]', '[[1, 2], [3, 4]]'],
  ['[]', '[]'],
  ['[2**63 - 1, 1]', '[2n ** 63n - 1n, 1]'],
  ['list(range(-3000, 3000, 7))', 'Array.from({length: 858}, (_, i) => -3000 + 7 * i)'],
];

function cases(): [string, string][] {
  const out: [string, string][] = [];
  for (const [py, js] of LISTS) {
    out.push([`np.array(${py})`, `np.array(${js})`]);
    out.push([`np.asarray(${py})`, `np.asarray(${js})`]);
  }
  // Index lists: a[[...]] on an array long enough for every index here.
  const a = 'np.arange(20.0) * 1.5';
  const aJs = 'np.arange(20, {dtype: "float64"}).mul(1.5)';
  for (const [py, js] of [
    ['[1, 2, 3]', '[1, 2, 3]'],
    ['[-1, -20, 0, 19]', '[-1, -20, 0, 19]'],
    ['[[0, 1], [2, 3]]', '[[0, 1], [2, 3]]'],
    ['[20]', '[20]'],
    ['[-21]', '[-21]'],
    ['[1.5]', '[1.5]'],
  ]) {
    out.push([`(${a})[${py}]`, `${aJs}.get(${js})`]);
  }
  return out;
}

describe('np.array of flat JS number lists matches NumPy (live)', () => {
  it('dtype, shape and bytes agree', { skip: !hasNumpy() }, () => {
    assertSameBytes(cases());
  });
});
