/**
 * numtype for Node as one ES module: `dist/node/numtype.js` (the package's import entry)
 * and `dist/node/gemm_worker.js` (the matrix-product worker, which threads.ts starts from
 * the URL next to the module). Run by `npm run build` after tsc.
 *
 * Why: Node's ES-module loader resolves, reads, compiles and links each of numtype's ~360
 * modules one by one; measured here (Node 20, 2-core EPYC), `import('numtype')` took
 * 330-380 ms from dist/src and 130-180 ms from the bundle. dist/src stays what the tests
 * and the type declarations use; test/bundle.test.ts checks that the bundle exports the
 * same names and prints the same results.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WASM_BYTES = path.join(ROOT, 'src', '_core', 'kernels', 'wasm_bytes.generated.ts');

/** Write dist/node/numtype.js and gemm_worker.js (with source maps); returns their paths. */
export async function writeNodeBundle(outdir = path.join(ROOT, 'dist', 'node')) {
  if (!existsSync(WASM_BYTES)) {
    throw new Error(`${path.relative(ROOT, WASM_BYTES)} is missing: run \`npm run build:wasm\``);
  }
  await esbuild.build({
    entryPoints: {
      numtype: path.join(ROOT, 'src', 'index.ts'),
      // threads.ts starts workers from new URL('./gemm_worker.js', import.meta.url)
      gemm_worker: path.join(ROOT, 'src', '_core', 'kernels', 'gemm_worker.ts'),
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return ['numtype.js', 'gemm_worker.js'].map((f) => path.join(outdir, f));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  try {
    for (const f of await writeNodeBundle()) {
      console.log(`${path.relative(ROOT, f)}  ${(statSync(f).size / 1024).toFixed(0)} KiB`);
    }
    console.log(`bundled in ${(performance.now() - t0).toFixed(0)} ms`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  }
}
