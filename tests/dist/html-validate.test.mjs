// HTML validation of every built page with html-validate (rules in .htmlvalidate.json).
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, htmlFiles } from '../lib/site.mjs';

const validator = new HtmlValidate(new FileSystemConfigLoader());

test('every built page is valid HTML', async () => {
  const problems = [];
  for (const file of htmlFiles()) {
    const report = await validator.validateFile(path.join(DIST, file));
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  assert.deepEqual(problems, []);
});
