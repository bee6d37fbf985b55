// The charts as a reader gets them: drawn crisp at 1× and 3×, the height
// reserved before drawing, a tap or the arrow keys read out exact values, the
// 图表/表格 switch shows the same figures as printed, dark scheme redraws,
// nothing wider than a 320 px phone, no errors or CSP violations.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, VIEWPORTS } from './harness.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const FIGURES = ['honours', 'outcomes', 'cohort', 't-2-2-1', 't-3-3-1', 'funding'];

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
    // funding chart is still far below and keeps its build-time image.
    await drawn(page, 'honours');
    await visit.settle();
    const frame = (key) =>
      page.evaluate((key) => {
        const figure = document.getElementById(`chart-${key}`);
        const canvas = figure.querySelector('canvas');
        const box = figure.querySelector('.chart-frame').getBoundingClientRect();
        const img = figure.querySelector('img').getBoundingClientRect();
        return { drawn: canvas.hasAttribute('data-drawn'), hidden: canvas.hidden, height: box.height, width: box.width, img: [img.width, img.height], top: box.top + scrollY };
      }, key);
    const before = await frame('funding');
    assert.equal(before.drawn, false, 'a chart far below the first screen is not drawn yet');
    assert.equal(before.hidden, true);
    assert.ok(before.height > 100, `its space is reserved by the image: ${before.height} px`);
    await drawn(page, 'funding');
    const after = await frame('funding');
    assert.equal(after.height, before.height, 'drawing does not change the layout');
    const canvas = await page.evaluate(() => {
      const r = document.querySelector('#chart-funding canvas').getBoundingClientRect();
      return [r.width, r.height];
    });
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
    // The first group: its label and the school's bar of 毕业去向落实率.
    await page.touchscreen.tap(box.x + box.width / 2, box.y + 30);
    assert.match(await readout.textContent(), /毕业去向落实率：本校 97\.84%，高出全省 0\.92 个百分点/);
    assert.ok(await page.locator('#chart-outcomes .chart-mark').isVisible(), 'the tapped row is outlined');

    await canvas.focus();
    await page.keyboard.press('Home');
    assert.match(await readout.textContent(), /97\.84%/);
    await page.keyboard.press('ArrowDown');
    assert.match(await readout.textContent(), /全省高职平均值 96\.92%/);
    await page.keyboard.press('End');
    assert.match(await readout.textContent(), /工资水平：全省高职平均值 6214\.79 元/);
    await page.keyboard.press('ArrowUp');
    assert.match(await readout.textContent(), /工资水平：本校 6830\.89 元，高出全省 616\.10 元/);
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
    const text = await table.textContent();
    for (const figure of ['97.84', '96.92', '8.29', '6.55', '91.45', '86.41', '83.80', '6830.89', '6214.79', '616.10', '98.63', '98.45']) {
      assert.ok(text.includes(figure), `${figure} in the table`);
    }
    const satisfaction = await page.locator('#chart-outcomes tr', { hasText: '总体满意度' }).textContent();
    assert.match(satisfaction, /91\.45/);
    assert.match(satisfaction, /未公布/);
    assert.doesNotMatch(satisfaction, /高出|低于/);
    await chartButton.click();
    assert.ok(await page.locator('#chart-outcomes canvas').isVisible());
    assert.equal(await table.isVisible(), false);

    await drawn(page, 'funding');
    await page.click('#chart-funding [data-view=table]');
    const funding = await page.locator('#chart-funding table').textContent();
    for (const figure of ['52636.06', '68.53', '24.71', '6.76']) assert.ok(funding.includes(figure), figure);
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
    assert.match(text, /^\ufeff指标,本校,全省,差值\r\n/);
    assert.match(text, /专业相关度,86\.41%,83\.80%,＋2\.61 个百分点\r\n/);
    assert.match(text, /毕业生对学校的总体满意度,91\.45%,未公布,—\r\n/);
    const png = await save('png');
    assert.equal(png.name, 'outcomes-chart.png');
    assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'PNG signature');
    const svg = await save('svg');
    assert.equal(svg.name, 'outcomes-chart.svg');
    const markup = svg.bytes.toString('utf8');
    assert.match(markup, /^<svg /);
    assert.match(markup, /<title>[^<]*就业质量/);
    for (const figure of ['97.84%', '全省均值未公布', '6830.89 元', '高出全省 616.10 元']) {
      assert.ok(markup.includes(figure), `${figure} in the SVG`);
    }
    assert.deepEqual(visit.problems(), []);
  } finally {
    await visit.close();
  }
});
