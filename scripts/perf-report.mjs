// Performance report of a release build (run by scripts/perf-report.sh, which
// builds it and installs Lighthouse and twiggy). Measures, does not tune.
// Prints one table:
//   - sizes raw / gzip / brotli of each first-view asset, and the total; the
//     main wasm's code and data sections;
//   - Lighthouse 12.8.2 mobile preset, median of 3 runs: category scores,
//     FCP, LCP, TBT, CLS, transfer size; and the same page with every script,
//     preload and module tag removed (scripts/perf/baseline.mjs), run
//     alternately with it: its FCP and LCP, and the page's ratios to them;
//   - headless Chromium on the mobile profile (scripts/perf/interactions.mjs):
//     the app's start → mounted, and the worst input-to-next-paint of typing,
//     filter clicks and a chart's table switch (CPU 4×);
//   - headless Chromium: navigation start → first chart drawn
//     (canvas[data-drawn]), and its ratio to DOMContentLoaded (median of 5);
//   - the native benchmark (`cargo run --release --bin bench`), if there is one.
// Each figure beside its budget, pass/fail. Exit status 1 if any budget fails.
// After the table: twiggy's largest items of the main wasm.
//
//   node scripts/perf-report.mjs [--dist dist-perf] [--runs 3] [--no-bench]

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, CHROMIUM, CHROMIUM_ARGS, startServer, launchBrowser, openPage, VIEWPORTS } from '../tests/e2e/harness.mjs';
import { BROTLI_BUDGET, firstViewFiles, sizeRows } from '../tests/e2e/sizes.mjs';
import { baselineDist } from './perf/baseline.mjs';
import { measureAppStart, measureInteractions } from './perf/interactions.mjs';
import { twiggyTop, wasmSections } from './perf/wasm.mjs';

const run = promisify(execFile);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DIST = path.resolve(ROOT, arg('dist', 'dist-perf'));
const LH_RUNS = Number(arg('runs', '3'));
const CHART_RUNS = 5;
const LIGHTHOUSE = path.join(ROOT, 'tools/perf/node_modules/lighthouse/cli/index.js');
// The test harness's flags, with Lighthouse's preferred headless mode.
const CHROME_FLAGS = CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag));
// The main wasm before wasm-opt (names kept), as Trunk's wasm-bindgen step left it.
const NAMED_WASM = path.join(ROOT, 'target/wasm-bindgen/release/quality-report_bg.wasm');
const BUDGET = {
  performance: 98,
  tbt: 150,
  cls: 0.01,
  lcpRatio: 1.2,
  fcpRatio: 1.1,
  startToReady: 1000,
  interaction: 100,
};

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;

/** Table rows: { group, name, value, budget, ok } — ok true/false, or null (no budget). */
const rows = [];
const row = (group, name, value, budget = '—', ok = null) => rows.push({ group, name, value, budget, ok });

function printTable() {
  const w = (k) => Math.max(k.length, ...rows.map((r) => String(r[k === 'figure' ? 'name' : k]).length));
  const [wg, wn, wv, wb] = [w('group'), w('figure'), w('value'), w('budget')];
  const verdict = (ok) => (ok === null ? 'info' : ok ? 'pass' : 'FAIL');
  const line = (g, n, v, b, s) => `${g.padEnd(wg)}  ${n.padEnd(wn)}  ${v.padStart(wv)}  ${b.padEnd(wb)}  ${s}`;
  console.log(line('group', 'figure', 'value', 'budget', 'result'));
  console.log('-'.repeat(wg + wn + wv + wb + 14));
  for (const r of rows) console.log(line(r.group, r.name, String(r.value), r.budget, verdict(r.ok)));
}

