// The `_headers` and `_redirects` files, read by Netlify's own parsers (@netlify/headers-parser,
// @netlify/redirect-parser) and checked against Cloudflare Pages' documented limits.
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { CACHE_CONTROL } from './caching.ts';
import { CSP_HEADER } from './csp.ts';
import { headersFile, redirectsFile } from './staticHosts.ts';
import { sampleSite } from './testSite.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hosts-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const fileWith = (name: string, text: string) => {
	const file = path.join(dir, name);
	writeFileSync(file, text);
	return file;
};

/** The headers Netlify sends for a path: every matching rule's, the later winning a repeated name. */
async function netlifyHeaders(text: string) {
	const { headers, errors } = await parseAllHeaders({
		headersFiles: [fileWith('_headers', text)],
		configHeaders: [],
		minimal: false,
	});
	assert.deepEqual(errors, []);
	const rules = headers as Header[];
	return {
		rules,
		forPath: (p: string) => {
			const matching = rules.filter((r) => r.forRegExp.test(p));
			const names = matching.flatMap((r) => Object.keys(r.values).map((n) => n.toLowerCase()));
			assert.equal(
				new Set(names).size,
				names.length,
				`${p}: no header is set by two rules (Cloudflare would join them)`
			);
			return Object.assign({}, ...matching.map((r) => r.values)) as Record<string, string>;
		},
	};
}

for (const base of ['/', '/kb/']) {
	test(`_headers under ${base}: security headers everywhere, a year for hashed files, the types hosts do not know`, async () => {
		const text = headersFile(sampleSite(base));
		const { rules, forPath } = await netlifyHeaders(text);
		assert.ok(rules.length <= 100, 'Cloudflare Pages reads at most 100 rules');
		for (const line of text.split('\n'))
			assert.ok(line.length <= 2000, 'Cloudflare Pages reads lines of at most 2,000 characters');
		for (const rule of rules)
			assert.ok(
				(rule.for.match(/\*/g) ?? []).length <= 1,
				`${rule.for}: Cloudflare allows one splat`
			);
		const page = forPath(`${base}en/`);
		assert.equal(page['Content-Security-Policy'], CSP_HEADER);
		assert.equal(page['X-Content-Type-Options'], 'nosniff');
		assert.equal(page['Referrer-Policy'], 'same-origin');
		assert.equal(page['Cache-Control'], undefined, "pages keep the host's revalidating default");
		assert.equal(
			forPath(`${base}_astro/toc.CLjH40u8.js`)['Cache-Control'],
			CACHE_CONTROL.immutable
		);
		assert.equal(
			forPath(`${base}_search/en/3f9a0c1d2e/w/0.json`)['Cache-Control'],
			CACHE_CONTROL.immutable
		);
		assert.equal(
			forPath(`${base}_search/en/index.json`)['Cache-Control'],
			undefined,
			'the manifest names the current folder'
		);
		assert.equal(
			forPath(`${base}pagefind/fragment/en_0a1b2c.pf_fragment`)['Cache-Control'],
			CACHE_CONTROL.immutable
		);
		assert.equal(
			forPath(`${base}pagefind/pagefind.en_1fc15865483.pf_meta`)['Cache-Control'],
			CACHE_CONTROL.immutable
		);
		assert.equal(
			forPath(`${base}pagefind/pagefind-entry.json`)['Cache-Control'],
			undefined,
			'the entry point names the current chunks'
		);
		assert.equal(
			forPath(`${base}data/zh/plan.ris`)['Content-Type'],
			'application/x-research-info-systems; charset=utf-8'
		);
		assert.equal(
			forPath(`${base}data/en/plan.bib`)['Content-Type'],
			'application/x-bibtex; charset=utf-8'
		);
		assert.equal(forPath(`${base}data/en/plan.json`)['Content-Type'], undefined);
	});
}

test('_redirects: a 301 per moved page, forced on Netlify, plain for Cloudflare Pages', async () => {
	for (const force of [false, true]) {
		const text = redirectsFile(sampleSite('/kb/'), { force });
		const { redirects, errors } = await parseAllRedirects({
			redirectsFiles: [fileWith('_redirects', text)],
			configRedirects: [],
			minimal: false,
		});
		assert.deepEqual(errors, []);
		assert.deepEqual(
			redirects.map((r) => {
				const {
					from,
					to,
					status,
					force: forced,
				} = r as { from: string; to: string; status: number; force: boolean };
				return { from, to, status, force: forced };
			}),
			[{ from: '/kb/en/faqs/', to: '/kb/en/faq/', status: 301, force }]
		);
		// Cloudflare: `[source] [destination] [code]`, code one of 200, 301, 302, 303, 307, 308; it refuses `301!`.
		if (!force)
			for (const line of text.split('\n').filter((l) => l && !l.startsWith('#')))
				assert.match(line, /^\/\S* \/\S* (?:200|301|302|303|307|308)$/);
	}
});
