// The case explorer as a reader uses it on a phone: search, chapter and tag
// filters, the URL as shared state, Back/Forward, #case-N, hostile links.
// Every query, tag and chapter used comes from the report's data file.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, VIEWPORTS } from './harness.mjs';
import {
  report,
  expectedCases,
  visibleCaseNumbers,
  usefulTerms,
  narrowingPair,
  latinProbe,
  usefulTag,
  chapterAndTag,
  chapterTagsAndTerm,
  middleCase,
} from './report-data.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const phone = VIEWPORTS.phone;
const count = (page) => page.locator('#cases .result-count').textContent();

/** On a phone the chapter and topic filters fold under "筛选": unfold them. */
async function openFilters(page) {
  const toggle = page.locator('.filter-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

function tagButton(page, tag) {
  // The chip reads "<tag><count>": match the tag exactly, whatever the count.
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.locator('.tag-chips button', { hasText: new RegExp(`^\\s*${escaped}\\s*\\d*\\s*$`) });
}

async function typeQuery(page, text) {
  const input = page.locator('#case-q');
  await input.fill('');
  await input.pressSequentially(text, { delay: 20 });
}

function chapterButton(page, number) {
  const title = report.chapters.find((c) => c.number === number).title;
  return page.locator('.chapter-chips button', { hasText: title });
}

test('every case is listed, with their count', async () => {
  const visit = await site.open(phone);
  try {
    const { page } = visit;
    assert.equal(await page.locator('article.case').count(), report.cases.length);
    assert.deepEqual(await visibleCaseNumbers(page), report.cases.map((c) => c.number));
    assert.equal((await count(page)).trim(), `共 ${report.cases.length} 个案例`);
    assert.equal(await page.getAttribute('#cases .result-count', 'aria-live'), 'polite');
    assert.deepEqual(visit.problems(), []);
  } finally {
    await visit.close();
  }
});

test('typing a query shrinks the list to exactly the cases containing it', async () => {
  const visit = await site.open(phone);
  try {
    const { page } = visit;
    const [latin, printed] = latinProbe();
    for (const q of [...usefulTerms(2), narrowingPair(), latin]) {
      await typeQuery(page, q);
      const expected = expectedCases({ q });
      assert.ok(expected.length > 0 && expected.length < report.cases.length, `${q} is a useful probe`);
      await page.waitForFunction((n) => document.querySelector('#cases .result-count').textContent.includes(`找到 ${n} 个案例`), expected.length);
      assert.deepEqual(await visibleCaseNumbers(page), expected, q);
    }
    // Matches are highlighted in what is shown, Latin letters in any case.
    const marks = await page.$$eval('article.case:not([hidden]) mark', (ms) => ms.map((m) => m.textContent));
    assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase() === latin), `marks: ${marks}`);
    assert.ok(marks.includes(printed), `"${latin}" finds "${printed}"`);
    assert.match(page.url(), new RegExp(`[?&]q=${latin}(&|#|$)`));
  } finally {
    await visit.close();
  }
});

test('chapter and tag filters combine with the query', async () => {
  const visit = await site.open(phone);
  try {
    const { page } = visit;
    const { chapter, tags, q } = chapterTagsAndTerm();
    await openFilters(page);
    await chapterButton(page, chapter).click();
    assert.deepEqual(await visibleCaseNumbers(page), expectedCases({ chapter }));
    assert.equal(await chapterButton(page, chapter).getAttribute('aria-pressed'), 'true');

    for (const tag of tags) {
      await tagButton(page, tag).click();
    }
    const both = expectedCases({ chapter, tags });
    assert.deepEqual(await visibleCaseNumbers(page), both);
    await typeQuery(page, q);
    const all = expectedCases({ chapter, tags, q });
    assert.ok(all.length > 0 && all.length < both.length, 'the query narrows further');
    await page.waitForFunction((n) => document.querySelector('#cases .result-count').textContent.includes(`找到 ${n} `), all.length);
    assert.deepEqual(await visibleCaseNumbers(page), all);

    const params = new URL(page.url()).searchParams;
    assert.equal(params.get('chapter'), String(chapter));
    assert.deepEqual(params.getAll('tag'), tags);
    assert.equal(params.get('q'), q);
  } finally {
    await visit.close();
  }
});

test('a shared URL restores the same result; one Back leaves the explorer', async () => {
  const visit = await site.open(phone);
  try {
    const { page } = visit;
    const { chapter, tag } = chapterAndTag();
    await openFilters(page);
    await tagButton(page, tag).click();
    const afterTag = await visibleCaseNumbers(page);
    assert.deepEqual(afterTag, expectedCases({ tags: [tag] }));
    await chapterButton(page, chapter).click();
    const afterChapter = await visibleCaseNumbers(page);
    assert.deepEqual(afterChapter, expectedCases({ chapter, tags: [tag] }));
    assert.notDeepEqual(afterChapter, afterTag);
    const shared = page.url();

    // Changes after the first replace the explorer's history entry: one Back leaves it.
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).search === '');
    assert.deepEqual(await visibleCaseNumbers(page), report.cases.map((c) => c.number), 'Back returns to the page as it was');
    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('chapter'));
    assert.deepEqual(await visibleCaseNumbers(page), afterChapter, 'Forward returns to the last result');

    const second = await site.open(phone, { path: new URL(shared).search + new URL(shared).hash });
    try {
      await openFilters(second.page);
      assert.deepEqual(await visibleCaseNumbers(second.page), afterChapter);
      assert.equal(await chapterButton(second.page, chapter).getAttribute('aria-pressed'), 'true');
    } finally {
      await second.close();
    }
  } finally {
    await visit.close();
  }
});

