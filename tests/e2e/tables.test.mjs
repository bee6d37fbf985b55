// The report's tables on a phone and a desktop: caption first, header row and
// first column held in place while the box scrolls, the page never wider than
// the screen; long tables folded to 10 rows on a phone; a filter that matches
// nothing says so; award levels and dates sort by rank and by date; print and
// a page without script show every row. And the outcomes chart's comparison
// table within 320 px.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSite, openPage } from './harness.mjs';
import { report } from './report-data.mjs';

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
const FOLD_AT = 10;

const tableOf = (key) => report.tables.find((t) => t.key === key);

/** The page with the app and its tables mounted (tables mount one per task after the app). */
async function open(size, options) {
  const visit = await site.open(SIZES[size], options);
  await visit.settle();
  return visit;
}

/** Rows of a table island that are displayed, and all rows (displayed or folded away). */
function rowCounts(island) {
  return island.evaluate((el) => {
    const rows = [...el.querySelectorAll('tbody tr')];
    return { shown: rows.filter((r) => r.checkVisibility()).length, all: rows.length };
  });
}

/** The cells of one column, in the order shown (folded rows included). */
async function column(island, label) {
  const labels = await island.locator('thead th').allInnerTexts();
  const index = labels.findIndex((l) => l.replace(/[↕▲▼]/g, '').trim() === label);
  assert.ok(index >= 0, `column ${label}`);
  return island.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents();
}

