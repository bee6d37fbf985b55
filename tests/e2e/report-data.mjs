// The report under test, read from its data file independently of the app,
// so browser tests can compute what the page should show (an oracle the
// app's code doesn't share). Which report: $REPORT_DATA (as for the build;
// relative paths from the repository root), else data/report.json. Every
// probe a generic test uses is derived here from that file, so the same
// tests run on this year's report and on the test fixture.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';

/** The data file the site under test was built from. */
export const REPORT_FILE = path.resolve(ROOT, process.env.REPORT_DATA || path.join('data', 'report.json'));

export const report = JSON.parse(readFileSync(REPORT_FILE, 'utf8'));

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
    .filter((c) => tags.length === 0 || (c.tags ?? []).some((t) => tags.includes(t)))
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

// ------------------------------------------------------------------ probes

/** True when a filter shows some cases but not all: a probe that can fail. */
export function useful(filter) {
  const n = expectedCases(filter).length;
  return n > 0 && n < report.cases.length;
}

/** Two-character pieces of Chinese text, in order, without repeats. */
export function bigrams(text) {
  const out = [];
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i] + chars[i + 1];
    if (/^[\u4e00-\u9fff]{2}$/u.test(pair) && !out.includes(pair)) out.push(pair);
  }
  return out;
}

/** Search terms that find some cases but not all, from the cases' titles. */
export function usefulTerms(count) {
  const found = [];
  const counts = new Set();
  for (const c of report.cases) {
    for (const term of bigrams(c.title)) {
      const n = expectedCases({ q: term }).length;
      // Different result sizes, so each term is a different probe.
      if (useful({ q: term }) && !counts.has(n) && !found.includes(term)) {
        found.push(term);
        counts.add(n);
        if (found.length === count) return found;
      }
    }
  }
  throw new Error(`the report's case titles give only ${found.length} useful search terms`);
}

/** Two terms, each in some case, that together find fewer cases than the first alone. */
export function narrowingPair() {
  for (const c of report.cases) {
    for (const a of bigrams(c.title)) {
      if (!useful({ q: a })) continue;
      for (const b of bigrams(c.paragraphs.join(''))) {
        const both = expectedCases({ q: `${a} ${b}` }).length;
        if (both > 0 && both < expectedCases({ q: a }).length) return `${a} ${b}`;
      }
    }
  }
  throw new Error('no two search terms narrow each other');
}

/**
 * A Latin-letter word some cases contain with a capital letter, to search for
 * in lower case: [query, the word as printed].
 */
export function latinProbe() {
  for (const c of report.cases) {
    for (const word of caseText(c).match(/[A-Za-z]{2,}/g) ?? []) {
      const q = word.toLowerCase();
      if (word !== q && useful({ q })) return [q, word];
    }
  }
  throw new Error('no case text has a capitalised Latin word to search for');
}

/** A topic some cases carry but not all. */
export function usefulTag() {
  const tag = report.topics.find((t) => useful({ tags: [t] }));
  if (!tag) throw new Error('no topic tags some but not all cases');
  return tag;
}

/** A chapter and a tag that together find fewer cases than the tag alone (but some). */
export function chapterAndTag() {
  for (const tag of report.topics.filter((t) => useful({ tags: [t] }))) {
    for (const chapter of report.chapters.map((c) => c.number)) {
      const both = expectedCases({ chapter, tags: [tag] }).length;
      if (both > 0 && both < expectedCases({ tags: [tag] }).length) return { chapter, tag };
    }
  }
  throw new Error('no chapter narrows a tag');
}

/**
 * A chapter, two tags its cases carry, and a term that narrows what they
 * find: { chapter, tags, q }.
 */
export function chapterTagsAndTerm() {
  for (const chapter of report.chapters.map((c) => c.number)) {
    const cases = report.cases.filter((c) => c.chapter === chapter);
    const tags = [...new Set(cases.flatMap((c) => c.tags ?? []))];
    for (let i = 0; i < tags.length; i++) {
      for (let j = i + 1; j < tags.length; j++) {
        const pair = report.topics.filter((t) => t === tags[i] || t === tags[j]);
        const both = expectedCases({ chapter, tags: pair });
        if (both.length < 2) continue;
        const first = report.cases.find((c) => c.number === both[0]);
        for (const q of bigrams(caseText(first))) {
          const all = expectedCases({ chapter, tags: pair, q }).length;
          if (all > 0 && all < both.length) return { chapter, tags: pair, q };
        }
      }
    }
  }
  throw new Error('no chapter has two tags and a narrowing term');
}

