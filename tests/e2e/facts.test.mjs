// This year's report as printed, on the built page: the facts
// data/expectations.json restates by hand (case and row counts, the survey's
// figures, what the charts read out). Only this report has them: the other
// test files derive everything from the data file under test and run on any
// report (scripts/test.sh runs them on the test fixture too); this one runs
// on the site built from data/report.json only.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startSite, VIEWPORTS } from './harness.mjs';

const facts = JSON.parse(readFileSync(path.join(ROOT, 'data', 'expectations.json'), 'utf8'));

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

test('the site is this year\'s report: its title, cases and tables as printed', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const { page } = visit;
    assert.equal((await page.locator('h1').textContent()).trim(), facts.report.title, 'built from data/report.json');
    assert.equal(await page.locator('article.case').count(), facts.cases.sections.length);
    for (const [n, title] of Object.entries(facts.cases.titles)) {
      assert.equal((await page.locator(`#case-${n} .case-title`).textContent()).trim(), title);
    }
    for (const table of facts.tables) {
      assert.equal(await page.locator(`#${table.key} tbody tr`).count(), table.rows, table.key);
    }
    const charts = await page.$$eval('figure[data-island="chart"]', (fs) => fs.map((f) => f.id.replace(/^chart-/, '')));
    assert.deepEqual(charts, facts.charts.keys);
    assert.deepEqual(visit.problems(), []);
  } finally {
    await visit.close();
  }
});

test('the charts state the printed figures and the tables\' sums', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    const { page } = visit;
    const outcomes = await page.locator('#chart-outcomes table').textContent();
    for (const [, school, province] of facts.outcomes.metrics) {
      assert.ok(outcomes.includes(school), school);
      if (province) assert.ok(outcomes.includes(province), province);
    }
    assert.ok(outcomes.includes(facts.outcomes.salary_difference.exact));
    const alt = await page.locator('#chart-outcomes img').getAttribute('alt');
    assert.ok(alt.includes(facts.charts.no_province_alt), alt);
    for (const [key, want] of Object.entries(facts.charts.tables)) {
      const rows = await page.$$eval(`#chart-${key} tbody tr`, (trs) =>
        trs.map((tr) => [...tr.children].map((td) => td.textContent.trim())),
      );
      if (want.rows) assert.deepEqual(rows, want.rows, key);
      if (want.first) assert.deepEqual(rows[0], want.first, key);
      if (want.bars) assert.equal(rows.length, want.bars, key);
      if (want.source_says) {
        assert.ok((await page.locator(`#chart-${key} .chart-source`).textContent()).includes(want.source_says), key);
      }
    }
  } finally {
    await visit.close();
  }
});

test('tapping and the arrow keys read out this year\'s survey figures', async () => {
  const visit = await site.open(VIEWPORTS.phone);
  try {
    const { page } = visit;
    const said = facts.charts.outcomes_readouts;
    const figure = page.locator('#chart-outcomes');
    await figure.scrollIntoViewIfNeeded();
    await page.waitForSelector('#chart-outcomes canvas[data-drawn]', { timeout: 15000 });
    await figure.scrollIntoViewIfNeeded();
    const canvas = page.locator('#chart-outcomes canvas');
    const readout = page.locator('#chart-outcomes .chart-readout');
    const box = await canvas.boundingBox();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + 30);
    assert.equal(await readout.textContent(), said.tap_first);
    await canvas.focus();
    await page.keyboard.press('Home');
    assert.ok((await readout.textContent()).includes(said.home));
    await page.keyboard.press('ArrowDown');
    assert.ok((await readout.textContent()).includes(said.next));
    await page.keyboard.press('End');
    assert.equal(await readout.textContent(), said.end);
    await page.keyboard.press('ArrowUp');
    assert.equal(await readout.textContent(), said.before_end);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15000 }),
      page.click('#chart-outcomes [data-format=csv]'),
    ]);
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    assert.ok(Buffer.concat(chunks).toString('utf8').includes(`${facts.charts.outcomes_csv_line}\r\n`));
  } finally {
    await visit.close();
  }
});

test('searching 乡村振兴 finds every case tagged with it; cases 2 and 10 show their hit in a snippet', async () => {
  const { topic, tagged, deep_hits: deep } = facts.reading;
  const visit = await site.open(VIEWPORTS.phone, { path: '#cases' });
  try {
    const { page } = visit;
    await page.locator('#case-q').fill(topic);
    await page.waitForFunction(() => /找到 \d+ 个案例/.test(document.querySelector('#cases .result-count').textContent));
    const shown = await page.$$eval('article.case', (as) => as.filter((a) => !a.hidden).map((a) => Number(a.id.slice(5))));
    for (const n of tagged) assert.ok(shown.includes(n), `case ${n} is found`);
    for (const n of deep) {
      const mark = page.locator(`#case-${n} .case-snippet mark`);
      assert.ok(await mark.first().isVisible(), `case ${n}'s snippet shows the hit`);
      assert.equal(await mark.first().innerText(), topic);
    }
  } finally {
    await visit.close();
  }
});

test('the comparison says what it shows in one line', async () => {
  const visit = await site.open(VIEWPORTS.desktop);
  try {
    for (const id of ['chart-outcomes', 'chart-outcomes-overview']) {
      assert.equal((await visit.page.locator(`#${id} .chart-summary`).innerText()).trim(), facts.reading.outcomes_headline);
    }
  } finally {
    await visit.close();
  }
});
