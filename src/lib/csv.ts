/** A CSV cell: text or a number; `null`/`undefined` is an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** A byte-order mark first, so spreadsheet programs read the file as UTF-8 (Excel assumes a local code page otherwise). */
const BOM = '\uFEFF';

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF,
 * with each double quote doubled.
 * @example csvField('a,b') // '"a,b"'
 * @example csvField('say "hi"') // '"say ""hi"""'
 * @example csvField(0.85) // '0.85'
 */
export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV file: UTF-8 byte-order mark, a header row, then one record per row, every line ended
 * by CRLF (RFC 4180). A row must have as many cells as the header.
 * @example toCsv(['id', 'label'], [['a', 'x, y']]) // '\uFEFFid,label\r\na,"x, y"\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	rows.forEach((row, i) => {
		if (row.length !== header.length)
			throw new Error(`toCsv: row ${i + 1} has ${row.length} cells, the header ${header.length}`);
	});
	return BOM + [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
