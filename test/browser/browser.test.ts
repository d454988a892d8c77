/**
 * numtype in a real browser (issue 9): the ES module bundle (scripts/browser/bundle.mjs,
 * built in memory) is served with a test page from 127.0.0.1 and loaded into headless
 * Chromium through playwright-core. The page computes the expressions of
 * test/fixtures/browser.json (creation, ufuncs with broadcasting, fancy and boolean
 * indexing, linalg, seeded random, errors) and the results are compared with what NumPy
 * computed and printed (scripts/fixtures/gen_browser.py). It also checks that the
 * WebAssembly SIMD kernels, not the JavaScript fallback, ran in the page.
 * Skipped, with the reason, where Chromium or playwright-core is missing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { decode, loadFixture } from '../helpers.js';
import {
  type BundleScript,
  browserScript,
  launch,
  pageErrors,
  type Served,
  serve,
  skipReason,
} from './harness.js';

interface Case {
  name: string;
  js: string;
  rtol: number;
  value: unknown;
  str: string;
  repr?: string;
}
interface ErrorCase {
  name: string;
  js: string;
  error: string;
  message: string;
}
interface Fixture {
  numpy: string;
  cases: Case[];
  errors: ErrorCase[];
}
/** What the page reports for one expression. */
interface PageResult {
  name: string;
  value?: unknown;
  str?: string;
  repr?: string;
  error?: string;
}

const fixture = loadFixture<Fixture>('browser');
const skip = skipReason();

/** The test page: load the bundle (its top-level await compiles the kernels), then signal. */
const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>numtype browser test</title>
<link rel="icon" href="data:,">
<script type="module">
  import * as np from '/numtype.js';
  window.np = np;
  window.readyResult = await np.ready();
  window.numtypeLoaded = true;
</script>`;

/**
 * Runs in the page: evaluate each expression with `np` in scope and report its value in the
 * JSON encoding of scripts/fixtures/common.py, its str and its repr (or the error it threw).
 */
function runInPage(cases: { name: string; js: string }[]): PageResult[] {
  const np = (window as any).np;
  const enc = (v: any): any => {
    if (typeof v === 'number') {
      if (Number.isNaN(v)) return { float: 'nan' };
      if (!Number.isFinite(v)) return { float: v > 0 ? 'inf' : '-inf' };
      if (Object.is(v, -0)) return { float: '-0' };
      return v;
    }
    if (typeof v === 'bigint') return { bigint: String(v) };
    if (v instanceof np.Complex) return { complex: [enc(v.re), enc(v.im)] };
    if (Array.isArray(v)) return v.map(enc);
    return v;
  };
  return cases.map(({ name, js }) => {
    try {
      const v = new Function('np', `return (${js});`)(np);
      if (v instanceof np.NDArray) {
        return {
          name,
          value: { dtype: v.dtype.name, shape: v.shape, data: enc(v.ravel().tolist()) },
          str: String(v),
          repr: v.repr(),
        };
      }
      return { name, value: enc(v), str: String(v) };
    } catch (e) {
      const err = e as Error;
      return { name, error: `${err.name}: ${err.message}` };
    }
  });
}

/** Element-wise comparison of decoded values: exact, or within rtol for floats. */
function close(got: unknown, want: unknown, rtol: number, where: string): void {
  if (Array.isArray(want)) {
    assert.ok(Array.isArray(got), `${where}: expected a list`);
    assert.equal(got.length, want.length, `${where}: length`);
    for (let i = 0; i < want.length; i++) close(got[i], want[i], rtol, `${where}[${i}]`);
  } else if (want !== null && typeof want === 'object') {
    for (const k of Object.keys(want)) {
      close((got as any)?.[k], (want as any)[k], rtol, `${where}.${k}`);
    }
  } else if (typeof want === 'number' && typeof got === 'number' && rtol > 0) {
    const ok = Object.is(got, want) || Math.abs(got - want) <= rtol * Math.abs(want);
    assert.ok(ok, `${where}: ${got} vs NumPy's ${want} (rtol ${rtol})`);
  } else {
    assert.ok(Object.is(got, want), `${where}: ${String(got)} vs NumPy's ${String(want)}`);
  }
}

