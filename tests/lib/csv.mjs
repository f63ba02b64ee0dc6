// A strict RFC 4180 reader for the built CSV files, written apart from src/lib/csv.ts so the tests do
// not check the writer with itself: it fails on anything the RFC does not allow.

/**
 * Records of a CSV text (after an optional BOM), CRLF line ends required, as arrays of strings.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
	const records = [];
	let record = [];
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	while (i < text.length) {
		let field = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('CSV: unterminated quoted field');
				if (text[i] === '"' && text[i + 1] === '"') {
					field += '"';
					i += 2;
				} else if (text[i] === '"') {
					i++;
					break;
				} else field += text[i++];
			}
		} else {
			while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
				if (text[i] === '"') throw new Error(`CSV: a quote inside an unquoted field at ${i}`);
				field += text[i++];
			}
		}
		record.push(field);
		if (text[i] === ',') i++;
		else if (text.startsWith('\r\n', i)) {
			records.push(record);
			record = [];
			i += 2;
		} else if (i < text.length)
			throw new Error(`CSV: expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
	}
	if (record.length) throw new Error('CSV: the last record has no CRLF');
	return records;
}

/** CSV records as objects keyed by the header row. */
export function csvObjects(text) {
	const [header, ...rows] = parseCsv(text);
	rows.forEach((row, n) => {
		if (row.length !== header.length)
			throw new Error(`CSV: record ${n + 2} has ${row.length} fields, the header ${header.length}`);
	});
	return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}
