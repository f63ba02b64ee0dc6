// What the site tells other sites (docs/metadata.md), checked on the built pages: the sitemap, robots.txt
// and canonical links of the SITE_URL build; no absolute URL at all in the default build; schema.org
// JSON-LD on document, FAQ, glossary and breadcrumb pages; Open Graph and Twitter card tags.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readDocument } from '../lib/content.mjs';
import { attr, DIST, elements, htmlFiles, isForwardingPage, parsePage, SUBPATH, textOf } from '../lib/site.mjs';
import { childNamed, childrenNamed, parseXml } from '../lib/xml.ts';

const SM = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML = 'http://www.w3.org/1999/xhtml';
const HTML_LANG = { zh: 'zh-CN', en: 'en' };
const DOCUMENT_PAGE = /^(zh|en)\/(agreements|plans|notices|briefings|faq)\/([^/]+)\/index\.html$/;
const SITE_ROOT = `${SUBPATH.site}${SUBPATH.base}`;
const SCHEMA_TERM = /^https:\/\/schema\.org\/[A-Z][A-Za-z]+$/;

/** A built page's elements, by file, for one build folder. */
function pages(root) {
  return new Map(htmlFiles(root).map((f) => [f, elements(parsePage(f, root))]));
}
const dist = pages(DIST);
const kb = pages(SUBPATH.root);

const isNoindex = (els) => els.some((e) => e.tagName === 'meta' && attr(e, 'name') === 'robots' && /noindex/i.test(attr(e, 'content') ?? ''));
const linkRel = (els, rel) => els.filter((e) => e.tagName === 'link' && (attr(e, 'rel') ?? '').split(/\s+/).includes(rel));
const metaProp = (els, prop) => els.find((e) => e.tagName === 'meta' && (attr(e, 'property') === prop || attr(e, 'name') === prop)) && attr(els.find((e) => e.tagName === 'meta' && (attr(e, 'property') === prop || attr(e, 'name') === prop)), 'content');
/** The absolute URL a file of the SITE_URL build is published at. */
const publicUrlOf = (file) => `${SITE_ROOT}${file.replace(/index\.html$/, '')}`;
/** Every JSON-LD node of a page (the @graph of each script). */
const jsonLd = (els) => els.filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json').flatMap((e) => JSON.parse(textOf(e))['@graph']);

test('SITE_URL build: sitemap.xml lists every indexable HTML page once, with both language alternates, and nothing else', () => {
  const root = parseXml(readFileSync(path.join(SUBPATH.root, 'sitemap.xml'), 'utf8'));
  assert.equal(root.local, 'urlset');
  assert.equal(root.uri, SM);
  const urls = childrenNamed(root, 'url', SM);
  const locs = urls.map((u) => childNamed(u, 'loc', SM)?.text);
  const indexable = [...kb].filter(([, els]) => !isNoindex(els)).map(([f]) => publicUrlOf(f));
  assert.deepEqual([...locs].sort(), indexable.sort());
  assert.equal(new Set(locs).size, locs.length, 'a page is listed twice');
  const listed = new Set(locs);
  const problems = [];
  const alternatesOf = new Map(urls.map((u) => [childNamed(u, 'loc', SM).text, childrenNamed(u, 'link', XHTML)]));
  for (const [loc, links] of alternatesOf) {
    const byLang = Object.fromEntries(links.map((l) => [l.attrs.hreflang, l.attrs.href]));
    for (const lang of ['zh-CN', 'en']) {
      if (!byLang[lang]) problems.push(`${loc}: no ${lang} alternate`);
      else if (!listed.has(byLang[lang])) problems.push(`${loc}: ${lang} alternate ${byLang[lang]} is not in the sitemap`);
    }
    // Alternates are reciprocal: every page of the set (x-default included) lists the same set back.
    for (const [lang, href] of Object.entries(byLang)) {
      const back = alternatesOf.get(href);
      if (!back) problems.push(`${loc}: ${lang} alternate ${href} is not in the sitemap`);
      else if (JSON.stringify(Object.fromEntries(back.map((l) => [l.attrs.hreflang, l.attrs.href]))) !== JSON.stringify(byLang)) problems.push(`${loc}: ${lang} alternate ${href} lists other alternates`);
    }
    if (!Object.values(byLang).includes(loc)) problems.push(`${loc}: not among its own alternates`);
    if (links.some((l) => l.attrs.rel !== 'alternate')) problems.push(`${loc}: an xhtml:link that is not rel=alternate`);
  }
  assert.deepEqual(problems, []);
});

