// Code and docs cite files inside the repository: every path they name (`src/…`, `tests/…`,
// `docs/…`, `bench/…`, `scripts/…`, and the folders of `content/`) must exist, so no comment or doc points at a file
// that moved or never was. Paths with a placeholder (`{id}`, `*`, `…`) are patterns and are skipped.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const ROOTS = ['src', 'tests', 'bench', 'scripts', 'docs', 'README.md', 'astro.config.mjs', '.ci'];
const CITED =
	/(?<![\w./-])((?:src|tests|bench|scripts|docs|content)\/(?:[\w.@-]|\[\.{0,3}\w+\])*(?:\/(?:[\w.@-]|\[\.{0,3}\w+\])+)*)/g;
const PATTERN = /[{*…]/;

function filesOf(root) {
	if (!existsSync(root)) return [];
	if (!statSync(root).isDirectory()) return [root];
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter(
			(d) =>
				d.isFile() &&
				/\.(?:ts|mjs|js|astro|md|css|json)$/.test(d.name) &&
				!/\/(?:fixtures|out)(?:\/|$)/.test(d.parentPath)
		)
		.map((d) => path.join(d.parentPath, d.name));
}

test('every file path cited in code and docs exists', () => {
	const missing = [];
	for (const file of ROOTS.flatMap(filesOf)) {
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(CITED)) {
			let cited = m[1].replace(/[.,:;)]+$/, '');
			// Entries named in examples and messages (`content/documents/x/`) are illustrations: check their folder.
			if (cited.startsWith('content/'))
				cited = /^content\/[^/.]+\//.test(cited)
					? cited.split('/').slice(0, 2).join('/')
					: 'content';
			// bench/out holds what the benchmarks write: named, not kept (and absent from a fresh clone).
			if (PATTERN.test(cited) || /^bench\/out(?:\/|$)/.test(cited)) continue;
			if (!existsSync(cited)) missing.push(`${file}: ${cited}`);
		}
	}
	assert.deepEqual(missing, []);
});
