import { joinBase, publicUrl } from './lib/paths.ts';
import { buildYear } from './lib/buildDate.ts';

/**
 * A path inside the site with the configured base in front (`/` or e.g. `/kb/`).
 * Every internal link goes through this, so the site works under any base path.
 */
export function href(path: string): string {
	return joinBase(import.meta.env.BASE_URL, path);
}

/** The public origin from SITE_URL, or undefined: then the build emits no absolute URLs at all. */
export const siteOrigin: URL | undefined = import.meta.env.SITE
	? new URL(import.meta.env.SITE)
	: undefined;

/** A path's public address: absolute with SITE_URL (canonical links, feeds, structured data), else `href(path)`. */
export function publicHref(path: string): string {
	return publicUrl(import.meta.env.BASE_URL, path, siteOrigin);
}

/** The year this build stands at (SOURCE_DATE_EPOCH, else the clock): "this year" on every page. */
export const currentYear: number = buildYear(process.env.SOURCE_DATE_EPOCH);
