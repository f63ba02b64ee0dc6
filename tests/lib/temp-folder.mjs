// Small folders of files for the checks' own tests (a made-up build, a made-up src/pages/).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

/**
 * A maker of temporary folders, each removed once the calling test file's tests are over.
 * @param {string} prefix the start of each folder's name
 * @returns {(files: Record<string, string>) => string} makes a folder holding `files` (path inside it → text) and returns its path
 */
export function temporaryFolders(prefix) {
	const roots = [];
	after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
	return (files) => {
		const root = mkdtempSync(path.join(tmpdir(), prefix));
		roots.push(root);
		for (const [file, text] of Object.entries(files)) {
			mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
			writeFileSync(path.join(root, file), text);
		}
		return root;
	};
}