/** A page's `<link rel="alternate" hreflang>` to HTML pages (feeds, which carry a type, are not language versions). */
const hreflangLinks = (els) => linkRel(els, 'alternate').filter((e) => attr(e, 'hreflang') && !attr(e, 'type'));

for (const [name, build, root] of [['default build', dist, '/'], ['SITE_URL build', kb, SITE_ROOT]])
  test(`${name}: hreflang sets are reciprocal (each page of a set lists the same set), include the page itself, and only indexable pages have one`, () => {
    const problems = [];
    const setOf = (els) => JSON.stringify(hreflangLinks(els).map((e) => [attr(e, 'hreflang'), attr(e, 'href')]).sort());
    for (const [file, els] of build) {
      const links = hreflangLinks(els);
      if (isNoindex(els)) {
        // A page search engines drop is in no set: its alternates would point at pages that never name it.
        if (links.length) problems.push(`${file}: noindex, yet hreflang alternates`);
        continue;
      }
      const hrefs = links.map((e) => attr(e, 'href'));
      if (!hrefs.includes(`${root}${file.replace(/index\.html$/, '')}`)) problems.push(`${file}: not among its own alternates`);
      for (const e of links) {
        const href = attr(e, 'href');
        if (!href.startsWith(root)) {
          problems.push(`${file}: ${attr(e, 'hreflang')} alternate ${href} is not under ${root}`);
          continue;
        }
        const target = `${href.slice(root.length)}index.html`;
        if (!build.has(target)) problems.push(`${file}: ${attr(e, 'hreflang')} alternate ${href} is no page`);
        else if (setOf(build.get(target)) !== setOf(els)) problems.push(`${file}: ${attr(e, 'hreflang')} alternate ${href} does not list the same set back`);
      }
    }
    assert.deepEqual(problems, []);
  });

test('SITE_URL build: document pages carry lastmod; robots.txt names the sitemap', () => {
  const root = parseXml(readFileSync(path.join(SUBPATH.root, 'sitemap.xml'), 'utf8'));
  const docs = childrenNamed(root, 'url', SM).filter((u) => DOCUMENT_PAGE.test(childNamed(u, 'loc', SM).text.slice(SITE_ROOT.length) + 'index.html'));
  assert.ok(docs.length > 0);
  for (const u of docs) assert.match(childNamed(u, 'lastmod', SM)?.text ?? '', /^\d{4}-\d{2}-\d{2}$/, childNamed(u, 'loc', SM).text);
  assert.match(readFileSync(path.join(SUBPATH.root, 'robots.txt'), 'utf8'), new RegExp(`^Sitemap: ${SITE_ROOT}sitemap\\.xml$`, 'm'));
});

test('SITE_URL build: every indexable page has one canonical link, to itself; og:url agrees', () => {
  const problems = [];
  for (const [file, els] of kb) {
    if (isNoindex(els)) continue;
    const canonical = linkRel(els, 'canonical').map((e) => attr(e, 'href'));
    if (canonical.length !== 1 || canonical[0] !== publicUrlOf(file)) problems.push(`${file}: canonical ${canonical.join(', ') || 'missing'}`);
    const ogUrl = metaProp(els, 'og:url');
    if (ogUrl !== undefined && ogUrl !== publicUrlOf(file)) problems.push(`${file}: og:url ${ogUrl}`);
  }
  assert.deepEqual(problems, []);
});

test('default build: no sitemap, robots.txt without one, and no absolute URL in any page head, attribute or JSON-LD', () => {
  assert.ok(!existsSync(path.join(DIST, 'sitemap.xml')));
  assert.doesNotMatch(readFileSync(path.join(DIST, 'robots.txt'), 'utf8'), /Sitemap:/i);
  const absolute = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\/|^\s*https?:/i;
  const problems = [];
  for (const [file, els] of dist) {
    for (const el of els) for (const { name, value } of el.attrs ?? []) if (name !== 'xmlns' && !name.startsWith('xmlns:') && absolute.test(value)) problems.push(`${file}: <${el.tagName} ${name}="${value}">`);
    const strings = [];
    const visit = (v) => (typeof v === 'string' ? strings.push(v) : v && typeof v === 'object' && Object.values(v).forEach(visit));
    jsonLd(els).forEach(visit);
    // Terms of the schema.org vocabulary (https://schema.org/InForce) name values, like @context; never fetched.
    for (const s of strings) if (absolute.test(s) && !SCHEMA_TERM.test(s)) problems.push(`${file}: JSON-LD ${s}`);
  }
  assert.deepEqual(problems, []);
});

