// The report data file, read independently of the app, so browser tests can
// compute what the page should show (an oracle the app's code doesn't share).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';

export const report = JSON.parse(readFileSync(path.join(ROOT, 'data', 'report.json'), 'utf8'));

/** A case's searchable text: title, paragraphs, figure captions and topic tags. */
export function caseText(c) {
  return [c.title, ...c.paragraphs, ...(c.figures ?? []), ...c.tags].join('\n');
}

/**
 * Case numbers matching a filter, by the rules the issue states: every
 * whitespace-separated term occurs (Latin letters case-insensitively), any of
 * the tags, the chapter.
 */
export function expectedCases({ q = '', tags = [], chapter = null } = {}) {
  const terms = q.split(/\s+/).filter(Boolean).map((t) => t.toLowerCase());
  return report.cases
    .filter((c) => chapter === null || c.chapter === chapter)
    .filter((c) => tags.length === 0 || c.tags.some((t) => tags.includes(t)))
    .filter((c) => {
      const text = caseText(c).toLowerCase();
      return terms.every((t) => text.includes(t));
    })
    .map((c) => c.number);
}

/** Numbers of the case articles currently shown on the page. */
export async function visibleCaseNumbers(page) {
  return page.$$eval('article.case', (articles) =>
    articles.filter((a) => !a.hidden).map((a) => Number(a.id.replace('case-', ''))),
  );
}
