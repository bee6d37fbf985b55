// The release index.html passes html-validate's recommended rules (config:
// .htmlvalidate.mjs — only formatting rules about Trunk's own markup are off).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { distDir, requireFromTools } from './harness.mjs';

const { HtmlValidate, FileSystemConfigLoader } = requireFromTools('html-validate');

test('index.html passes html-validate (recommended)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const report = await validator.validateFile(path.join(distDir(), 'index.html'));
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
  const report = await validator.validateString(bad, path.join(distDir(), 'probe.html'));
  const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
  for (const rule of ['unique-landmark', 'prefer-native-element', 'aria-label-misuse']) {
    assert.ok(rules.has(rule), `${rule} is reported: ${[...rules]}`);
  }
});