const TYPE_OF_KIND = { agreements: 'Legislation', plans: 'Legislation', notices: 'Legislation', briefings: 'Report', faq: 'FAQPage' };

for (const [name, build, site] of [['default build', dist, false], ['SITE_URL build', kb, true]])
  test(`${name}: every document page has JSON-LD of its kind with the required properties, linked to its other language`, () => {
    const problems = [];
    const ids = new Map();
    for (const [file, els] of build) {
      const m = DOCUMENT_PAGE.exec(file);
      if (!m) continue;
      const [, lang, segment, id] = m;
      const work = jsonLd(els).find((n) => n['@type'] === TYPE_OF_KIND[segment]);
      if (!work) {
        problems.push(`${file}: no ${TYPE_OF_KIND[segment]}`);
        continue;
      }
      const need = (key, ok = (v) => v !== undefined && v !== '') => ok(work[key]) || problems.push(`${file}: ${key} = ${JSON.stringify(work[key])}`);
      need('name');
      need('description');
      need('inLanguage', (v) => v === HTML_LANG[lang]);
      need('url', (v) => (site ? v === publicUrlOf(file) : v === `/${file.replace(/index\.html$/, '')}`));
      need('@id', (v) => v === `${work.url}#work`);
      need('dateModified', (v) => /^\d{4}-\d{2}-\d{2}$/.test(v));
      need(lang === 'zh' ? 'workTranslation' : 'translationOfWork', (v) => v?.['@id'] === work['@id'].replace(`/${lang}/`, `/${lang === 'zh' ? 'en' : 'zh'}/`));
      const meta = readDocument(id).meta;
      if (work['@type'] === 'Legislation') {
        need('legislationDate', (v) => /^\d{4}-\d{2}-\d{2}$/.test(v));
        need('legislationJurisdiction', (v) => Array.isArray(v) && v.length === meta.regions.length && v.every((p) => p['@type'] === 'AdministrativeArea' && p.name));
        need('spatialCoverage', (v) => Array.isArray(v) && v.length > 0);
        need('legislationIdentifier', (v) => v === meta.docNumber);
        // An enumeration member is named by its schema.org URL (a bare "InForce" is just text).
        need('legislationLegalForce', (v) => v === (meta.status === 'in-force' ? 'https://schema.org/InForce' : undefined));
      }
      // One keyword per topic, as a list (joined, a reader splitting at "," would see one Chinese keyword).
      need('keywords', (v) => (meta.topics?.length ? Array.isArray(v) && v.length === meta.topics.length && v.every((k) => typeof k === 'string' && k) : v === undefined));
      if (work['@type'] === 'Report') need('datePublished', (v) => /^\d{4}-\d{2}-\d{2}$/.test(v));
      if (work['@type'] === 'FAQPage') {
        need('mainEntity', (v) => v?.['@type'] === 'Question' && v.name === work.name && v.acceptedAnswer?.['@type'] === 'Answer' && v.acceptedAnswer.text);
        need('isBasedOn', (v) => Array.isArray(v) && v.length === meta.basedOn.length);
      }
      ids.set(work['@id'], file);
    }
    // Each translation link names a work that exists on the other page.
    for (const [file, els] of build) {
      const work = DOCUMENT_PAGE.test(file) && jsonLd(els).find((n) => n.workTranslation || n.translationOfWork);
      const target = work && (work.workTranslation ?? work.translationOfWork)['@id'];
      if (work && !ids.has(target)) problems.push(`${file}: translation ${target} is no work on any page`);
    }
    assert.ok(ids.size > 0, 'no document pages');
    assert.deepEqual(problems, []);
  });

