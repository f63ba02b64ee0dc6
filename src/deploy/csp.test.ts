import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from './csp.ts';

const directives = (policy: string) =>
	new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

test('the policy allows no inline script or style, no eval, no WebAssembly and no worker', () => {
	for (const policy of [CSP_HEADER, CSP_META]) {
		assert.doesNotMatch(
			policy,
			/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|data:|blob:|https?:/
		);
		const d = directives(policy);
		assert.deepEqual(d.get('script-src'), ["'self'"]);
		assert.deepEqual(d.get('worker-src'), ["'none'"]);
		assert.deepEqual(d.get('style-src'), ["'self'"]);
		assert.deepEqual(d.get('object-src'), ["'none'"]);
		assert.deepEqual(d.get('default-src'), ["'self'"]);
	}
});

test('the <meta> leaves out what a <meta> cannot carry; the header has it', () => {
	assert.equal(directives(CSP_META).has('frame-ancestors'), false);
	assert.deepEqual(directives(CSP_HEADER).get('frame-ancestors'), ["'none'"]);
	assert.equal(CSP_HEADER.startsWith(CSP_META), true);
	assert.equal(SECURITY_HEADERS['Content-Security-Policy'], CSP_HEADER);
	assert.equal(SECURITY_HEADERS['X-Content-Type-Options'], 'nosniff');
});
