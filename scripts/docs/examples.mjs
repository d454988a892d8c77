/**
 * The API examples (issue 9): parse docs/api-examples/*.md and run their blocks.
 *
 * Format (docs_examples_format in the issue): each `## <qualified name>` section has one
 * line of prose, one ```ts block and one ```python block that must print the same text.
 * Used by scripts/docs/check-examples.mjs (the authoring checker), scripts/docs/build.mjs
 * (the reference pages) and test/docs/*.test.ts (fixture and live comparisons).
 *
 * TypeScript blocks are transpiled with esbuild (types stripped, not checked) and run as
 * ES modules in child processes (scripts/docs/run-ts.mjs) with `np` and `print` in scope;
 * Python blocks run in one python3 process (scripts/docs/run_python.py), each section in a
 * fresh namespace with `np` imported.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { numpyEnv } from '../numpy_env.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLES_DIR = path.join(ROOT, 'docs', 'api-examples');
const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * The sections of one examples file: `{ name, prose, ts, python, line }` each, and the
 * format errors found (`{ name, line, message }`), e.g. a missing block or extra prose.
 */
export function parseExamples(text) {
  const lines = text.split('\n');
  const sections = [];
  const errors = [];
  let cur = null;
  let fence = null; // { lang, start, body[] } while inside a code block
  const close = () => {
    if (cur === null) return;
    const where = { name: cur.name, line: cur.line };
    if (cur.prose.length === 0) errors.push({ ...where, message: 'no prose line' });
    else if (cur.prose.length > 1)
      errors.push({ ...where, message: `${cur.prose.length} prose lines, expected one` });
    for (const lang of ['ts', 'python']) {
      const n = cur.blocks[lang].length;
      if (n !== 1) errors.push({ ...where, message: `${n} \`\`\`${lang} blocks, expected one` });
    }
    for (const lang of cur.otherBlocks)
      errors.push({ ...where, message: `unexpected \`\`\`${lang || '(no language)'} block` });
    sections.push({
      name: cur.name,
      line: cur.line,
      prose: cur.prose.join(' '),
      ts: cur.blocks.ts[0] ?? '',
      python: cur.blocks.python[0] ?? '',
    });
    cur = null;
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (fence !== null) {
      if (/^```\s*$/.test(line)) {
        const body = `${fence.body.join('\n')}\n`;
        if (cur !== null) {
          if (fence.lang === 'ts' || fence.lang === 'python') cur.blocks[fence.lang].push(body);
          else cur.otherBlocks.push(fence.lang);
        }
        fence = null;
      } else fence.body.push(line);
      return;
    }
    const open = /^```\s*(\S*)\s*$/.exec(line);
    if (open) {
      fence = { lang: open[1], body: [] };
      return;
    }
    const head = /^## +(.+?)\s*$/.exec(line);
    if (head) {
      close();
      cur = {
        name: head[1].replace(/^`(.*)`$/, '$1'),
        line: i + 1,
        prose: [],
        blocks: { ts: [], python: [] },
        otherBlocks: [],
      };
      return;
    }
    if (cur !== null && line.trim() !== '') {
      // a paragraph continued on the next line still counts as one prose line
      const last = lines[i - 1]?.trim() ?? '';
      if (cur.prose.length > 0 && last !== '') cur.prose[cur.prose.length - 1] += ` ${line.trim()}`;
      else cur.prose.push(line.trim());
    }
  });
  if (fence !== null)
    errors.push({ name: cur?.name ?? '', line: lines.length, message: 'unclosed code block' });
  close();
  return { sections, errors };
}

/** docs/api-examples/*.md, sorted (every file there, so new ones are picked up). */
export function exampleFiles(dir = EXAMPLES_DIR) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Every section of every examples file, each tagged with its `file` (relative to ROOT). */
export function allSections(dir = EXAMPLES_DIR) {
  const sections = [];
  const errors = [];
  for (const file of exampleFiles(dir)) {
    const rel = path.relative(ROOT, file);
    const parsed = parseExamples(readFileSync(file, 'utf8'));
    for (const s of parsed.sections) sections.push({ ...s, file: rel });
    for (const e of parsed.errors) errors.push({ ...e, file: rel });
  }
  return { sections, errors };
}

/**
 * The target names (`np.add`, `ndarray.T`, `np.random.Generator.integers`…) of
 * ../shared/numpy-api.txt beside the repository, or null when it is not there.
 */
export function targetNames(root = ROOT) {
  const file = path.resolve(root, '..', 'shared', 'numpy-api.txt');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [ns, name] = l.split(/\s+/);
      return `${ns}.${name}`;
    });
}

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/**
 * Transpile src/ and examples/_python.ts to JavaScript in a temporary directory (esbuild,
 * file by file: no bundling, so `new URL('./x.js', import.meta.url)` workers still resolve)
 * and return the URLs of numtype's index and of `print`. Well under a second.
 */
