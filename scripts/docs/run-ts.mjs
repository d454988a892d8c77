/**
 * Child process of scripts/docs/examples.mjs `runTs`: reads `{ prelude, modules }` (JSON)
 * from stdin, imports each module in turn and writes one JSON line per module to stdout:
 * `{ name, out, error }`, `out` being what it printed (console.log or process.stdout).
 * Print options and floating-point error state are restored after each module, as the
 * Python side does with `np.printoptions()` / `np.errstate()`, so a section cannot change
 * the next one's output. A module still running after MODULE_TIMEOUT_MS is reported as
 * timed out and the next one starts.
 */
import { format } from 'node:util';

const MODULE_TIMEOUT_MS = 30_000;

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const job = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const write = process.stdout.write.bind(process.stdout);
const { np } = await import(job.prelude);
await np.ready?.();

let buf = [];
const capture = (...args) => {
  buf.push(`${format(...args)}\n`);
};
console.log = capture;
console.info = capture;
process.stdout.write = (chunk, encoding, cb) => {
  buf.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  if (typeof encoding === 'function') encoding();
  else if (typeof cb === 'function') cb();
  return true;
};

function describe(err) {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return `thrown ${format(err)}`;
}

for (const m of job.modules) {
  buf = [];
  const printopts = np.get_printoptions?.();
  const errstate = np.geterr?.();
  let error = null;
  let timer;
  try {
    await Promise.race([
      import(m.url),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`timed out after ${MODULE_TIMEOUT_MS / 1000} s`)),
          MODULE_TIMEOUT_MS,
        );
      }),
    ]);
  } catch (err) {
    error = describe(err);
  } finally {
    clearTimeout(timer);
  }
  try {
    if (printopts) np.set_printoptions(printopts);
    if (errstate) np.seterr(errstate);
  } catch {}
  write(`${JSON.stringify({ name: m.name, out: buf.join(''), error })}\n`);
}
// examples may leave timers or workers behind: do not wait for them
write('', () => process.exit(0));