/** A case halfway down the list: far enough from the top to need scrolling. */
export function middleCase() {
  return report.cases[Math.floor(report.cases.length / 2)];
}

// ------------------------------------------------------------------ tables

/** Each table's id on the page (src/anchors.rs: the key itself). */
export function tableSelector(table) {
  return `#${table.key}`;
}

/**
 * A number column worth sorting: not a running number (1, 2, 3…), with the
 * most distinct values. { table, column }.
 */
export function sortableColumn() {
  let best = null;
  for (const table of report.tables) {
    table.columns.forEach((c, column) => {
      if (c.kind !== 'number') return;
      const values = table.rows.map((r) => r[column]);
      if (values.every((v, i) => v === i + 1)) return;
      const distinct = new Set(values).size;
      if (!best || distinct > best.distinct) best = { table, column, distinct };
    });
  }
  if (!best) throw new Error('no table has a number column to sort');
  return best;
}

/** A table and a cell value some of its rows print but not all: { table, term }. */
export function filterProbe() {
  for (const table of report.tables) {
    const counts = new Map();
    for (const row of table.rows) {
      for (const cell of new Set(row.filter((c) => typeof c === 'string' && c.trim()))) {
        counts.set(cell, (counts.get(cell) ?? 0) + 1);
      }
    }
    const term = [...counts].find(([, n]) => n > 1 && n < table.rows.length)?.[0];
    if (term) return { table, term };
  }
  throw new Error('no table has a value some rows share');
}

/** Tables of more than `rows` rows, longest first. */
export function longTables(rows = 10) {
  return report.tables.filter((t) => t.rows.length > rows).sort((a, b) => b.rows.length - a.rows.length);
}

/** Every column of a kind: [{ table, column, label }]. */
export function columnsOfKind(kind) {
  return report.tables.flatMap((table) =>
    table.columns.flatMap((c, column) => (c.kind === kind ? [{ table, column, label: c.label }] : [])),
  );
}

/**
 * The rank of an award level as printed, lower is better — the rule of
 * src/table_view/level.rs, written again: level by the first word (国际 <
 * 国/全国 < 省 < 市 < 校), then grade (特等 < 一等 = 金奖 < 二等 = 银奖 < 三等 =
 * 铜奖), unknown after known.
 */
export function levelRank(printed) {
  const value = printed.trimStart();
  const levels = [['国际', 0], ['国', 1], ['全国', 1], ['省', 2], ['市', 3], ['校', 4]];
  const level = levels.find(([p]) => value.startsWith(p))?.[1] ?? 255;
  const grades = [['特等', 0], ['一等', 1], ['金奖', 1], ['二等', 2], ['银奖', 2], ['三等', 3], ['铜奖', 3]];
  const found = grades.map(([w, r]) => [value.indexOf(w), r]).filter(([at]) => at >= 0).sort((a, b) => a[0] - b[0]);
  return [level, found.length ? found[0][1] : 255];
}

/** A date code as the table shows it (200109 → 2001年9月), else as printed. */
export function dateText(printed) {
  const m = /^(\d{4})(\d{2})?(\d{2})?$/.exec(printed);
  if (!m) return printed;
  const [year, month, day] = [Number(m[1]), m[2] && Number(m[2]), m[3] && Number(m[3])];
  if (year < 1900 || year > 2099 || (m[2] && (month < 1 || month > 12)) || (m[3] && (day < 1 || day > 31))) return printed;
  return `${year}年` + (m[2] ? `${month}月` : '') + (m[3] ? `${day}日` : '');
}

// ------------------------------------------------------------------ charts

/**
 * The chart keys in reading order, by the rule the page follows: the front
 * matter's table charts, then in each section the outcomes, cohort and
 * funding charts where their data is, then the section's table charts.
 */
export function chartKeys() {
  const tableCharts = (section) =>
    report.tables.filter((t) => (t.section ?? null) === section && t.chart).map((t) => t.key);
  const keys = tableCharts(null);
  for (const chapter of report.chapters) {
    for (const { id } of chapter.sections ?? []) {
      if (report.outcomes.section === id && report.outcomes.metrics.length) keys.push('outcomes');
      if (report.cohort.section === id) keys.push('cohort');
      if (report.funding.section === id && report.funding.sources.length) keys.push('funding');
      keys.push(...tableCharts(id));
    }
  }
  return keys;
}

