// The timeline in the built site, against the raw content: every event of every meta.yaml is
// there once, in date order under its year, the same in both languages, and each links to a
// section that exists on the target page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentIds, isoDate, LANGS, readDocument } from '../lib/content.mjs';
import { attr, elements, parsePage, textOf } from '../lib/site.mjs';

/** `2024-05-08` from YAML's Date, `2027` from a number, strings as they are. */
const expected = documentIds()
  .flatMap((id) => (readDocument(id).meta?.events ?? []).map((e) => `${id}|${isoDate(e.date)}|${e.anchor}`))
  .sort();

/** The timeline's events in page order: key, datetime, year of the section they sit in, link. */
function eventsOn(lang) {
  const doc = parsePage(`${lang}/timeline/index.html`);
  const out = [];
  for (const section of elements(doc).filter((n) => n.tagName === 'section')) {
    const year = attr(elements(section).find((n) => n.tagName === 'h2') ?? {}, 'id')?.replace(/^y/, '');
    for (const li of elements(section).filter((n) => attr(n, 'data-event'))) {
      const time = elements(li).find((n) => n.tagName === 'time');
      const link = elements(li).find((n) => n.tagName === 'a');
      out.push({ key: attr(li, 'data-event'), datetime: attr(time, 'datetime'), shown: textOf(time), year, href: attr(link, 'href') });
    }
  }
  return out;
}

test('the content has events to show', () => assert.ok(expected.length > 0));

for (const lang of LANGS) {
  describe(`${lang}/timeline/`, () => {
    const events = eventsOn(lang);

    test('shows every event of every document exactly once', () => {
      assert.deepEqual(events.map((e) => e.key).sort(), expected);
    });

    test('is in date order, each event under the heading of its year, with a machine-readable date', () => {
      const dates = events.map((e) => e.datetime);
      assert.deepEqual(dates, [...dates].sort(), 'events out of date order');
      for (const e of events) {
        assert.equal(e.datetime, e.key.split('|')[1], `${e.key}: <time datetime> is not the event date`);
        assert.equal(e.year, e.datetime.slice(0, 4), `${e.key} sits under ${e.year}`);
        assert.match(e.shown, /\d{4}/, `${e.key}: the date is shown`);
      }
    });

    test("every event links to its document's section, and that section exists", () => {
      for (const e of events) {
        const [id, , anchor] = e.key.split('|');
        const match = new RegExp(`^/${lang}/[a-z]+/${id}/#${anchor}$`).exec(e.href ?? '');
        assert.ok(match, `${e.key} links to ${e.href}`);
        const target = parsePage(`${e.href.slice(1).replace(/#.*$/, '')}index.html`);
        assert.ok(elements(target).some((n) => attr(n, 'id') === anchor), `${e.href}: no element with id "${anchor}"`);
      }
    });
  });
}

test('both languages show the same events in the same order', () => {
  assert.deepEqual(eventsOn('zh').map((e) => e.key), eventsOn('en').map((e) => e.key));
});
