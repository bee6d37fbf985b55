// The charts as a reader gets them: drawn crisp at 1× and 3×, the height
// reserved before drawing, a tap or the arrow keys read out exact values, the
// 图表/表格 switch shows the same figures as printed, dark scheme redraws,
// nothing wider than a 320 px phone, no errors or CSP violations. Which
// charts and what they read out follow from the report's data file.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, VIEWPORTS } from './harness.mjs';
import { report, chartKeys, outcomeReadouts, differenceWords, withUnit, comparisonRow } from './report-data.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const FIGURES = chartKeys();
const metrics = report.outcomes.metrics;

test('the page has every chart the data calls for, in reading order', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const ids = await visit.page.$$eval('figure[data-island="chart"]', (fs) => fs.map((f) => f.id));
    assert.deepEqual(ids, FIGURES.map((key) => `chart-${key}`));
    // A table without a chart declaration is a table, not a figure.
    for (const table of report.tables.filter((t) => !t.chart)) {
      assert.equal(await visit.page.locator(`#chart-${table.key}`).count(), 0, table.key);
      assert.equal(await visit.page.locator(`#${table.key} table`).count(), 1, table.key);
    }
  } finally {
    await visit.close();
  }
});

/**
 * Scrolls to the figure — the charts module loads when one comes near, and
 * mounts each figure as it comes near — and waits until its canvas holds a
 * drawing.
 */
async function drawn(page, key) {
  const figure = page.locator(`#chart-${key}`);
  await figure.scrollIntoViewIfNeeded();
  await page.waitForSelector(`#chart-${key} canvas[data-drawn]`, { timeout: 15000 });
  await figure.scrollIntoViewIfNeeded();
  return figure;
}

/** Backing-store size, CSS size and how many pixels differ from the top-left one. */
function canvasFacts(page, key) {
  return page.evaluate((key) => {
    const canvas = document.querySelector(`#chart-${key} canvas`);
    const rect = canvas.getBoundingClientRect();
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    const bg = [data[0], data[1], data[2]];
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 30) inked++;
    }
    return {
      width: canvas.width,
      height: canvas.height,
      cssWidth: rect.width,
      cssHeight: rect.height,
      dpr: devicePixelRatio,
      background: bg,
      inked: inked / (canvas.width * canvas.height),
    };
  }, key);
}

for (const [name, viewport] of [
  ['1×, desktop', VIEWPORTS.desktop],
  ['3×, phone', VIEWPORTS.phone],
]) {
  test(`every chart is drawn, not blank, at device pixels (${name})`, async () => {
    const visit = await site.open(viewport);
    try {
      const { page } = visit;
      for (const key of FIGURES) {
        await drawn(page, key);
        const c = await canvasFacts(page, key);
        assert.ok(Math.abs(c.width - c.cssWidth * c.dpr) <= c.dpr, `${key}: ${c.width} px backing for ${c.cssWidth} CSS px @${c.dpr}`);
        assert.ok(Math.abs(c.height - c.cssHeight * c.dpr) <= c.dpr + 1, `${key}: ${c.height} px backing for ${c.cssHeight} CSS px`);
        assert.ok(c.inked > 0.01, `${key}: only ${(c.inked * 100).toFixed(2)} % of the canvas is drawn on`);
      }
      assert.deepEqual(visit.problems(), []);
    } finally {
      await visit.close();
    }
  });
}

test('the image reserves the chart\'s height; the canvas takes its place at the same size', async () => {
  const visit = await site.open(VIEWPORTS.phone);
  try {
    const { page } = visit;
    // The first chart near the reader brings in the charts module; the
    // last chart is still far below and keeps its build-time image.
    const [first, last] = [FIGURES[0], FIGURES.at(-1)];
    await drawn(page, first);
    await visit.settle();
    const frame = (key) =>
      page.evaluate((key) => {
        const figure = document.getElementById(`chart-${key}`);
        const canvas = figure.querySelector('canvas');
        const box = figure.querySelector('.chart-frame').getBoundingClientRect();
        const img = figure.querySelector('img').getBoundingClientRect();
        return { drawn: canvas.hasAttribute('data-drawn'), hidden: canvas.hidden, height: box.height, width: box.width, img: [img.width, img.height], top: box.top + scrollY };
      }, key);
    const before = await frame(last);
    assert.equal(before.drawn, false, 'a chart far below the first screen is not drawn yet');
    assert.equal(before.hidden, true);
    assert.ok(before.height > 100, `its space is reserved by the image: ${before.height} px`);
    await drawn(page, last);
    const after = await frame(last);
    assert.equal(after.height, before.height, 'drawing does not change the layout');
    const canvas = await page.evaluate((key) => {
      const r = document.querySelector(`#chart-${key} canvas`).getBoundingClientRect();
      return [r.width, r.height];
    }, last);
    assert.deepEqual(canvas, after.img, 'the canvas lies exactly over the image');
  } finally {
    await visit.close();
  }
});

