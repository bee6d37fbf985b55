// The whole report, navigable: overview cards, chapter navigation, section
// anchors, the report's tables (count, sort, filter, CSV), print, dark mode.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSite, liveTable, VIEWPORTS } from './harness.mjs';
import { report, sortableColumn, filterProbe, tableSelector, shownFigure } from './report-data.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const tableKeys = report.tables.map((t) => t.key);

test('the overview shows the headline figures, each linking to its section', async () => {
  const visit = await site.open(VIEWPORTS.phone);
  try {
    const { page } = visit;
    const headline = report.figures.filter((f) => f.headline);
    const cards = await page.$$eval('#overview .card', (cs) =>
      cs.map((c) => ({
        value: c.querySelector('.card-number').textContent,
        unit: c.querySelector('.card-unit').textContent,
        href: c.querySelector('a').getAttribute('href'),
      })),
    );
    assert.equal(cards.length, headline.length);
    for (const [i, f] of headline.entries()) {
      // As printed, or in 亿元 where the report's 万元 reach 1 亿.
      const shown = shownFigure(f.value, f.unit);
      assert.equal(cards[i].value, shown.number);
      assert.equal(cards[i].unit, shown.unit);
      const target = f.section === '前言' ? '#preface' : `#s-${f.section.replaceAll('.', '-')}`;
      assert.equal(cards[i].href, target);
      assert.equal(await page.locator(target).count(), 1, `${target} exists`);
    }
    // The first view shows the title and the first cards without scrolling.
    assert.ok(await page.locator('#overview .card').first().isVisible());
  } finally {
    await visit.close();
  }
});

test('every table shows its row count once interactive', async () => {
  const visit = await site.open(VIEWPORTS.phone);
  try {
    for (const table of report.tables) {
      const island = await liveTable(visit.page, table.key);
      assert.equal((await island.locator('.row-count').textContent()).trim(), `共 ${table.rows.length} 行`);
      assert.equal(await island.locator('tbody tr').count(), table.rows.length);
    }
  } finally {
    await visit.close();
  }
});

test('sorting a number column descending puts the largest first; ascending the smallest', async () => {
  const visit = await site.open(VIEWPORTS.phone);
  try {
    const { page } = visit;
    const { table, column: col } = sortableColumn();
    const island = await liveTable(page, table.key);
    const header = island.locator('th').nth(col);
    await header.locator('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    const amounts = await island.locator(`tbody tr td:nth-child(${col + 1})`).allTextContents();
    assert.equal(Number(amounts[0]), Math.max(...table.rows.map((r) => r[col])));
    const numbers = amounts.map(Number);
    assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a));
    await header.locator('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    const asc = (await island.locator(`tbody tr td:nth-child(${col + 1})`).allTextContents()).map(Number);
    assert.equal(asc[0], Math.min(...table.rows.map((r) => r[col])));
  } finally {
    await visit.close();
  }
});

test('filtering a table narrows it to the rows that contain the text', async () => {
  const visit = await site.open(VIEWPORTS.phone);
  try {
    const { table, term } = filterProbe();
    const island = await liveTable(visit.page, table.key);
    const expected = table.rows.filter((r) => r.some((c) => String(c).includes(term))).length;
    assert.ok(expected > 0 && expected < table.rows.length);
    await island.locator('input[type="search"]').fill(term);
    assert.equal(await island.locator('tbody tr').count(), expected);
    assert.equal((await island.locator('.row-count').textContent()).trim(), `显示 ${expected} / ${table.rows.length} 行`);
    const rows = await island.locator('tbody tr').allTextContents();
    assert.ok(rows.every((r) => r.includes(term)));
  } finally {
    await visit.close();
  }
});

test('a table downloads as CSV with a BOM and every visible row', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const { page } = visit;
    const table = report.tables.at(-1);
    const island = await liveTable(page, table.key);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      island.locator('a[download]', { hasText: '下载 CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `${table.key}.csv`);
    const text = await readFile(await download.path(), 'utf8');
    assert.equal(text.charCodeAt(0), 0xfeff, 'BOM');
    const lines = text.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, table.rows.length + 1);
    assert.equal(lines[0], table.columns.map((c) => c.label).join(','));
    assert.ok(lines[1].includes(String(table.rows[0][1])));
  } finally {
    await visit.close();
  }
});

test('the chapter navigation moves to the chapter and marks it', async () => {
  const visit = await site.open(VIEWPORTS.phone);
  try {
    const { page } = visit;
    for (const chapter of [report.chapters[1], report.chapters.at(-1)]) {
      await page.locator('.chapter-nav a', { hasText: chapter.title }).click();
      const id = `ch-${chapter.number}`;
      await page.waitForFunction((id) => {
        const top = document.getElementById(id).getBoundingClientRect().top;
        return top >= 0 && top < 120;
      }, id);
      await page.waitForFunction(
        (id) => document.querySelector(`.chapter-nav a[href="#${id}"]`)?.getAttribute('aria-current') === 'true',
        id,
      );
      assert.equal(await page.locator('.chapter-nav a[aria-current]').count(), 1);
    }
    // The bar stays reachable while scrolling.
    const navTop = await page.locator('.chapter-nav').evaluate((n) => n.getBoundingClientRect().top);
    assert.equal(navTop, 0);
  } finally {
    await visit.close();
  }
});

