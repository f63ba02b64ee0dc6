import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexPage } from '../../search/build/indexPage.ts';
import { offlineIndexScript, offlinePage } from './searchIndex.ts';

const docPage = `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><nav>Menu</nav><main>
<article data-pagefind-body>
  <div hidden data-pagefind-sort="date:2024-05-08" data-pagefind-meta="date:2024-05-08"><span data-pagefind-meta="kind:plan"></span><span data-pagefind-filter="kind:plan"></span><span data-pagefind-filter="year:2024"></span><span data-pagefind-filter="region:beijing"></span><span data-pagefind-filter="region:tianjin"></span></div>
  <p class="badge" data-pagefind-ignore>Plan</p>
  <h1 data-pagefind-meta="title">Banan   TCM plan</h1>
  <h2 id="s1"><a href="#s1"><span data-pagefind-ignore>1.</span> Goals</a></h2><p>Beds: <strong>0.85</strong> per 1,000.</p>
  <h2 id="s2"><a href="#s2">Tasks</a></h2><p>Talent.</p>
  <h2 id="hidden" data-pagefind-ignore>Not indexed</h2>
</article></main></body></html>`;

test('offlinePage: title, kind, date and facets from the Pagefind attributes', () => {
  assert.deepEqual(offlinePage(indexPage(docPage)!, 'en/plans/banan/'), {
    path: 'en/plans/banan/',
    title: 'Banan TCM plan',
    kind: 'plan',
    date: '2024-05-08',
    facets: { kind: ['plan'], year: ['2024'], region: ['beijing', 'tianjin'] },
    text: 'Banan TCM plan Goals Beds: 0.85 per 1,000. Tasks Talent.',
    sections: [
      { anchor: 's1', title: 'Goals', start: 15 },
      { anchor: 's2', title: 'Tasks', start: 43 },
    ],
  });
  const about = offlinePage(indexPage('<html><body><main data-pagefind-body><h1>About</h1><p>Text</p></main></body></html>')!, 'en/about/');
  assert.deepEqual([about.title, about.kind, about.date, about.facets], ['About', undefined, undefined, {}]);
});

test('offlineIndexScript: a classic script adding the index to a global, safe inside <script>', () => {
  const index = { lang: 'en' as const, pages: [{ path: 'en/x/', title: 'x', facets: {}, text: 'a </script> b \u2028', sections: [] }], t2s: { 醫: '医' } };
  const script = offlineIndexScript(index);
  assert.ok(!script.includes('</script>'));
  const self: Record<string, unknown> = {};
  new Function('self', script)(self);
  assert.deepEqual(self['siteSearchIndex'], { en: index });
});