test('tapping a bar reads out its exact value; arrow keys step through bars', async () => {
  const visit = await site.open(VIEWPORTS.phone);
  try {
    const { page } = visit;
    await drawn(page, 'outcomes');
    const canvas = page.locator('#chart-outcomes canvas');
    const readout = page.locator('#chart-outcomes .chart-readout');
    assert.equal(await readout.getAttribute('role'), 'status');
    const box = await canvas.boundingBox();
    // The first group: its label and the school's bar of the first metric
    // (of the first unit's panel).
    const readouts = outcomeReadouts();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + 30);
    assert.equal(await readout.textContent(), readouts[0]);
    assert.ok(await page.locator('#chart-outcomes .chart-mark').isVisible(), 'the tapped row is outlined');

    await canvas.focus();
    await page.keyboard.press('Home');
    assert.equal(await readout.textContent(), readouts[0]);
    await page.keyboard.press('ArrowDown');
    assert.equal(await readout.textContent(), readouts[1]);
    await page.keyboard.press('End');
    assert.equal(await readout.textContent(), readouts.at(-1));
    await page.keyboard.press('ArrowUp');
    assert.equal(await readout.textContent(), readouts.at(-2));
    await page.keyboard.press('Escape');
    assert.equal(await readout.textContent(), '');
    assert.deepEqual(visit.problems(), []);
  } finally {
    await visit.close();
  }
});

test('the table view shows every figure as printed, and no invented provincial value', async () => {
  const visit = await site.open(VIEWPORTS.smallPhone);
  try {
    const { page } = visit;
    await drawn(page, 'outcomes');
    const chartButton = page.locator('#chart-outcomes [data-view=chart]');
    const tableButton = page.locator('#chart-outcomes [data-view=table]');
    assert.equal(await tableButton.getAttribute('aria-pressed'), 'false');
    await tableButton.click();
    assert.equal(await tableButton.getAttribute('aria-pressed'), 'true');
    assert.equal(await chartButton.getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator('#chart-outcomes canvas').isVisible(), false);
    const table = page.locator('#chart-outcomes table');
    assert.ok(await table.isVisible());
    // 指标 / 本校 / 全省 / 差值, units beside the numbers; no provincial value:
    // 未公布, and compared with nothing.
    const header = (await table.locator('thead th').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(header, ['指标', '本校', '全省', '差值']);
    for (const m of metrics) {
      const row = page.locator('#chart-outcomes tbody tr', { hasText: m.label }).first();
      const cells = (await row.locator('th, td').allInnerTexts()).map((t) => t.trim());
      assert.deepEqual(cells, comparisonRow(m), m.label);
    }
    await chartButton.click();
    assert.ok(await page.locator('#chart-outcomes canvas').isVisible());
    assert.equal(await table.isVisible(), false);

    await drawn(page, 'funding');
    await page.click('#chart-funding [data-view=table]');
    const funding = await page.locator('#chart-funding table').textContent();
    const shares = report.funding.sources.map((s) => s.percent);
    for (const figure of [report.funding.total_income, ...shares]) assert.ok(funding.includes(figure), figure);
  } finally {
    await visit.close();
  }
});

test('the dark scheme redraws on the dark background', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const { page } = visit;
    await drawn(page, 'cohort');
    assert.deepEqual((await canvasFacts(page, 'cohort')).background, [255, 255, 255]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => {
      const c = document.querySelector('#chart-cohort canvas');
      return c.getContext('2d').getImageData(0, 0, 1, 1).data[0] === 0x12;
    }, null, { timeout: 3000 });
    assert.deepEqual((await canvasFacts(page, 'cohort')).background, [0x12, 0x12, 0x12]);
  } finally {
    await visit.close();
  }
});

test('at 320 px every figure fits the screen', async () => {
  const visit = await site.open(VIEWPORTS.smallPhone);
  try {
    const { page } = visit;
    for (const key of FIGURES) await drawn(page, key);
    const wide = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('.chart-figure, .chart-figure *')]
        .filter((el) => !el.closest('.chart-table-wrap table'))
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
    });
    assert.deepEqual(wide, []);
    assert.deepEqual(visit.problems(), []);
  } finally {
    await visit.close();
  }
});

test('downloads: CSV with BOM and CRLF, PNG, SVG', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const { page } = visit;
    await drawn(page, 'outcomes');
    const save = async (format) => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 15000 }),
        page.click(`#chart-outcomes [data-format=${format}]`),
      ]);
      const stream = await download.createReadStream();
      const chunks = [];
      for await (const chunk of stream) chunks.push(chunk);
      return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
    };
    const csv = await save('csv');
    assert.equal(csv.name, 'outcomes-chart.csv');
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const text = csv.bytes.toString('utf8');
    assert.match(text, /\r\n/);
    assert.match(text, /\r\n指标,本校,全省,差值\r\n/);
    for (const m of metrics) {
      const line = comparisonRow(m).join(',');
      assert.ok(text.includes(`\r\n${line}\r\n`), `${line} in the CSV`);
    }
    const png = await save('png');
    assert.equal(png.name, 'outcomes-chart.png');
    assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'PNG signature');
    const svg = await save('svg');
    assert.equal(svg.name, 'outcomes-chart.svg');
    const markup = svg.bytes.toString('utf8');
    assert.match(markup, /^<svg /);
    assert.match(markup, /<title>[^<]*就业质量/);
    const figures = metrics.flatMap((m) => [
      withUnit(m.school, m.unit),
      m.province == null ? '全省均值未公布' : differenceWords(m.school, m.province, m.unit),
    ]);
    for (const figure of figures) {
      assert.ok(markup.includes(figure), `${figure} in the SVG`);
    }
    assert.deepEqual(visit.problems(), []);
  } finally {
    await visit.close();
  }
});