describe('numtype in headless Chromium', () => {
  if (skip) {
    test('runs in headless Chromium', { skip }, () => undefined);
    return;
  }
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let errors: string[] = [];
  let results: Map<string, PageResult>;
  const logs: string[] = [];

  before(async () => {
    const { bundleCode } = await browserScript<BundleScript>('bundle');
    const [code, minified] = await Promise.all([bundleCode(), bundleCode({ minify: true })]);
    server = await serve({
      '/': ['text/html; charset=utf-8', PAGE],
      '/min.html': ['text/html; charset=utf-8', PAGE.replace('/numtype.js', '/numtype.min.js')],
      '/numtype.js': ['text/javascript; charset=utf-8', code],
      '/numtype.min.js': ['text/javascript; charset=utf-8', minified],
    });
    browser = await launch();
    page = await browser.newPage();
    errors = pageErrors(page);
    page.on('console', (m) => {
      if (m.type() === 'log') logs.push(m.text());
    });
    await page.goto(server.url, { timeout: 15_000 });
    await page.waitForFunction(() => (window as any).numtypeLoaded === true, null, {
      timeout: 15_000,
    });
    const all = [...fixture.cases, ...fixture.errors].map(({ name, js }) => ({ name, js }));
    const out = await page.evaluate(runInPage, all);
    results = new Map(out.map((r) => [r.name, r]));
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
  });

  test('the bundle loads without page errors', () => {
    assert.deepEqual(errors, []);
  });

  test('the WebAssembly SIMD kernels are active in the page (not the JS fallback)', async () => {
    const info = await page.evaluate(() => {
      const np = (window as any).np;
      return {
        simd: typeof WebAssembly === 'object',
        ready: (window as any).readyResult,
        config: np.show_config({ mode: 'dicts' }).Kernels,
      };
    });
    assert.equal(info.ready, 'wasm', 'np.ready() resolved to the JS fallback');
    assert.equal(info.config.backend, 'WebAssembly SIMD');
    assert.equal(info.config['WebAssembly SIMD available'], true);
  });

  test('printing: np.show_config() prints through console.log', async () => {
    logs.length = 0;
    await page.evaluate(() => (window as any).np.show_config());
    const text = logs.join('\n');
    assert.match(text, /^numtype:\n {2}version: /);
    assert.match(text, /name: browser/);
    assert.match(text, /backend: WebAssembly SIMD/);
  });

  for (const c of fixture.cases) {
    test(`${c.name}: ${c.js}`, () => {
      const r = results.get(c.name)!;
      assert.equal(r.error, undefined, `threw ${r.error}`);
      close(decode(r.value), decode(c.value), c.rtol, c.name);
      // the printout shows float32's shortest round-trip digits, so it shows ulp differences:
      // compared for the exactly computed cases
      if (c.rtol === 0) {
        assert.equal(r.str, c.str, 'str(a) differs from NumPy');
        if (c.repr !== undefined) assert.equal(r.repr, c.repr, 'repr(a) differs from NumPy');
      }
    });
  }

  test('the minified bundle works too (exact cases, wasm backend)', async () => {
    const min = await browser!.newPage();
    try {
      const minErrors = pageErrors(min);
      await min.goto(`${server!.url}/min.html`, { timeout: 15_000 });
      await min.waitForFunction(() => (window as any).numtypeLoaded === true, null, {
        timeout: 15_000,
      });
      assert.equal(await min.evaluate(() => (window as any).readyResult), 'wasm');
      const exact = fixture.cases.filter((c) => c.rtol === 0);
      const out = await min.evaluate(runInPage, exact);
      for (const [i, c] of exact.entries()) {
        assert.equal(out[i]!.str, c.str, `${c.name}: str(a) differs from NumPy`);
        if (c.repr !== undefined) assert.equal(out[i]!.repr, c.repr, `${c.name}: repr`);
      }
      assert.deepEqual(minErrors, []);
    } finally {
      await min.close();
    }
  });

  for (const c of fixture.errors) {
    test(`${c.name}: ${c.js} raises ${c.error}`, () => {
      assert.equal(results.get(c.name)!.error, `${c.error}: ${c.message}`);
    });
  }
});
