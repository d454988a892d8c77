/**
 * The API reference's examples (issue 9): every `## name` section of docs/api-examples/*.md
 * has a ```ts block (numtype) and a ```python block (NumPy) that print the same text.
 *
 * - fixture suite: each ts block's output equals what its python block printed under
 *   NumPy (test/fixtures/api_examples.json, from scripts/fixtures/gen_api_examples.py);
 * - format: every section has one prose line and one block of each language;
 * - completeness: every name of ../shared/numpy-api.txt (found from the repository root,
 *   as test/coverage.test.ts does) has exactly one section, and no section names anything
 *   else;
 * - live suite (python3 with NumPy only): the python blocks are run directly instead.
 *
 * Sections of KNOWN_OUTPUT (test/docs/known.ts) are skipped with their reason while they
 * fail, and fail once they pass.
 *
 * The ts blocks run against the numtype compiled with these tests (dist/src), in a few
 * child processes (scripts/docs/run-ts.mjs), not one process per section.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { hasNumpy, loadFixture } from '../helpers.js';
import { docsScript, type ExamplesLib, type RunResult, runAllTs } from './harness.js';
import { KNOWN_OUTPUT } from './known.js';

const lib = await docsScript<ExamplesLib>('examples');
const { sections, errors } = lib.allSections();
const FIXTURE = path.join(process.cwd(), 'test', 'fixtures', 'api_examples.json');
const fixture: Record<string, string> = existsSync(FIXTURE) ? loadFixture('api_examples') : {};

/** Why a ts result does not match the expected text, or null when it does. */
function mismatch(expected: string, got: RunResult): string | null {
  const diffs = lib.diffOutputs(expected, got.out);
  if (got.error === null && diffs.length === 0) return null;
  const head = got.error === null ? 'numtype printed something else' : `numtype threw ${got.error}`;
  return `${head}\n${diffs.join('\n')}\n--- NumPy printed:\n${expected}--- numtype printed:\n${got.out}`;
}

describe('API examples: format', () => {
  test('every section has one prose line, one ts block and one python block', () => {
    const msgs = errors.map((e) => `${e.file}:${e.line} ${e.name}: ${e.message}`);
    assert.deepEqual(msgs, []);
  });

  test('no name has two sections', () => {
    const first = new Map<string, string>();
    const dups: string[] = [];
    for (const s of sections) {
      const where = `${s.file}:${s.line}`;
      const prev = first.get(s.name);
      if (prev === undefined) first.set(s.name, where);
      else dups.push(`${s.name} at ${where} and ${prev}`);
    }
    assert.deepEqual(dups, []);
  });
});

const targets = lib.targetNames(process.cwd());
describe('API examples: completeness against shared/numpy-api.txt', {
  skip: targets === null ? 'target list ../shared/numpy-api.txt not found' : false,
}, () => {
  const names = new Set(sections.map((s) => s.name));
  const wanted = new Set(targets ?? []);
  const missing = (targets ?? []).filter((n) => !names.has(n));
  test('no section names something outside the list', () => {
    const extra = sections
      .filter((s) => !wanted.has(s.name))
      .map((s) => `${s.file}:${s.line} ${s.name}`);
    assert.deepEqual(extra, []);
  });
  test('every listed name has a section', () => {
    assert.deepEqual(missing, [], `${missing.length} of ${wanted.size} names have no example`);
  });
});

describe('API examples: numtype prints what NumPy printed (fixture)', () => {
  let results: Map<string, RunResult>;
  before(async () => {
    results = await runAllTs(lib, sections);
  });
  for (const s of sections) {
    const known = KNOWN_OUTPUT[s.name];
    test(`${s.name} (${s.file}:${s.line})`, (t) => {
      const expected = fixture[s.name];
      assert.ok(
        expected !== undefined,
        `no fixture for ${s.name}: run python3 scripts/fixtures/gen_api_examples.py (it leaves out, with a message, sections whose python block raises)`,
      );
      const why = mismatch(expected, results.get(s.name)!);
      if (known === undefined) {
        if (why !== null) assert.fail(why);
        return;
      }
      assert.notEqual(why, null, `${s.name} passes now: remove it from KNOWN_OUTPUT`);
      t.skip(`known failure: ${known}`);
    });
  }
});

describe('API examples: live against NumPy', {
  skip: hasNumpy() ? false : 'python3 with NumPy not available',
}, () => {
  let results: Map<string, RunResult>;
  let python: Map<string, RunResult>;
  before(async () => {
    // one after the other: a few examples write and read back a file of the same name in
    // both languages (np.save / np.load), which must not race
    results = await runAllTs(lib, sections);
    python = await lib.runPython(sections);
  });
  test('every python block runs and numtype prints the same', () => {
    const failures: string[] = [];
    for (const s of sections) {
      const py = python.get(s.name)!;
      if (py.error !== null) {
        failures.push(`${s.name}: python raised ${py.error}`);
        continue;
      }
      const why = mismatch(py.out, results.get(s.name)!);
      if (why !== null && !(s.name in KNOWN_OUTPUT))
        failures.push(`${s.name} (${s.file}:${s.line}): ${why.split('\n')[0]}`);
    }
    assert.deepEqual(failures, []);
  });
});
