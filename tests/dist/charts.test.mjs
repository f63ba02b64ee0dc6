// Charts of key figures (FigureChart, drawn at build time): on both language pages of every document
// whose meta.yaml holds chartable figures, each chart is an SVG with role="img", an accessible name
// and a description, and no script; every number drawn equals its meta.yaml figure, is printed as
// formatFigure prints it, and stands in the table beside the chart and in the body's <Fig> alike.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatFigure } from '../../src/lib/figures.ts';
import { documentIds, LANGS, readDocument } from '../lib/content.mjs';
import { attr, elements, hasClass, htmlFiles, parsePage, textOf, walk } from '../lib/site.mjs';

const files = htmlFiles();
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const YAML_DEFAULTS = { qualifier: 'exact', role: 'fact' };

/** The figures a chart must draw, worked out from meta.yaml alone: paired baseline/target indicators and `chart` groups of two or more. */
function expectedChartFigures(figures) {
  const readable = figures.map((f) => ({ ...YAML_DEFAULTS, ...f })).filter((f) => f.value !== null);
  const ids = new Set();
  const indicators = new Set(readable.filter((f) => f.indicator).map((f) => f.indicator));
  for (const ind of indicators) {
    const baseline = readable.find((f) => f.indicator === ind && f.role === 'baseline');
    const target = readable.find((f) => f.indicator === ind && f.role === 'target');
    if (baseline && target) ids.add(baseline.id).add(target.id);
  }
  const groups = Map.groupBy(readable.filter((f) => f.chart), (f) => f.chart);
  for (const group of groups.values()) if (group.length >= 2) group.forEach((f) => ids.add(f.id));
  return ids;
}

const charted = documentIds()
  .map((id) => ({ id, figures: (readDocument(id).meta?.figures ?? []).map((f) => ({ ...YAML_DEFAULTS, ...f })) }))
  .map((d) => ({ ...d, expected: expectedChartFigures(d.figures) }))
  .filter((d) => d.expected.size > 0);

test('some documents have chartable figures (Banan indicators, Tianjin results)', () => assert.ok(charted.length >= 2, charted.map((d) => d.id).join(', ')));

for (const { id, figures, expected } of charted) {
  describe(`charts of ${id}`, () => {
    for (const lang of LANGS) {
      test(`${lang}: accessible SVG, no script, every drawn number equal to meta.yaml, its table and its <Fig>`, () => {
        const file = files.find((f) => f.startsWith(`${lang}/`) && f.endsWith(`/${id}/index.html`) && !f.includes('/parallel/'));
        const page = parsePage(file);
        const all = elements(page);
        const byId = new Map(all.filter((el) => attr(el, 'id')).map((el) => [attr(el, 'id'), el]));
        const charts = all.filter((el) => hasClass(el, 'figure-charts'));
        assert.ok(charts.length > 0, `${file} has no chart`);

        const drawn = [];
        for (const chart of charts) {
          assert.equal([...walk(chart)].filter((n) => n.tagName === 'script').length, 0, 'a chart holds no script');
          const svgs = [...walk(chart)].filter((n) => n.tagName === 'svg');
          assert.ok(svgs.length > 0);
          for (const svg of svgs) {
            assert.equal(attr(svg, 'role'), 'img');
            const name = (attr(svg, 'aria-labelledby') ?? '').split(' ').map((ref) => norm(textOf(byId.get(ref) ?? { childNodes: [] }))).join(' ');
            const description = (attr(svg, 'aria-describedby') ?? '').split(' ').map((ref) => norm(textOf(byId.get(ref) ?? { childNodes: [] }))).join(' ');
            assert.ok(name.trim().length > 5, `chart without an accessible name on ${file}`);
            assert.ok(description.trim().length > 10, `chart without a description on ${file}`);
            drawn.push(...[...walk(svg)].filter((n) => n.tagName && attr(n, 'data-figure')));
          }
          // The table beside the chart: the next element holding a figure table.
          const siblings = chart.parentNode.childNodes.filter((n) => n.tagName);
          const table = siblings.slice(siblings.indexOf(chart) + 1).find((n) => [...walk(n)].some((m) => hasClass(m, 'figure-table')));
          assert.ok(table, 'a chart is followed by its table');
          for (const mark of [...walk(chart)].filter((n) => n.tagName && attr(n, 'data-figure'))) {
            const figId = attr(mark, 'data-figure');
            const cell = [...walk(table)].find((n) => n.tagName === 'td' && attr(n, 'data-figure') === figId);
            assert.ok(cell, `${figId} is drawn but not in the table beside the chart`);
            const fig = figures.find((f) => f.id === figId);
            // FigureTable adds the year to a baseline or target: 7个（2023年） / 7 specialties (2023).
            const year = fig.year && ['baseline', 'target'].includes(fig.role) ? (lang === 'zh' ? `（${fig.year}年）` : ` (${fig.year})`) : '';
            assert.equal(norm(textOf(cell)), norm(textOf(mark) + year), `${figId}: chart and table print it differently`);
          }
        }

        assert.deepEqual(new Set(drawn.map((n) => attr(n, 'data-figure'))), expected, 'the chart draws exactly the chartable figures');
        for (const mark of drawn) {
          const fig = figures.find((f) => f.id === attr(mark, 'data-figure'));
          assert.equal(Number(attr(mark, 'data-value')), fig.value, `${fig.id}: drawn value differs from meta.yaml`);
          assert.equal(norm(textOf(mark)), formatFigure(fig, lang), `${fig.id}: printed differently from formatFigure`);
          for (const inline of all.filter((el) => attr(el, 'data-fig') === fig.id)) assert.equal(norm(textOf(inline)), norm(textOf(mark)), `${fig.id}: <Fig> in the body prints it differently`);
        }
      });
    }
  });
}