async function sortBy(island, label) {
  const header = island.locator('thead th', { hasText: label });
  await header.locator('button').click();
  return header.getAttribute('aria-sort');
}

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const scheme of ['light', 'dark']) {
    test(`${size}, ${scheme}: a long table shows its caption first and keeps its header row and first column in view`, async () => {
      // The scheme is set before loading: switching it later swaps the chart
      // images mid-download, and the aborted requests would count as problems.
      const visit = await open(size, { beforeLoad: (page) => page.emulateMedia({ colorScheme: scheme }) });
      try {
        const { page } = visit;
        assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark');
        for (const key of ['t-2-2-1', 't-3-3-1']) {
          const island = page.locator(`#${key}`);
          await island.scrollIntoViewIfNeeded();
          const box = island.locator('.table-scroll');
          if (NARROW.includes(size)) await island.locator('.table-fold summary').click();
          // The whole box in view, below the sticky chapter bar.
          await box.evaluate((b) => b.scrollIntoView({ block: 'center' }));
          // Caption, then the tools, then the rows.
          const top = (sel) => island.locator(sel).evaluate((e) => e.getBoundingClientRect().top);
          const caption = island.locator('.table-caption');
          const { number, title } = tableOf(key);
          assert.equal((await caption.textContent()).trim(), `${number} ${title}`);
          assert.ok((await top('.table-caption')) < (await top('.table-tools')), `${key}: caption above the filter`);
          assert.ok((await top('.table-tools')) < (await top('.table-scroll')), `${key}: tools above the rows`);

          const scrolled = await box.evaluate((b) => {
            b.scrollTop = b.scrollHeight;
            b.scrollLeft = b.scrollWidth;
            return { top: b.scrollTop, left: b.scrollLeft, wide: b.scrollWidth > b.clientWidth };
          });
          assert.ok(scrolled.top > 200, `${key}: the box scrolls down (${scrolled.top})`);
          if (NARROW.includes(size)) assert.ok(scrolled.left > 50 && scrolled.wide, `${key}: the box scrolls sideways`);
          await page.waitForTimeout(50);
          const held = await box.evaluate((b) => {
            const inner = b.getBoundingClientRect();
            const top = inner.top + b.clientTop;
            const left = inner.left + b.clientLeft;
            // The header row's cells (they hold; the <tr> box itself scrolls).
            const heads = [...b.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
            const head = heads[0];
            // The first cell of the last row (in view after scrolling to the end).
            const rows = [...b.querySelectorAll('tbody tr')].filter((r) => r.checkVisibility());
            const cell = rows.at(-1).firstElementChild;
            const corner = b.querySelector('thead th');
            const opaque = (el) => !/rgba\(.*, 0\)$|transparent/.test(getComputedStyle(el).backgroundColor);
            // What a reader sees at the header's and the first column's place.
            const atHead = document.elementFromPoint(left + inner.width / 2, head.top + head.height / 2);
            const atFirst = document.elementFromPoint(left + 4, cell.getBoundingClientRect().top + 4);
            return {
              headTop: Math.max(...heads.map((h) => Math.abs(h.top - top))),
              cellLeft: cell.getBoundingClientRect().left - left,
              cornerLeft: corner.getBoundingClientRect().left - left,
              opaque: opaque(cell) && opaque(corner) && opaque(b.querySelector('thead th:last-child')),
              headSeen: atHead?.closest('thead') !== null,
              firstSeen: atFirst === cell || cell.contains(atFirst),
              number: cell.textContent,
            };
          });
          assert.ok(held.headTop <= 1, `${key}: header row at the top of the box (${held.headTop})`);
          assert.ok(Math.abs(held.cellLeft) <= 1, `${key}: first column at the left (${held.cellLeft})`);
          assert.ok(Math.abs(held.cornerLeft) <= 1, `${key}: the 序号 header at the left (${held.cornerLeft})`);
          assert.ok(held.headSeen, `${key}: the header row is what shows at the top`);
          assert.ok(held.firstSeen, `${key}: the first column is what shows at the left`);
          assert.ok(held.opaque, `${key}: held cells hide what scrolls under them`);
          assert.equal(held.number, String(tableOf(key).rows.length), `${key}: scrolled to the last row`);
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
  test(`${size}: a long table shows its first 10 rows and a button for all, and folds again`, async () => {
    const visit = await open(size);
    try {
      const island = visit.page.locator('#t-2-2-1');
      const total = tableOf('t-2-2-1').rows.length;
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
      // A short table has nothing to fold.
      const short = visit.page.locator('#t-2-2-2');
      assert.equal(await short.locator('.table-fold').isVisible(), false);
      assert.equal((await rowCounts(short)).shown, tableOf('t-2-2-2').rows.length);
      // A filter that leaves 10 rows or fewer shows them all, without the button.
      await island.locator('input[type="search"]').fill('嘉兴');
      const left = tableOf('t-2-2-1').rows.filter((r) => r.some((c) => String(c).includes('嘉兴'))).length;
      assert.ok(left > FOLD_AT, 'more than 10 rows still match');
      assert.deepEqual(await rowCounts(island), { shown: FOLD_AT, all: left });
      assert.equal((await summary.innerText()).trim(), `显示全部 ${left} 行`);
      await island.locator('input[type="search"]').fill('浙江');
      const few = tableOf('t-2-2-1').rows.filter((r) => r.some((c) => String(c).includes('浙江'))).length;
      assert.ok(few > 0 && few <= FOLD_AT, `${few} rows match 浙江`);
      assert.equal((await rowCounts(island)).shown, few);
      assert.equal(await fold.isVisible(), false);
      assert.deepEqual(visit.problems(), []);
    } finally {
      await visit.close();
    }
  });
}

test('1280×800: every row of every table shows, with no fold button', async () => {
  const visit = await open('1280×800');
  try {
    for (const table of report.tables) {
      const island = visit.page.locator(`#${table.key}`);
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
    }
  } finally {
    await noScript.close();
  }
  const visit = await open('390×844');
  try {
    const { page } = visit;
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
    const visit = await open(size);
    try {
      const island = visit.page.locator('#t-1-4-1');
      const total = tableOf('t-1-4-1').rows.length;
      const input = island.locator('input[type="search"]');
      const count = island.locator('.row-count');
      const clear = island.locator('.table-clear');
      assert.equal(await clear.isVisible(), false, 'nothing to clear yet');
      await input.fill('火星基地');
      await clear.waitFor();
      assert.equal((await count.textContent()).trim(), '没有包含“火星基地”的行。');
      assert.equal(await count.getAttribute('role'), 'status', 'read out');
      assert.equal((await rowCounts(island)).all, 0);
      await clear.click();
      assert.equal(await input.inputValue(), '');
      assert.equal((await count.textContent()).trim(), `共 ${total} 行`);
      assert.equal((await rowCounts(island)).all, total);
      assert.equal(await clear.isVisible(), false);
      assert.deepEqual(visit.problems(), []);
    } finally {
      await visit.close();
    }
  });
}

for (const size of Object.keys(SIZES)) {
  test(`${size}: award levels sort by rank; dates show as dates and sort by date`, async () => {
    const visit = await open(size);
    try {
      const { page } = visit;
      // 表1.5-1: grades and levels.
      const t151 = page.locator('#t-1-5-1');
      assert.equal(await sortBy(t151, '获奖等级'), 'ascending');
      const grades = await column(t151, '获奖等级');
      assert.deepEqual([...new Set(grades)], ['一等奖', '二等奖', '三等奖']);
      assert.equal(grades.length, tableOf('t-1-5-1').rows.length);
      assert.equal(await sortBy(t151, '竞赛级别'), 'ascending');
      assert.deepEqual([...new Set(await column(t151, '竞赛级别'))], ['国家级', '省部级']);
      assert.equal(await sortBy(t151, '竞赛级别'), 'descending');
      assert.deepEqual([...new Set(await column(t151, '竞赛级别'))], ['省部级', '国家级']);

      // 表1.4-1: levels and grades combined; the level counts first.
      const t141 = page.locator('#t-1-4-1');
      assert.equal(await sortBy(t141, '获奖等级'), 'ascending');
      const awards = await column(t141, '获奖等级');
      assert.deepEqual(awards.slice(0, 4), ['国赛特等奖', '国赛 银奖', '国赛三等奖', '国家级 卫星级作品']);
      const provincial = awards.slice(4);
      assert.ok(provincial.every((a) => a.startsWith('省级')), String(provincial));
      const grade = (a) => (/一等|金奖/.test(a) ? 1 : /银奖/.test(a) ? 2 : /铜奖/.test(a) ? 3 : 9);
      const order = provincial.map(grade);
      assert.deepEqual(order, [...order].sort((a, b) => a - b), `provincial awards by grade: ${provincial}`);
      assert.ok(order.includes(1) && order.includes(2) && order.includes(3));
      assert.equal(await sortBy(t141, '获奖等级'), 'descending');
      assert.equal((await column(t141, '获奖等级')).at(-1), '国赛特等奖');

      // 表3.3-1 登记日期: 200109 shows as 2001年9月 and sorts by date.
      const t331 = page.locator('#t-3-3-1');
      const asDate = /^(\d{4})年(\d{1,2})月$/;
      const shown = await column(t331, '登记日期');
      assert.ok(shown.every((d) => asDate.test(d)), `dates as dates: ${shown}`);
      assert.equal(await sortBy(t331, '登记日期'), 'ascending');
      const dates = await column(t331, '登记日期');
      const months = dates.map((d) => {
        const [, y, m] = d.match(asDate);
        return Number(y) * 12 + Number(m);
      });
      assert.deepEqual(months, [...months].sort((a, b) => a - b), `by date: ${dates}`);
      assert.equal(dates[0], '2001年9月');
      assert.equal(dates.at(-1), '2023年4月');
      assert.equal(await sortBy(t331, '登记日期'), 'descending');
      assert.equal((await column(t331, '登记日期'))[0], '2023年4月');

      // 表1.8-1 出版年月 too.
      const published = await column(page.locator('#t-1-8-1'), '出版年月');
      assert.ok(published.every((d) => asDate.test(d)), `publication dates: ${published}`);

      // A date is found as shown and as printed.
      const filter = t331.locator('input[type="search"]');
      const printed = tableOf('t-3-3-1').rows.filter((r) => r.includes('200109')).length;
      await filter.fill('2001年9月');
      assert.equal((await rowCounts(t331)).all, printed);
      await filter.fill('200109');
      assert.equal((await rowCounts(t331)).all, printed);
      assert.deepEqual(visit.problems(), []);
    } finally {
      await visit.close();
    }
  });
}

test('a table’s CSV keeps its date codes as printed', async () => {
  const visit = await open('1280×800');
  try {
    const { page } = visit;
    const island = page.locator('#t-3-3-1');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      island.locator('a[download]', { hasText: '下载 CSV' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    const table = tableOf('t-3-3-1');
    const col = table.columns.findIndex((c) => c.label === '登记日期');
    const codes = text.slice(1).trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[col]);
    assert.deepEqual(codes, table.rows.map((r) => r[col]));
    assert.ok(!text.includes('2001年9月'));
  } finally {
    await visit.close();
  }
});

for (const size of Object.keys(SIZES)) {
  test(`${size}: the outcomes comparison table reads 指标 / 本校 / 全省 / 差值, units beside the numbers, within the screen`, async () => {
    const visit = await open(size);
    try {
      const { page } = visit;
      const figure = page.locator('#chart-outcomes');
      await figure.scrollIntoViewIfNeeded();
      await page.waitForSelector('#chart-outcomes canvas[data-drawn]', { timeout: 15000 });
      await figure.locator('[data-view=table]').click();
      const table = figure.locator('table');
      assert.deepEqual((await table.locator('thead th').allInnerTexts()).map((t) => t.trim()), ['指标', '本校', '全省', '差值']);
      const row = async (label) =>
        (await table.locator('tbody tr', { hasText: label }).locator('th, td').allInnerTexts()).map((t) => t.trim());
      assert.deepEqual(await row('毕业去向落实率'), ['毕业去向落实率', '97.84%', '96.92%', '＋0.92 个百分点']);
      assert.deepEqual(await row('工资水平'), ['工资水平', '6830.89 元', '6214.79 元', '＋616.10 元']);
      assert.deepEqual(await row('总体满意度'), ['毕业生对学校的总体满意度', '91.45%', '未公布', '—']);
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
