// The release index.html passes html-validate's recommended rules (config:
// .htmlvalidate.mjs — only formatting rules about Trunk's own markup are off).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, distDir, requireFromTools } from './harness.mjs';

const { HtmlValidate, FileSystemConfigLoader } = requireFromTools('html-validate');

// Validated as if it sat at the repository's root, so the repository's config
// applies wherever the build under test is ($DIST may be outside it).
const AS_IF_AT = path.join(ROOT, 'index.html');

test('index.html passes html-validate (recommended)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const html = readFileSync(path.join(distDir(), 'index.html'), 'utf8');
  const report = await validator.validateString(html, AS_IF_AT);
  const problems = report.results.flatMap((r) =>
    r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message} ${m.selector ?? ''}`),
  );
  assert.deepEqual(problems, []);
});

test('html-validate catches what it is asked to', async () => {
  // The same validator and config on a page with known faults: it must not be a test that cannot fail.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const bad = '<!DOCTYPE html><html lang="zh-CN"><head><title>t</title></head><body>' +
    '<nav aria-label="本节"></nav><nav aria-label="本节"></nav><div role="region" aria-label="x"></div>' +
    '<dl aria-label="x"><dt>a</dt><dd>b</dd></dl></body></html>';
  const report = await validator.validateString(bad, AS_IF_AT);
  const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
  for (const rule of ['unique-landmark', 'prefer-native-element', 'aria-label-misuse']) {
    assert.ok(rules.has(rule), `${rule} is reported: ${[...rules]}`);
  }
});
