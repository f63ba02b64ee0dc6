import { ContentError, formatProblems, type ContentProblem } from '../lib/contentErrors.ts';

/**
 * Stops on a content mistake. `astro dev` gets an error for its overlay and keeps running; a build
 * or `astro sync` prints only our message (file, line, field, what to do) and exits with 1. Thrown
 * instead, the error would reach Astro's report, which adds an unrelated hint about browser APIs
 * (it fires on the word "document", in every path under content/documents/) and stack frames inside
 * node_modules. Outside Vite (the build's own integrations) there is no `import.meta.env`: a build.
 */
export function failContent(problems: ContentProblem | readonly ContentProblem[]): never {
  const list = [problems].flat();
  if (import.meta.env?.DEV) throw new ContentError(list);
  console.error(formatProblems(list));
  process.exit(1);
}