test('the glossary pages are DefinedTermSets with every term of the page, each at its anchor', () => {
  for (const lang of ['zh', 'en']) {
    const els = dist.get(`${lang}/glossary/index.html`);
    const set = jsonLd(els).find((n) => n['@type'] === 'DefinedTermSet');
    assert.ok(set, `${lang}: no DefinedTermSet`);
    const entries = els.filter((e) => e.tagName === 'div' && (attr(e, 'class') ?? '').includes('glossary__entry')).map((e) => attr(e, 'id'));
    assert.deepEqual(set.hasDefinedTerm.map((t) => t.url), entries.map((id) => `/${lang}/glossary/#${id}`));
    for (const term of set.hasDefinedTerm) {
      assert.equal(term['@type'], 'DefinedTerm');
      assert.ok(term.name && term.description, term.url);
      assert.deepEqual(term.inDefinedTermSet, { '@id': set['@id'] });
    }
  }
});

test('every page with breadcrumbs has a BreadcrumbList matching them, home first', () => {
  let checked = 0;
  for (const [file, els] of dist) {
    const nav = els.find((e) => e.tagName === 'nav' && (attr(e, 'class') ?? '').split(/\s+/).includes('breadcrumbs'));
    if (!nav) continue;
    checked++;
    const visible = elements(nav).filter((e) => e.tagName === 'li').map((li) => textOf(li).trim());
    const list = jsonLd(els).find((n) => n['@type'] === 'BreadcrumbList');
    assert.ok(list, `${file}: no BreadcrumbList`);
    assert.deepEqual(list.itemListElement.map((i) => i.name), visible, file);
    assert.deepEqual(list.itemListElement.map((i) => i.position), visible.map((_, i) => i + 1), file);
    const links = elements(nav).filter((e) => e.tagName === 'a').map((a) => attr(a, 'href'));
    assert.deepEqual(list.itemListElement.slice(0, -1).map((i) => i.item), links, file);
  }
  assert.ok(checked > 0, 'no page has breadcrumbs');
});

test('every language page has Open Graph and Twitter card tags in its language; document pages are articles', () => {
  const problems = [];
  for (const [file, els] of dist) {
    const lang = /^(zh|en)\//.exec(file)?.[1];
    if (!lang || isForwardingPage(file)) continue;
    const want = {
      'og:title': (v) => !!v,
      'og:description': (v) => !!v,
      'og:site_name': (v) => !!v,
      'og:locale': (v) => v === { zh: 'zh_CN', en: 'en_GB' }[lang],
      'og:locale:alternate': (v) => v === { zh: 'en_GB', en: 'zh_CN' }[lang],
      'og:type': (v) => v === (DOCUMENT_PAGE.test(file) ? 'article' : 'website'),
      'og:url': (v) => v === undefined,
      'twitter:card': (v) => v === 'summary',
      'twitter:title': (v) => v === metaProp(els, 'og:title'),
      'twitter:description': (v) => !!v,
    };
    if (DOCUMENT_PAGE.test(file)) want['article:modified_time'] = (v) => /^\d{4}-\d{2}-\d{2}$/.test(v ?? '');
    for (const [prop, ok] of Object.entries(want)) if (!ok(metaProp(els, prop))) problems.push(`${file}: ${prop} = ${metaProp(els, prop)}`);
  }
  assert.deepEqual(problems, []);
});

test('the root chooser, which search engines index, has Open Graph and Twitter card tags; og:url only with SITE_URL', () => {
  for (const [build, url] of [[dist, undefined], [kb, SITE_ROOT]]) {
    const els = build.get('index.html');
    assert.ok(!isNoindex(els));
    const want = {
      'og:title': (v) => !!v,
      'og:description': (v) => !!v,
      'og:site_name': (v) => !!v,
      'og:type': (v) => v === 'website',
      'og:locale': (v) => v === 'zh_CN',
      'og:locale:alternate': (v) => v === 'en_GB',
      'og:url': (v) => v === url,
      'twitter:card': (v) => v === 'summary',
      'twitter:title': (v) => v === metaProp(els, 'og:title'),
      'twitter:description': (v) => !!v,
    };
    for (const [prop, ok] of Object.entries(want)) assert.ok(ok(metaProp(els, prop)), `${url ?? 'default build'}: ${prop} = ${metaProp(els, prop)}`);
  }
});
