/**
 * Worker-thread matrix products in a browser (issue 5): numtype running in a Web Worker of a
 * cross-origin-isolated page (COOP/COEP headers) starts its pool of Web Workers (the bundle
 * itself, src/_core/kernels/threads.ts) and splits a large matmul across them; the threaded
 * product must have the bits of the one computed before the pool was ready. Skipped, with
 * the reason, where Chromium or playwright-core is missing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  type BundleScript,
  browserScript,
  launch,
  type Served,
  serve,
  skipReason,
} from './harness.js';

const skip = skipReason();

const PAGE = `<!doctype html>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<script type="module">
  const w = new Worker('/worker.js', { type: 'module' });
  w.onmessage = (e) => { window.result = e.data; };
  w.onerror = (e) => { window.result = { error: String(e.message) }; };
</script>`;

// Runs in a dedicated worker: the first product is computed before any thread is ready.
const WORKER = `
import * as np from '/numtype.js';
const a = np.random.default_rng(1).random([320, 300]);
const b = np.random.default_rng(2).random([300, 310]);
const alone = np.matmul(a, b);
let threaded = null;
let stats = null;
for (let i = 0; i < 200 && threaded === null; i++) {
  await new Promise((r) => setTimeout(r, 50));
  const before = np.show_config({ mode: 'dicts' }).Threads['shares run on workers'];
  const c = np.matmul(a, b);
  stats = np.show_config({ mode: 'dicts' }).Threads;
  if (stats['shares run on workers'] > before) threaded = c;
}
const same =
  threaded !== null &&
  alone.data.length === threaded.data.length &&
  alone.data.every((x, i) => Object.is(x, threaded.data[i]));
postMessage({ isolated: self.crossOriginIsolated, stats, threaded: threaded !== null, same });
`;

describe('matrix products on Web Workers (cross-origin-isolated page)', () => {
  if (skip) {
    test('runs in headless Chromium', { skip }, () => undefined);
    return;
  }
  let server: Served | undefined;
  let browser: Browser | undefined;

  before(async () => {
    const { bundleCode } = await browserScript<BundleScript>('bundle');
    const code = await bundleCode();
    server = await serve(
      {
        '/': ['text/html; charset=utf-8', PAGE],
        '/worker.js': ['text/javascript', WORKER],
        '/numtype.js': ['text/javascript', code],
      },
      {
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      },
    );
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a large matmul is split across Web Workers with the single-thread bits', async () => {
    const page = await browser!.newPage();
    await page.goto(`${server!.url}/`);
    await page.waitForFunction(() => (window as any).result !== undefined, null, {
      timeout: 30000,
    });
    const r = await page.evaluate(() => (window as any).result);
    assert.equal(r.error, undefined, r.error);
    assert.equal(r.isolated, true, 'the page is cross-origin isolated');
    assert.ok(r.stats['worker threads'] >= 1, JSON.stringify(r.stats));
    assert.equal(r.threaded, true, 'a product ran on the workers');
    assert.equal(r.same, true, 'threaded bits equal the single-thread product');
  });
});
