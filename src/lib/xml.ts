/** Characters XML 1.0 does not allow anywhere, even escaped (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/F). */
const NOT_XML =
	// eslint-disable-next-line no-control-regex -- control characters are what this finds
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe inside an XML element or a double-quoted attribute; characters XML 1.0 forbids are
 * dropped, so what we write is always well-formed.
 * @example xmlEscape('A & B <"c">') // 'A &amp; B &lt;&quot;c&quot;&gt;'
 */
export function xmlEscape(text: string): string {
	return text
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/**
 * ` name="value"` pairs, escaped; undefined values are left out.
 * @example xmlAttrs({ rel: 'self', type: undefined }) // ' rel="self"'
 */
export function xmlAttrs(values: Record<string, string | undefined>): string {
	return Object.entries(values)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => ` ${k}="${xmlEscape(v!)}"`)
		.join('');
}
