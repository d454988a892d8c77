/**
 * The lessons' examples (issue 9): every `examples/<name>.ts` is a line-by-line numtype
 * translation of `examples/python/<name>.py`. Each compiled example runs in a child
 * process and what it prints must equal, line for line, what the Python original printed
 * under NumPy (test/fixtures/examples.json, written by scripts/fixtures/gen_examples.py).
 * Lines NumPy printed starting with `[varies]` (timings, versions) are masked: the
 * numtype line only has to carry the same marker. Examples listed in
 * examples/KNOWN_FAILURES.md are skipped with the reason given there. Where python3 has
 * NumPy, a live variant runs the .py files directly instead of reading the fixture.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { hasNumpy, loadFixture, numpyEnv } from './helpers.js';

const run = promisify(execFile);
// the examples are CPU-bound: more processes than cores only slows each one down
const PARALLEL = Math.max(1, availableParallelism() - 1);

/** The marker that starts a line whose content depends on the machine. */
export const VARIES = '[varies]';

// dist/test/examples.test.js → dist/examples/*.js (compiled with the rest of the tree)
const COMPILED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const SOURCES = path.join(process.cwd(), 'examples');

/** `## \`name\`` headings of KNOWN_FAILURES.md, each with its `**Skip:** reason` line. */
function knownFailures(): Map<string, string> {
  const file = path.join(SOURCES, 'KNOWN_FAILURES.md');
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  let current: string | null = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const head = /^## `(\w+)`\s*$/.exec(line);
    if (head) current = head[1]!;
    const skip = /^\*\*Skip:\*\*\s*(.+)$/.exec(line);
    if (skip && current !== null) {
      out.set(current, skip[1]!.trim());
      current = null;
    }
  }
  return out;
}

/**
 * Every difference between NumPy's output and numtype's, one message per line
 * (masked `[varies]` lines compare only their marker); empty when they match.
 */
export function compareOutput(expected: string, got: string): string[] {
  const e = expected.split('\n');
  const g = got.split('\n');
  const diffs: string[] = [];
  for (let i = 0; i < Math.max(e.length, g.length); i++) {
    const want = e[i];
    const have = g[i];
    if (want === undefined) diffs.push(`line ${i + 1}: extra output ${JSON.stringify(have)}`);
    else if (have === undefined)
      diffs.push(`line ${i + 1}: missing, NumPy printed ${JSON.stringify(want)}`);
    else if (want.startsWith(VARIES) ? !have.startsWith(VARIES) : want !== have)
      diffs.push(
        `line ${i + 1}:\n  NumPy:   ${JSON.stringify(want)}\n  numtype: ${JSON.stringify(have)}`,
      );
  }
  return diffs;
}

const outputs = new Map<string, Promise<string>>();
/** stdout of one compiled example, run once and shared by the fixture and live suites. */
function runExample(name: string): Promise<string> {
  let out = outputs.get(name);
  if (out === undefined) {
    out = spawnExample(name);
    outputs.set(name, out);
  }
  return out;
}

/** stdout of one compiled example (stderr and the exit code in the error when it fails). */
async function spawnExample(name: string): Promise<string> {
  try {
    const r = await run(process.execPath, [path.join(COMPILED, `${name}.js`)], {
      cwd: process.cwd(),
      maxBuffer: 1 << 26,
      timeout: 300_000,
    });
    return r.stdout;
  } catch (err) {
    const e = err as { code?: unknown; stdout?: string; stderr?: string };
    const stderr = (e.stderr ?? '').trim().split('\n').slice(0, 12).join('\n');
    throw new Error(
      `${name}.js exited with ${String(e.code)}\nstdout so far:\n${e.stdout ?? ''}\nstderr:\n${stderr}`,
    );
  }
}

function check(name: string, expected: string, got: string): void {
  const diffs = compareOutput(expected, got);
  assert.equal(
    diffs.length,
    0,
    `${name}: ${diffs.length} line(s) differ from NumPy\n${diffs.slice(0, 20).join('\n')}`,
  );
}

const compiled = existsSync(COMPILED)
  ? readdirSync(COMPILED)
      .filter((f) => f.endsWith('.js') && !f.startsWith('_'))
      .map((f) => f.slice(0, -3))
      .sort()
  : [];
const notCompiled =
  compiled.length === 0
    ? 'examples/*.ts are not compiled: add "examples/**/*.ts" to tsconfig.json "include"'
    : false;
const fixture = loadFixture<Record<string, { stdout: string }>>('examples');
const known = knownFailures();

describe('examples: numtype translations print what NumPy prints', {
  concurrency: PARALLEL,
}, () => {
  test('every example has a NumPy original and every original a translation', {
    skip: notCompiled,
  }, () => {
    assert.deepEqual(compiled, Object.keys(fixture).sort());
  });
  test('every known failure names an existing example', () => {
    for (const name of known.keys()) assert.ok(name in fixture, `${name} is not an example`);
  });
  for (const name of Object.keys(fixture).sort()) {
    test(name, { skip: notCompiled || known.get(name) || false }, async () => {
      check(name, fixture[name]!.stdout, await runExample(name));
    });
  }
});

describe('examples: live against python3 + NumPy', { concurrency: PARALLEL }, () => {
  const skipLive = !hasNumpy() ? 'python3 with NumPy is not available' : notCompiled;
  for (const name of Object.keys(fixture).sort()) {
    test(name, { skip: skipLive || known.get(name) || false }, async () => {
      const [py, ts] = await Promise.all([
        run('python3', [path.join(SOURCES, 'python', `${name}.py`)], {
          cwd: process.cwd(),
          env: numpyEnv,
          maxBuffer: 1 << 26,
          timeout: 300_000,
        }),
        runExample(name),
      ]);
      check(name, py.stdout, ts);
    });
  }
});
