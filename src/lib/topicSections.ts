/**
 * Sections by topic (docs/browse.md): which sections of which documents a topic gathers, in what
 * order, and the opening a topic page quotes from each. Pure functions, tested without Astro;
 * src/data/topicSections.ts binds them to the collections.
 */
import type { Lang } from '../schemas/common.ts';

/**
 * Entries in reading order for a topic: the documents first and the FAQ entries (which restate them)
 * after, each newest first, then by id.
 * @example readingOrder([faq, plan2024, agreement2023]) // [plan2024, agreement2023, faq]
 */
export function readingOrder<D extends { id: string; kind: string; date: string }>(
	docs: readonly D[]
): D[] {
	const faq = (d: D) => (d.kind === 'faq' ? 1 : 0);
	return [...docs].sort(
		(a, b) => faq(a) - faq(b) || b.date.localeCompare(a.date) || a.id.localeCompare(b.id)
	);
}

/**
 * Groups tagged sections by topic in one pass: for each document (in the order given) its sections in
 * page order, under every topic that `sectionTopics` gives their anchor. Documents without a tagged
 * section under a topic are not in its list.
 * @example sectionsByTopic([{ doc: a, sections: [s1, s2], sectionTopics: { s2: ['talent'] } }]) // Map { 'talent' => [{ doc: a, sections: [s2] }] }
 */
export function sectionsByTopic<D, S extends { anchor: string }>(
	entries: readonly {
		doc: D;
		sections: readonly S[];
		sectionTopics: Readonly<Record<string, readonly string[]>>;
	}[]
): Map<string, { doc: D; sections: S[] }[]> {
	const byTopic = new Map<string, { doc: D; sections: S[] }[]>();
	for (const { doc, sections, sectionTopics } of entries) {
		const mine = new Map<string, S[]>();
		for (const section of sections)
			for (const topic of sectionTopics[section.anchor] ?? [])
				mine.set(topic, [...(mine.get(topic) ?? []), section]);
		for (const [topic, list] of mine)
			byTopic.set(topic, [...(byTopic.get(topic) ?? []), { doc, sections: list }]);
	}
	return byTopic;
}

/**
 * The anchors of `sectionTopics` that a language's text lacks, each as a message naming the file and
 * the anchor, so a tag can never point at nothing.
 * @example untaggableAnchors('x', { s9: ['talent'] }, 'zh', new Set(['s1'])) // ['content/documents/x/meta.yaml: sectionTopics tags #s9, but zh.mdx has no section with that anchor']
 */
export function untaggableAnchors(
	id: string,
	sectionTopics: Readonly<Record<string, unknown>>,
	lang: Lang,
	anchors: ReadonlySet<string>
): string[] {
	return Object.keys(sectionTopics)
		.filter((anchor) => !anchors.has(anchor))
		.map(
			(anchor) =>
				`content/documents/${id}/meta.yaml: sectionTopics tags #${anchor}, but ${lang}.mdx has no section with that anchor`
		);
}

/** Where a sentence ends: Chinese full-width stops, or a Latin stop before a space or the end. */
const SENTENCE_END: Record<Lang, RegExp> = {
	zh: /[。！？](?:[”’」』）)]*)/g,
	en: /[.!?](?:["'”’)]*)(?=\s|$)/g,
};
/** Latin abbreviations whose full stop ends no sentence. */
const ABBREVIATION = /(?:^|\s)(?:No|Nos|e\.g|i\.e|etc|vs|Dr|St|Mr|Ms|Art|para|cf)\.$/i;
/** A sentence shorter than this is a run-in heading ("Guiding principles.", "一是……。"): the next one is added. */
const MIN_LENGTH: Record<Lang, number> = { zh: 16, en: 40 };

/**
 * The opening of a section's text for a list: its first sentence, with the next ones added while it is
 * shorter than a run-in heading would be; from the first paragraph only (the first line of the text),
 * and the whole paragraph when it has no sentence end. A table row (cells separated by tabs) is
 * skipped, as a table makes no sentence.
 * @example firstSentence('Guiding principles. The plan follows the guidance. Next.', 'en') // 'Guiding principles. The plan follows the guidance.'
 * @example firstSentence('方案附有指标表。下表列出十项指标。', 'zh') // '方案附有指标表。'
 */
export function firstSentence(text: string, lang: Lang): string {
	const paragraph =
		text
			.split('\n')
			.find((line) => line.trim() && !line.includes('\t'))
			?.trim() ?? '';
	let end = 0;
	for (const match of paragraph.matchAll(SENTENCE_END[lang])) {
		const stop = match.index + match[0].length;
		if (lang === 'en' && ABBREVIATION.test(paragraph.slice(0, match.index + 1))) continue;
		end = stop;
		if ([...paragraph.slice(0, end)].length >= MIN_LENGTH[lang]) break;
	}
	return end === 0 ? paragraph : paragraph.slice(0, end).trim();
}

/**
 * The most documents a compare view sets side by side (the newest, in reading order): beyond a dozen
 * columns nothing is compared any more, and a library of thousands of documents would give a page of
 * megabytes. The topic page lists every document's sections.
 */
export const COMPARE_LIMIT = 12;
