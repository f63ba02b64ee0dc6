// HTML validity of built pages: html-validate (our rules, .htmlvalidate.json, on a lenient parse) for
// every page, and the Nu HTML Checker (vnu.jar, the W3C's conformance checker, which parses as browsers
// do and so reports what html-validate does not, such as a tag after </html>) for the pages given,
// one page of each kind (tests/lib/routes.mjs): a Java run costs seconds per hundred pages.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate, StaticConfigLoader } from 'html-validate';
import vnuJar from 'vnu-jar';
import { JAVA_PATH } from '../../scripts/ensure-debian.mjs';
import { htmlFiles } from './site.mjs';

/**
 * The project's html-validate configuration, resolved once: html-validate would otherwise rebuild its
 * element table for every page, which takes most of its time.
 */
async function validator(root) {
	const resolved = await new FileSystemConfigLoader().getConfigFor(path.join(root, 'index.html'));
	return new HtmlValidate(
		new (class extends StaticConfigLoader {
			getConfigFor() {
				return resolved;
			}
		})()
	);
}

/**
 * html-validate's messages for every page of a built folder (or the pages given), as `file:line:column rule: message` lines.
 * @param {string} root
 * @param {string[]} [files] paths inside `root`
 */
export async function htmlValidateProblems(root, files = htmlFiles(root)) {
	const html = await validator(root);
	const problems = [];
	for (const file of files) {
		const report = html.validateStringSync(
			readFileSync(path.join(root, file), 'utf8'),
			path.join(root, file)
		);
		for (const result of report.results)
			for (const m of result.messages)
				problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	return problems;
}

// One short run: the serial collector and the quick (C1) compiler halve its time on two cores.
const JVM = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];

/**
 * The Nu HTML Checker's errors (its warnings are advice, see docs/metadata.md) for the given files or
 * folders, in one Java run, as `path:line: type: message` lines with paths relative to `relativeTo`.
 * Java comes from Debian's package (npm test installs it).
 * @param {string[]} paths absolute
 * @param {string} relativeTo
 * @returns {{ errors: string[], status: number | null, stderr: string }}
 */
export function nuErrors(paths, relativeTo) {
	const run = spawnSync(
		JAVA_PATH,
		[...JVM, '-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', ...paths],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
	// The report is one JSON line on stderr; the exit status is 1 whenever it holds an error.
	const line = run.stderr.split('\n').find((l) => l.startsWith('{'));
	if (!line) throw new Error(`no report from vnu (exit ${run.status}): ${run.stderr}`);
	const where = (m) =>
		m.url?.startsWith('file:') ? path.relative(relativeTo, fileURLToPath(m.url)) : (m.url ?? '?');
	const errors = JSON.parse(line).messages.map(
		(m) =>
			`${where(m)}:${m.lastLine ?? '?'}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`
	);
	return { errors, status: run.status, stderr: run.stderr };
}
