/**
 * expFast and logFast (plain operations, exact final rounding, fallback near rounding
 * boundaries) must return glibc's fused exp and log bit for bit: checked against the
 * step-for-step ports on a million seeded inputs each over the whole domain, bit patterns
 * included. (Breaking either fast path's exact step makes thousands of these differ.)
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { exp, expFast, log, logFast } from '../../../src/_core/umath/defs/libm_double.js';
import { cos, sin } from '../../../src/_core/umath/defs/libm_trig.js';
import { float32Via } from '../../../src/_core/umath/defs/math_kernels.js';
import { seededRandom } from '../../helpers.js';

it('expFast agrees with the exact glibc port on 1e6 inputs', () => {
  const rnd = seededRandom(2026);
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  const ranges = [745, 709, 20, 1, 1e-3, 1e-9];
  let bad = '';
  for (let i = 0; i < 1_000_000 && bad === ''; i++) {
    let x: number;
    if (i % 5 === 4) {
      u32[0] = Math.floor(rnd() * 2 ** 32);
      u32[1] = Math.floor(rnd() * 2 ** 32);
      x = f64[0]!;
    } else x = (rnd() * 2 - 1) * ranges[i % ranges.length]!;
    const a = expFast(x);
    const b = exp(x);
    if (!Object.is(a, b)) bad = `x=${x}: expFast ${a}, exp ${b}`;
  }
  assert.equal(bad, '');
  for (const x of [0, -0, Infinity, -Infinity, Number.NaN, 709.78, -745.2, 1e-320]) {
    assert.ok(Object.is(expFast(x), exp(x)), `x=${x}`);
  }
});

it('logFast agrees with the exact glibc port on 1e6 inputs', () => {
  const rnd = seededRandom(2027);
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  let bad = '';
  for (let i = 0; i < 1_000_000 && bad === ''; i++) {
    let x: number;
    const k = i % 5;
    if (k === 0) x = rnd() * 10;
    else if (k === 1) x = rnd();
    else if (k === 2) x = 0.9 + rnd() * 0.2;
    else if (k === 3) x = Math.exp((rnd() * 2 - 1) * 700);
    else {
      u32[0] = Math.floor(rnd() * 2 ** 32);
      u32[1] = Math.floor(rnd() * 2 ** 32);
      x = f64[0]!;
    }
    const a = logFast(x);
    const b = log(x);
    if (!Object.is(a, b)) bad = `x=${x}: logFast ${a}, log ${b}`;
  }
  assert.equal(bad, '');
  for (const x of [0, -0, -1, Infinity, Number.NaN, 1, 5e-324, 2.2250738585072014e-308]) {
    assert.ok(Object.is(logFast(x), log(x)), `x=${x}`);
  }
});

it('float32 loops through Math.* round like the exact ports on 4e5 inputs per function', () => {
  const rnd = seededRandom(2028);
  const f32 = new Float32Array(1);
  const u32 = new Uint32Array(f32.buffer);
  const fns: [string, (x: number) => number, (x: number) => number][] = [
    ['exp', Math.exp, exp],
    ['log', Math.log, log],
    ['sin', Math.sin, sin],
    ['cos', Math.cos, cos],
  ];
  for (const [name, fast, exact] of fns) {
    const g = float32Via(fast, exact);
    let bad = '';
    for (let i = 0; i < 400_000 && bad === ''; i++) {
      u32[0] = Math.floor(rnd() * 2 ** 32);
      let x = i % 2 ? f32[0]! : Math.fround((rnd() * 2 - 1) * 200);
      if (name === 'log') x = Math.abs(x);
      const a = Math.fround(g(x));
      const b = Math.fround(exact(x));
      if (!Object.is(a, b)) bad = `${name}(${x}): ${a} vs ${b}`;
    }
    assert.equal(bad, '');
  }
});
