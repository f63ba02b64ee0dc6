/**
 * The media type of every kind of file the site publishes, for every way of serving it: the nginx
 * configuration (src/deploy/nginx.ts), the `_headers` of the static hosts and the test server
 * (scripts/lib/static-server.mjs). `text` types are sent with `charset=utf-8`. A build that writes
 * a file of another kind fails (src/deploy/integration.ts): add it here first.
 */
export const CONTENT_TYPES: Readonly<Record<string, { type: string; text?: true }>> = {
	'.html': { type: 'text/html', text: true },
	'.css': { type: 'text/css', text: true },
	'.js': { type: 'text/javascript', text: true },
	'.json': { type: 'application/json', text: true },
	'.xml': { type: 'application/xml', text: true },
	'.txt': { type: 'text/plain', text: true },
	'.csv': { type: 'text/csv', text: true },
	'.svg': { type: 'image/svg+xml', text: true },
	// Citations (docs/open-data.md): the types reference managers register for RIS and BibTeX.
	'.ris': { type: 'application/x-research-info-systems', text: true },
	'.bib': { type: 'application/x-bibtex', text: true },
	'.png': { type: 'image/png' },
	'.wasm': { type: 'application/wasm' },
	'.zip': { type: 'application/zip' },
	// The gzip copies the build writes beside text files, when one is asked for by its own name.
	'.gz': { type: 'application/gzip' },
	// Pagefind's bundle (/pagefind/): index parts and WebAssembly, gzipped binaries it reads itself.
	'.pagefind': { type: 'application/octet-stream' },
	'.pf_meta': { type: 'application/octet-stream' },
	'.pf_index': { type: 'application/octet-stream' },
	'.pf_fragment': { type: 'application/octet-stream' },
	'.pf_filter': { type: 'application/octet-stream' },
};

/** The extension of a path as the table keys it (`.pf_meta`, `.html`), or '' for none. */
export function extensionOf(file: string): string {
	return /(\.[a-z0-9_]+)$/i.exec(file.slice(file.lastIndexOf('/') + 1))?.[1]?.toLowerCase() ?? '';
}

/**
 * The Content-Type header for a file, or undefined for a kind the site does not publish.
 * @example contentType('data/en/x.ris') // 'application/x-research-info-systems; charset=utf-8'
 */
export function contentType(file: string): string | undefined {
	const entry = CONTENT_TYPES[extensionOf(file)];
	return entry && (entry.text ? `${entry.type}; charset=utf-8` : entry.type);
}
