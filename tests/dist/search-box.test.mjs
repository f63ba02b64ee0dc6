// DESIGN §5: a search box on every page. Every page of a language has a plain GET form (it works
// without JavaScript) that sends `q` to that language's search page, under the build's base path.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGS } from '../../src/schemas/common.ts';
import { attr, DIST, elements, htmlFiles, isForwardingPage, parsePage, SUBPATH } from '../lib/site.mjs';

for (const [root, base] of [
  [DIST, '/'],
  [SUBPATH.root, SUBPATH.base],
]) {
  test(`every page of a language has a search box for its search page (base ${base})`, () => {
    const files = htmlFiles(root).filter((f) => LANGS.some((l) => f.startsWith(`${l}/`)) && !isForwardingPage(f));
    assert.ok(files.length > 0);
    const missing = files.filter((file) => {
      const lang = file.split('/')[0];
      const forms = elements(parsePage(file, root)).filter((e) => e.tagName === 'form' && attr(e, 'role') === 'search' && attr(e, 'action') === `${base}${lang}/search/`);
      return !forms.some((form) => (attr(form, 'method') ?? 'get').toLowerCase() === 'get' && elements(form).some((e) => e.tagName === 'input' && attr(e, 'name') === 'q'));
    });
    assert.deepEqual(missing, []);
  });
}
