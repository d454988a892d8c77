/**
 * The shared half of the live astype tests: cast once under errstate(flag='raise') to see
 * whether NumPy (or numtype) raises, once quietly for the result, and report the result's
 * bytes as hex with that flag.
 */
import * as np from '../../src/index.js';

/** Python lines (4-space indent, inside a loop over specs `s` with the source in `x`). */
export function pyCastOutcome(flag: 'over' | 'invalid'): string {
  return `    raised = False
    try:
        with np.errstate(${flag}='raise'):
            y = x.astype(s['to'])
    except FloatingPointError:
        raised = True
        with np.errstate(all='ignore'):
            y = x.astype(s['to'])
    out.append([y.tobytes().hex(), raised])`;
}

/** numtype's [result bytes as hex, whether `flag` raised] for x.astype(to). */
export function castOutcome(
  x: np.NDArray,
  to: string,
  flag: 'over' | 'invalid',
): [string, boolean] {
  let raised = false;
  try {
    np.errstate({ [flag]: 'raise' }, () => x.astype(to));
  } catch (e) {
    raised = (e as Error).name === 'FloatingPointError';
  }
  const y = np.errstate({ all: 'ignore' }, () => x.astype(to));
  return [Buffer.from(new Uint8Array(y.buffer, y.offset, y.nbytes)).toString('hex'), raised];
}
