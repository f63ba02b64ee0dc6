// docs/design.md §5: a search box on every page. Every page of a language has a plain GET form (it works
// without JavaScript) that sends `q` to that language's search page, under the build's base path;
// the bilingual pages (root chooser, 404) have one in each language's section.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlLang } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/schemas/common.ts';
import { attr, DIST, elements, htmlFiles, isForwardingPage, parsePage, SUBPATH } from '../lib/site.mjs';

/** Whether `node` holds a GET form sending `q` to `lang`'s search page. */
function hasSearchBox(node, lang, base) {
  const forms = elements(node).filter((e) => e.tagName === 'form' && attr(e, 'role') === 'search' && attr(e, 'action') === `${base}${lang}/search/`);
  return forms.some((form) => (attr(form, 'method') ?? 'get').toLowerCase() === 'get' && elements(form).some((e) => e.tagName === 'input' && attr(e, 'name') === 'q'));
}

for (const [root, base] of [
  [DIST, '/'],
  [SUBPATH.root, SUBPATH.base],
]) {
  test(`every page of a language has a search box for its search page (base ${base})`, () => {
    const files = htmlFiles(root).filter((f) => LANGS.some((l) => f.startsWith(`${l}/`)) && !isForwardingPage(f));
    assert.ok(files.length > 0);
    const missing = files.filter((file) => !hasSearchBox(parsePage(file, root), file.split('/')[0], base));
    assert.deepEqual(missing, []);
  });

  test(`the root chooser and the 404 page have a search box in each language's section (base ${base})`, () => {
    for (const file of ['index.html', '404.html']) {
      const sections = elements(parsePage(file, root)).filter((e) => e.tagName === 'section' && attr(e, 'lang'));
      for (const lang of LANGS) {
        const section = sections.find((s) => attr(s, 'lang') === htmlLang[lang]);
        assert.ok(section, `${file}: no section for ${lang}`);
        assert.ok(hasSearchBox(section, lang, base), `${file}: no ${lang} search box in the ${lang} section`);
      }
    }
  });
}