test('#case-N opens that case and scrolls to it', async () => {
  const target = middleCase();
  const id = `case-${target.number}`;
  const visit = await site.open(phone, { path: `#${id}` });
  try {
    const { page } = visit;
    const article = page.locator(`#${id}`);
    await page.waitForFunction((id) => {
      const r = document.getElementById(id).getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight / 2;
    }, id);
    assert.equal(await article.locator('button[aria-expanded]').getAttribute('aria-expanded'), 'true');
    const last = target.paragraphs.at(-1);
    assert.ok(await article.locator('p', { hasText: last.slice(0, 20) }).isVisible(), 'full text shown');
  } finally {
    await visit.close();
  }
});

test('a case expands to its full text and collapses again', async () => {
  const visit = await site.open(phone);
  try {
    const { page } = visit;
    // A case with more than one paragraph and a figure caption.
    const c = report.cases.find((c) => c.paragraphs.length > 1 && c.figures?.length) ?? report.cases[0];
    const article = page.locator(`#case-${c.number}`);
    const toggle = article.locator('button[aria-expanded]');
    const second = article.locator('.case-body p').nth(1);
    const figures = c.figures ?? [];
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    if (c.paragraphs.length > 1) assert.equal(await second.isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    if (c.paragraphs.length > 1) assert.ok(await second.isVisible(), 'the whole text shown');
    if (figures.length) assert.ok(await article.locator('li', { hasText: figures[0] }).isVisible(), 'captions shown');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  } finally {
    await visit.close();
  }
});

test('an empty result says so and one click clears the filters', async () => {
  const visit = await site.open(phone, { path: '?q=%E4%B8%8D%E5%8F%AF%E8%83%BD%E5%87%BA%E7%8E%B0%E7%9A%84%E8%AF%8D' });
  try {
    const { page } = visit;
    assert.deepEqual(await visibleCaseNumbers(page), []);
    assert.equal((await count(page)).trim(), '找到 0 个案例');
    const clear = page.locator('.no-results button', { hasText: '清除筛选' });
    assert.ok(await clear.isVisible());
    await clear.click();
    assert.equal(await visibleCaseNumbers(page).then((v) => v.length), report.cases.length);
    assert.equal(await page.inputValue('#case-q'), '');
    assert.equal(new URL(page.url()).search, '');
  } finally {
    await visit.close();
  }
});

test('hostile links get a sensible page: markup as text, junk ignored, long query cut', async () => {
  const long = 'x'.repeat(150);
  const hostile = `?chapter=99&tag=%3Cb%3E&foo=bar&q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%E5%98%ZZ`;
  for (const path of [hostile, `?q=${long}`, '?chapter=&tag=&q=%', '?%%%&&==#case-999']) {
    const visit = await site.open(phone, { path });
    let dialog = false;
    visit.page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    try {
      const { page } = visit;
      await visit.settle(200);
      assert.equal(dialog, false);
      assert.equal(await page.locator('#cases img').count(), 0, 'no markup from the URL');
      const value = await page.inputValue('#case-q');
      if (path === hostile) assert.equal(value, '<img src=x onerror=alert(1)>\ufffd%ZZ');
      if (path.includes(long)) assert.equal(value, 'x'.repeat(100));
      assert.ok(await page.locator('h1').isVisible());
      assert.deepEqual(visit.problems(), [], path);
    } finally {
      await visit.close();
    }
  }
});

test('filters are real buttons with 44 px touch targets and keyboard access', async () => {
  const visit = await site.open(phone);
  try {
    const { page } = visit;
    await openFilters(page);
    const heights = await page.$$eval('.case-filters button, .case-actions button, #case-q', (els) =>
      els.map((e) => e.getBoundingClientRect().height),
    );
    // Every chapter with cases, 全部章节, every topic, each case's toggle, the search box.
    const chapters = report.chapters.filter((ch) => report.cases.some((c) => c.chapter === ch.number)).length;
    const least = chapters + 1 + report.topics.length + report.cases.length + 1;
    assert.ok(heights.length >= least && heights.every((h) => h >= 44), `${least}+ heights: ${heights}`);
    assert.equal(await page.locator('label[for="case-q"]').count(), 1);
    // Keyboard: focus a tag chip and press Space.
    const tag = usefulTag();
    const chip = tagButton(page, tag);
    await chip.focus();
    await page.keyboard.press('Space');
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await visibleCaseNumbers(page), expectedCases({ tags: [tag] }));
  } finally {
    await visit.close();
  }
});
