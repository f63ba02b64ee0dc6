// No Markdown is left unrendered in the built pages: emphasis markers next to Chinese punctuation
// (handled by remark-cjk-friendly) and anchor markers (read by remarkSectionAnchors) must not show.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { elements, htmlFiles, parsePage } from '../lib/site.mjs';

/** The text a reader sees: text nodes outside <script> and <style> (inlined scripts hold `{#private}` fields). */
function shownText(node) {
  if (node.tagName === 'script' || node.tagName === 'style') return '';
  if (node.nodeName === '#text') return node.value;
  return (node.childNodes ?? []).map(shownText).join('');
}

test('no page shows raw Markdown markers', () => {
  const leftovers = [];
  for (const file of htmlFiles()) {
    const main = elements(parsePage(file)).find((e) => e.tagName === 'main');
    const text = main ? shownText(main) : '';
    for (const marker of ['**', '\\{#', '{#', '](']) if (text.includes(marker)) leftovers.push(`${file}: "${marker}" near “${text.slice(Math.max(0, text.indexOf(marker) - 20), text.indexOf(marker) + 20)}”`);
  }
  assert.deepEqual(leftovers, []);
});
