// Timings of scripts/perf-report.mjs taken in headless Chromium through the
// DevTools protocol, on Lighthouse's mobile profile (RTT 150 ms, 1.6 Mbit/s
// down, 750 kbit/s up, CPU 4× slower):
//   - how long the app takes from its start (the loader's `app-start` mark,
//     after the first paint) until it has mounted (`html[data-app="ready"]`);
//   - the worst input-to-next-paint (Event Timing `duration`) while typing a
//     query, clearing it, opening the filters, clicking a chapter and a topic
//     filter, and switching a chart to its table: taps at the element's
//     centre through the DevTools protocol, as a reader's finger lands, with
//     no test-tool script in the page.

/** Lighthouse's mobile preset (simulated throttling values). */
export const MOBILE = { latencyMs: 150, downBytesPerS: 1_600_000 / 8, upBytesPerS: 750_000 / 8, cpuSlowdown: 4 };

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, locale: 'zh-CN' };

async function throttle(page, { network = true } = {}) {
  const cdp = await page.context().newCDPSession(page);
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: MOBILE.latencyMs,
      downloadThroughput: MOBILE.downBytesPerS,
      uploadThroughput: MOBILE.upBytesPerS,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
}

// Records, inside the page, when the app has mounted.
const READY_PROBE = () => {
  new MutationObserver(() => {
    if (window.__appReady === undefined && document.documentElement.dataset.app === 'ready') {
      window.__appReady = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
};

/** Median over `runs` of app start → mounted, and first paint → app start, in ms. */
export async function measureAppStart(browser, url, runs = 3) {
  const starts = [];
  const waits = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(PHONE);
    try {
      await context.addInitScript(READY_PROBE);
      const page = await context.newPage();
      await throttle(page);
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => window.__appReady !== undefined, null, { timeout: 60_000 });
      const t = await page.evaluate(() => ({
        start: performance.getEntriesByName('app-start')[0]?.startTime,
        paint: performance.getEntriesByName('first-paint')[0]?.startTime,
        ready: window.__appReady,
      }));
      starts.push(t.ready - t.start);
      waits.push(t.start - t.paint);
    } finally {
      await context.close();
    }
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { startToReady: median(starts), paintToStart: median(waits) };
}

// Collects Event Timing entries of interactions (durationThreshold 16 ms, the lowest allowed).
const EVENT_PROBE = () => {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) window.__events.push({ name: e.name, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

/**
 * The worst Event Timing duration of each action, CPU 4× slower (after the
 * page has loaded unthrottled), median over `runs` fresh pages (one run's
 * figures scatter by ±30 ms). Interactions under 16 ms are not reported by
 * the browser: such an action shows as 16 ("< 16 ms").
 * @returns {Promise<{action: string, worst: number, runs: number[]}[]>}
 */
export async function measureInteractions(browser, url, runs = 3) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await interactionsOnce(browser, url));
  return all[0].map(({ action }, k) => {
    const values = all.map((run) => run[k].worst);
    const sorted = [...values].sort((a, b) => a - b);
    return { action, worst: sorted[sorted.length >> 1], runs: values };
  });
}

// Finds, waits and taps with `page.evaluate` and raw input only: Playwright's
// locators and waitFor* install its own listeners on the page's window
// (pointer, mouse, click, …), which would then run on every input and be
// timed as the app's (about 10 ms of a tap at CPU 4×).
async function until(page, fn, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(fn))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn}`);
    await page.waitForTimeout(50);
  }
}

/** Scrolls match `index` of `selector` into view, lets it settle, taps its centre; false if it is not shown. */
async function tap(page, selector, index = 0) {
  const shown = await page.evaluate(([sel, i]) => {
    const el = document.querySelectorAll(sel)[i];
    if (!el || !el.getClientRects().length) return false;
    el.scrollIntoView({ block: 'center' });
    return true;
  }, [selector, index]);
  if (!shown) return false;
  await page.waitForTimeout(300);
  const { x, y } = await page.evaluate(([sel, i]) => {
    const r = document.querySelectorAll(sel)[i].getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, [selector, index]);
  await page.mouse.click(x, y);
  return true;
}

async function interactionsOnce(browser, url) {
  const context = await browser.newContext(PHONE);
  try {
    await context.addInitScript(EVENT_PROBE);
    const page = await context.newPage();
    await page.goto(`${url}#cases`, { waitUntil: 'load' });
    await until(page, () => document.documentElement.dataset.app === 'ready', 15_000);
    await throttle(page, { network: false });
    const results = [];
    // `done`: what the page shows once the action took effect (else the
    // figure would time nothing).
    const action = async (name, run, done) => {
      await page.evaluate(() => (window.__events = []));
      await run();
      await page.waitForTimeout(500);
      if (!(await page.evaluate(done))) throw new Error(`perf: "${name}" did not take effect`);
      const events = await page.evaluate(() => window.__events);
      results.push({ action: name, worst: Math.max(16, ...events.map((e) => e.duration)) });
    };
    await tap(page, '#case-q');
    await page.waitForTimeout(300);
    await action('type a query (4 keys)', async () => {
      await page.keyboard.type('2023', { delay: 150 });
    }, () => document.querySelector('#case-q').value === '2023');
    // As a reader clears it: select all, then one Backspace (a `fill('')`
    // would clear it without an input the browser times).
    await page.keyboard.press('ControlOrMeta+A');
    await page.waitForTimeout(300);
    await action('clear the query', async () => {
      await page.keyboard.press('Backspace');
    }, () => document.querySelector('#case-q').value === '');
    await action('open the filters (phone)', async () => {
      await tap(page, '.filter-toggle');
    }, () => {
      // On a phone the filters fold behind the toggle; wider, they are always open.
      const toggle = document.querySelector('.filter-toggle');
      return !toggle?.getClientRects().length || toggle.getAttribute('aria-expanded') === 'true';
    });
    await action('click a chapter filter', async () => {
      await tap(page, '.chapter-chips .chip:not([disabled])', 1);
    }, () => {
      // A chapter's chip is pressed, not 全部 (the first).
      const pressed = document.querySelector('.chapter-chips .chip[aria-pressed=true]');
      return pressed !== null && pressed !== document.querySelector('.chapter-chips .chip');
    });
    await action('click a topic filter', async () => {
      await tap(page, '.tag-chips .chip:not([disabled])');
    }, () => document.querySelector('.tag-chips .chip[aria-pressed=true]') !== null);
    await page.evaluate(() => document.querySelector('#chart-outcomes').scrollIntoView());
    await until(page, () => document.querySelector('#chart-outcomes canvas[data-drawn]') !== null);
    await action('switch a chart to its table', async () => {
      await tap(page, '#chart-outcomes [data-view=table]');
    }, () => !document.querySelector('#chart-outcomes .chart-table-wrap').hidden);
    return results;
  } finally {
    await context.close();
  }
}