// Records, inside the page, when the first chart is drawn. The page is opened
// at a link to the comparison charts' section (#s-1-3): the charts module loads
// only when a chart comes near, as it does for a reader following such a link.
// If no chart is near once the app has mounted, scrolls the first one into
// view and says so.
const CHART_SECTION = 's-1-3';
const CHART_PROBE = () => {
  const probe = (window.__chartProbe = { drawn: null, scrolled: false });
  const check = () => {
    const app = document.querySelector('html[data-app="ready"]');
    if (probe.drawn === null && document.querySelector('canvas[data-drawn]')) {
      probe.drawn = performance.now();
    }
    if (app && probe.drawn === null && !probe.scrolled) {
      const canvas = document.querySelector('canvas');
      if (canvas) {
        const r = canvas.getBoundingClientRect();
        if (r.top > innerHeight || r.bottom < 0) {
          probe.scrolled = true;
          canvas.scrollIntoView({ block: 'center' });
        }
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn', 'data-app'] });
};

async function measureChart(browser, url) {
  const times = [];
  const ratios = [];
  let scrolled = false;
  let error = null;
  for (let i = 0; i < CHART_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    try {
      await context.addInitScript(CHART_PROBE);
      const page = await context.newPage();
      await page.goto(`${url}#${CHART_SECTION}`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.__chartProbe?.drawn !== null, null, { timeout: 15_000 });
      const r = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return { drawn: window.__chartProbe.drawn, dcl: nav.domContentLoadedEventEnd, scrolled: window.__chartProbe.scrolled };
      });
      times.push(r.drawn);
      ratios.push(r.drawn / r.dcl);
      scrolled ||= r.scrolled;
    } catch (err) {
      error = err.message.split('\n')[0];
      break;
    } finally {
      await context.close();
    }
  }
  return { time: median(times), ratio: median(ratios), scrolled, error };
}

async function lighthouse(url, outDir, n) {
  const out = path.join(outDir, `lh-${n}.json`);
  await run(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      '--only-categories=performance,accessibility,best-practices,seo',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20 },
  );
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  const a = (id) => lhr.audits[id]?.numericValue;
  const failing = Object.values(lhr.categories).flatMap((c) =>
    c.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
      .map((ref) => ({ id: `${c.id}: ${ref.id}`, score: lhr.audits[ref.id].score })),
  );
  return {
    performance: lhr.categories.performance.score * 100,
    accessibility: lhr.categories.accessibility.score * 100,
    bestPractices: lhr.categories['best-practices'].score * 100,
    seo: lhr.categories.seo.score * 100,
    fcp: a('first-contentful-paint'),
    lcp: a('largest-contentful-paint'),
    tbt: a('total-blocking-time'),
    cls: a('cumulative-layout-shift'),
    transfer: a('total-byte-weight'),
    failing,
    runtimeError: lhr.runtimeError?.message,
  };
}

