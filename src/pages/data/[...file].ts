import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles } from '../../data/openData.ts';

/** Every open data file (docs/open-data.md), written at build time from the content. */
export const getStaticPaths = (async () =>
  (await dataFiles()).map((f) => ({ params: { file: f.path.replace(/^data\//, '') }, props: { body: f.body } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body);
