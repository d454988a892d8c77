/**
 * The API reference (docs/api/*.md, issue 9) is up to date: scripts/docs/build.mjs,
 * run in memory on the declarations tsc compiled with these tests (dist/src/*.d.ts), the
 * examples (docs/api-examples/*.md) and their outputs (test/fixtures/api_examples.json),
 * gives exactly the committed pages. When this fails, run `npm run docs`.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type BuildLib, docsScript } from './harness.js';

// dist/test/docs/api_pages.test.js → dist/src
const DIST_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

describe('API reference pages (docs/api)', () => {
  test('docs/api matches what npm run docs generates', async () => {
    const lib = await docsScript<BuildLib>('build');
    const pages = lib.renderPages({ distSrc: DIST_SRC, fixture: lib.readFixture() });
    const stale = lib.stalePages(pages);
    assert.deepEqual(stale, [], `docs/api is out of date: run npm run docs (${stale.join(', ')})`);
  });

  test('every documented name has its declaration found in the source', async () => {
    const lib = await docsScript<BuildLib>('build');
    const pages = lib.renderPages({ distSrc: DIST_SRC, fixture: lib.readFixture() });
    const missing: string[] = [];
    for (const [page, text] of pages) {
      for (const entry of text.split(/\n(?=## )/)) {
        if (entry.includes(lib.NO_DECLARATION)) missing.push(`${page}: ${entry.split('\n')[0]}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
