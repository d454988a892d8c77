/**
 * float32 math for the float32 samplers (standard_gamma, standard_exponential and
 * standard_normal with dtype=float32): the double-precision functions rounded to float.
 */
import { exp } from './exp.js';
import { log } from './log.js';
import { log1p } from './log1p.js';
import { pow } from './pow.js';

const fr = Math.fround;
export const logf = (x: number): number => fr(log(x));
export const expf = (x: number): number => fr(exp(x));
export const powf = (x: number, y: number): number => fr(pow(x, y));
export const log1pf = (x: number): number => fr(log1p(x));
