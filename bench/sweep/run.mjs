/**
 * The breadth sweep, numtype side (see README.md): times every case of cases.txt (or those
 * whose name matches argv[2]) in ~20 ms batches, five of them, median per call, and writes
 * js.json next to this file. Needs a build (npm run build) or NT=<path to src/index.js>.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const np = await import(process.env.NT ?? pathToFileURL(path.join(here, '..', '..', 'dist', 'src', 'index.js')).href);
const rng0 = np.random.default_rng(1);
const U = (n, lo = -1, hi = 1) => rng0.uniform(lo, hi, n);
const a = U(1000000), b = U(1000000), f = a.astype('float32');
const env = {};
Object.assign(env, { np, a, b, f });
env.z = np.empty(1000000, { dtype: 'complex128' }); env.z.real.set('...', a); env.z.imag.set('...', b);
env.i = rng0.integers(-1000, 1000, 1000000, { dtype: 'int32' });
env.l = rng0.integers(-1000, 1000, 1000000);
env.u = rng0.integers(0, 100, 1000000, { dtype: 'uint8' });
env.h = a.astype('float16');
env.m = a.gt(0); env.m2 = b.gt(0);
env.M = U(1000000).reshape(1000, 1000); env.Mb = env.M.gt(0);
env.s = rng0.integers(0, 1000, 1000000); env.s2 = rng0.integers(0, 1000, 1000000); env.s3 = rng0.integers(0, 2000, 10000); env.s4 = rng0.integers(0, 4, 1000000);
env.b1 = np.abs(b); env.edges = np.linspace(-1, 1, 50); env.srt = np.linspace(-1, 1, 10000);
env.T3 = U(1000000).reshape(100, 100, 100); env.idx1k = rng0.integers(0, 1000, 1000); env.a2 = a.copy(); env.idx = rng0.integers(0, 1000000, 1000000);
env.IM = np.argsort(env.M, 1); env.a1k = U(1000); env.b1k = U(1000); env.S = U(40000).reshape(200, 200); env.S1 = U(1000).reshape(200, 5); env.S100 = U(10000).reshape(100, 100);
const X = U(90000).reshape(300, 300); env.P = np.add(np.matmul(X, X.T), np.multiply(np.eye(300), 300));
env.C = U(1000000).reshape(100, 10000); env.p10 = U(10); env.V3 = U(300000).reshape(100000, 3); env.V3b = U(300000).reshape(100000, 3);
env.a65 = U(65536); env.M512 = U(512 * 512).reshape(512, 512); env.rng = np.random.default_rng(0);
env.list1e5 = a.get(':100000').tolist(); env.M100 = U(10000).reshape(100, 100); env.SW_IN = path.join(here, 'sw_in.txt'); env.SW_OUT = path.join(tmpdir(), 'numtype-sweep.txt'); np.savetxt(env.SW_IN, env.M100);
env.bytes8 = a.tobytes();
const cases = readFileSync(path.join(here, 'cases.txt'), 'utf8').trim().split('\n').map((l) => l.split('|'));
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;
const out = {};
for (const [name, js] of cases) {
  if (only && !only.test(name)) continue;
  let fn;
  try { fn = new Function(...Object.keys(env), `return () => ${js};`)(...Object.values(env)); fn(); } catch (e) { out[name] = { error: String(e.message).slice(0, 100) }; continue; }
  let n = 1; for (;;) { const t0 = performance.now(); for (let k = 0; k < n; k++) fn(); const t = performance.now() - t0; if (t > 20) break; n *= 2; }
  const ts = []; for (let r = 0; r < 5; r++) { const t0 = performance.now(); for (let k = 0; k < n; k++) fn(); ts.push((performance.now() - t0) / n); }
  ts.sort((x, y) => x - y); out[name] = { ms: ts[2] };
}
writeFileSync(path.join(here, 'js.json'), JSON.stringify(out));