export function buildFromSource(root = ROOT) {
  const outdir = mkdtempSync(path.join(tmpdir(), 'numtype-docs-'));
  esbuild.buildSync({
    entryPoints: [...walk(path.join(root, 'src')), path.join(root, 'examples', '_python.ts')],
    outbase: root,
    outdir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
  writeFileSync(path.join(outdir, 'package.json'), '{"type":"module"}\n');
  // The tree imports its dependencies (fflate for .npz): resolve them from the repo's.
  const modules = path.join(root, 'node_modules');
  if (existsSync(modules)) symlinkSync(modules, path.join(outdir, 'node_modules'), 'dir');
  return {
    npUrl: pathToFileURL(path.join(outdir, 'src', 'index.js')).href,
    printUrl: pathToFileURL(path.join(outdir, 'examples', '_python.js')).href,
    dir: outdir,
  };
}

/** The numtype tree compiled by tsc into `dist` (e.g. the dist/ of the running tests). */
export function compiledTree(dist) {
  return {
    npUrl: pathToFileURL(path.join(dist, 'src', 'index.js')).href,
    printUrl: pathToFileURL(path.join(dist, 'examples', '_python.js')).href,
  };
}

function runChild(cmd, args, input, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: numpyEnv });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: `${stderr}${err.message}`, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
    child.stdin.end(input);
  });
}

/**
 * Run the ts blocks of `sections` (each `{ name, ts }`) against the numtype at
 * `tree` ({ npUrl, printUrl }), spread over `workers` child processes. Resolves to a Map
 * name → `{ out, error }` (error: the thrown error's `Name: message`, or null).
 */
export async function runTs(sections, tree, { workers = 1, timeoutMs = 120_000 } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'numtype-examples-'));
  const prelude = path.join(dir, '_prelude.mjs');
  writeFileSync(
    prelude,
    `export * as np from ${JSON.stringify(tree.npUrl)};\nexport { print } from ${JSON.stringify(tree.printUrl)};\n`,
  );
  const results = new Map();
  const jobs = [];
  sections.forEach((s, i) => {
    let code;
    try {
      code = esbuild.transformSync(s.ts, { loader: 'ts', format: 'esm', target: 'node20' }).code;
    } catch (err) {
      const msg = err.errors?.map((e) => `${e.location?.line ?? '?'}: ${e.text}`).join('; ');
      results.set(s.name, { out: '', error: `TypeScript syntax: ${msg ?? err.message}` });
      return;
    }
    const sub = path.join(dir, String(i));
    mkdirSync(sub);
    const file = path.join(sub, 'example.mjs');
    writeFileSync(file, `import { np, print } from '../_prelude.mjs';\n${code}`);
    jobs.push({ name: s.name, url: pathToFileURL(file).href });
  });
  const n = Math.max(1, Math.min(workers, jobs.length));
  const chunks = Array.from({ length: n }, () => []);
  // round-robin keeps each file's sections spread over the workers (similar costs)
  jobs.forEach((j, i) => {
    chunks[i % n].push(j);
  });
  const runner = path.join(HERE, 'run-ts.mjs');
  await Promise.all(
    chunks.map(async (chunk) => {
      if (chunk.length === 0) return;
      const r = await runChild(
        process.execPath,
        [runner],
        JSON.stringify({ prelude: pathToFileURL(prelude).href, modules: chunk }),
        timeoutMs,
      );
      const got = new Map();
      for (const line of r.stdout.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const rec = JSON.parse(line);
          got.set(rec.name, rec);
        } catch {}
      }
      for (const j of chunk) {
        const rec = got.get(j.name);
        if (rec) results.set(j.name, { out: rec.out, error: rec.error });
        else if (r.timedOut)
          results.set(j.name, {
            out: '',
            error: `timed out (worker killed after ${timeoutMs} ms)`,
          });
        else
          results.set(j.name, {
            out: '',
            error: `worker exited with ${r.code} before this section: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`,
          });
      }
    }),
  );
  rmSync(dir, { recursive: true, force: true });
  return results;
}

