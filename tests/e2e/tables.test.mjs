// The report's tables on a phone and a desktop: caption first, header row and
// the column a row is known by (its name, not the 序号) held in place while
// the box scrolls, the page never wider than the screen; long tables folded
// to 10 rows on a phone; a filter that matches nothing says so; award levels
// and dates sort by rank and by date; print and a page without script show
// every row. And the outcomes chart's comparison table within 320 px.
// Probes come from the data file under test.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSite, openPage, liveTable } from './harness.mjs';
import { report, longTables, columnsOfKind, levelRank, dateText, comparisonRow } from './report-data.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const phone = (width, height) => ({ width, height, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
const SIZES = {
  '320×568': phone(320, 568),
  '390×844': phone(390, 844),
  '1280×800': { width: 1280, height: 800, deviceScaleFactor: 1 },
};
const NARROW = ['320×568', '390×844'];
/** src/view/data_table.rs FOLD_AT. */
const FOLD_AT = 10;

/** The longest table, and the widest of the long ones (the one that scrolls sideways). */
const long = longTables(FOLD_AT);
const probes = [...new Set([long[0], [...long].sort((a, b) => b.columns.length - a.columns.length)[0]])].filter(Boolean);
const noLongTable = long.length ? false : 'this report has no table of more than 10 rows';

function caption(table) {
  return table.number ? `${table.number} ${table.title}` : table.title;
}

/** Rows of a table island that are displayed, and all rows (displayed or folded away). */
function rowCounts(island) {
  return island.evaluate((el) => {
    const rows = [...el.querySelectorAll('tbody tr')];
    return { shown: rows.filter((r) => r.checkVisibility()).length, all: rows.length };
  });
}

/** The column a row is known by: its first text column (a name after the 序号), else the first. */
function keyColumn(table) {
  return Math.max(0, table.columns.findIndex((c) => c.kind === 'text'));
}

/** The cells of one column, in the order shown (folded rows included). */
function column(island, index) {
  return island.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents();
}

/** Clicks a column's sort button; its aria-sort after the click. */
async function sortBy(island, index) {
  const header = island.locator('thead th').nth(index);
  await header.locator('button').click();
  return header.getAttribute('aria-sort');
}

