// Types for the parts of citation-js we use (the packages ship none).
declare module '@citation-js/core' {
	/** A set of references, read from any format a loaded plugin knows (CSL-JSON, RIS, BibTeX…). */
	export class Cite {
		constructor(data: unknown);
		/** The references as CSL-JSON items. */
		data: Record<string, unknown>[];
		/** The references in an output format: `ris`, `bibtex`, `data`… */
		format(format: string, options?: Record<string, unknown>): string;
	}
	export const plugins: { config: { get(plugin: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
