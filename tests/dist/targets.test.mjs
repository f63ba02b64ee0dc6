// The targets views in the built site, checked against the raw content (the rule of docs/reading-views.md
// written out here, not imported): the targets page has one row per target of every meta.yaml, each
// matching its figure, grouped by due year without scripts; its chart counts the same targets per year
// and region; targets.json holds the same rows; every document's figure table links each of its targets
// to its row; and the home page shows the targets falling due in the build's year and the next.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { buildYear } from '../../src/lib/buildDate.ts';
import { formatFigure } from '../../src/lib/figures.ts';
import { KIND_SEGMENT } from '../../src/lib/paths.ts';
import { documentIds, LANGS, primaryDate, readDocument } from '../lib/content.mjs';
import { attr, DIST, elements, hasClass, parsePage, textOf } from '../lib/site.mjs';

const norm = (s) => s.replace(/\s+/g, ' ').trim();
const DEFAULTS = { qualifier: 'exact', role: 'fact' };
const docs = documentIds().map((id) => ({ id, ...readDocument(id) }));

/**
 * The targets, from meta.yaml alone: in every document but FAQ entries (they restate documents), each
 * figure with the role target and a year or a baseline of its indicator; due year first (none last),
 * then the newest document, then by id, then meta.yaml's order. Results: figures of later documents
 * whose reportsOn names the target.
 */
function expectedTargets() {
  const rows = [];
  for (const d of docs) {
    if (d.meta.kind === 'faq') continue;
    const figures = (d.meta.figures ?? []).map((f) => ({ ...DEFAULTS, ...f }));
    for (const f of figures) {
      const baseline = f.indicator && figures.find((b) => b.role === 'baseline' && b.indicator === f.indicator);
      if (f.role !== 'target' || (f.year === undefined && !baseline)) continue;
      rows.push({
        doc: d,
        figure: f,
        baseline,
        due: f.year ?? null,
        region: f.region ?? d.meta.regions[0],
        topics: f.topics ?? d.meta.sectionTopics?.[f.anchor] ?? d.meta.topics,
        results: docs.flatMap((r) => (r.meta.figures ?? []).filter((x) => x.reportsOn?.document === d.id && x.reportsOn?.figure === f.id).map((x) => `${r.id}/${x.id}`)),
      });
    }
  }
  const rank = (r) => [r.due ?? Infinity, primaryDate(r.doc.meta), r.doc.id];
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r)[0] - rank(b.r)[0] || rank(b.r)[1].localeCompare(rank(a.r)[1]) || rank(a.r)[2].localeCompare(rank(b.r)[2]) || a.i - b.i)
    .map(({ r }) => r);
}
const expected = expectedTargets();
const key = (r) => `${r.doc.id}/${r.figure.id}`;
const docHref = (lang, d, anchor) => `/${lang}/${KIND_SEGMENT[d.meta.kind]}/${d.id}/${anchor ? `#${anchor}` : ''}`;

test('the content sets targets (Banan and Zhejiang, due 2027)', () => assert.ok(expected.length >= 17, `${expected.length} targets`));

for (const lang of LANGS) {
  describe(`${lang}/targets/`, () => {
    const page = parsePage(`${lang}/targets/index.html`);
    const all = elements(page);
    const table = all.find((n) => hasClass(n, 'targets-table'));
    const rows = elements(table).filter((n) => n.tagName === 'tr' && attr(n, 'data-target'));

    test('has one row per target, in order, each matching its figure in meta.yaml', () => {
      assert.deepEqual(rows.map((r) => attr(r, 'data-target')), expected.map(key));
      rows.forEach((row, i) => {
        const { doc, figure, baseline, due, region, topics, results } = expected[i];
        const cells = row.childNodes.filter((n) => n.tagName);
        const [what, , regionCell, topicCell, baselineCell, targetCell, dueCell, resultCell] = cells;
        const where = key(expected[i]);
        assert.equal(attr(row, 'id'), `${doc.id}--${figure.id}`, `${where}: row anchor`);
        assert.equal(norm(textOf(elements(what).find((n) => hasClass(n, 'targets__label')))), figure.label[lang], `${where}: label`);
        assert.equal(attr(elements(what).find((n) => n.tagName === 'a'), 'href'), docHref(lang, doc, figure.anchor), `${where}: section link`);
        assert.equal(attr(targetCell, 'data-value'), String(figure.value ?? ''), `${where}: value`);
        assert.equal(attr(targetCell, 'data-qualifier'), figure.qualifier, `${where}: qualifier`);
        if (figure.value !== null) assert.equal(norm(textOf(targetCell)), formatFigure(figure, lang), `${where}: printed value`);
        assert.equal(attr(baselineCell, 'data-figure'), baseline?.id, `${where}: baseline`);
        if (baseline) assert.ok(norm(textOf(baselineCell)).startsWith(formatFigure(baseline, lang)), `${where}: baseline printed`);
        if (baseline?.year) assert.ok(textOf(baselineCell).includes(String(baseline.year)), `${where}: baseline year`);
        assert.equal(attr(row, 'data-due'), String(due ?? 'none'), `${where}: due year`);
        assert.equal(norm(textOf(dueCell)), String(due ?? '—'), `${where}: due year shown`);
        assert.equal(attr(row, 'data-region'), region, `${where}: region`);
        assert.equal(attr(elements(regionCell).find((n) => n.tagName === 'a'), 'href'), `/${lang}/regions/${region}/`, `${where}: region link`);
        assert.deepEqual(elements(topicCell).filter((n) => n.tagName === 'a').map((a) => attr(a, 'href')), topics.map((tp) => `/${lang}/topics/${tp}/`), `${where}: topics`);
        assert.equal(Number(attr(resultCell, 'data-results')), results.length, `${where}: reported results`);
        if (results.length === 0) assert.equal(norm(textOf(resultCell)), lang === 'zh' ? '上述来源中没有报告完成情况' : 'No result reported in these sources', `${where}: says no result is reported`);
        else assert.deepEqual(elements(resultCell).filter((n) => attr(n, 'data-result')).map((n) => attr(n, 'data-result')).sort(), [...results].sort());
      });
    });

    test('without scripts the table is grouped by due year: one body per year, in order, under a heading with its anchor', () => {
      const bodies = elements(table).filter((n) => n.tagName === 'tbody');
      const years = [...new Set(expected.map((r) => String(r.due ?? 'none')))];
      assert.deepEqual(bodies.map((b) => attr(b, 'data-due')), years);
      for (const body of bodies) {
        const group = elements(body).find((n) => n.tagName === 'th' && attr(n, 'scope') === 'rowgroup');
        assert.equal(attr(group, 'id'), `due-${attr(body, 'data-due')}`);
        for (const row of elements(body).filter((n) => attr(n, 'data-target'))) assert.equal(attr(row, 'data-due'), attr(body, 'data-due'));
      }
      const form = all.find((n) => hasClass(n, 'targets__controls'));
      assert.ok(attr(form, 'hidden') !== undefined, 'the sort and filter controls are hidden until the script runs');
      assert.ok(elements(form).filter((n) => n.tagName === 'select').every((s) => attr(s, 'disabled') !== undefined), 'and disabled');
    });

    test('the chart counts the targets per due year and region, as an accessible SVG per year', () => {
      const counts = {};
      for (const r of expected) if (r.due !== null) counts[`${r.due}/${r.region}`] = (counts[`${r.due}/${r.region}`] ?? 0) + 1;
      const chart = all.find((n) => hasClass(n, 'figure-charts'));
      const drawn = {};
      for (const panel of elements(chart).filter((n) => n.tagName === 'div' && attr(n, 'data-due'))) {
        const svg = elements(panel).find((n) => n.tagName === 'svg');
        assert.equal(attr(svg, 'role'), 'img');
        assert.match(attr(svg, 'aria-labelledby'), /targets-chart-title/);
        assert.ok(textOf(elements(svg).find((n) => n.tagName === 'desc')).length > 5, 'a description of the counts');
        for (const bar of elements(svg).filter((n) => attr(n, 'data-region'))) drawn[`${attr(panel, 'data-due')}/${attr(bar, 'data-region')}`] = Number(attr(bar, 'data-count'));
      }
      assert.deepEqual(drawn, counts);
    });
  });
}

