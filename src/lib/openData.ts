import type { Lang } from '../schemas/common.ts';
import type { CsvValue } from './csv.ts';

/**
 * Pure helpers for the open data files (docs/open-data.md): where each file lives, references
 * written back as ids, and records flattened into CSV columns that follow the files' JSON Schema.
 */

/** The folder of the open data, inside the site. */
export const DATA_DIR = 'data';

/**
 * Paths (inside the site, without the base) of the files published for a document in a language:
 * its data and its citation as RIS, BibTeX and CSL-JSON.
 * @example documentDataPaths('zh', 'x') // { data: 'data/zh/x.json', ris: 'data/zh/x.ris', bibtex: 'data/zh/x.bib', csl: 'data/zh/x.csl.json' }
 */
export function documentDataPaths(lang: Lang, id: string) {
	const stem = `${DATA_DIR}/${lang}/${id}`;
	return {
		data: `${stem}.json`,
		ris: `${stem}.ris`,
		bibtex: `${stem}.bib`,
		csl: `${stem}.csl.json`,
	};
}

/** An Astro reference as the parsed content holds it. */
const isReference = (value: object): value is { collection: string; id: string } =>
	Object.keys(value).length === 2 &&
	typeof (value as { collection?: unknown }).collection === 'string' &&
	typeof (value as { id?: unknown }).id === 'string';

/**
 * Parsed content with every reference (`{ collection, id }`) written back as its id, as meta.yaml has it.
 * @example withIds({ regions: [{ collection: 'regions', id: 'beijing' }], period: { start: 2024, end: 2027 } })
 * // { regions: ['beijing'], period: { start: 2024, end: 2027 } }
 */
export function withIds(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withIds);
	if (value === null || typeof value !== 'object') return value;
	if (isReference(value)) return value.id;
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIds(v)]));
}

/** The part of a JSON Schema that CSV columns are read from. */
interface PropertySchema {
	type?: string;
	properties?: Record<string, PropertySchema>;
}

/**
 * CSV columns of an array-of-objects JSON Schema: one per property, and one per sub-property of an
 * object property (`label.zh`, `label.en`), in the schema's order except that the `first` ones lead.
 * @example csvColumns({ items: { properties: { label: { type: 'object', properties: { zh: {}, en: {} } }, id: {} } } }, ['id']) // ['id', 'label.zh', 'label.en']
 */
export function csvColumns(
	schema: { items?: PropertySchema },
	first: readonly string[] = []
): string[] {
	const keys = Object.keys(schema.items?.properties ?? {});
	const ordered = [
		...first.filter((k) => keys.includes(k)),
		...keys.filter((k) => !first.includes(k)),
	];
	return ordered.flatMap((key) => {
		const prop = schema.items!.properties![key]!;
		return prop.type === 'object' && prop.properties
			? Object.keys(prop.properties).map((sub) => `${key}.${sub}`)
			: [key];
	});
}

/**
 * A record's cells for the given columns: `a.b` reads a nested value; lists are joined with `; `.
 * @example csvCells({ id: 'x', label: { zh: '床位' }, aliases: ['a', 'b'] }, ['id', 'label.zh', 'aliases', 'year']) // ['x', '床位', 'a; b', undefined]
 */
export function csvCells(record: object, columns: readonly string[]): CsvValue[] {
	return columns.map((column) => {
		const value = column
			.split('.')
			.reduce<unknown>(
				(v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
				record
			);
		return Array.isArray(value) ? value.join('; ') : (value as CsvValue);
	});
}
