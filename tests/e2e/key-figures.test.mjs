// Key figures on a phone and a desktop: a number and its unit on one line,
// inside their tile or card; at most four tiles a section, chosen in the data,
// with the figures that qualify them (growth rates) on the same tile; large
// 万元 amounts in 亿元 with the printed value for screen readers; overview
// cards give a number, a label and a link, and the 前言's tiles repeat none
// of them. Probes come from the data file under test.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite } from './harness.mjs';
import { report, shownFigure, qualifierText } from './report-data.mjs';

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

const headline = report.figures.filter((f) => f.headline);
const tiled = report.figures.filter((f) => f.tile);
const sectionId = (section) => (section === '前言' ? 'preface' : `s-${section.replaceAll('.', '-')}`);

for (const [size, viewport] of Object.entries(SIZES)) {
  test(`${size}: every number sits on one line with its unit, inside its tile or card`, async () => {
    const visit = await site.open(viewport);
    try {
      const problems = await visit.page.evaluate(() => {
        const out = [];
        for (const item of document.querySelectorAll('.key-figure, .card')) {
          const number = item.querySelector('.key-number, .card-number');
          const unit = item.querySelector('.key-unit, .card-unit');
          const n = number.getBoundingClientRect();
          const u = unit.getBoundingClientRect();
          const box = item.getBoundingClientRect();
          const name = `${number.textContent} ${unit.textContent}`;
          if (number.getClientRects().length !== 1 || unit.getClientRects().length !== 1) out.push(`${name}: broken inside`);
          // Same line: the unit follows the number and their boxes overlap vertically.
          if (u.left < n.right - 1 || u.top >= n.bottom || u.bottom <= n.top) out.push(`${name}: unit apart from its number`);
          if (u.right > box.right + 0.5 || n.left < box.left - 0.5) out.push(`${name}: outside its ${item.className}`);
        }
        return out;
      });
      assert.deepEqual(problems, []);
      const count = await visit.page.locator('.key-figure, .card').count();
      assert.equal(count, tiled.length + headline.length);
    } finally {
      await visit.close();
    }
  });
}

test('at most four tiles a section, each with the figures that qualify it', { skip: tiled.length ? false : 'no tiles' }, async () => {
  const visit = await site.open(SIZES['390×844']);
  try {
    const { page } = visit;
    const perSection = await page.$$eval('.key-figures', (lists) => lists.map((l) => l.querySelectorAll('.key-figure').length));
    assert.ok(perSection.every((n) => n >= 1 && n <= 4), String(perSection));
    assert.equal(perSection.reduce((a, b) => a + b, 0), tiled.length);
    for (const section of new Set(tiled.map((f) => f.section))) {
      const tiles = await page.locator(`#${sectionId(section)} .key-figures .key-figure`).evaluateAll((ts) =>
        ts.map((t) => ({
          number: t.querySelector('.key-number').textContent,
          unit: t.querySelector('.key-unit').textContent,
          details: [...t.querySelectorAll('.key-detail')].map((d) => d.textContent),
          label: t.querySelector('dt').textContent,
          spoken: t.querySelector('dd').textContent,
          title: t.querySelector('.key-value').getAttribute('title'),
        })),
      );
      const figures = tiled.filter((f) => f.section === section);
      assert.equal(tiles.length, figures.length, section);
      for (const [i, f] of figures.entries()) {
        const shown = shownFigure(f.value, f.unit);
        const tile = tiles[i];
        assert.deepEqual([tile.number, tile.unit, tile.label], [shown.number, shown.unit, f.label], `${section} ${f.key}`);
        // A growth rate (or a part) on the tile of what it qualifies, never alone.
        const qualifiers = report.figures.filter((q) => q.of === f.key);
        assert.deepEqual(tile.details, qualifiers.map(qualifierText), `${section} ${f.key}`);
        // The exact printed value stays, for screen readers and on hover.
        if (shown.printed) {
          assert.ok(tile.spoken.includes(shown.printed), `${f.key}: ${shown.printed} in ${tile.spoken}`);
          assert.equal(tile.title, `报告原文：${shown.printed}`);
        } else {
          assert.equal(tile.title, null);
        }
      }
    }
    // No tile is a bare change ("比上年增长 18.59%").
    const labels = await page.locator('.key-figure dt').allTextContents();
    assert.ok(labels.every((l) => !/^(比|较)上/.test(l)), String(labels));
  } finally {
    await visit.close();
  }
});

test('overview cards: a number, a label and a link; the 前言 tiles repeat none of them', async () => {
  const visit = await site.open(SIZES['320×568']);
  try {
    const { page } = visit;
    const cards = await page.$$eval('#overview .card', (cs) =>
      cs.map((c) => ({
        figure: c.querySelector('.card-number').textContent + c.querySelector('.card-unit').textContent,
        children: [...c.children].map((e) => e.className),
        text: c.textContent,
      })),
    );
    assert.equal(cards.length, headline.length);
    for (const [i, card] of cards.entries()) {
      assert.deepEqual(card.children, ['card-value', 'card-label', 'card-link']);
      // The number once: not again in a quote.
      const { number } = shownFigure(headline[i].value, headline[i].unit);
      assert.equal(card.text.split(number).length - 1, 1, `${number} once in its card`);
      assert.ok(!card.text.includes(headline[i].quote), 'no quote');
    }
    const preface = await page.$$eval('#preface .key-figure', (ts) =>
      ts.map((t) => t.querySelector('.key-number').textContent + t.querySelector('.key-unit').textContent),
    );
    assert.equal(preface.length, tiled.filter((f) => f.section === '前言').length);
    for (const figure of preface) {
      assert.ok(!cards.some((c) => c.figure === figure), `前言 repeats the card ${figure}`);
    }
  } finally {
    await visit.close();
  }
});
