/**
 * Replays the NumPy fixtures of scripts/fixtures/gen_numerical.py and gen_polynomial.py:
 * builds each argument (arrays from C-ordered data, then a basic-index view and/or .T),
 * calls numtype's function by NumPy name with the keyword arguments as one trailing
 * options object (API.md §1), and compares with NumPy: dtype, shape and bits (or a
 * stated relative tolerance), errors by class and exact message, warnings by category.
 */
import assert from 'node:assert/strict';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import { decode } from '../helpers.js';

export interface ReplayCase {
  fn: string;
  args: unknown[];
  kw: Record<string, unknown>;
  out?: unknown;
  err?: [string, string, string[]];
  tol?: number;
  warnings?: [string, string][];
}

/** A decoded JSON scalar as a numtype value (complex as np.Complex). */
function scalar(v: unknown): unknown {
  const d = decode(v);
  if (d !== null && typeof d === 'object' && 're' in d) return new np.Complex(d.re, d.im);
  return d;
}

/** An encoded array `{dtype, shape, data}` as an NDArray. */
export function buildArray(spec: { dtype: string; shape: number[]; data: unknown[] }): np.NDArray {
  const data = spec.data.map(scalar);
  const flat = np.array(data as never, { dtype: spec.dtype as never });
  return flat.reshape(spec.shape);
}

/** A fixture argument as the value a numtype user would pass. */
export function buildArg(v: any): unknown {
  if (Array.isArray(v)) return v.map(buildArg);
  if (v !== null && typeof v === 'object') {
    if ('arr' in v) {
      let a = buildArray(v.arr);
      if (v.view !== null) a = a.get(v.view);
      if (v.T) a = a.T;
      return a;
    }
    if ('float' in v || 'bigint' in v || 'complex' in v) return scalar(v);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = buildArg(x);
    return out;
  }
  return v;
}

/** Elementwise comparison: Object.is (NaN equal, -0 distinct) or within `tol` relative. */
function sameNumber(got: number, want: number, tol: number | undefined, where: string): void {
  if (Object.is(got, want)) return;
  if (tol !== undefined && Number.isFinite(want)) {
    const err = Math.abs(got - want);
    if (err <= tol * Math.max(1, Math.abs(want))) return;
  }
  if (tol !== undefined && Number.isNaN(got) && Number.isNaN(want)) return;
  assert.fail(`${where}: got ${got}, want ${want}${tol ? ` (tol ${tol})` : ''}`);
}

function sameValue(got: unknown, want: unknown, tol: number | undefined, where: string): void {
  if (want !== null && typeof want === 'object' && 're' in (want as object)) {
    const w = want as { re: number; im: number };
    const g = got as { re: number; im: number };
    assert.ok(g !== null && typeof g === 'object' && 're' in g, `${where}: got ${String(got)}`);
    sameNumber(g.re, w.re, tol, `${where}.re`);
    sameNumber(g.im, w.im, tol, `${where}.im`);
  } else if (typeof want === 'number' && typeof got === 'number') {
    sameNumber(got, want, tol, where);
  } else if (typeof want === 'bigint' || typeof got === 'bigint') {
    assert.equal(BigInt(got as never), BigInt(want as never), where);
  } else assert.deepEqual(got, want, where);
}

/** Compare a numtype result with an encoded NumPy result. */
export function checkOut(got: unknown, want: any, tol: number | undefined, where: string): void {
  if (Array.isArray(want)) {
    assert.ok(Array.isArray(got), `${where}: expected a list of ${want.length}`);
    assert.equal(got.length, want.length, `${where}: length`);
    want.forEach((w, i) => {
      checkOut(got[i], w, tol, `${where}[${i}]`);
    });
    return;
  }
  if ('py' in want) {
    assert.ok(!(got instanceof np.NDArray), `${where}: got an array, want a scalar`);
    sameValue(got, scalar(want.py), tol, where);
    return;
  }
  assert.ok(got instanceof np.NDArray, `${where}: want an array, got ${String(got)}`);
  assert.equal(String(got.dtype), want.dtype, `${where}: dtype`);
  assert.deepEqual(got.shape, want.shape, `${where}: shape`);
  const flat = got.ravel();
  const wantData = want.data.map(scalar);
  for (let i = 0; i < wantData.length; i++) {
    const g =
      want.dtype.startsWith('int64') || want.dtype.startsWith('uint64')
        ? flat.atBig(i)
        : flat.at(i);
    const w = wantData[i];
    sameValue(g, typeof g === 'bigint' ? BigInt(w as never) : w, tol, `${where}[${i}]`);
  }
}

/** Run one fixture case against `funcs` (numtype functions by NumPy name). */
export function replay(c: ReplayCase, funcs: Record<string, any>): void {
  const where = `${c.fn}(${JSON.stringify(c.args).slice(0, 120)}, ${JSON.stringify(c.kw).slice(0, 80)})`;
  const f = funcs[c.fn];
  assert.equal(typeof f, 'function', `${c.fn} is not exported`);
  const args = c.args.map(buildArg);
  const kw = buildArg(c.kw) as Record<string, unknown>;
  const call = () => (Object.keys(kw).length > 0 ? f(...args, kw) : f(...args));
  if (c.err) {
    const [name, message, mro] = c.err;
    let err: unknown;
    try {
      catchWarnings(call);
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof Error, `${where}: expected ${name}: ${message}, nothing thrown`);
    const okName = err.name === name || (mro.includes(err.name) && err.name !== 'Exception');
    assert.ok(okName, `${where}: got ${err.name}: ${err.message}, want ${name}: ${message}`);
    assert.equal(err.message, message, `${where}: message`);
    return;
  }
  // Floating-point warnings: under errstate(raise) the first one must be one NumPy gave
  // (or none at all when NumPy gave none); other warnings are caught and compared.
  const isFp = (m: string) => / encountered in /.test(m);
  const fpWant = (c.warnings ?? []).filter(([, m]) => isFp(m)).map(([, m]) => m);
  let fpGot: string | null = null;
  try {
    np.errstate({ all: 'raise' }, () => catchWarnings(call));
  } catch (e) {
    if (!(e instanceof Error) || e.name !== 'FloatingPointError') throw e;
    fpGot = e.message;
  }
  if (fpWant.length === 0) assert.equal(fpGot, null, `${where}: unexpected FP error`);
  else
    assert.ok(fpGot !== null && fpWant.includes(fpGot), `${where}: FP ${fpGot} not in ${fpWant}`);
  const [got, warned] = np.errstate({ all: 'ignore' }, () => catchWarnings(call));
  checkOut(got, c.out, c.tol, where);
  const wantW = (c.warnings ?? [])
    .filter(([, m]) => !isFp(m))
    .map(([cat, msg]) => `${cat}: ${msg}`);
  const gotW = warned.map((w) => `${w.category}: ${w.message}`);
  assert.deepEqual([...new Set(gotW)].sort(), [...new Set(wantW)].sort(), `${where}: warnings`);
}
