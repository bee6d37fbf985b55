// Browser-test harness: the built site (dist/) on a local static server under
// a sub-path, and Debian's headless Chromium driven by playwright-core.
// See tests/e2e/README.md for how to write a test with it.

import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { startServer } from './server.mjs';

export { startServer };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// playwright-core lives in tools/node_modules (installed by scripts/setup.sh).
export const requireFromTools = createRequire(path.join(ROOT, 'tools', 'package.json'));
const { chromium } = requireFromTools('playwright-core');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The sub-path the site is served from unless a test asks for another. */
export const DEFAULT_PREFIX = '/report/2023/';

/** Viewports worth testing. */
export const VIEWPORTS = {
  phone: { width: 360, height: 740, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  smallPhone: { width: 320, height: 640, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { width: 1280, height: 800, deviceScaleFactor: 1 },
};

/** The built site: $DIST, else dist/ (scripts/test.sh builds it fresh). */
export function distDir() {
  const dir = path.resolve(process.env.DIST ?? path.join(ROOT, 'dist'));
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run scripts/test.sh (or scripts/build.sh) first`);
  }
  return dir;
}

/**
 * Launches headless Chromium. Playwright gives every launch a fresh temporary
 * --user-data-dir and removes it on close.
 */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    // Debian's chromium wrapper script is noisy on stderr; keep the test output clean.
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'disabled:' },
  });
}

/**
 * Opens `url` in a new browser context at the given viewport and records what
 * happens: console errors, uncaught page errors, CSP violations, every request
 * URL, every response status, failed requests.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {object} [viewport] width, height, deviceScaleFactor, isMobile, hasTouch (default: VIEWPORTS.desktop)
 * @param {object} [options]
 * @param {boolean} [options.waitForApp=true] wait for `html[data-app="ready"]` (the wasm has mounted)
 * @param {number} [options.timeout=15000] ms for navigation and mounting
 * @param {boolean} [options.javaScriptEnabled=true]
 * @param {boolean} [options.bypassCSP=false] let a test inject a script (e.g. axe-core)
 * @param {'light'|'dark'} [options.colorScheme]
 * @param {(page: import('playwright-core').Page) => Promise<void>} [options.beforeLoad]
 *   runs before navigating (e.g. to route or block requests)
 * @returns {Promise<Visit>}
 */
export async function openPage(browser, url, viewport = VIEWPORTS.desktop, options = {}) {
  const { waitForApp = true, timeout = 15_000, javaScriptEnabled = true, beforeLoad, bypassCSP = false, colorScheme } = options;
  const { width, height, deviceScaleFactor = 1, isMobile = false, hasTouch = false } = viewport;
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor,
    isMobile,
    hasTouch,
    javaScriptEnabled,
    bypassCSP,
    colorScheme,
    locale: 'zh-CN',
  });
  const visit = new Visit(context);
  await visit.attach();
  if (beforeLoad) await beforeLoad(visit.page);
  await visit.page.goto(url, { timeout, waitUntil: 'load' });
  if (waitForApp) {
    try {
      await visit.page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout });
    } catch (err) {
      const problems = visit.problems();
      await visit.close();
      throw new Error(
        `the app did not mount at ${url} within ${timeout} ms` +
          (problems.length ? `; the page recorded:\n  ${problems.join('\n  ')}` : ''),
        { cause: err },
      );
    }
  }
  return visit;
}

/** One page in its own browser context, with what it recorded. */
export class Visit {
  constructor(context) {
    this.context = context;
    /** @type {import('playwright-core').Page} */
    this.page = null;
    /** console messages of type error: { text, location } */
    this.consoleErrors = [];
    /** console messages of type warning: text */
    this.consoleWarnings = [];
    /** uncaught exceptions in the page: Error messages */
    this.pageErrors = [];
    /** securitypolicyviolation events: { directive, blockedURI, sourceFile, line, sample } */
    this.cspViolations = [];
    /** every request URL, in order */
    this.requests = [];
    /** every response: { url, status } */
    this.responses = [];
    /** requests that failed at the network level: { url, error } */
    this.failedRequests = [];
  }

  async attach() {
    await this.context.exposeBinding('__reportCspViolation', (_source, v) => this.cspViolations.push(v));
    await this.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__reportCspViolation({
          directive: e.effectiveDirective || e.violatedDirective,
          blockedURI: e.blockedURI,
          sourceFile: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
        }),
      );
    });
    this.page = await this.context.newPage();
    this.page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push({ text: msg.text(), location: msg.location() });
      if (msg.type() === 'warning') this.consoleWarnings.push(msg.text());
    });
    this.page.on('pageerror', (err) => this.pageErrors.push(String(err?.stack ?? err)));
    this.page.on('request', (req) => this.requests.push(req.url()));
    this.page.on('response', (res) => this.responses.push({ url: res.url(), status: res.status() }));
    this.page.on('requestfailed', (req) =>
      this.failedRequests.push({ url: req.url(), error: req.failure()?.errorText }),
    );
  }

  /** Responses with status >= 400. */
  get badResponses() {
    return this.responses.filter((r) => r.status >= 400);
  }

  /**
   * Everything that went wrong, one list (empty when all is well), for
   * `assert.deepEqual(visit.problems(), [])`.
   */
  problems() {
    return [
      ...this.consoleErrors.map((e) => `console error: ${e.text} (${e.location?.url ?? ''}:${e.location?.lineNumber ?? ''})`),
      ...this.pageErrors.map((e) => `page error: ${e}`),
      ...this.cspViolations.map((v) => `CSP violation: ${v.directive} blocked ${v.blockedURI} ${v.sample ?? ''}`.trim()),
      ...this.badResponses.map((r) => `HTTP ${r.status}: ${r.url}`),
      ...this.failedRequests.map((r) => `request failed: ${r.url} (${r.error})`),
    ];
  }

  /** Lets pending work (timers, animation frames, fetches) settle a little. */
  async settle(ms = 300) {
    await this.page.waitForLoadState('networkidle').catch(() => {});
    await this.page.waitForTimeout(ms);
  }

  async close() {
    await this.context.close();
  }
}

/**
 * The common case: the built site on a local server and a browser, for one
 * test file. Call in `before`, and `site.close()` in `after`.
 *
 * @param {object} [o] startServer options (root defaults to distDir(), prefix to DEFAULT_PREFIX)
 * @returns {Promise<{url:string, origin:string, server:object, browser:object,
 *   open:(viewport?:object, options?:object & {path?:string})=>Promise<Visit>, close:()=>Promise<void>}>}
 */
export async function startSite(o = {}) {
  const server = await startServer({ root: distDir(), prefix: DEFAULT_PREFIX, ...o });
  let browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    url: server.url,
    origin: server.origin,
    server,
    browser,
    /** Opens the site's page (or `path` below it, e.g. '?chapter=2#cases'). */
    open: (viewport, options = {}) => openPage(browser, server.url + (options.path ?? ''), viewport, options),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The table island `key`, scrolled near so the second module mounts it, once
 * it is live (sortable, filterable).
 * @param {import('playwright-core').Page} page
 */
export async function liveTable(page, key) {
  const island = page.locator(`#${key}`);
  await island.scrollIntoViewIfNeeded();
  await page.waitForSelector(`#${key}[data-live]`, { state: 'attached', timeout: 15_000 });
  return island;
}
