// The built pages keep to the Content-Security-Policy (src/deploy/csp.ts) without exceptions: each
// carries it as its first <meta> after the charset, and holds no inline script, style, style
// attribute or event handler that the policy would refuse. The offline edition carries no policy
// (from file:// 'self' matches nothing). The browser tests see the same at run time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CSP_META } from '../../src/deploy/csp.ts';
import { attr, DIST, DIST_OFFLINE, elements, htmlFiles, parsePage, SUBPATH } from '../lib/site.mjs';

/** Script types a browser runs; anything else (JSON-LD) is data, which a policy does not govern. */
const EXECUTABLE = /^(?:|module|text\/javascript|application\/javascript)$/;

for (const root of [DIST, SUBPATH.root]) {
  test(`${root.split('/').pop()}/: every page carries the policy first and nothing it would refuse`, () => {
    const problems = [];
    for (const file of htmlFiles(root)) {
      const els = elements(parsePage(file, root));
      const head = els.find((e) => e.tagName === 'head');
      const [charset, policy] = head.childNodes.filter((n) => n.tagName);
      if (attr(charset, 'charset') === undefined || attr(policy, 'http-equiv') !== 'content-security-policy' || attr(policy, 'content') !== CSP_META) problems.push(`${file}: the policy is not the first <meta> after the charset`);
      if (els.filter((e) => attr(e, 'http-equiv') === 'content-security-policy').length !== 1) problems.push(`${file}: more than one policy`);
      for (const e of els) {
        if (e.tagName === 'script' && !attr(e, 'src') && EXECUTABLE.test((attr(e, 'type') ?? '').trim().toLowerCase())) problems.push(`${file}: an inline script`);
        if (e.tagName === 'style') problems.push(`${file}: an inline <style>`);
        for (const { name } of e.attrs ?? []) if (name === 'style' || /^on/.test(name)) problems.push(`${file}: <${e.tagName} ${name}>`);
      }
    }
    assert.deepEqual(problems, []);
  });
}

test('the offline edition carries no policy', () => {
  const withPolicy = htmlFiles(DIST_OFFLINE).filter((file) => elements(parsePage(file, DIST_OFFLINE)).some((e) => attr(e, 'http-equiv') === 'content-security-policy'));
  assert.deepEqual(withPolicy, []);
});
