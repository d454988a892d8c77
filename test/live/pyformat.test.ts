/**
 * Python's `%` formatting of floats (src/lib/npyio/pyformat.ts, savetxt's formatter) against
 * CPython itself: random doubles of every magnitude, subnormals, integers, and exact decimal
 * ties (dyadic fractions such as 2.5, 0.125, 1.5e-3 in binary, integers like 12345 at '%.3e'),
 * where CPython rounds half to even on the exact binary value and JS's toFixed/toExponential
 * round half up. The tie detection from the binary exponent is what this guards.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PyFormat } from '../../src/lib/npyio/pyformat.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const PY = `
cases = json.loads(sys.stdin.read())
print(json.dumps([f % float.fromhex(h) for f, h in cases]))
`;

/** Deterministic doubles: random bits, dyadic ties, integers, extremes (as hex, exact). */
function values(): number[] {
  const out: number[] = [];
  let s = 12345;
  const rnd = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  for (let i = 0; i < 300; i++) out.push((rnd() - 0.5) * 10 ** Math.floor(rnd() * 60 - 30));
  // k / 2^j: exact ties at j decimals for odd k.
  for (let j = 1; j <= 24; j++) for (const k of [1, 3, 5, 7, 25, 125, 1023]) out.push(k / 2 ** j);
  for (const x of [2.5, 0.5, 1.5, 12345, 12355, 1500, 2.5e15, 1e19, 1.5e20, 2 ** 60, 2 ** 53 + 2])
    out.push(x, -x);
  out.push(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0, -0, 1, 0.1, 1 / 3, 2 / 3);
  return out;
}

function hex(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0x0p+0' : '0x0p+0';
  const neg = x < 0;
  let m = Math.abs(x);
  let e = 0;
  while (m >= 2 ** 53) {
    m /= 2;
    e++;
  }
  while (m < 2 ** 52 && e > -1074) {
    m *= 2;
    e--;
  }
  return `${neg ? '-' : ''}0x${m.toString(16)}p${e}`;
}

describe('printf-style float formatting vs CPython (live)', () => {
  it('%e, %f, %g at precisions 0-20, ties included', { skip: !hasNumpy() }, () => {
    const fmts: string[] = [];
    for (let p = 0; p <= 20; p++) fmts.push(`%.${p}e`, `%.${p}f`, `%.${p}g`);
    fmts.push(
      '%e',
      '%f',
      '%g',
      '%.18e',
      '%10.3f',
      '%-12.4e',
      '%+.5g',
      '%E',
      '%.3E',
      '%#.0e',
      '%.0E',
    );
    const xs = values();
    const cases: [string, string][] = [];
    for (const f of fmts) for (const x of xs) cases.push([f, hex(x)]);
    const want = pyJSON<string[]>(PY, JSON.stringify(cases));
    let bad = 0;
    cases.forEach(([f], i) => {
      const got = new PyFormat(f).format([{ v: xs[i % xs.length]!, isFloat: true }]);
      if (got !== want[i] && bad++ < 10) assert.equal(got, want[i], `${f} % ${xs[i % xs.length]}`);
    });
    assert.equal(bad, 0);
  });
});
