import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lostAddresses } from './published.mjs';

const pages = new Map([
	['/en/faq/', new Set(['main'])],
	['/en/plans/x/', new Set(['s1', 's1-1', 's3'])],
	['/en/faqs/', new Set()], // a redirect page
]);

test('lostAddresses names what a build lost and accepts what is still there or declared', () => {
	const cases = [
		[['/en/faq/', '/en/plans/x/#s1'], [], []],
		[
			['/en/gone/'],
			[],
			[
				'/en/gone/: page gone; declare where it went in src/redirects.ts (pageRedirects) or bring it back',
			],
		],
		[
			['/en/plans/x/#s2'],
			[],
			[
				'/en/plans/x/#s2: anchor #s2 gone; declare its new anchor in src/redirects.ts (anchorRenames) or bring it back',
			],
		],
		// A redirected page keeps its anchors when the new page has them.
		[['/en/plans/old/', '/en/plans/old/#s3'], [{ from: 'en/plans/old/', to: 'en/plans/x/' }], []],
		[
			['/en/plans/old/#s9'],
			[{ from: 'en/plans/old/', to: 'en/plans/x/' }],
			[
				'/en/plans/old/#s9: anchor #s9 gone (redirected to /en/plans/x/); declare its new anchor in src/redirects.ts (anchorRenames) or bring it back',
			],
		],
		[['/en/faqs/'], [{ from: 'en/faqs/', to: 'en/faq/' }], []],
		[
			['/en/a/'],
			[{ from: 'en/a/', to: 'en/b/' }],
			['/en/a/: redirected to /en/b/, which the build does not have'],
		],
		[
			['/en/a/'],
			[
				{ from: 'en/a/', to: 'en/b/' },
				{ from: 'en/b/', to: 'en/a/' },
			],
			['/en/a/: redirect loop: en/a/ → en/b/ → en/a/'],
		],
	];
	for (const [listed, redirects, expected] of cases)
		assert.deepEqual(lostAddresses(listed, pages, redirects), expected, listed.join(' '));
});
