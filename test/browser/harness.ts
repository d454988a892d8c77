/**
 * Shared set-up of the headless-browser tests (test/browser/*.test.ts): find Chromium and
 * playwright-core (the tests skip, with the reason, when either is missing), load the bundle
 * builder from scripts/browser/, and serve pages from 127.0.0.1 on an ephemeral port.
 * Paths are taken from the working directory (the repository root, as for fixtures), so the
 * tests work from any compiled output directory.
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

/** Where the tests look for Chromium: $CHROMIUM_PATH, then Debian's and Ubuntu's paths. */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium executable, or null. */
export function findChromium(): string | null {
  for (const c of CANDIDATES) if (c && existsSync(c)) return c;
  return null;
}

type Playwright = typeof import('playwright-core');
let pwCache: Playwright | null | undefined;
/** playwright-core from the repository's node_modules, or null when it is not installed. */
export function playwright(): Playwright | null {
  if (pwCache === undefined) {
    try {
      const req = createRequire(path.join(process.cwd(), 'package.json'));
      pwCache = req('playwright-core') as Playwright;
    } catch {
      pwCache = null;
    }
  }
  return pwCache;
}

/** Why the browser tests cannot run here, or false when they can. */
export function skipReason(): string | false {
  if (findChromium() === null) {
    return `no Chromium at ${CANDIDATES.filter(Boolean).join(' or ')} (CI installs it best effort in .ci/run)`;
  }
  if (playwright() === null) return 'playwright-core is not installed (npm ci installs it)';
  return false;
}

/** Launch headless Chromium (skipReason() must be false). */
export async function launch(): Promise<Browser> {
  return playwright()!.chromium.launch({
    executablePath: findChromium()!,
    args: ['--no-sandbox'],
    timeout: 20_000,
  });
}

/** The module at scripts/browser/<name>.mjs (bundle builder, playground server). */
export async function browserScript<T>(name: string): Promise<T> {
  const file = path.join(process.cwd(), 'scripts', 'browser', `${name}.mjs`);
  return (await import(pathToFileURL(file).href)) as T;
}

/** scripts/browser/bundle.mjs */
export interface BundleScript {
  bundleCode(options?: { minify?: boolean }): Promise<string>;
}

/** A local HTTP server on 127.0.0.1 and an ephemeral port. */
export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * Serve `pages` (path → [content type, body]) from 127.0.0.1; anything else is a 404.
 * `headers` go with every response (e.g. the cross-origin isolation headers).
 */
export async function serve(
  pages: Record<string, [string, string]>,
  headers: Record<string, string> = {},
): Promise<Served> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const page = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (page === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res
      .writeHead(200, { ...headers, 'content-type': page[0], 'cache-control': 'no-store' })
      .end(page[1]);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Collect the page's uncaught errors and console errors (reported when a test fails). */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.name}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}