/** A metric's figure with its unit, as the charts print it: "97.84%", "6830.89 元". */
export function withUnit(value, unit) {
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

function decimal(printed) {
  const negative = printed.startsWith('-');
  const [whole, fraction = ''] = printed.replace('-', '').split('.');
  return { units: (negative ? -1n : 1n) * BigInt(whole + fraction), scale: fraction.length };
}

/** school − province in words, computed exactly: "高出全省 0.92 个百分点", "低于全省 179.50 元", "与全省持平". */
export function differenceWords(school, province, unit) {
  const a = decimal(school);
  const b = decimal(province);
  const scale = Math.max(a.scale, b.scale);
  const diff = a.units * 10n ** BigInt(scale - a.scale) - b.units * 10n ** BigInt(scale - b.scale);
  if (diff === 0n) return '与全省持平';
  const digits = (diff < 0n ? -diff : diff).toString().padStart(scale + 1, '0');
  const amount = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  const words = unit === '%' ? '个百分点' : unit;
  return `${diff > 0n ? '高出' : '低于'}全省 ${amount} ${words}`;
}

/** A printed decimal as text again, from units and scale. */
function printedDecimal(units, scale) {
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return units < 0n ? `-${text}` : text;
}

/**
 * A row of the outcomes comparison table (charts::outcomes table()):
 * 指标 / 本校 / 全省 / 差值, units beside the numbers, the difference exact and
 * signed with the full-width ＋ and －: "＋0.92 个百分点", "－179.50 元".
 */
export function comparisonRow(m) {
  if (m.province == null) return [m.label, withUnit(m.school, m.unit), '未公布', '—'];
  const a = decimal(m.school);
  const b = decimal(m.province);
  const scale = Math.max(a.scale, b.scale);
  const diff = a.units * 10n ** BigInt(scale - a.scale) - b.units * 10n ** BigInt(scale - b.scale);
  const sign = diff > 0n ? '＋' : diff < 0n ? '－' : '';
  const words = m.unit === '%' ? '个百分点' : m.unit;
  const amount = printedDecimal(diff < 0n ? -diff : diff, scale);
  return [m.label, withUnit(m.school, m.unit), withUnit(m.province, m.unit), `${sign}${amount} ${words}`];
}

/**
 * A figure as a tile or card shows it (figure_text::amount): 万元 of 1 亿 and
 * more in 亿元 to two decimals, rounded half away from zero (52636.06 万元 →
 * 5.26 亿元); anything else as printed.
 */
export function shownFigure(value, unit) {
  if (unit !== '万元' || !/^\d+(\.\d+)?$/.test(value)) return { number: value, unit, printed: null };
  const { units, scale } = decimal(value);
  if (units < 10000n * 10n ** BigInt(scale)) return { number: value, unit, printed: null };
  // value / 10^4, to 2 decimals: units / 10^(scale + 2), rounded half up (values are positive).
  const divisor = 10n ** BigInt(scale + 2);
  const hundredths = (units + divisor / 2n) / divisor;
  return { number: printedDecimal(hundredths, 2), unit: '亿元', printed: `${value}${unit}` };
}

/**
 * A qualifying figure (Figure::of) as written on the tile of the figure it
 * qualifies (figure_text::qualifier_text): "较上年 +18.59%", "其中发明专利 51 项"
 * (number and unit joined by a no-break space).
 */
export function qualifierText(q) {
  const shown = shownFigure(q.value, q.unit);
  const figure = shown.unit === '%' || shown.unit === '' ? `${shown.number}${shown.unit}` : `${shown.number}\u00a0${shown.unit}`;
  for (const [sign, words] of [['+', ['增长', '增加']], ['-', ['下降', '减少']]]) {
    const word = words.find((w) => q.label.endsWith(w));
    if (word) return `${q.label.slice(0, -word.length)} ${sign}${figure}`;
  }
  return `${q.label} ${figure}`;
}

/**
 * What the outcomes chart reads out for each bar, in drawing order (one
 * panel per unit, in order of first appearance; per metric the school's bar,
 * then the province's bar or the note that it has none).
 */
export function outcomeReadouts() {
  const { metrics, benchmark } = report.outcomes;
  const units = [...new Set(metrics.map((m) => m.unit))];
  return units.flatMap((unit) =>
    metrics
      .filter((m) => m.unit === unit)
      .flatMap((m) => {
        const school = `${m.label}：本校 ${withUnit(m.school, m.unit)}`;
        return m.province == null
          ? [school, `${m.label}：全省均值未公布`]
          : [`${school}，${differenceWords(m.school, m.province, m.unit)}`, `${m.label}：${benchmark} ${withUnit(m.province, m.unit)}`];
      }),
  );
}
