import { isNode, LineCounter, parseDocument } from 'yaml';

/**
 * One mistake in a content file, as an editor needs it: where (file, line, field), what is wrong and
 * what to do. Content errors are printed from these alone (src/data/failContent.ts), never through
 * Astro's error report, which adds a hint about browser APIs whenever a message contains the word
 * "document" and stack frames inside node_modules.
 */
export interface ContentProblem {
	/** The file, relative to the project when it is inside it. */
	file: string;
	/** 1-based line, when known. */
	line?: number | undefined;
	/** The field (`dates.signed`, `figures.2.value`) or element (`<script>`), when there is one. */
	field?: string | undefined;
	message: string;
}

/** The error `astro dev` shows for content problems (a build prints them and stops instead). */
export class ContentError extends Error {
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		super(problems.map(problemLine).join('\n'));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** `content/documents/x/meta.yaml:3 dates.signed: message`. */
function problemLine({ file, line, field, message }: ContentProblem): string {
	return `${file}${line ? `:${line}` : ''} ${field ? `${field}: ` : ''}${message}`;
}

/**
 * What a build prints for content problems: every problem on a line of its own, nothing else.
 * @example formatProblems([{ file: 'content/documents/x/meta.yaml', line: 2, field: 'kind', message: 'use one of plan, notice' }])
 * // 'Content error: fix the entry and build again.\n  content/documents/x/meta.yaml:2 kind: use one of plan, notice'
 */
export function formatProblems(problems: readonly ContentProblem[]): string {
	const heading = problems.length === 1 ? 'Content error' : `${problems.length} content errors`;
	return [
		`${heading}: fix the entry and build again.`,
		...problems.map((p) => `  ${problemLine(p)}`),
	].join('\n');
}

/** A path as printed: relative to `cwd` when inside it, else as given. */
export function displayPath(file: string, cwd: string): string {
	return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}

/**
 * The YAML a content file holds, with the line its first line is on: the whole of a `.yaml` file,
 * the frontmatter of an `.mdx` file (which starts on line 2, after `---`).
 */
function yamlOf(file: string, text: string): { yaml: string; firstLine: number } {
	if (!file.endsWith('.mdx')) return { yaml: text, firstLine: 1 };
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	return { yaml: match?.[1] ?? '', firstLine: 2 };
}

/**
 * The line a field is written on in a content file's YAML (`['dates', 'signed']`), or of the
 * nearest parent written there (a missing field is reported at its parent); undefined when none is.
 */
export function lineOfField(
	file: string,
	text: string,
	path: readonly PropertyKey[]
): number | undefined {
	const { yaml, firstLine } = yamlOf(file, text);
	const counter = new LineCounter();
	const doc = parseDocument(yaml, { lineCounter: counter, keepSourceTokens: false });
	for (let n = path.length; n > 0; n--) {
		const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
		if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
	}
	return undefined;
}

/** A schema issue as zod reports it. */
export interface SchemaIssue {
	path: readonly PropertyKey[];
	message: string;
}

/** Content problems from a file's schema issues, each with the line of its field. */
export function problemsFromIssues(
	file: string,
	text: string,
	issues: readonly SchemaIssue[]
): ContentProblem[] {
	return issues.map((issue) => ({
		file,
		line: lineOfField(file, text, issue.path),
		field: issue.path.length ? issue.path.map(String).join('.') : undefined,
		message: issue.message,
	}));
}

/** An MDX compile error (a VFileMessage from the parser or from one of our remark plugins). */
export interface MdxMessage {
	reason?: string | undefined;
	message: string;
	line?: number | undefined;
	column?: number | undefined;
	/** `micromark-extension-mdx-expression` for a brace the parser could not read. */
	source?: string | undefined;
}

/** `{#s1}` (with optional spaces) where an anchor was meant. */
const UNESCAPED_ANCHOR = /\{\s*#([a-z][a-z0-9-]*)\s*\}/;

/**
 * A content problem from an MDX compile error, given the file's text. An unescaped `{#id}` is the
 * usual cause of acorn's "Could not parse expression": MDX reads every `{` as the start of
 * JavaScript, so the message says to write `\{#id}` (docs/authoring.md).
 */
export function problemFromMdx(file: string, text: string, error: MdxMessage): ContentProblem {
	const reason = error.reason ?? error.message;
	const lineText = error.line ? (text.split('\n')[error.line - 1] ?? '') : '';
	const before = error.column ? lineText.lastIndexOf('{', error.column - 1) : -1;
	const anchor =
		error.source?.startsWith('micromark-extension-mdx-expression') && before >= 0
			? UNESCAPED_ANCHOR.exec(lineText.slice(before))
			: null;
	const message = anchor
		? `write \\{#${anchor[1]}} instead of {#${anchor[1]}}: in MDX a brace starts JavaScript, so an anchor's brace is escaped (docs/authoring.md)`
		: error.source?.startsWith('micromark')
			? `MDX cannot read this: ${reason}. Text that contains { or < must escape them as \\{ and \\<`
			: reason;
	return { file, line: error.line, message };
}
