import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sectionsOf } from './bodySections.ts';

const heading = (id: string, level: number, text: string, num = '') =>
	`<h${level} id="${id}" class="section-heading"><a class="heading-link" href="#${id}">${num && `<span class="secnum" data-pagefind-ignore>${num}</span>`}${text}</a></h${level}>`;
const tools =
	'<site-section-tools data-pagefind-ignore><button type="button">Copy link</button><span role="status"></span></site-section-tools>';

test('sectionsOf splits a body at each section heading, in order, with levels', () => {
	const html = `<p>Lead <strong>text</strong>.</p>${heading('s1', 2, '总体要求', '一、')}<p>第一段。</p>${heading('s1-1', 3, '发展目标', '（一）')}<ul><li>甲</li><li>乙</li></ul>${heading('s2', 2, 'Tasks', '2.')}<p>Last</p>`;
	assert.deepEqual(sectionsOf(html), {
		lead: 'Lead text.',
		sections: [
			{ anchor: 's1', level: 2, heading: '总体要求', text: '第一段。' },
			{ anchor: 's1-1', level: 3, heading: '发展目标', text: '甲\n乙' },
			{ anchor: 's2', level: 2, heading: 'Tasks', text: 'Last' },
		],
	});
});

test('sectionsOf reads sections wrapped in <section> elements and skips copy buttons and numbers', () => {
	const html = `<div class="document__text"><section class="doc-section">${heading('s1', 2, 'Aims', '1.')}${tools}<p>One</p><section class="doc-section">${heading('s1-2', 3, 'Targets', '(2)')}${tools}<p>Two</p></section></section><section class="doc-section">${heading('talent', 2, 'Talent')}${tools}<p>Three</p></section></div>`;
	assert.deepEqual(
		sectionsOf(html).sections.map((s) => [s.anchor, s.level, s.heading, s.text]),
		[
			['s1', 2, 'Aims', 'One'],
			['s1-2', 3, 'Targets', 'Two'],
			['talent', 2, 'Talent', 'Three'],
		]
	);
});

test('sectionsOf writes a table row per line with tab-separated cells and collapses spaces', () => {
	const html = `${heading('s1', 2, 'Figures')}<table><tr><th>Indicator</th><th>2027</th></tr><tr><td>Beds  per\n 1,000</td><td><data value="0.85">at least 0.85</data></td></tr></table><p>a<br>b</p>`;
	assert.equal(
		sectionsOf(html).sections[0]!.text,
		'Indicator\t2027\nBeds per 1,000\tat least 0.85\na\nb'
	);
});

test('sectionsOf keeps a body without headings as lead, and ignores headings without an id', () => {
	assert.deepEqual(
		sectionsOf('<p>Answer.</p><h2>Not a section</h2><p>More.</p><script>x()</script>'),
		{ lead: 'Answer.\nNot a section\nMore.', sections: [] }
	);
	assert.deepEqual(sectionsOf(''), { lead: '', sections: [] });
});
