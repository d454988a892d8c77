#!/usr/bin/env node
/**
 * Check API example sections against NumPy:
 *
 *   node scripts/docs/check-examples.mjs docs/api-examples/<file>.md... [name...]
 *
 * Runs each section's ```python block under python3 + NumPy and its ```ts block under
 * numtype (compiled fresh from src/ with esbuild, so no stale dist/), prints PASS/FAIL per
 * section with a line diff, format errors (missing prose or block, names that are not in
 * ../shared/numpy-api.txt, duplicates) and exits 1 on any failure. Names may be given
 * with or without their namespace prefix (`np.add` or `add`, `ndarray.T` or `T`).
 * Options: `--quiet` prints only failures and the summary; `--workers N` (default 1);
 * `--types` also type-checks each ts block against numtype's declarations with tsc (strict,
 * as a user's project would; about 10 s more).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  buildFromSource,
  diffOutputs,
  parseExamples,
  runPython,
  runTs,
  targetNames,
  typecheckTs,
} from './examples.mjs';

const args = process.argv.slice(2);
let quiet = false;
let workers = 1;
let types = false;
const rest = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--quiet' || args[i] === '-q') quiet = true;
  else if (args[i] === '--workers') workers = Number(args[++i]);
  else if (args[i] === '--types') types = true;
  else rest.push(args[i]);
}
const files = rest.filter((a) => a.endsWith('.md'));
const wanted = rest.filter((a) => !a.endsWith('.md'));
if (files.length === 0) {
  console.error(
    'usage: node scripts/docs/check-examples.mjs <file.md>... [name...] [--quiet] [--types] [--workers N]',
  );
  process.exit(2);
}

const t0 = performance.now();
const all = [];
const formatErrors = [];
for (const file of files) {
  const rel = path.relative(process.cwd(), file);
  const parsed = parseExamples(readFileSync(file, 'utf8'));
  for (const s of parsed.sections) all.push({ ...s, file: rel });
  for (const e of parsed.errors) formatErrors.push({ ...e, file: rel });
}
const matches = (name, w) => name === w || name.endsWith(`.${w}`);
const picked = (name) => wanted.length === 0 || wanted.some((w) => matches(name, w));
const sections = all.filter((s) => picked(s.name));
const errors = formatErrors.filter((e) => picked(e.name));
for (const w of wanted)
  if (!all.some((s) => matches(s.name, w)))
    errors.push({ name: w, line: 0, file: files.join(' '), message: 'no such section' });

const targets = targetNames();
if (targets !== null) {
  const known = new Set(targets);
  for (const s of sections)
    if (!known.has(s.name)) errors.push({ ...s, message: 'not a name of shared/numpy-api.txt' });
}
const seen = new Map();
for (const s of sections) {
  if (seen.has(s.name)) errors.push({ ...s, message: `duplicate (first at ${seen.get(s.name)})` });
  else seen.set(s.name, `${s.file}:${s.line}`);
}

const tree = buildFromSource();
process.on('exit', () => rmSync(tree.dir, { recursive: true, force: true }));
// python after ts, not beside it: some examples write and read back a file of the same
// name in both languages (np.save / np.load), which must not race
const typing = types ? typecheckTs(sections) : null;
const ts = await runTs(sections, tree, { workers });
const py = await runPython(sections);
const typed = await typing;

/** Printed text, indented and marked, for the failure report. */
const block = (text) =>
  text === '' ? '    (nothing)' : text.replace(/\n$/, '').replace(/^/gm, '    | ');

let failed = 0;
for (const s of sections) {
  const p = py.get(s.name);
  const t = ts.get(s.name);
  const problems = [];
  if (p.error) problems.push(`python raised ${p.error}`);
  if (t.error) problems.push(`ts threw ${t.error}`);
  for (const e of typed?.results.get(s.name) ?? []) problems.push(`type error ${e}`);
  problems.push(...diffOutputs(p.out, t.out).map((d) => `  ${d}`));
  if (problems.length === 0) {
    if (!quiet) console.log(`PASS ${s.name}`);
    continue;
  }
  failed++;
  console.log(`FAIL ${s.name}  (${s.file}:${s.line})`);
  for (const pr of problems) console.log(`  ${pr}`);
  if (p.error || t.error) {
    console.log('  --- NumPy printed:');
    console.log(block(p.out));
    console.log('  --- numtype printed:');
    console.log(block(t.out));
  }
}
for (const e of errors) console.log(`FORMAT ${e.name}  (${e.file}:${e.line}): ${e.message}`);
const secs = ((performance.now() - t0) / 1000).toFixed(1);
console.log(
  `\n${files.length === 1 ? path.relative(process.cwd(), files[0]) : `${files.length} files`}: ${sections.length - failed} passed, ${failed} failed, ${errors.length} format errors (${secs} s)`,
);
process.exit(failed || errors.length ? 1 : 0);
