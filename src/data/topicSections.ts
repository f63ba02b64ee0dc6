import { headingNumber } from '../lib/sections.ts';
import {
	firstSentence,
	readingOrder,
	sectionsByTopic,
	untaggableAnchors,
} from '../lib/topicSections.ts';
import type { Lang } from '../schemas/common.ts';
import { bodyText } from './bodyText.ts';
import { getDocuments, type LocalizedDocument } from './documents.ts';

/** A tagged section as the topic views show it, in the page's language. */
export interface TopicSection {
	anchor: string;
	/** The official number as printed (（一） / (1)), or null for a section without one. */
	number: string | null;
	heading: string;
	/** The section's own text, one line per paragraph, list item or table row (cells tab-separated). */
	text: string;
	/** Its first sentence (firstSentence), for the topic page. */
	opening: string;
}

/** A document and its sections on one topic. */
export interface TopicDocument {
	doc: LocalizedDocument;
	sections: TopicSection[];
}

const byLang = new Map<Lang, Promise<Map<string, TopicDocument[]>>>();

/**
 * Every topic's tagged sections in a language, grouped once per build (one pass over the documents,
 * whatever the number of topic pages): topic id → documents in reading order (documents newest first,
 * then FAQ entries), each with its sections in page order. A tag on an anchor the text lacks fails the
 * build, naming the file and the anchor.
 */
export function topicSections(lang: Lang): Promise<Map<string, TopicDocument[]>> {
	let grouped = byLang.get(lang);
	if (!grouped) {
		grouped = groupTopicSections(lang);
		byLang.set(lang, grouped);
	}
	return grouped;
}

async function groupTopicSections(lang: Lang): Promise<Map<string, TopicDocument[]>> {
	const tagged = readingOrder(await getDocuments(lang)).filter(
		(doc) => Object.keys(doc.meta.sectionTopics).length > 0
	);
	const problems: string[] = [];
	const entries = await Promise.all(
		tagged.map(async (doc) => {
			const { sections } = await bodyText(doc);
			problems.push(
				...untaggableAnchors(
					doc.id,
					doc.meta.sectionTopics,
					lang,
					new Set(sections.map((s) => s.anchor))
				)
			);
			const sectionTopics = Object.fromEntries(
				Object.entries(doc.meta.sectionTopics).map(([anchor, topics]) => [
					anchor,
					topics.map((t) => t.id),
				])
			);
			const shown = sections.map((s) => ({
				anchor: s.anchor,
				number: headingNumber(s.anchor, lang),
				heading: s.heading,
				text: s.text,
				opening: firstSentence(s.text, lang),
			}));
			return { doc, sections: shown, sectionTopics };
		})
	);
	if (problems.length) throw new Error(problems.join('\n'));
	return sectionsByTopic(entries);
}
