/**
 * How the search backend reads the index's files (src/search/indexFormat.ts). On the web, with
 * `fetch`; in the offline edition, opened from `file://` where Chromium blocks `fetch` and module
 * imports, through classic scripts: the offline edition (src/offline/build/) writes each JSON file
 * `x.json` as `x.js`, a script that hands its data to {@link OFFLINE_DATA_CALLBACK}.
 */

/** Reads one file of the index folder, by its path inside that folder. */
export type LoadFile = (file: string) => Promise<unknown>;

/** `data-index-transport` on `<site-search>`: the offline edition's pages say `script`. */
export type Transport = 'fetch' | 'script';

/** The global function each offline index script calls with its key (`{folder}{file}`) and its data. */
export const OFFLINE_DATA_CALLBACK = 'siteSearchData';

/** The classic script that stands for an index file in the offline edition. */
export const offlineScriptFile = (file: string) => file.replace(/\.json$/, '.js');

/** A file's data as the script for it in the offline edition: a call of {@link OFFLINE_DATA_CALLBACK}. */
export const offlineScript = (key: string, json: string) =>
	`${OFFLINE_DATA_CALLBACK}(${JSON.stringify(key)},${json});\n`;

declare global {
	var siteSearchData: ((key: string, data: unknown) => void) | undefined;
}

/** Files requested through scripts, waiting for their script to run. */
const waiting = new Map<string, (data: unknown) => void>();

/**
 * A loader for the index folder at `folder` (a URL, with its trailing slash).
 * @param key what the offline scripts name the folder by: its path inside the site, e.g. `_search/zh/`
 */
export function fileLoader(transport: Transport, folder: string, key: string): LoadFile {
	if (transport === 'fetch')
		return async (file) => {
			const response = await fetch(`${folder}${file}`);
			if (!response.ok) throw new Error(`search: ${file} ${response.status}`);
			return (await response.json()) as unknown;
		};
	globalThis.siteSearchData ??= (name, data) => {
		waiting.get(name)?.(data);
		waiting.delete(name);
	};
	return (file) =>
		new Promise((resolve, reject) => {
			waiting.set(`${key}${file}`, resolve);
			const script = Object.assign(document.createElement('script'), {
				src: `${folder}${offlineScriptFile(file)}`,
			});
			script.addEventListener('error', () =>
				reject(new Error(`search: cannot load ${script.src}`))
			);
			script.addEventListener('load', () => script.remove());
			document.head.append(script);
		});
}
