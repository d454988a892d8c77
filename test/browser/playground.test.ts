/**
 * The playground (`npm run playground`, scripts/browser/playground.mjs + playground/) in
 * headless Chromium: the server starts on an ephemeral port of 127.0.0.1, the page loads
 * numtype in a worker, and the test picks lessons, clicks Run and compares the output pane
 * with what NumPy printed for each lesson (test/fixtures/examples.json; `[varies]` lines,
 * timings, compare only their marker). Typed code is checked against
 * test/fixtures/browser.json (NumPy's str/repr and error message).
 * Skipped, with the reason, where Chromium or playwright-core is missing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { loadFixture } from '../helpers.js';
import { browserScript, launch, pageErrors, type Served, skipReason } from './harness.js';

interface PlaygroundScript {
  startPlayground(options: { port: number }): Promise<Served>;
  lessons(): { name: string; title: string; node: boolean }[];
}

const examples = loadFixture<Record<string, { stdout: string }>>('examples');
const browserFixture = loadFixture<{
  cases: { name: string; str: string; repr?: string }[];
  errors: { name: string; error: string; message: string }[];
}>('browser');
const skip = skipReason();

/**
 * Lessons run in the page: every lesson but the two slowest (timing loops over 1e6-element
 * arrays, several seconds each: lesson27_why_numpy, numpy_essentials_install_import), which
 * keeps this file within a few seconds.
 */
const SLOW = new Set(['lesson27_why_numpy', 'numpy_essentials_install_import']);

/** The line-by-line differences between NumPy's output and the page's (empty: equal). */
function differences(expected: string, got: string): string[] {
  const e = expected.split('\n');
  const g = got.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(e.length, g.length); i++) {
    const want = e[i];
    const have = g[i];
    const same =
      want !== undefined && have !== undefined && want.startsWith('[varies]')
        ? have.startsWith('[varies]')
        : want === have;
    if (!same)
      out.push(`line ${i + 1}: NumPy ${JSON.stringify(want)}, page ${JSON.stringify(have)}`);
  }
  return out;
}

describe('the playground in headless Chromium', () => {
  if (skip) {
    test('runs in headless Chromium', { skip }, () => undefined);
    return;
  }
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let errors: string[] = [];
  let script: PlaygroundScript;

  /** Click Run and wait for the run to end; the output pane's text. */
  async function clickRun(): Promise<string> {
    await page.click('#run');
    await page.waitForSelector('#output[data-state="done"]', { timeout: 20_000 });
    return page.$eval('#output', (el) => el.textContent ?? '');
  }

  /** Type `code` into the editor and run it. */
  async function runCode(code: string): Promise<string> {
    await page.fill('#code', code);
    return clickRun();
  }

  before(async () => {
    script = await browserScript<PlaygroundScript>('playground');
    server = await script.startPlayground({ port: 0 });
    browser = await launch();
    page = await browser.newPage();
    errors = pageErrors(page);
    await page.goto(server.url, { timeout: 15_000 });
    await page.waitForSelector('#status[data-state="ready"]', { timeout: 15_000 });
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
  });

  test('the page loads numtype with the WebAssembly SIMD kernels', async () => {
    assert.match((await page.textContent('#status')) ?? '', /kernels: WebAssembly SIMD$/);
    assert.deepEqual(errors, []);
  });

  test('the picker lists every lesson of examples/', async () => {
    const options = await page.$$eval('#lesson option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
    );
    assert.deepEqual(options, Object.keys(examples).sort());
  });

  test('typed TypeScript: console.log shows the repr, print the str, errors as NumPy', async () => {
    const c = browserFixture.cases.find((x) => x.name === 'arange_reshape')!;
    const e = browserFixture.errors.find((x) => x.name === 'reshape_error')!;
    const out = await runCode(
      [
        'const a: np.NDArray = np.arange(12).reshape(3, 4);',
        'console.log(a);',
        'print(a);',
        'const n: number = 6;',
        'np.arange(n).reshape(4);',
        "print('not reached');",
      ].join('\n'),
    );
    assert.equal(out, `${c.repr}\n${c.str}\n${e.error}: ${e.message}\n`);
    assert.equal(await page.getAttribute('#output', 'data-failed'), 'true');
  });

  test("imports from 'numtype' and top-level await work", async () => {
    const c = browserFixture.cases.find((x) => x.name === 'arange_reshape')!;
    const out = await runCode(
      "import { arange } from 'numtype';\nawait np.ready();\nprint(arange(12).reshape(3, 4));",
    );
    assert.equal(out, `${c.str}\n`);
  });

  test('a syntax error is reported, not thrown at the page', async () => {
    assert.match(await runCode('const = 3;'), /^SyntaxError: .+ \(line 1\)\n$/);
  });

  test('Stop ends a program that never returns; the next run works', async () => {
    await page.fill('#code', 'for (;;) {}');
    await page.click('#run');
    await page.waitForSelector('#stop:not([disabled])', { timeout: 10_000 });
    await page.click('#stop');
    await page.waitForSelector('#output[data-state="done"]', { timeout: 5_000 });
    assert.equal(await page.textContent('#output'), 'KeyboardInterrupt\n');
    assert.equal(await runCode("print(np.array([1, 2]).shape, 2 > 1, 'ok')"), '(2,) True ok\n');
  });

  test('a lesson that needs Node (files) says so', async () => {
    const node = script.lessons().filter((l) => l.node);
    assert.ok(node.length > 0);
    await page.selectOption('#lesson', node[0]!.name);
    const out = await clickRunAfterLoad(node[0]!.name);
    assert.match(out, /^ModuleNotFoundError: No module named 'node:\w+'\n$/);
  });

  /** Wait until the picked lesson's source is in the editor, then run it. */
  async function clickRunAfterLoad(name: string): Promise<string> {
    const src = readFileSync(path.join(process.cwd(), 'examples', `${name}.ts`), 'utf8');
    await page.waitForFunction(
      (s) => (document.getElementById('code') as HTMLTextAreaElement).value === s,
      src,
      { timeout: 5_000 },
    );
    return clickRun();
  }

  for (const name of Object.keys(examples).sort()) {
    const reason = SLOW.has(name) ? 'slow (timing loops): run by test/examples.test.ts' : false;
    test(`lesson ${name} prints what NumPy printed`, { skip: reason }, async (t) => {
      const lesson = script.lessons().find((l) => l.name === name);
      if (lesson?.node) {
        t.skip('needs Node (files): checked above');
        return;
      }
      await page.selectOption('#lesson', name);
      const out = await clickRunAfterLoad(name);
      const diffs = differences(examples[name]!.stdout, out);
      assert.equal(diffs.length, 0, `${name}:\n${diffs.slice(0, 10).join('\n')}`);
    });
  }
});
