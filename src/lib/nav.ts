import { t } from '../i18n/index.ts';
import type { Lang } from '../schemas/common.ts';
import { KINDS } from '../schemas/document.ts';
import { BROWSE_FACETS } from './browse.ts';
import { browsePath, KIND_SEGMENT, langPath } from './paths.ts';

export interface NavLink {
	/** Site path without base, e.g. `en/plans/`. */
	path: string;
	label: string;
}
export interface NavGroup {
	/** Stable id, used for the group label's element id. */
	id: 'documents' | 'browse' | 'reference';
	label: string;
	links: NavLink[];
}

/**
 * The main navigation in three labelled groups, so that on a wide screen each group stays on one
 * line and on a narrow one the menu reads as three short lists rather than thirteen loose links.
 * @example navGroups('en').map((g) => g.links.length) // [5, 6, 2]
 */
export function navGroups(lang: Lang): NavGroup[] {
	return [
		{
			id: 'documents',
			label: t(lang, 'nav.documents'),
			links: KINDS.map((kind) => ({
				path: langPath(lang, KIND_SEGMENT[kind]),
				label: t(lang, `kinds.${kind}`),
			})),
		},
		{
			id: 'browse',
			label: t(lang, 'nav.browse'),
			links: [
				...BROWSE_FACETS.map((facet) => ({
					path: browsePath(lang, facet),
					label: t(lang, `browse.${facet}`),
				})),
				{ path: langPath(lang, 'timeline'), label: t(lang, 'nav.timeline') },
				{ path: langPath(lang, 'targets'), label: t(lang, 'nav.targets') },
			],
		},
		{
			id: 'reference',
			label: t(lang, 'nav.reference'),
			links: [
				{ path: langPath(lang, 'glossary'), label: t(lang, 'nav.glossary') },
				{ path: langPath(lang, 'about'), label: t(lang, 'nav.about') },
			],
		},
	];
}

/**
 * Whether a nav link is the current page or an ancestor of it (a document page marks its kind).
 * @example isCurrentNav('en/plans/', 'en/plans/banan/') // true
 */
export function isCurrentNav(linkPath: string, currentPath: string): boolean {
	return currentPath.startsWith(linkPath);
}
