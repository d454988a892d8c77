/**
 * The API examples type-check (issue 9): every ```ts block of docs/api-examples/*.md,
 * as its own module importing numtype's `np` and examples/_python's `print`, compiles
 * under the repository's strict tsconfig against src/ (tsc, run once for all of them).
 * An example that only runs once its types are erased would mislead TypeScript users, and
 * a failure here is often a declaration of numtype that is narrower than NumPy's call.
 *
 * KNOWN_TYPES (test/docs/known.ts) maps a section to the reason it may fail for now (each
 * entry must still fail, so the list cannot go stale).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { docsScript, type Section } from './harness.js';
import { KNOWN_TYPES as KNOWN } from './known.js';

interface TypecheckLib {
  allSections(): { sections: Section[] };
  typecheckTs(
    sections: Section[],
  ): Promise<{ results: Map<string, string[]>; otherErrors: string[] }>;
}

const TSC = path.join(process.cwd(), 'node_modules', '.bin', 'tsc');

describe('API examples: the ts blocks type-check', {
  skip: existsSync(TSC) ? false : `no tsc at ${TSC}`,
}, () => {
  test('every ts block compiles against numtype (strict)', async (t) => {
    const lib = await docsScript<TypecheckLib>('examples');
    const { sections } = lib.allSections();
    const { results, otherErrors } = await lib.typecheckTs(sections);
    const failures: string[] = [];
    const stale: string[] = [];
    for (const s of sections) {
      const errs = results.get(s.name) ?? [];
      if (s.name in KNOWN) {
        if (errs.length === 0) stale.push(s.name);
        else t.diagnostic(`known type failure ${s.name}: ${KNOWN[s.name]}`);
        continue;
      }
      for (const e of errs) failures.push(`${s.name} (${s.file}:${s.line}) ${e}`);
    }
    assert.deepEqual(otherErrors, [], 'tsc errors outside the examples');
    assert.deepEqual(failures, []);
    assert.deepEqual(stale, [], 'KNOWN entries that type-check now: remove them');
  });
});
