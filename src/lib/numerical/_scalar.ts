/**
 * NumPy-scalar arithmetic: an operation on 0-d values whose floating-point warnings carry
 * NumPy's scalar names ("divide by zero encountered in scalar divide").
 */
import { FloatingPointError } from '../../_core/errors.js';
import { errstate, reportFpError } from '../../_core/umath/errstate.js';

type Category = 'divide' | 'over' | 'under' | 'invalid';
const PREFIX: [string, Category][] = [
  ['divide by zero', 'divide'],
  ['overflow', 'over'],
  ['underflow', 'under'],
  ['invalid value', 'invalid'],
];

/** Run `op` (a ufunc on NumPy scalars); an FP error is reported as `scalar <name>`. */
export function scalarOp<T>(name: string, op: () => T): T {
  try {
    return errstate({ all: 'raise' }, op);
  } catch (e) {
    if (!(e instanceof FloatingPointError)) throw e;
    const hit = PREFIX.find(([p]) => e.message.startsWith(p));
    if (hit) reportFpError(hit[1], `scalar ${name}`);
    return errstate({ all: 'ignore' }, op);
  }
}
