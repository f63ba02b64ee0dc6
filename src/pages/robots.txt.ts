import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap.ts';
import { publicHref, siteOrigin } from '../site.config.ts';

/** robots.txt at the base; it names the sitemap only when there is one (SITE_URL set). Crawlers read it only at a host's root. */
export const GET: APIRoute = () =>
	new Response(robotsTxt(siteOrigin ? publicHref('sitemap.xml') : undefined), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
