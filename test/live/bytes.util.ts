/**
 * Shared by live tests that compare expressions with NumPy as dtype, shape, raw bytes, the
 * error raised and the FP-error categories reported through np.errstate's 'call' mode.
 */
import assert from 'node:assert/strict';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import { pyJSON } from '../helpers.js';

type Got = { dtype: string; shape: number[]; hex: string; error: string; fp: string[] };

const PY = `import warnings
warnings.simplefilter('ignore')
out = []
for expr in json.loads(sys.stdin.read()):
    fp = []
    np.seterrcall(lambda err, flag: fp.append(err))
    try:
        with np.errstate(divide='call', over='call', invalid='call'):
            r_ = np.asarray(eval(expr))
        out.append({'dtype': str(r_.dtype), 'shape': list(r_.shape), 'hex': r_.tobytes().hex(), 'error': '', 'fp': fp})
    except Exception as e:
        out.append({'dtype': '', 'shape': [], 'hex': '', 'error': type(e).__name__ + ': ' + str(e), 'fp': fp})
print(json.dumps(out))`;

/** numtype's side of one expression (a function body returning the value, `np` in scope). */
function evaluate(ts: string): Got {
  const f = new Function('np', `return ${ts};`);
  const fp: string[] = [];
  np.seterrcall((err: string) => {
    fp.push(err);
  });
  try {
    const [r] = catchWarnings(() =>
      np.errstate({ divide: 'call', over: 'call', invalid: 'call' }, () => f(np)),
    );
    const x = np.asarray(r);
    const hex = Buffer.from(x.tobytes()).toString('hex');
    return { dtype: x.dtype.name, shape: [...x.shape], hex, error: '', fp };
  } catch (e) {
    const err = e as Error;
    return { dtype: '', shape: [], hex: '', error: `${err.constructor.name}: ${err.message}`, fp };
  } finally {
    np.seterrcall(null);
  }
}

/** Assert that every [Python expression, numtype expression] pair gives the same result. */
export function assertSameBytes(list: readonly [string, string][]): void {
  const want = pyJSON<Got[]>(PY, JSON.stringify(list.map((c) => c[0])));
  list.forEach(([py, ts], idx) => {
    assert.deepEqual(evaluate(ts), want[idx], `${py}  |  ${ts}`);
  });
}
