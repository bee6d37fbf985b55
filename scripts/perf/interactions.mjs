// Timings of scripts/perf-report.mjs taken in headless Chromium through the
// DevTools protocol, on Lighthouse's mobile profile (RTT 150 ms, 1.6 Mbit/s
// down, 750 kbit/s up, CPU 4× slower):
//   - how long the app takes from its start (the loader's `app-start` mark,
//     after the first paint) until it has mounted (`html[data-app="ready"]`);
//   - the worst input-to-next-paint (Event Timing `duration`) while typing a
//     query, clicking a chapter and a topic filter, and switching a chart to
//     its table.

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

async function interactionsOnce(browser, url) {
  const context = await browser.newContext(PHONE);
  try {
    await context.addInitScript(EVENT_PROBE);
    const page = await context.newPage();
    await page.goto(`${url}#cases`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 15_000 });
    await throttle(page, { network: false });
    const results = [];
    const action = async (name, run) => {
      await page.evaluate(() => (window.__events = []));
      await run();
      await page.waitForTimeout(500);
      const events = await page.evaluate(() => window.__events);
      results.push({ action: name, worst: Math.max(16, ...events.map((e) => e.duration)) });
    };
    await action('type a query (4 keys)', async () => {
      await page.locator('#case-q').click();
      await page.keyboard.type('2023', { delay: 150 });
    });
    await action('clear the query', async () => {
      await page.locator('#case-q').fill('');
      await page.keyboard.press('Backspace');
    });
    await action('open the filters (phone)', async () => {
      const toggle = page.locator('.filter-toggle');
      if (await toggle.isVisible()) await toggle.click();
    });
    await action('click a chapter filter', async () => {
      await page.locator('.chapter-chips .chip:not([disabled])').nth(1).click();
    });
    await action('click a topic filter', async () => {
      await page.locator('.tag-chips .chip:not([disabled])').first().click();
    });
    await page.locator('#chart-outcomes').scrollIntoViewIfNeeded();
    await page.waitForSelector('#chart-outcomes canvas[data-drawn]', { timeout: 30_000 });
    await action('switch a chart to its table', async () => {
      await page.locator('#chart-outcomes [data-view=table]').click();
    });
    return results;
  } finally {
    await context.close();
  }
}