const compare = (a, b) => (a[0] - b[0]) || (a[1] - b[1]);
const ordered = (keys) => keys.every((k, i) => i === 0 || compare(keys[i - 1], k) <= 0);

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const scheme of ['light', 'dark']) {
    test(`${size}, ${scheme}: a long table shows its caption first and keeps its header row and the column a row is known by in view`, { skip: noLongTable }, async () => {
      // The scheme is set before loading: switching it later swaps the chart
      // images mid-download, and the aborted requests would count as problems.
      const visit = await site.open(viewport, { beforeLoad: (page) => page.emulateMedia({ colorScheme: scheme }) });
      try {
        const { page } = visit;
        assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark');
        for (const table of probes) {
          const key = table.key;
          const island = await liveTable(page, key);
          const box = island.locator('.table-scroll');
          if (NARROW.includes(size)) await island.locator('.table-fold summary').click();
          // The whole box in view, below the sticky chapter bar.
          await box.evaluate((b) => b.scrollIntoView({ block: 'center' }));
          // Caption, then the tools, then the rows.
          const top = (sel) => island.locator(sel).evaluate((e) => e.getBoundingClientRect().top);
          assert.equal((await island.locator('.table-caption').textContent()).trim(), caption(table));
          assert.ok((await top('.table-caption')) < (await top('.table-tools')), `${key}: caption above the filter`);
          assert.ok((await top('.table-tools')) < (await top('.table-scroll')), `${key}: tools above the rows`);

          const scrolled = await box.evaluate((b) => {
            b.scrollTop = b.scrollHeight;
            b.scrollLeft = b.scrollWidth;
            return { top: b.scrollTop, left: b.scrollLeft };
          });
          assert.ok(scrolled.top > 100, `${key}: the box scrolls down (${scrolled.top})`);
          await page.waitForTimeout(50);
          const held = await box.evaluate((b, key) => {
            const inner = b.getBoundingClientRect();
            const top = inner.top + b.clientTop;
            const left = inner.left + b.clientLeft;
            // The header row's cells (they hold; the <tr> box itself scrolls).
            const heads = [...b.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
            // The last row's cell in the key column (in view after scrolling to the end).
            const rows = [...b.querySelectorAll('tbody tr')].filter((r) => r.checkVisibility());
            const cell = rows.at(-1).children[key];
            const corner = b.querySelectorAll('thead th')[key];
            const opaque = (el) => !/rgba\(.*, 0\)$|transparent/.test(getComputedStyle(el).backgroundColor);
            // What a reader sees at the header's and the key column's place.
            const atHead = document.elementFromPoint(left + inner.width / 2, heads[0].top + heads[0].height / 2);
            const atKey = document.elementFromPoint(cell.getBoundingClientRect().left + 4, cell.getBoundingClientRect().top + 4);
            // Where the key column sits unscrolled (after the 序号), less what the box scrolled sideways:
            // it moves left with the rows until it reaches the box's edge, then holds there.
            const before = [...rows.at(-1).children].slice(0, key).reduce((w, c) => w + c.getBoundingClientRect().width, 0);
            const expected = Math.max(0, before - b.scrollLeft);
            return {
              headTop: Math.max(...heads.map((h) => Math.abs(h.top - top))),
              cellLeft: cell.getBoundingClientRect().left - left - expected,
              cornerLeft: corner.getBoundingClientRect().left - left - expected,
              opaque: opaque(cell) && opaque(corner) && opaque(b.querySelector('thead th:last-child')),
              headSeen: atHead?.closest('thead') !== null,
              keySeen: atKey === cell || cell.contains(atKey),
              number: rows.at(-1).firstElementChild.textContent,
              name: cell.textContent,
            };
          }, keyColumn(table));
          assert.ok(held.headTop <= 1, `${key}: header row at the top of the box (${held.headTop})`);
          assert.ok(Math.abs(held.cellLeft) <= 1, `${key}: the key column at the left (${held.cellLeft})`);
          assert.ok(Math.abs(held.cornerLeft) <= 1, `${key}: the key column's header at the left (${held.cornerLeft})`);
          assert.ok(held.headSeen, `${key}: the header row is what shows at the top`);
          assert.ok(held.keySeen, `${key}: the key column is what shows at the left`);
          assert.ok(held.opaque, `${key}: held cells hide what scrolls under them`);
          assert.equal(held.number, String(table.rows.at(-1)[0]), `${key}: scrolled to the last row`);
          assert.equal(held.name.trim(), String(table.rows.at(-1)[keyColumn(table)]), `${key}: the row's name holds`);
        }
        // On a phone a table wider than the screen scrolls sideways inside its
        // box (a narrow table that fits has nothing to scroll; the page itself
        // never scrolls sideways, below).
        if (NARROW.includes(size)) {
          const widest = probes.at(-1);
          const side = await page
            .locator(`#${widest.key} .table-scroll`)
            .evaluate((b) => ({ wider: b.scrollWidth > b.clientWidth + 1, left: b.scrollLeft }));
          if (side.wider) assert.ok(side.left > 50, `${widest.key}: the box scrolls sideways (${side.left})`);
        }
        const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        assert.ok(widths[0] <= widths[1], `the page never scrolls sideways: ${widths}`);
        assert.deepEqual(visit.problems(), []);
      } finally {
        await visit.close();
      }
    });
  }
}

for (const size of NARROW) {
  test(`${size}: a long table shows its first 10 rows and a button for all, and folds again`, { skip: noLongTable }, async () => {
    const visit = await site.open(SIZES[size]);
    try {
      const table = long[0];
      const total = table.rows.length;
      const island = await liveTable(visit.page, table.key);
      const fold = island.locator('.table-fold');
      const summary = fold.locator('summary');
      const open = () => fold.evaluate((d) => d.open);
      assert.deepEqual(await rowCounts(island), { shown: FOLD_AT, all: total });
      assert.equal((await summary.innerText()).trim(), `显示全部 ${total} 行`);
      assert.equal(await open(), false);
      await summary.click();
      assert.deepEqual(await rowCounts(island), { shown: total, all: total });
      assert.equal(await open(), true);
      assert.match(await summary.innerText(), /收起/);
      await summary.click();
      assert.deepEqual(await rowCounts(island), { shown: FOLD_AT, all: total });
      assert.equal((await summary.innerText()).trim(), `显示全部 ${total} 行`);
      // A table of 10 rows or fewer has nothing to fold.
      for (const short of report.tables.filter((t) => t.rows.length <= FOLD_AT)) {
        const other = await liveTable(visit.page, short.key);
        assert.equal(await other.locator('.table-fold').isVisible(), false, short.key);
        assert.equal((await rowCounts(other)).shown, short.rows.length, short.key);
      }
      // A filter names the rows it leaves: more than 10 fold, 10 or fewer show.
      const input = island.locator('input[type="search"]');
      const cells = table.rows.flatMap((r) => r.filter((c) => typeof c === 'string'));
      const matching = (term) => table.rows.filter((r) => r.some((c) => String(c).includes(term))).length;
      const chars = [...new Set(cells.join(''))];
      const many = chars.find((c) => matching(c) > FOLD_AT && matching(c) < total);
      const few = chars.find((c) => matching(c) > 0 && matching(c) <= FOLD_AT);
      if (many) {
        await input.fill(many);
        assert.deepEqual(await rowCounts(island), { shown: FOLD_AT, all: matching(many) }, many);
        assert.equal((await summary.innerText()).trim(), `显示全部 ${matching(many)} 行`);
      }
      assert.ok(few, 'a term that leaves 10 rows or fewer');
      await input.fill(few);
      assert.equal((await rowCounts(island)).shown, matching(few), few);
      assert.equal(await fold.isVisible(), false);
      assert.deepEqual(visit.problems(), []);
    } finally {
      await visit.close();
    }
  });
}

