import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { failContent } from '../data/failContent.ts';
import { displayPath, problemFromMdx, type MdxMessage } from '../lib/contentErrors.ts';

/** An error as Vite's bundler reports it: the file it came from, and what the MDX compiler said. */
type BundleError = MdxMessage & { id?: string; loc?: { file?: string } };

/**
 * During `astro build`, an MDX entry that does not compile (an unescaped `{#id}`, a `<script>`
 * refused by src/plugins/remarkSafeContent.ts, a heading without an anchor) stops the build with our
 * message alone (src/data/failContent.ts), instead of Astro's report with a stack inside
 * node_modules. `astro dev` keeps Astro's overlay.
 */
export function contentErrors(): AstroIntegration {
	return {
		name: 'site:content-errors',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'build') return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'site:content-errors',
								buildEnd(error?: Error & { errors?: BundleError[] }) {
									const errors: BundleError[] = error ? (error.errors ?? [error]) : [];
									const problems = errors.flatMap((e) => {
										const file = e.loc?.file ?? e.id;
										return file?.endsWith('.mdx')
											? [
													problemFromMdx(
														displayPath(file, process.cwd()),
														readFileSync(file, 'utf8'),
														e
													),
												]
											: [];
									});
									if (problems.length) failContent(problems);
								},
							},
						],
					},
				});
			},
		},
	};
}
