/** The dates a document may carry (meta.yaml `dates`), each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface DocumentDates {
	signed?: string | undefined;
	issued?: string | undefined;
	held?: string | undefined;
	published?: string | undefined;
}

/**
 * The date a document is best known by: signed, else issued, held, published. Lists sort by it,
 * citations give it, and structured data calls it the document's date.
 * @example primaryDate({ issued: '2024-03', published: '2024-04-01' }) // '2024-03'
 */
export function primaryDate(dates: DocumentDates): string | undefined {
	return dates.signed ?? dates.issued ?? dates.held ?? dates.published;
}
