// HTML validation of every built page with html-validate (rules in .htmlvalidate.json).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlValidateProblems } from '../lib/html-validity.mjs';
import { DIST } from '../lib/site.mjs';

test('every built page is valid HTML', async () => {
  assert.deepEqual(await htmlValidateProblems(DIST), []);
});
