// Key figures on a phone and a desktop: a number and its unit on one line,
// inside their tile or card; at most four tiles a section, growth rates on
// the tile of what grew, large 万元 amounts in 亿元 with the printed value for
// screen readers; overview cards give a number, a label and a link, and the
// 前言's tiles repeat none of them.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite } from './harness.mjs';
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

const headline = report.figures.filter((f) => f.headline);
const tiled = report.figures.filter((f) => f.tile);

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

test('at most four tiles a section, growth rates folded into the tile they belong to', async () => {
  const visit = await site.open(SIZES['390×844']);
  try {
    const { page } = visit;
    const perSection = await page.$$eval('.key-figures', (lists) => lists.map((l) => l.querySelectorAll('.key-figure').length));
    assert.ok(perSection.length > 10, `${perSection.length} sections with tiles`);
    assert.ok(perSection.every((n) => n >= 1 && n <= 4), String(perSection));
    assert.equal(perSection.reduce((a, b) => a + b, 0), tiled.length);
    // 6.4 stacked 14 tiles, 7 of them bare growth rates; now four, each with its change.
    const funding = page.locator('#s-6-4 .key-figure');
    const tiles = await funding.evaluateAll((ts) =>
      ts.map((t) => ({
        value: t.querySelector('.key-value').textContent,
        detail: t.querySelector('.key-detail')?.textContent,
        label: t.querySelector('dt').textContent,
        spoken: t.querySelector('dd').textContent,
        title: t.querySelector('.key-value').getAttribute('title'),
      })),
    );
    assert.deepEqual(
      tiles.map((t) => [t.value, t.detail, t.label]),
      [
        ['5.26亿元', '较上年 +18.59%', '办学经费总收入'],
        ['2.98万元', '较上年 +4.93%', '生均教育经费'],
        ['3.61亿元', '较上年 +13.37%', '财政拨款'],
        ['3.72万元', '较上年 +5.98%', '生均培养成本'],
      ],
    );
    // The exact printed value stays: for screen readers and on hover.
    assert.match(tiles[0].spoken, /52636\.06万元/);
    assert.equal(tiles[0].title, '报告原文：52636.06万元');
    assert.match(tiles[2].spoken, /36071\.82万元/);
    assert.equal(tiles[1].title, null);
    // …and in the text.
    assert.match(await page.locator('#s-6-4 .prose').textContent(), /52636\.06万元，比上年增长18\.59%/);
    // No tile is a bare growth rate.
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
      const number = headline[i].value;
      assert.equal(card.text.split(number).length - 1, 1, `${number} once in its card`);
    }
    const preface = await page.$$eval('#preface .key-figure', (ts) =>
      ts.map((t) => t.querySelector('.key-number').textContent + t.querySelector('.key-unit').textContent),
    );
    assert.ok(preface.length > 0);
    for (const figure of preface) {
      assert.ok(!cards.some((c) => c.figure === figure), `前言 repeats the card ${figure}`);
    }
  } finally {
    await visit.close();
  }
});
