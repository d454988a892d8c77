/**
 * The docs tooling itself: scripts/docs/examples.mjs parses the example format and reports
 * its errors, scripts/docs/signatures.mjs resolves public names through re-exports to
 * their declarations.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { docsScript, type FormatError, type Section } from './harness.js';

interface ParseLib {
  parseExamples(text: string): { sections: Section[]; errors: FormatError[] };
  diffOutputs(expected: string, got: string): string[];
}

interface Found {
  file: string;
  decls: { kind: string; text: string; doc: string | null }[];
  namespace?: boolean;
}
interface SignaturesLib {
  DtsIndex: new (srcDir: string) => { lookup(name: string): Found | null };
  docSummary(doc: string | null): string;
}

const FENCE = '```';
const md = (...lines: string[]) => lines.join('\n');

describe('docs tooling: example format parser', () => {
  test('a well-formed section', async () => {
    const lib = await docsScript<ParseLib>('examples');
    const { sections, errors } = lib.parseExamples(
      md(
        '# title',
        '',
        'intro prose is ignored',
        '',
        '## np.add',
        '',
        'Adds (NumPy `np.add`).',
        '',
        `${FENCE}ts`,
        'print(np.add(1, 2));',
        FENCE,
        '',
        `${FENCE}python`,
        'print(np.add(1, 2))',
        '',
        '## not a heading inside code',
        FENCE,
      ),
    );
    assert.deepEqual(errors, []);
    assert.equal(sections.length, 1);
    assert.equal(sections[0]!.name, 'np.add');
    assert.equal(sections[0]!.prose, 'Adds (NumPy `np.add`).');
    assert.equal(sections[0]!.ts, 'print(np.add(1, 2));\n');
    assert.equal(sections[0]!.python, 'print(np.add(1, 2))\n\n## not a heading inside code\n');
  });

  test('format errors name the section and line', async () => {
    const lib = await docsScript<ParseLib>('examples');
    const { errors } = lib.parseExamples(
      md(
        '## np.a',
        `${FENCE}ts`,
        'x',
        FENCE,
        `${FENCE}ts`,
        'y',
        FENCE,
        '## np.b',
        'one',
        '',
        'two',
        `${FENCE}js`,
        FENCE,
      ),
    );
    assert.deepEqual(
      errors.map((e) => `${e.line} ${e.name}: ${e.message}`),
      [
        '1 np.a: no prose line',
        '1 np.a: 2 ```ts blocks, expected one',
        '1 np.a: 0 ```python blocks, expected one',
        '8 np.b: 2 prose lines, expected one',
        '8 np.b: 0 ```ts blocks, expected one',
        '8 np.b: 0 ```python blocks, expected one',
        '8 np.b: unexpected ```js block',
      ],
    );
  });

  test('output diff', async () => {
    const lib = await docsScript<ParseLib>('examples');
    assert.deepEqual(lib.diffOutputs('a\nb\n', 'a\nb\n'), []);
    assert.deepEqual(lib.diffOutputs('a\n', 'a\nc\n'), ['line 2: extra    "c"']);
    assert.deepEqual(lib.diffOutputs('a\nb\n', 'a\n'), ['line 2: missing  "b"']);
    assert.deepEqual(lib.diffOutputs('a', 'a\n'), ['differs only in the final newline']);
  });
});

describe('docs tooling: declarations through re-exports', () => {
  test('functions, aliases, namespaces, stars, class members, JSDoc', async () => {
    const lib = await docsScript<SignaturesLib>('signatures');
    const dir = mkdtempSync(path.join(tmpdir(), 'numtype-dts-test-'));
    try {
      const w = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
      w(
        'index.d.ts',
        md(
          "export * from './a.js';",
          "export { g as h, K } from './b.js';",
          "export * as sub from './sub.js';",
          "export { NDArray } from './nd.js';",
        ),
      );
      w(
        'a.d.ts',
        md(
          "import type { X } from './x.js';",
          '/** `np.f(a)`: does f. */',
          'export declare function f(a: number): number;',
          'export declare function f(a: string, opts?: { b: boolean; }): string;',
          'declare function local(): void;',
          'export { local as renamed };',
        ),
      );
      w(
        'b.d.ts',
        md(
          'export declare const g: (x: number) => number;',
          'export declare class K {',
          '    m(): void;',
          '}',
        ),
      );
      w('sub.d.ts', md('/** In sub. */', 'export declare function s(): void;'));
      w(
        'nd.d.ts',
        md(
          'export declare class NDArray<K = string> {',
          '    /** The dtype. */',
          '    readonly dtype: K;',
          '    get T(): NDArray<K>;',
          '    sum(...args: unknown[]): any;',
          '    toString(): string;',
          '}',
        ),
      );
      const idx = new lib.DtsIndex(dir);
      const f = idx.lookup('np.f')!;
      assert.equal(f.decls.length, 2);
      assert.equal(lib.docSummary(f.decls[0]!.doc), '`np.f(a)`: does f.');
      assert.match(f.decls[1]!.text, /opts\?: \{ b: boolean; \}/);
      assert.match(idx.lookup('np.renamed')!.decls[0]!.text, /declare function local/);
      assert.match(idx.lookup('np.h')!.decls[0]!.text, /const g/);
      assert.match(idx.lookup('np.sub.s')!.decls[0]!.text, /function s/);
      assert.equal(idx.lookup('np.sub')!.namespace, true);
      assert.equal(idx.lookup('np.K.m')!.decls[0]!.text, 'm(): void;');
      assert.equal(idx.lookup('ndarray.T')!.decls[0]!.text, 'get T(): NDArray<K>;');
      assert.equal(lib.docSummary(idx.lookup('ndarray.dtype')!.decls[0]!.doc), 'The dtype.');
      assert.equal(idx.lookup('np.nothing'), null);
      assert.equal(idx.lookup('ndarray.nothing'), null);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