test('1280×800: every row of every table shows, with no fold button', async () => {
  const visit = await site.open(SIZES['1280×800']);
  try {
    for (const table of report.tables) {
      const island = await liveTable(visit.page, table.key);
      assert.deepEqual(await rowCounts(island), { shown: table.rows.length, all: table.rows.length }, table.key);
      assert.equal(await island.locator('.table-fold').isVisible(), false, table.key);
    }
  } finally {
    await visit.close();
  }
});

test('390×844 without script, and in print: every row and the header text show', async () => {
  const noScript = await openPage(site.browser, site.url, SIZES['390×844'], { waitForApp: false, javaScriptEnabled: false });
  try {
    for (const table of report.tables) {
      const island = noScript.page.locator(`#${table.key}`);
      assert.equal((await rowCounts(island)).shown, table.rows.length, `${table.key} without script`);
      assert.equal(await island.locator('.table-fold').isVisible(), false);
      assert.equal(await island.locator('.table-clear').isVisible(), false);
    }
  } finally {
    await noScript.close();
  }
  const visit = await site.open(SIZES['390×844']);
  try {
    const { page } = visit;
    for (const table of report.tables) await liveTable(page, table.key);
    await page.emulateMedia({ media: 'print' });
    for (const table of report.tables) {
      const island = page.locator(`#${table.key}`);
      assert.equal((await rowCounts(island)).shown, table.rows.length, `${table.key} in print`);
      const headers = (await island.locator('thead th').allInnerTexts()).map((h) => h.trim());
      assert.deepEqual(headers, table.columns.map((c) => c.label), `${table.key} header text in print`);
      assert.ok(await island.locator('.table-caption').isVisible(), `${table.key} caption in print`);
      assert.equal(await island.locator('.table-fold').isVisible(), false);
      // Nothing is cut off by the screen's scroll box.
      const clipped = await island.locator('.table-scroll').evaluate((b) => b.scrollHeight > b.clientHeight + 1);
      assert.equal(clipped, false, `${table.key}: the whole table prints`);
    }
  } finally {
    await visit.close();
  }
});

for (const size of Object.keys(SIZES)) {
  test(`${size}: a filter that matches nothing says so, and one click clears it`, async () => {
    const visit = await site.open(SIZES[size]);
    try {
      const table = report.tables[0];
      const total = table.rows.length;
      const term = '火星基地';
      assert.ok(!JSON.stringify(table.rows).includes(term));
      const island = await liveTable(visit.page, table.key);
      const input = island.locator('input[type="search"]');
      const count = island.locator('.row-count');
      const clear = island.locator('.table-clear');
      assert.equal(await clear.isVisible(), false, 'nothing to clear yet');
      await input.fill(term);
      await clear.waitFor();
      assert.equal((await count.textContent()).trim(), `没有包含“${term}”的行。`);
      assert.equal(await count.getAttribute('role'), 'status', 'read out');
      assert.equal((await rowCounts(island)).all, 0);
      await clear.click();
      assert.equal(await input.inputValue(), '');
      assert.equal((await count.textContent()).trim(), `共 ${total} 行`);
      assert.equal((await rowCounts(island)).all, total);
      assert.equal(await clear.isVisible(), false);
      assert.ok(await input.evaluate((i) => i === document.activeElement), 'focus back in the filter');
      assert.deepEqual(visit.problems(), []);
    } finally {
      await visit.close();
    }
  });
}

const levels = columnsOfKind('level');
const dates = columnsOfKind('date');

