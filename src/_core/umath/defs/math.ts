/**
 * Transcendental and power ufuncs on floats (sqrt, exp, log, sin, cos, …). Integer inputs
 * reach the float loops through the linear loop search (int8 → float16, int32 → float64),
 * as in NumPy.
 */
import { type CUnary, unaryKernel } from '../loops.js';
import { makeUfunc } from '../ufunc.js';
import type { FpCheck } from '../errstate.js';

const FLOAT_TYPES = 'e->e f->f d->d';
const WITH_COMPLEX = 'e->e f->f d->d F->F D->D';

function floatUnary(name: string, f: (x: number) => number, complex: CUnary | null, fpcheck: FpCheck = 'generic') {
  return makeUfunc({
    name,
    nin: 1,
    nout: 1,
    identity: null,
    types: complex ? WITH_COMPLEX : FLOAT_TYPES,
    kernel: unaryKernel(name, complex ? { float: f, complex } : { float: f }),
    fpcheck,
  });
}

/** Principal square root, C99 csqrt semantics for the finite cases. */
const csqrt: CUnary = (re, im, o, j) => {
  if (re === 0 && im === 0) {
    o[j] = 0;
    o[j + 1] = im;
    return;
  }
  if (im === Infinity || im === -Infinity) {
    o[j] = Infinity;
    o[j + 1] = im;
    return;
  }
  const t = Math.sqrt((Math.abs(re) + Math.hypot(re, im)) / 2);
  if (re >= 0) {
    o[j] = t;
    o[j + 1] = im / (2 * t);
  } else {
    o[j] = Math.abs(im) / (2 * t);
    o[j + 1] = im < 0 || Object.is(im, -0) ? -t : t;
  }
};

const cexp: CUnary = (re, im, o, j) => {
  const e = Math.exp(re);
  if (im === 0) {
    o[j] = e;
    o[j + 1] = im;
    return;
  }
  o[j] = e * Math.cos(im);
  o[j + 1] = e * Math.sin(im);
};

const clog: CUnary = (re, im, o, j) => {
  o[j] = Math.log(Math.hypot(re, im));
  o[j + 1] = Math.atan2(im, re);
};

const csin: CUnary = (re, im, o, j) => {
  o[j] = Math.sin(re) * Math.cosh(im);
  o[j + 1] = Math.cos(re) * Math.sinh(im);
};

const ccos: CUnary = (re, im, o, j) => {
  o[j] = Math.cos(re) * Math.cosh(im);
  o[j + 1] = -Math.sin(re) * Math.sinh(im);
};

/** log-type functions: log(0) is divide-by-zero, log(negative) invalid. */
const logCheck: FpCheck = (xs, out) => (Number.isNaN(out) ? (Number.isNaN(xs[0]!) ? null : 'invalid') : xs[0] === 0 ? 'divide' : null);

export const sqrt = floatUnary('sqrt', Math.sqrt, csqrt);
export const exp = floatUnary('exp', Math.exp, cexp);
export const log = floatUnary('log', Math.log, clog, logCheck);
export const sin = floatUnary('sin', Math.sin, csin);
export const cos = floatUnary('cos', Math.cos, ccos);
