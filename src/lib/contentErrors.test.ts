import { compile } from '@mdx-js/mdx';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	displayPath,
	formatProblems,
	lineOfField,
	problemFromMdx,
	problemsFromIssues,
	type MdxMessage,
} from './contentErrors.ts';

const META = [
	'kind: plan',
	'dates: { issued: 2024-05-08 }',
	'regions:',
	'  - beijing',
	'  - peking',
	'figures:',
	'  - id: beds',
	'    value: -3',
	'',
].join('\n');

test('lineOfField finds the line of a field, or of its nearest written parent', () => {
	const cases: [PropertyKey[], number | undefined][] = [
		[['kind'], 1],
		[['dates', 'issued'], 2],
		[['regions', 1], 5],
		[['figures', 0, 'value'], 8],
		[['figures', 0, 'label'], 7], // missing: reported at its figure
		[['status'], undefined], // missing at the top: no line
	];
	for (const [path, want] of cases)
		assert.equal(lineOfField('meta.yaml', META, path), want, path.join('.'));
});

test('lineOfField counts an MDX file from its first line, frontmatter included', () => {
	assert.equal(lineOfField('en.mdx', '---\ntitle: T\nkind: plan\n---\n\nText', ['kind']), 3);
});

test('problemsFromIssues gives each schema issue its file, line and field', () => {
	assert.deepEqual(
		problemsFromIssues('content/documents/x/meta.yaml', META, [
			{ path: ['figures', 0, 'value'], message: 'never negative' },
		]),
		[
			{
				file: 'content/documents/x/meta.yaml',
				line: 8,
				field: 'figures.0.value',
				message: 'never negative',
			},
		]
	);
});

/** The error @mdx-js/mdx throws for a file's text. */
async function mdxError(text: string): Promise<MdxMessage> {
	try {
		await compile(text);
	} catch (error) {
		return error as MdxMessage;
	}
	throw new Error('expected the compile to fail');
}

test('an unescaped {#id} is reported as what to write instead, at its line', async () => {
	const text = '---\ntitle: T\n---\n\n## 总体要求 {#s1}\n';
	assert.deepEqual(problemFromMdx('zh.mdx', text, await mdxError(text)), {
		file: 'zh.mdx',
		line: 5,
		message:
			"write \\{#s1} instead of {#s1}: in MDX a brace starts JavaScript, so an anchor's brace is escaped (docs/authoring.md)",
	});
});

test("other MDX syntax errors keep the parser's reason and say how to escape", async () => {
	const text = 'A sum {1 +} here.\n';
	const problem = problemFromMdx('en.mdx', text, await mdxError(text));
	assert.equal(problem.line, 1);
	assert.match(
		problem.message,
		/^MDX cannot read this: Could not parse expression with acorn\. Text that contains \{ or < must escape them/
	);
});

test('formatProblems prints a heading and one line per problem, and nothing else', () => {
	assert.equal(
		formatProblems([
			{ file: 'a.yaml', line: 2, field: 'kind', message: 'no' },
			{ file: 'b.mdx', message: 'is missing' },
		]),
		'2 content errors: fix the entry and build again.\n  a.yaml:2 kind: no\n  b.mdx is missing'
	);
});

test('displayPath shortens paths inside the project only', () => {
	assert.equal(displayPath('/repo/content/x.yaml', '/repo'), 'content/x.yaml');
	assert.equal(displayPath('/tmp/fixture/x.yaml', '/repo'), '/tmp/fixture/x.yaml');
});
