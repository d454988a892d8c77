/**
 * The playground's runner (a module worker, one per run): loads numtype (its top-level await
 * compiles the WebAssembly kernels), puts `np`, `print` and `str` in scope, sends everything
 * the program prints to the page, and reports errors as Python shows them (`ValueError: …`).
 */
import * as np from '/numtype.js';
import { print, str } from '/python.js';

globalThis.np = np;
globalThis.print = print;
globalThis.str = str;

const send = (kind, text) => postMessage({ kind, text });

/** One console.log argument as Node prints it (NDArrays show their repr, as in Node). */
function inspect(v, nested) {
  if (typeof v === 'string') return nested ? `'${v}'` : v;
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof np.NDArray) return v.repr();
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  if (Array.isArray(v)) {
    return v.length === 0 ? '[]' : `[ ${v.map((x) => inspect(x, true)).join(', ')} ]`;
  }
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
    return `${v.constructor.name}(${v.length}) [ ${Array.from(v, (x) => inspect(x, true)).join(', ')} ]`;
  }
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const items = Object.entries(v).map(([k, x]) => `${k}: ${inspect(x, true)}`);
    return items.length === 0 ? '{}' : `{ ${items.join(', ')} }`;
  }
  return String(v);
}

const format = (args) => args.map((a) => inspect(a, false)).join(' ');
console.log = (...a) => send('out', format(a));
console.info = console.log;
console.debug = console.log;
console.warn = (...a) => send('err', format(a));
console.error = console.warn;

/** An error as the last line of a Python traceback: `ValueError: …`. */
function pythonError(e) {
  if (e instanceof Error) return e.message ? `${e.name}: ${e.message}` : e.name;
  return `Exception: ${String(e)}`;
}

self.addEventListener('unhandledrejection', (ev) => {
  ev.preventDefault();
  send('err', pythonError(ev.reason));
});
self.addEventListener('error', (ev) => {
  ev.preventDefault();
  send('err', pythonError(ev.error ?? ev.message));
});

self.onmessage = async ({ data }) => {
  if (data?.type !== 'run') return;
  const url = URL.createObjectURL(new Blob([data.code], { type: 'text/javascript' }));
  let failed = false;
  try {
    await import(url);
  } catch (e) {
    failed = true;
    send('err', pythonError(e));
  } finally {
    URL.revokeObjectURL(url);
  }
  postMessage({ kind: 'done', failed });
};

const kernels = np.show_config({ mode: 'dicts' }).Kernels.backend;
postMessage({ kind: 'ready', version: np.__version__, kernels });