async function bench() {
  const hasBench =
    existsSync(path.join(ROOT, 'src/bin/bench.rs')) ||
    /name\s*=\s*"bench"/.test(readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8'));
  // ---- native benchmark hook: `cargo run --release --bin bench`, if the app has one ----
  if (!hasBench || process.argv.includes('--no-bench')) {
    row('native bench', 'cargo run --release --bin bench', hasBench ? 'skipped (--no-bench)' : 'no bench binary');
    return;
  }
  let stdout;
  let ok = true;
  try {
    ({ stdout } = await run('cargo', ['run', '--quiet', '--release', '--bin', 'bench'], { cwd: ROOT, maxBuffer: 16 << 20 }));
  } catch (err) {
    stdout = err.stdout ?? '';
    ok = false;
    if (!stdout.trim()) {
      row('native bench', 'cargo run --release --bin bench', `failed: ${String(err.stderr ?? err.message).trim().split('\n').pop()}`, '—', false);
      return;
    }
  }
  // Lines of the bench's own table: "name  mean  max  budget  pass|FAIL".
  for (const line of stdout.split('\n').filter((l) => l.trim())) {
    const m = line.match(/^(.*?)\s+(\S+)\s+(\S+)\s+(\S+)\s*(pass|FAIL)?\s*$/);
    if (!m || m[1].trim() === 'benchmark') continue;
    const [, name, mean, max, budget, verdict] = m;
    row('native bench', name.trim(), `${mean} (max ${max})`, budget === '-' ? '—' : `mean ≤ ${budget}`, verdict ? verdict === 'pass' : null);
  }
  if (!ok) row('native bench', 'exit status', 'non-zero', '0', false);
}

async function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html missing: build first`);
  const server = await startServer({ root: DIST, prefix: '/report/2023/' });
  const browser = await launchBrowser();
  try {
    // Sizes of what the first view downloads (as the browser requested it, on a phone).
    const visit = await openPage(browser, server.url, VIEWPORTS.phone);
    await visit.settle();
    const files = firstViewFiles(readFileSync(path.join(DIST, 'index.html'), 'utf8'), visit.requests, server.url);
    await visit.close();
    const sizes = sizeRows(DIST, files);
    for (const s of sizes) row('size', s.file, `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`);
    const total = sizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
    row('size', 'first view total (raw / gzip / brotli)', `${kb(total.raw)} / ${kb(total.gzip)} / ${kb(total.brotli)}`, `brotli ≤ ${kb(BROTLI_BUDGET)}`, total.brotli <= BROTLI_BUDGET);
    const mainWasm = files.find((f) => /^quality-report-[^/]*_bg\.wasm$/.test(f));
    if (mainWasm) {
      for (const part of wasmSections(path.join(DIST, mainWasm))) {
        row('size', `main wasm: ${part.name} section(s) (raw / brotli alone)`, `${kb(part.raw)} / ${kb(part.brotli)}`);
      }
    }

    // Lighthouse, mobile preset (its default), median of LH_RUNS; the no-script
    // baseline in the same run, alternating with the page.
    const baseDir = baselineDist(DIST);
    const baseServer = await startServer({ root: baseDir, prefix: '/report/2023/' });
    const outDir = mkdtempSync(path.join(tmpdir(), 'perf-report-'));
    const runs = [];
    const baseRuns = [];
    try {
      for (let i = 1; i <= LH_RUNS; i++) {
        process.stderr.write(`lighthouse run ${i}/${LH_RUNS} (page, then no-script baseline)…\n`);
        runs.push(await lighthouse(server.url, outDir, i));
        baseRuns.push(await lighthouse(baseServer.url, outDir, `base-${i}`));
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
      await baseServer.close();
      rmSync(baseDir, { recursive: true, force: true });
    }
    const med = (k) => median(runs.map((r) => r[k]));
    const baseMed = (k) => median(baseRuns.map((r) => r[k]));
    const lh = 'lighthouse (mobile)';
    row(lh, 'Performance', Math.round(med('performance')), `≥ ${BUDGET.performance}`, med('performance') >= BUDGET.performance);
    row(lh, 'Accessibility', Math.round(med('accessibility')), '100', med('accessibility') >= 100);
    row(lh, 'Best Practices', Math.round(med('bestPractices')), '100', med('bestPractices') >= 100);
    row(lh, 'SEO', Math.round(med('seo')), '100', med('seo') >= 100);
    row(lh, 'First Contentful Paint', ms(med('fcp')));
    row(lh, 'Largest Contentful Paint', ms(med('lcp')));
    row(lh, 'Total Blocking Time', ms(med('tbt')), `≤ ${BUDGET.tbt} ms`, med('tbt') <= BUDGET.tbt);
    // Each run's figures, so one run's scatter on a shared machine is visible.
    row(lh, 'Performance / TBT of each run', runs.map((r) => `${Math.round(r.performance)} / ${ms(r.tbt)}`).join(', '));
    row(lh, 'Cumulative Layout Shift', med('cls').toFixed(3), `≤ ${BUDGET.cls}`, med('cls') <= BUDGET.cls);
    // Includes HTTP headers and whatever loaded during the run: the size budget is the first-view row above.
    row(lh, 'transfer size', kb(med('transfer')));
    const base = 'no-script baseline';
    row(base, 'First Contentful Paint (same page, no scripts)', ms(baseMed('fcp')));
    row(base, 'Largest Contentful Paint (same page, no scripts)', ms(baseMed('lcp')));
    // The floor the page's TBT stands on: laying out the report's text alone.
    row(base, 'Total Blocking Time (same page, no scripts)', ms(baseMed('tbt')));
    const fcpRatio = med('fcp') / baseMed('fcp');
    const lcpRatio = med('lcp') / baseMed('lcp');
    row(base, 'page FCP / baseline FCP', `${fcpRatio.toFixed(2)}×`, `≤ ${BUDGET.fcpRatio}×`, fcpRatio <= BUDGET.fcpRatio);
    row(base, 'page LCP / baseline LCP', `${lcpRatio.toFixed(2)}×`, `≤ ${BUDGET.lcpRatio}×`, lcpRatio <= BUDGET.lcpRatio);
    // Audits below full score in any run, with their lowest score.
    const lowest = new Map();
    for (const { id, score } of runs.flatMap((r) => r.failing)) lowest.set(id, Math.min(score, lowest.get(id) ?? 1));
    const failing = [...lowest].map(([id, score]) => `${id} (${score})`);
    const errors = [...new Set([...runs, ...baseRuns].map((r) => r.runtimeError).filter(Boolean))];

    // The app on the mobile profile: start → mounted, and its interactions.
    const mobile = 'chromium (mobile profile)';
    const app = await measureAppStart(browser, server.url);
    row(mobile, 'first paint → app start (idle or first interaction)', ms(app.paintToStart));
    row(mobile, 'app start → interactive (mounted)', ms(app.startToReady), `≤ ${BUDGET.startToReady} ms`, app.startToReady <= BUDGET.startToReady);
    const interactions = await measureInteractions(browser, server.url);
    for (const i of interactions) {
      row(mobile, `input → next paint, CPU 4×: ${i.action}`, i.worst <= 16 ? '< 16 ms' : ms(i.worst), `≤ ${BUDGET.interaction} ms`, i.worst <= BUDGET.interaction);
    }
    const worst = interactions.reduce((a, b) => (b.worst > a.worst ? b : a));
    row(mobile, `worst interaction (${worst.action})`, ms(worst.worst), `≤ ${BUDGET.interaction} ms`, worst.worst <= BUDGET.interaction);

    // First chart drawn, in headless Chromium without throttling.
    const chart = await measureChart(browser, server.url);
    const note = chart.scrolled ? ' (scrolled to it once mounted)' : '';
    if (chart.error) {
      row('chromium', 'first chart drawn', `not measured: ${chart.error}`);
    } else {
      row('chromium', `navigation (link to #${CHART_SECTION}) → first chart drawn${note}`, ms(chart.time));
      row('chromium', 'first chart drawn / DOMContentLoaded', `${chart.ratio.toFixed(2)}×`);
    }

    await bench();

    console.log();
    printTable();
    console.log(`\nLighthouse runs: ${LH_RUNS} each; chart runs: ${CHART_RUNS}; app start runs: 3; KB = 1000 B; sizes raw / gzip -9 / brotli 11.`);
    if (failing.length) console.log(`Lighthouse audits below full score (any run): ${failing.join(', ')}`);
    if (errors.length) console.log(`Lighthouse runtime errors: ${errors.join('; ')}`);
    console.log(`\nLargest items of the main wasm before wasm-opt (twiggy top; sizes shrink ~40 % after it):`);
    for (const line of await twiggyTop(NAMED_WASM)) console.log(line);
    process.exitCode = rows.some((r) => r.ok === false) ? 1 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