for (const size of Object.keys(SIZES)) {
  test(`${size}: award levels sort by rank, best first, and back`, { skip: levels.length ? false : 'no level column' }, async () => {
    const visit = await site.open(SIZES[size]);
    try {
      for (const { table, column: c, label } of levels) {
        const island = await liveTable(visit.page, table.key);
        assert.equal(await sortBy(island, c), 'ascending', label);
        const up = await column(island, c);
        assert.equal(up.length, table.rows.length);
        assert.ok(ordered(up.map(levelRank)), `${table.key} ${label} by rank: ${up}`);
        assert.deepEqual([...up].sort(), table.rows.map((r) => r[c]).sort(), 'the same values');
        assert.equal(await sortBy(island, c), 'descending', label);
        const down = await column(island, c);
        assert.ok(ordered(down.map(levelRank).reverse()), `${table.key} ${label} worst first: ${down}`);
      }
      assert.deepEqual(visit.problems(), []);
    } finally {
      await visit.close();
    }
  });

  test(`${size}: date codes show as dates and sort by date`, { skip: dates.length ? false : 'no date column' }, async () => {
    const visit = await site.open(SIZES[size]);
    try {
      const asDate = /^(\d{4})年(\d{1,2})月$/;
      const month = (d) => {
        const [, y, m] = d.match(asDate);
        return Number(y) * 12 + Number(m);
      };
      for (const { table, column: c, label } of dates) {
        const island = await liveTable(visit.page, table.key);
        const shown = await column(island, c);
        assert.deepEqual(shown, table.rows.map((r) => dateText(r[c])), `${table.key} ${label}`);
        assert.ok(shown.every((d) => asDate.test(d)), `dates as dates: ${shown}`);
        assert.equal(await sortBy(island, c), 'ascending');
        const up = (await column(island, c)).map(month);
        assert.deepEqual(up, [...up].sort((a, b) => a - b), `${table.key} ${label} by date`);
        assert.equal(await sortBy(island, c), 'descending');
        const down = (await column(island, c)).map(month);
        assert.deepEqual(down, [...down].sort((a, b) => b - a));
        // A date is found as shown and as printed.
        const input = island.locator('input[type="search"]');
        const printed = table.rows[0][c];
        const found = table.rows.filter((r) => r.some((cell) => String(cell).includes(printed))).length;
        await input.fill(printed);
        assert.equal((await rowCounts(island)).all, found, printed);
        await input.fill(dateText(printed));
        assert.ok((await rowCounts(island)).all >= found, dateText(printed));
        await input.fill('');
      }
      assert.deepEqual(visit.problems(), []);
    } finally {
      await visit.close();
    }
  });
}

test('a table’s CSV keeps its date codes as printed', { skip: dates.length ? false : 'no date column' }, async () => {
  const visit = await site.open(SIZES['1280×800']);
  try {
    const { page } = visit;
    const { table, column: c } = dates[0];
    const island = await liveTable(page, table.key);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      island.locator('a[download]', { hasText: '下载 CSV' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    for (const row of table.rows) {
      assert.ok(text.includes(`,${row[c]}`), `${row[c]} as printed`);
      assert.ok(!text.includes(dateText(row[c])), `not ${dateText(row[c])}`);
    }
  } finally {
    await visit.close();
  }
});

for (const size of Object.keys(SIZES)) {
  test(`${size}: the outcomes comparison table reads 指标 / 本校 / 全省 / 差值, units beside the numbers, within the screen`, async () => {
    const visit = await site.open(SIZES[size]);
    try {
      const { page } = visit;
      const figure = page.locator('#chart-outcomes');
      await figure.scrollIntoViewIfNeeded();
      await page.waitForSelector('#chart-outcomes canvas[data-drawn]', { timeout: 15000 });
      await figure.locator('[data-view=table]').click();
      const table = figure.locator('table');
      assert.deepEqual((await table.locator('thead th').allInnerTexts()).map((t) => t.trim()), ['指标', '本校', '全省', '差值']);
      for (const m of report.outcomes.metrics) {
        const cells = (await table.locator('tbody tr', { hasText: m.label }).first().locator('th, td').allInnerTexts()).map((t) => t.trim());
        assert.deepEqual(cells, comparisonRow(m), m.label);
      }
      const fit = await figure.locator('.chart-table-wrap').evaluate((wrap) => {
        const box = wrap.getBoundingClientRect();
        const cells = [...wrap.querySelectorAll('th, td')];
        // A figure with its unit on one line: one line box for the cell's text.
        const lines = (cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        };
        return {
          scrolls: wrap.scrollWidth > wrap.clientWidth,
          outside: cells.filter((c) => c.getBoundingClientRect().right > box.right + 0.5).map((c) => c.textContent),
          broken: [...wrap.querySelectorAll('td')].filter((c) => lines(c) > 1).map((c) => c.textContent),
          pageWidth: document.documentElement.scrollWidth,
        };
      });
      assert.equal(fit.scrolls, false, 'the table does not scroll sideways');
      assert.deepEqual(fit.outside, []);
      assert.deepEqual(fit.broken, [], 'each figure and its unit on one line');
      assert.ok(fit.pageWidth <= SIZES[size].width);
      assert.deepEqual(visit.problems(), []);
    } finally {
      await visit.close();
    }
  });
}
