/**
 * Coverage, made checkable (issue 8): every name of ../shared/numpy-api.txt exists at
 * its place in numtype (np.X, np.linalg.X, np.fft.X, np.random.X, Generator methods,
 * ndarray attributes and methods), except the entries of coverage-exclusions.txt.
 *
 * The target list is found as scripts/coverage.mjs finds it: `../shared/numpy-api.txt`
 * from the repository root (the cwd of the test run, as for fixtures). Without it the
 * test is skipped with a message.
 *
 * coverage-exclusions.txt: each line `<namespace> <name>  <reason>`; entries before the
 * `# pending (being implemented)` comment are names that cannot exist in JavaScript and
 * need a reason; entries after it are names still being written, and each must be
 * absent (so the pending list cannot go stale).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as np from '../src/index.js';

const TARGET = path.resolve(process.cwd(), '..', 'shared', 'numpy-api.txt');
const EXCLUSIONS = path.resolve(process.cwd(), 'coverage-exclusions.txt');

interface Exclusion {
  key: string;
  reason: string;
  pending: boolean;
  line: number;
}

function readExclusions(): Exclusion[] {
  if (!existsSync(EXCLUSIONS)) return [];
  const out: Exclusion[] = [];
  let pending = false;
  readFileSync(EXCLUSIONS, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const l = raw.trim();
      if (!l) return;
      if (l.startsWith('#')) {
        if (/^#\s*pending\b/i.test(l)) pending = true;
        return;
      }
      const [ns, name, ...reason] = l.split(/\s+/);
      out.push({
        key: `${ns} ${name}`,
        reason: reason.join(' ').replace(/^[-—:]\s*/, ''),
        pending,
        line: i + 1,
      });
    });
  return out;
}

const sample = np.zeros([2, 2]);
const rng = np.random.default_rng(0);
const lookup: Record<string, (n: string) => boolean> = {
  np: (n) => n in np,
  'np.linalg': (n) => n in np.linalg,
  'np.fft': (n) => n in np.fft,
  'np.random': (n) => n in np.random,
  'np.random.Generator': (n) => n in (rng as object),
  ndarray: (n) => n in sample,
};

const skip = existsSync(TARGET)
  ? false
  : `target list not found at ${TARGET}: coverage not checked`;

describe('API coverage of shared/numpy-api.txt', { skip }, () => {
  const targets = skip
    ? []
    : readFileSync(TARGET, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split(/\s+/).slice(0, 2).join(' '));
  const exclusions = readExclusions();
  const byKey = new Map(exclusions.map((e) => [e.key, e]));
  const exists = (key: string): boolean => {
    const [ns, name] = key.split(' ') as [string, string];
    const has = lookup[ns];
    assert.ok(has, `unknown namespace '${ns}' in the target list`);
    return has(name);
  };

  it('the exclusion list is well-formed', () => {
    const seen = new Set<string>();
    const targetSet = new Set(targets);
    for (const e of exclusions) {
      assert.ok(!seen.has(e.key), `coverage-exclusions.txt:${e.line}: '${e.key}' listed twice`);
      seen.add(e.key);
      assert.ok(
        targetSet.has(e.key),
        `coverage-exclusions.txt:${e.line}: '${e.key}' is not in the target list`,
      );
      if (!e.pending) {
        assert.ok(
          e.reason.length > 0,
          `coverage-exclusions.txt:${e.line}: '${e.key}' needs a reason why it cannot exist in JavaScript`,
        );
      }
    }
  });

  it('every target name exists at its place, except the exclusions', () => {
    const missing = targets.filter((k) => !byKey.has(k) && !exists(k));
    assert.deepEqual(missing, [], `missing from numtype: ${missing.join(', ')}`);
  });

  it('no excluded or pending name exists (the list cannot go stale)', () => {
    const present = exclusions.filter((e) => exists(e.key));
    assert.deepEqual(
      present.map((e) => `${e.key}${e.pending ? ' (pending)' : ''}`),
      [],
      'these names exist now: remove them from coverage-exclusions.txt',
    );
  });
});
