// Timeline events against the sections they cite: each event's type is one the section bears out,
// by the words docs/authoring.md lists for it ("Timeline events"), and the section gives its date.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { EVENT_TYPES } from '../../src/schemas/document.ts';
import { documentIds, isoDate, LANGS, readDocument } from '../lib/content.mjs';
import { parseBody, sectionsOf, textOf } from '../lib/mdx.mjs';

/** The event-type table of docs/authoring.md: type → { zh: [words], en: [words] }. */
function eventWords() {
  const doc = readFileSync('docs/authoring.md', 'utf8');
  const table = doc.slice(doc.indexOf('### Timeline events')).split('\n\n').find((block) => block.startsWith('| type |'));
  assert.ok(table, 'docs/authoring.md has no event-type table under "### Timeline events"');
  const words = {};
  for (const row of table.split('\n').slice(2)) {
    const cells = row.split('|').slice(1, -1).map((c) => c.trim());
    const ticked = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    words[ticked(cells[0])[0]] = { zh: ticked(cells[3]), en: ticked(cells[4]) };
  }
  return words;
}

/** A word of the table as a pattern: `YYYY` is any four digits; English words match at a word start, in any case. */
function wordPattern(word, lang) {
  const source = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/YYYY/g, '\\d{4}');
  return lang === 'en' ? new RegExp(`\\b${source}`, 'i') : new RegExp(source);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What a text must contain to give a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) in a language. */
function dateParts(date, lang) {
  const [year, month, day] = date.split('-').map(Number);
  if (lang === 'en') return [String(year), ...(month ? [MONTHS[month - 1]] : [])];
  return [String(year), ...(month ? [`${month}月`] : []), ...(day ? [`${day}日`] : [])];
}

const WORDS = eventWords();

test('docs/authoring.md lists exactly the event types the schema accepts, each with words in both languages', () => {
  assert.deepEqual(Object.keys(WORDS).sort(), Object.keys(EVENT_TYPES).sort());
  for (const [type, words] of Object.entries(WORDS)) for (const lang of LANGS) assert.ok(words[lang].length > 0, `${type} has no ${lang} words`);
});

test('the table words match as documented', () => {
  const cases = [
    ['挂牌', 'zh', '2023年1月正式挂牌', true],
    ['到YYYY年', 'zh', '到2027年底', true],
    ['YYYY年前', 'zh', '多年前', false],
    ['open', 'en', 'Phase 1 opened in 2023', true],
    ['sign', 'en', 'by design', false],
    ['due', 'en', 'a procedure', false],
    ['YYYY–YYYY', 'en', 'the 2024–2027 plan', true],
  ];
  for (const [word, lang, text, match] of cases) assert.equal(wordPattern(word, lang).test(text), match, `${word} in "${text}"`);
});

for (const id of documentIds()) {
  const doc = readDocument(id);
  const events = doc.meta?.events ?? [];
  if (!events.length) continue;
  describe(`content/documents/${id} events`, () => {
    const sections = Object.fromEntries(LANGS.map((lang) => [lang, sectionsOf(parseBody(doc[lang]))]));
    const ownDates = new Set(Object.values(doc.meta.dates).map(isoDate));

    for (const event of events) {
      const date = isoDate(event.date);
      const name = `${date} ${event.type} #${event.anchor}`;
      test(`${name}: label and section bear out the type and the date`, () => {
        const words = WORDS[event.type];
        assert.ok(words, `type "${event.type}" is not in docs/authoring.md's list`);
        for (const lang of LANGS) {
          const section = sections[lang].get(event.anchor);
          assert.ok(section, `${lang}.mdx has no section #${event.anchor}`);
          const text = textOf(section);
          const patterns = words[lang].map((w) => wordPattern(w, lang));
          const list = words[lang].join(', ');
          assert.ok(patterns.some((p) => p.test(event.label[lang])), `${lang} label "${event.label[lang]}" has none of the ${event.type} words (${list})`);
          assert.ok(patterns.some((p) => p.test(text)), `${lang} section #${event.anchor} has none of the ${event.type} words (${list}): it does not bear out the type`);
          if (ownDates.has(date)) continue;
          for (const part of dateParts(date, lang)) assert.ok(text.includes(part), `${lang} section #${event.anchor} does not give the date ${date} (no "${part}")`);
        }
      });
    }
  });
}
