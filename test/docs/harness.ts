/**
 * Access from the tests to scripts/docs/examples.mjs (the parser and runners of the API
 * examples, docs/api-examples/*.md) and scripts/docs/build.mjs (the reference pages), and
 * the one shared run of every ts block against the numtype compiled with these tests.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One `## name` section of an examples file. */
export interface Section {
  name: string;
  line: number;
  prose: string;
  ts: string;
  python: string;
  file: string;
}

/** A format problem of an examples file. */
export interface FormatError {
  name: string;
  line: number;
  message: string;
  file: string;
}

/** What one block printed, and the error it raised (`Name: message`) or null. */
export interface RunResult {
  out: string;
  error: string | null;
}

/** A numtype build to run the ts blocks against. */
export interface Tree {
  npUrl: string;
  printUrl: string;
}

/** scripts/docs/examples.mjs */
export interface ExamplesLib {
  allSections(): { sections: Section[]; errors: FormatError[] };
  targetNames(root?: string): string[] | null;
  compiledTree(dist: string): Tree;
  runTs(
    sections: Section[],
    tree: Tree,
    options?: { workers?: number; timeoutMs?: number },
  ): Promise<Map<string, RunResult>>;
  runPython(sections: Section[]): Promise<Map<string, RunResult>>;
  diffOutputs(expected: string, got: string): string[];
}

/** scripts/docs/build.mjs */
export interface BuildLib {
  /** Every page of docs/api/ (file name → content) from a tsc `src` output dir and outputs. */
  renderPages(opts: { distSrc: string; fixture: Record<string, string> }): Map<string, string>;
  /** test/fixtures/api_examples.json ({} when missing). */
  readFixture(): Record<string, string>;
  /** The files of docs/api/ that differ from `pages`, are missing or are extra. */
  stalePages(pages: Map<string, string>): string[];
  /** The text an entry shows when its name has no declaration in the source. */
  NO_DECLARATION: string;
}

/** The module at scripts/docs/<name>.mjs (found from the cwd, the repository root). */
export async function docsScript<T>(name: string): Promise<T> {
  const file = path.join(process.cwd(), 'scripts', 'docs', `${name}.mjs`);
  return (await import(pathToFileURL(file).href)) as T;
}

// dist/test/docs/harness.js → dist/ (the tree tsc compiled these tests with)
const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let tsRun: Promise<Map<string, RunResult>> | undefined;
/**
 * Every section's ts block run once against dist/src (shared by the fixture and the live
 * suites): a few child processes, each importing numtype once and then every example.
 */
export function runAllTs(lib: ExamplesLib, sections: Section[]): Promise<Map<string, RunResult>> {
  tsRun ??= lib.runTs(sections, lib.compiledTree(DIST), {
    workers: Math.max(1, Math.min(3, availableParallelism())),
    timeoutMs: 120_000,
  });
  return tsRun;
}
