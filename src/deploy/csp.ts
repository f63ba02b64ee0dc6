/**
 * The site's Content-Security-Policy, written once for the `<meta>` in every page
 * (src/components/ContentSecurityPolicy.astro) and the header of every host configuration
 * (src/deploy/integration.ts). Every script and stylesheet is a file of the site's own (the build
 * inlines none: astro.config.mjs), so the policy needs no hashes and no 'unsafe-inline'; JSON-LD
 * blocks are data, which a policy does not govern. Docs: docs/deploy.md.
 */
const DIRECTIVES: readonly (readonly [name: string, sources: string])[] = [
	['default-src', "'self'"],
	['script-src', "'self'"],
	['style-src', "'self'"],
	['img-src', "'self'"],
	['font-src', "'self'"],
	['connect-src', "'self'"],
	// The site starts no worker (its search reads its own index in the page: docs/search.md).
	['worker-src', "'none'"],
	['object-src', "'none'"],
	['base-uri', "'none'"],
	['form-action', "'self'"],
];

/** Directives a `<meta>` cannot carry (browsers ignore them there, with a console error): headers only. */
const HEADER_ONLY: readonly (readonly [name: string, sources: string])[] = [
	['frame-ancestors', "'none'"],
];

const join = (directives: readonly (readonly [string, string])[]) =>
	directives.map(([name, sources]) => `${name} ${sources}`).join('; ');

/** The policy as a response header sends it. */
export const CSP_HEADER = join([...DIRECTIVES, ...HEADER_ONLY]);

/** The policy as a page's `<meta http-equiv="content-security-policy">` carries it, for hosts that send no headers. */
export const CSP_META = join(DIRECTIVES);

/** The headers every response of the site carries, on every host configuration. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'Content-Security-Policy': CSP_HEADER,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'same-origin',
};
