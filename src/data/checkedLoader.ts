import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { invalidDateTokens } from '../lib/calendar.ts';
import { displayPath, problemsFromIssues, type ContentProblem } from '../lib/contentErrors.ts';
import { failContent } from './failContent.ts';

interface Options {
	/** The collection's schema, parsed again on failure to report each issue with its line. */
	schema: z.ZodType;
	/** Files each entry needs beside it (a document's `zh.mdx` and `en.mdx` beside its meta.yaml). */
	siblings?: readonly string[];
}

/** Loads in progress, and the problems they found: the last one to finish reports them all. */
let running = 0;
const found: ContentProblem[] = [];
/** Whether the first sync is over: later loads are `astro dev` reloading a collection whose file changed. */
let synced = false;

/**
 * A loader whose content mistakes stop the build with our message (src/data/failContent.ts):
 * unreadable YAML, schema issues with their lines, dates not on the calendar (read from the file's
 * text, because YAML has already turned an unquoted 2023-02-30 into 2 March), missing sibling files.
 * Collections load side by side: the mistakes of all of them are reported together, so an editor
 * fixes them in one go. Later, a running `astro dev` reloads one collection at a time: its mistakes
 * go to the dev server's overlay, which keeps running.
 */
export function checkedLoader(loader: Loader, { schema, siblings = [] }: Options): Loader {
	return {
		...loader,
		load: async (context: LoaderContext) => {
			running++;
			const cwd = process.cwd();
			const problems: ContentProblem[] = [];
			const parseData: LoaderContext['parseData'] = async (props) => {
				const filePath = props.filePath;
				if (!filePath) return context.parseData(props);
				const file = displayPath(filePath, cwd);
				const text = readFileSync(filePath, 'utf8');
				const before = problems.length;
				if (/\.ya?ml$/.test(filePath))
					for (const bad of invalidDateTokens(text))
						problems.push({
							file,
							line: bad.line,
							field: bad.key,
							message: `"${bad.value}" is not a date on the calendar (${bad.problem}): write the date the source gives`,
						});
				for (const sibling of siblings) {
					const needed = path.join(path.dirname(filePath), sibling);
					if (!existsSync(needed))
						problems.push({
							file: displayPath(needed, cwd),
							message: `is missing: every document has ${siblings.join(' and ')} beside its ${path.basename(filePath)}`,
						});
				}
				if (problems.length > before) return props.data;
				try {
					return await context.parseData(props);
				} catch (error) {
					const result = await schema.safeParseAsync(props.data);
					if (result.success) throw error;
					problems.push(...problemsFromIssues(file, text, result.error.issues));
					return props.data;
				}
			};
			try {
				await loader.load({ ...context, parseData });
			} catch (error) {
				// A file the loader could not parse at all (YAML syntax): Astro's error carries its location.
				const loc = (error as { loc?: { file?: string; line?: number } }).loc;
				if (!loc?.file) throw error;
				const reason = String((error as Error).message).replace(/^.*?failed to parse: /s, '');
				problems.push({
					file: displayPath(loc.file, cwd),
					line: loc.line,
					message: `cannot be read: ${reason} (docs/authoring.md shows the YAML forms that work)`,
				});
			}
			running--;
			if (synced) {
				if (problems.length) failContent(problems, 'throw');
				return;
			}
			found.push(...problems);
			if (running > 0) return;
			synced = true;
			if (found.length) failContent(found, 'exit');
		},
	};
}
