// `npm run anchor-counts`: the section anchors of each document in the built dist/, by heading level,
// and whether its zh and en pages carry the same ones.
import { attr, elements, htmlFiles, parsePage } from '../tests/lib/site.mjs';

const DOC = /^(zh|en)\/(agreements|plans|notices|briefings|faq)\/([^/]+)\/index\.html$/;
const docs = new Map();
for (const file of htmlFiles()) {
	const m = DOC.exec(file);
	if (!m) continue;
	const [, lang, , id] = m;
	const headings = elements(parsePage(file)).filter(
		(e) => /^h[2-4]$/.test(e.tagName) && attr(e, 'class')?.split(' ').includes('section-heading')
	);
	docs.set(id, { ...docs.get(id), [lang]: headings.map((h) => `${h.tagName}#${attr(h, 'id')}`) });
}
let total = 0;
for (const [id, { zh = [], en = [] }] of [...docs].sort()) {
	const level = (n) => zh.filter((a) => a.startsWith(`h${n}`)).length;
	const same = zh.join() === en.join() ? 'zh = en' : 'zh ≠ en';
	total += zh.length;
	console.log(
		`${id.padEnd(44)} ${String(zh.length).padStart(3)} anchors (h2 ${level(2)}, h3 ${level(3)}, h4 ${level(4)}); ${same}`
	);
}
console.log(`${docs.size} documents, ${total} section anchors per language`);
