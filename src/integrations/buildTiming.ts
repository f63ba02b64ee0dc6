import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { writeFileSync } from 'node:fs';
import { BUILD_TIMING_KEY, cpuNow, endSpan, startSpan, type BuildTimingRecorder, type BuildTimingReport } from '../lib/buildTiming.ts';

type Hooks = AstroIntegration['hooks'];

/**
 * The site's integrations, timed when `file` (BUILD_TIMING) is set (bench/build-scale.mjs,
 * docs/performance.md): every hook of every integration is wrapped with `performance.now()`, and one
 * more integration, last, wraps Astro's prerenderer (static paths, and each page's render including
 * reading its body) and writes the report (src/lib/buildTiming.ts) to `file` when the build is done.
 * Without `file` the integrations are returned untouched.
 */
export function withBuildTiming(integrations: AstroIntegration[], file: string | undefined): AstroIntegration[] {
  if (!file) return integrations;
  const report: BuildTimingReport = { hooks: [], steps: [], routes: {}, shared: [], end: 0, cpuEnd: 0, hrtimeOrigin: 0 };
  const recorder: BuildTimingRecorder = { shared: report.shared, current: undefined };
  (globalThis as { [BUILD_TIMING_KEY]?: BuildTimingRecorder })[BUILD_TIMING_KEY] = recorder;
  const timeHooks = (integration: AstroIntegration): AstroIntegration => ({
    ...integration,
    hooks: Object.fromEntries(
      Object.entries(integration.hooks).map(([hook, run]) => [
        hook,
        async (...args: unknown[]) => {
          const span = startSpan(`${integration.name} ${hook}`);
          try {
            return await (run as (...a: unknown[]) => unknown)(...args);
          } finally {
            report.hooks.push(endSpan(span));
          }
        },
      ]),
    ) as Hooks,
  });
  const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const span = startSpan(label);
    recorder.current = label;
    try {
      return await run();
    } finally {
      recorder.current = undefined;
      report.steps.push(endSpan(span));
    }
  };
  const timedPrerenderer = (inner: AstroPrerenderer): AstroPrerenderer => ({
    ...inner,
    name: `${inner.name} (timed)`,
    setup: () => step('prerender set-up', async () => inner.setup?.()),
    getStaticPaths: () => step('static paths', () => inner.getStaticPaths()),
    async render(request, options) {
      const route = options.routeData.route;
      recorder.current = route;
      const span = startSpan(route);
      const result = await inner.render(request, options);
      const response = result instanceof Response ? result : result.response;
      // Astro streams a page as it reads the body, so the render ends when the body has been read.
      // A response without a body is passed on as it is (Astro writes no file for it).
      const read = response.body ? new Response(await response.arrayBuffer(), { status: response.status, statusText: response.statusText, headers: response.headers }) : response;
      endSpan(span);
      const entry = (report.routes[route] ??= { pages: 0, ms: 0, cpuMs: 0 });
      entry.pages++;
      entry.ms += span.end - span.start;
      entry.cpuMs += span.cpuEnd - span.cpuStart;
      recorder.current = undefined;
      return result instanceof Response ? read : { ...result, response: read };
    },
  });
  const collector: AstroIntegration = {
    name: 'site:build-timing',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => setPrerenderer(timedPrerenderer),
      'astro:build:generated': () => {},
      'astro:build:done': ({ logger }) => {
        report.end = performance.now();
        report.cpuEnd = cpuNow();
        report.hrtimeOrigin = Number(process.hrtime.bigint() / 1000n) - report.end * 1000;
        writeFileSync(file, `${JSON.stringify(report, null, 1)}\n`);
        logger.info(`build timing written to ${file}`);
      },
    },
  };
  return [...integrations, collector].map(timeHooks);
}
