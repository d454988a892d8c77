/**
 * `npm run playground`: a page where you type numtype code (TypeScript or JavaScript) and see
 * what it prints, with the seeds' lessons (examples/*.ts) preloaded in a picker.
 *
 * Serves, from 127.0.0.1 (port $PORT or 8080; 0 picks a free one):
 *   /                    playground/index.html (+ /playground.js, /worker.js, /playground.css)
 *   /numtype.js          numtype's browser bundle (scripts/browser/bundle.mjs), built at start
 *   /python.js           examples/_python.ts (Python's print/str), importing /numtype.js
 *   /lessons.json        the lessons: [{ name, title, node }] (node: needs Node's file system)
 *   /lessons/<name>.ts   a lesson's source
 *   POST /transpile      TypeScript in, an ES module out (esbuild): imports of numtype
 *                        ('../src/index.js', 'numtype') and './_python.js' are pointed at the
 *                        two modules above; anything else is Python's ModuleNotFoundError.
 * The code runs in a module worker of the page (playground/worker.js), so a long loop never
 * freezes the page and the Stop button can end it.
 * `startPlayground()` is what test/browser/playground.test.ts uses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { bundleCode, ROOT } from './bundle.mjs';

const PAGE_DIR = path.join(ROOT, 'playground');
const EXAMPLES = path.join(ROOT, 'examples');
/** Largest program the transpile endpoint accepts. */
const MAX_SOURCE = 1 << 20;

const STATIC = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/index.html': ['index.html', 'text/html; charset=utf-8'],
  '/playground.js': ['playground.js', 'text/javascript; charset=utf-8'],
  '/worker.js': ['worker.js', 'text/javascript; charset=utf-8'],
  '/playground.css': ['playground.css', 'text/css; charset=utf-8'],
};

/** Module specifiers a program may import, and the served module each one means. */
const MODULES = new Map([
  ['numtype', '/numtype.js'],
  ['../src/index.js', '/numtype.js'],
  ['../src/index.ts', '/numtype.js'],
  ['./_python.js', '/python.js'],
  ['./_python.ts', '/python.js'],
]);

/**
 * esbuild plugin: point the known imports at `origin` + the served module, refuse the rest
 * with Python's error (the message names the module, as `import foo` would in Python).
 */
function servedModules(origin) {
  return {
    name: 'served-modules',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const served = MODULES.get(args.path);
        if (served !== undefined) return { path: origin + served, external: true };
        return { errors: [{ text: `ModuleNotFoundError: No module named '${args.path}'` }] };
      });
    },
  };
}

/** examples/_python.ts as a module importing numtype from /numtype.js. */
async function pythonModule() {
  const r = await esbuild.build({
    entryPoints: [path.join(EXAMPLES, '_python.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outfile: 'python.js',
    logLevel: 'silent',
    plugins: [servedModules('')],
  });
  return r.outputFiles[0].text;
}

/** The lessons: every examples/*.ts but the helpers, with the title from its first line. */
export function lessons() {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const src = readFileSync(path.join(EXAMPLES, f), 'utf8');
      const first = src.split('\n', 1)[0] ?? '';
      return {
        name: f.slice(0, -3),
        title: first.startsWith('//') ? first.slice(2).trim() : f.slice(0, -3),
        node: /from 'node:/.test(src),
      };
    });
}

/** One esbuild message as Python shows a compile error: `SyntaxError: … (line n)`. */
function syntaxError(e) {
  const m = e.errors?.[0];
  if (!m) return `SyntaxError: ${e.message}`;
  if (m.text.startsWith('ModuleNotFoundError')) return m.text;
  const where = m.location ? ` (line ${m.location.line})` : '';
  return `SyntaxError: ${m.text}${where}`;
}

/** Transpile a program to an ES module whose imports are absolute URLs under `origin`. */
export async function transpile(source, origin) {
  try {
    const r = await esbuild.build({
      stdin: { contents: source, loader: 'ts', sourcefile: 'main.ts', resolveDir: EXAMPLES },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      plugins: [servedModules(origin)],
    });
    return { code: r.outputFiles[0].text };
  } catch (e) {
    return { error: syntaxError(e) };
  }
}

function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Start the playground server; resolves to `{ url, close() }` once it listens.
 * @example const pg = await startPlayground({ port: 0 }); console.log(pg.url); await pg.close();
 */
export async function startPlayground({ port = 8080, host = '127.0.0.1' } = {}) {
  const [numtype, python] = await Promise.all([bundleCode(), pythonModule()]);
  const send = (res, status, type, body) =>
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  const json = (res, status, v) => send(res, status, 'application/json', JSON.stringify(v));

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const p = url.pathname;
      if (req.method === 'POST' && p === '/transpile') {
        let source;
        try {
          source = await readBody(req, MAX_SOURCE);
        } catch {
          return json(res, 413, { error: 'MemoryError: the program is larger than 1 MiB' });
        }
        const origin = `http://${req.headers.host ?? `${host}:${server.address().port}`}`;
        return json(res, 200, await transpile(source, origin));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', '');
      const file = STATIC[p];
      if (file) return send(res, 200, file[1], readFileSync(path.join(PAGE_DIR, file[0])));
      if (p === '/numtype.js') return send(res, 200, 'text/javascript; charset=utf-8', numtype);
      if (p === '/python.js') return send(res, 200, 'text/javascript; charset=utf-8', python);
      if (p === '/lessons.json') return json(res, 200, lessons());
      const lesson = /^\/lessons\/([a-z0-9_]+)\.ts$/.exec(p);
      const src = lesson && path.join(EXAMPLES, `${lesson[1]}.ts`);
      if (src && !lesson[1].startsWith('_') && existsSync(src)) {
        return send(res, 200, 'text/plain; charset=utf-8', readFileSync(src));
      }
      if (p === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      return send(res, 404, 'text/plain', 'not found');
    } catch (e) {
      return send(res, 500, 'text/plain', String(e));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const addr = server.address();
  return {
    url: `http://${host}:${addr.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  try {
    const pg = await startPlayground({ port });
    console.log(`numtype playground: ${pg.url}  (Ctrl+C to stop)`);
    const stop = () => pg.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    console.error(`playground: ${e instanceof Error ? e.message : e}`);
    process.exitCode = 1;
  }
}