test('every section heading has its anchor, and a deep link lands on it', async () => {
  const sections = report.chapters.flatMap((c) => c.sections ?? []);
  const last = `s-${sections.at(-1).id.replaceAll('.', '-')}`;
  const visit = await site.open(VIEWPORTS.phone, { path: `#${last}` });
  try {
    const { page } = visit;
    for (const s of sections) {
      const id = `s-${s.id.replaceAll('.', '-')}`;
      assert.equal(await page.locator(`#${id} h3 a[href="#${id}"]`).count(), 1, id);
    }
    await page.waitForFunction((id) => {
      const top = document.getElementById(id).getBoundingClientRect().top;
      return top >= 0 && top < 150;
    }, last);
    // The chapter of challenges (面临挑战) shows them.
    for (const chapter of report.chapters.filter((c) => c.challenges?.length)) {
      const challenges = await page.locator(`#ch-${chapter.number} .challenges > li h3`).allTextContents();
      assert.deepEqual(challenges, chapter.challenges.map((c) => c.title));
    }
  } finally {
    await visit.close();
  }
});

test('every link target in the page (chart, table, case, section, chapter) lands below the sticky bar', async () => {
  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
    const visit = await site.open(viewport);
    try {
      const { page } = visit;
      // What the page links to or offers to share (in-page links, share
      // buttons), and the tables, which a reader may link to by their id.
      const ids = await page.$$eval('a[href^="#"], [data-share], .data-table[id]', (els) => [
        ...new Set(els.map((e) => (e.matches('.data-table') ? e.id : (e.getAttribute('data-share') ?? e.getAttribute('href').slice(1))))),
      ]);
      for (const kind of ['chart-', 't-', 'case-', 's-', 'ch-']) {
        assert.ok(ids.some((id) => id.startsWith(kind)), `some link targets ${kind}…`);
      }
      const bar = await page.locator('.chapter-nav').evaluate((n) => n.getBoundingClientRect().height);
      const hidden = [];
      for (const id of ids) {
        const landed = await page.evaluate(async (id) => {
          const target = document.getElementById(id);
          if (!target?.getClientRects().length) return null; // not shown: nothing to land on
          location.hash = id;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const bar = document.querySelector('.chapter-nav').getBoundingClientRect().bottom;
          const top = target.getBoundingClientRect().top;
          const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
          return { top, bar, atEnd };
        }, id);
        if (landed === null) continue;
        // Its top edge shows just below the bar (or the page has run out to scroll).
        if (!(landed.top >= landed.bar && (landed.top < landed.bar + 40 || landed.atEnd))) {
          hidden.push(`#${id} at ${Math.round(landed.top)} px`);
        }
      }
      assert.deepEqual(hidden, [], `${viewport.width} px: targets under (or far below) the ${bar} px bar`);
    } finally {
      await visit.close();
    }
  }
});

test('printing gives the whole report: every case, table headers as text, no navigation or controls', async () => {
  // With a query in the URL: print shows every case all the same.
  const visit = await site.open(VIEWPORTS.desktop, { path: `?q=${encodeURIComponent(report.cases[0].title.slice(0, 2))}` });
  try {
    const { page } = visit;
    await page.emulateMedia({ media: 'print' });
    for (const c of report.cases) {
      const title = page.locator(`#case-${c.number} .case-title`);
      assert.ok(await title.isVisible(), `case ${c.number} title in print`);
      const last = page.locator(`#case-${c.number} .case-body p`).last();
      assert.ok(await last.isVisible(), `case ${c.number} full text in print`);
    }
    assert.equal(await page.locator('.chapter-nav').isVisible(), false);
    // Only the tables' header buttons print, as their text.
    const buttons = await page.$$eval('button', (bs) => bs.filter((b) => b.checkVisibility()).map((b) => b.className));
    assert.ok(buttons.every((c) => c === 'sort'), `buttons in print: ${buttons}`);
    for (const table of report.tables) {
      const headers = await page.locator(`${tableSelector(table)} thead th`).allInnerTexts();
      assert.deepEqual(headers.map((h) => h.trim()), table.columns.map((c) => c.label), `${table.key} headers print`);
    }
    for (const key of tableKeys) {
      assert.equal(await page.locator(`#${key} tbody tr:visible`).count(), report.tables.find((t) => t.key === key).rows.length);
    }
    await page.screenshot({ path: '/tmp/report-print.png', fullPage: false });
  } finally {
    await visit.close();
  }
});

test('dark colour scheme follows the system and keeps text readable', async () => {
  const visit = await site.open(VIEWPORTS.phone);
  try {
    const { page } = visit;
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    const [bg, fg] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    assert.notEqual(bg, light);
    const lum = (rgb) => {
      const [r, g, b] = rgb.match(/\d+/g).map(Number).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (lum(fg) + 0.05) / (lum(bg) + 0.05);
    assert.ok(contrast >= 7, `contrast ${contrast}`);
  } finally {
    await visit.close();
  }
});

test('every id on the page is unique once the app and the charts have mounted', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const { page } = visit;
    for (const figure of await page.locator('figure[data-island="chart"]').all()) {
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('canvas[data-drawn]').waitFor();
    }
    await visit.settle();
    const duplicates = await page.evaluate(() => {
      const seen = new Map();
      for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    assert.deepEqual(duplicates, []);
    assert.equal(await page.locator('h2', { hasText: /^案例$/ }).count(), 1);
  } finally {
    await visit.close();
  }
});