test('targets.json holds the same targets as the page, with their baselines, regions and results', () => {
  const data = JSON.parse(readFileSync(path.join(DIST, 'data', 'targets.json'), 'utf8'));
  assert.deepEqual(data.map((t) => `${t.document}/${t.figure}`), expected.map(key));
  data.forEach((t, i) => {
    const r = expected[i];
    assert.equal(t.value, r.figure.value);
    assert.equal(t.due, r.due);
    assert.equal(t.qualifier, r.figure.qualifier);
    assert.equal(t.baseline?.figure, r.baseline?.id);
    assert.equal(t.region, r.region);
    assert.deepEqual(t.topics, r.topics);
    assert.deepEqual(t.results, r.results);
  });
});

test("every document's figure table links each of its targets to its row, in both languages", () => {
  for (const lang of LANGS)
    for (const r of expected) {
      const page = parsePage(`${lang}/${KIND_SEGMENT[r.doc.meta.kind]}/${r.doc.id}/index.html`);
      const cells = elements(page).filter((n) => n.tagName === 'td' && attr(n, 'data-figure') === r.figure.id);
      assert.ok(cells.length > 0, `${key(r)}: not in its document's figure table (${lang})`);
      for (const cell of cells) assert.equal(attr(elements(cell).find((n) => n.tagName === 'a'), 'href'), `/${lang}/targets/#${r.doc.id}--${r.figure.id}`, `${key(r)} (${lang})`);
    }
});

for (const lang of LANGS) {
  test(`${lang} home page: the targets falling due this year and next, each linked to its row`, () => {
    const main = elements(parsePage(`${lang}/index.html`)).find((n) => n.tagName === 'main');
    const block = elements(main).find((n) => hasClass(n, 'falling-due'));
    assert.ok(block, 'no falling-due block');
    const year = Number(attr(block, 'data-year'));
    assert.equal(year, buildYear(process.env.SOURCE_DATE_EPOCH), 'this year is the build year');
    const groups = elements(block).filter((n) => attr(n, 'data-due'));
    assert.deepEqual(groups.map((g) => Number(attr(g, 'data-due'))), [year, year + 1]);
    for (const group of groups) {
      const due = expected.filter((r) => r.due === Number(attr(group, 'data-due')));
      assert.equal(Number(attr(group, 'data-count')), due.length);
      const shown = elements(group).filter((n) => attr(n, 'data-target'));
      assert.deepEqual(shown.map((n) => attr(n, 'data-target')), due.slice(0, shown.length).map(key), 'the first targets of the year, in the table’s order');
      for (const item of shown) assert.equal(attr(elements(item).find((n) => n.tagName === 'a'), 'href'), `/${lang}/targets/#${attr(item, 'data-target').replace('/', '--')}`);
      const links = elements(group).filter((n) => n.tagName === 'a').map((a) => attr(a, 'href'));
      if (due.length === 0) assert.equal(shown.length, 0);
      else if (shown.length < due.length) assert.ok(links.includes(`/${lang}/targets/#due-${attr(group, 'data-due')}`), 'a link to the whole year');
    }
  });
}
