/**
 * `npm run bundle`: numtype as one ES module for browsers, with the WebAssembly kernels
 * embedded (src/_core/kernels/wasm_bytes.generated.ts, from `npm run build:wasm`).
 *
 *   dist/browser/numtype.js       readable, with numtype.js.map
 *   dist/browser/numtype.min.js   minified, with numtype.min.js.map
 *
 * Use: `<script type="module">import * as np from './numtype.js'; …</script>`. The module's
 * top-level await compiles the kernels first (scripts/browser/entry.ts). `buildBundle()` is
 * also what test/browser/*.test.ts and the playground call, in memory.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ENTRY = path.join(ROOT, 'scripts', 'browser', 'entry.ts');
const WASM_BYTES = path.join(ROOT, 'src', '_core', 'kernels', 'wasm_bytes.generated.ts');

/**
 * Fail the build when anything would pull a `node:` module into the page: numtype reaches
 * Node's fs/path only at call time (src/lib/npyio/nodefs.ts, process.getBuiltinModule).
 */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => ({
      errors: [
        {
          text: `the browser bundle must not import ${args.path} (imported by ${path.relative(ROOT, args.importer)})`,
        },
      ],
    }));
  },
};

/** esbuild options shared by every browser build of numtype. */
export function bundleOptions({ minify = false } = {}) {
  return {
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // top-level await, BigInt64Array, class fields: every browser with WebAssembly SIMD has them
    target: ['es2022', 'chrome91', 'firefox89', 'safari16.4'],
    minify,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [noNodeBuiltins],
  };
}

function checkWasm() {
  if (!existsSync(WASM_BYTES)) {
    throw new Error(`${path.relative(ROOT, WASM_BYTES)} is missing: run \`npm run build:wasm\``);
  }
}

/** The bundle's source text, built in memory (no files written). */
export async function bundleCode({ minify = false } = {}) {
  checkWasm();
  const r = await esbuild.build({
    ...bundleOptions({ minify }),
    write: false,
    outfile: 'numtype.js',
  });
  return r.outputFiles[0].text;
}

/** Write dist/browser/numtype.js and numtype.min.js (with source maps); returns their paths. */
export async function writeBundles(outdir = path.join(ROOT, 'dist', 'browser')) {
  checkWasm();
  const files = [];
  for (const [name, minify] of [
    ['numtype.js', false],
    ['numtype.min.js', true],
  ]) {
    const outfile = path.join(outdir, name);
    await esbuild.build({ ...bundleOptions({ minify }), outfile, sourcemap: 'linked' });
    files.push(outfile);
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  try {
    for (const f of await writeBundles()) {
      console.log(`${path.relative(ROOT, f)}  ${(statSync(f).size / 1024).toFixed(0)} KiB`);
    }
    console.log(`bundled in ${(performance.now() - t0).toFixed(0)} ms`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  }
}