/**
 * Run the python blocks of `sections` in one python3 process (NumPy imported, a fresh
 * namespace per section). Resolves to a Map name → `{ out, error }`.
 */
export async function runPython(sections, { timeoutMs = 300_000 } = {}) {
  const input = JSON.stringify(sections.map((s) => ({ name: s.name, code: s.python })));
  const r = await runChild('python3', [path.join(HERE, 'run_python.py')], input, timeoutMs);
  const results = new Map();
  let parsed = null;
  try {
    parsed = JSON.parse(r.stdout);
  } catch {}
  for (const s of sections) {
    const rec = parsed?.[s.name];
    if (rec) results.set(s.name, rec);
    else
      results.set(s.name, {
        out: '',
        error: r.timedOut
          ? 'python timed out'
          : `python3 failed (${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`,
      });
  }
  return results;
}

/** Every difference between the expected (NumPy) and the got (numtype) text; [] if equal. */
export function diffOutputs(expected, got) {
  if (expected === got) return [];
  const e = expected.replace(/\n$/, '').split('\n');
  const g = got.replace(/\n$/, '').split('\n');
  const diffs = [];
  for (let i = 0; i < Math.max(e.length, g.length); i++) {
    if (e[i] === g[i]) continue;
    if (e[i] === undefined) diffs.push(`line ${i + 1}: extra    ${JSON.stringify(g[i])}`);
    else if (g[i] === undefined) diffs.push(`line ${i + 1}: missing  ${JSON.stringify(e[i])}`);
    else
      diffs.push(
        `line ${i + 1}:\n    NumPy:   ${JSON.stringify(e[i])}\n    numtype: ${JSON.stringify(g[i])}`,
      );
  }
  if (diffs.length === 0) diffs.push('differs only in the final newline');
  return diffs;
}

/**
 * Type-check the ts blocks against numtype's declarations (src/, through tsc with the
 * repository's strict options), each as its own module with `np` and `print` imported.
 * Resolves to a Map name → list of `line N: TSxxxx message` (empty when it type-checks).
 */
export async function typecheckTs(sections, { root = ROOT, timeoutMs = 300_000 } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'numtype-typecheck-'));
  const prelude = [
    `import * as np from ${JSON.stringify(path.join(root, 'src', 'index.js'))};`,
    `import { print } from ${JSON.stringify(path.join(root, 'examples', '_python.js'))};`,
  ];
  const files = sections.map((s, i) => {
    const file = path.join(dir, `s${i}.ts`);
    writeFileSync(file, `${prelude.join('\n')}\n${s.ts}\nexport {};\n`);
    return file;
  });
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: path.join(root, 'tsconfig.json'),
      compilerOptions: {
        noEmit: true,
        rootDir: '/',
        typeRoots: [path.join(root, 'node_modules', '@types')],
        noUnusedLocals: false,
      },
      include: files,
    }),
  );
  const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
  const r = await runChild(
    tsc,
    ['-p', path.join(dir, 'tsconfig.json'), '--pretty', 'false'],
    '',
    timeoutMs,
  );
  const results = new Map(sections.map((s) => [s.name, []]));
  const byFile = new Map(files.map((f, i) => [f, sections[i]]));
  const otherErrors = [];
  for (const line of r.stdout.split('\n')) {
    const m = /^(.*?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (!m) continue;
    const s = byFile.get(path.resolve(dir, m[1])) ?? byFile.get(m[1]);
    const msg = `line ${Number(m[2]) - prelude.length}: ${m[4]} ${m[5]}`;
    const list = s ? results.get(s.name) : otherErrors;
    // tsc repeats an error reported at the same place for several overloads: keep one
    if (!list.includes(s ? msg : line)) list.push(s ? msg : line);
  }
  if (r.timedOut) for (const v of results.values()) v.push('tsc timed out');
  rmSync(dir, { recursive: true, force: true });
  return { results, otherErrors };
}
