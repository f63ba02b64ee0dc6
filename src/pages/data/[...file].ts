import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { dataFiles } from '../../data/openData.ts';

/** Every open data file (docs/open-data.md), written at build time from the content. */
export const getStaticPaths = (async () =>
	(await dataFiles()).map((f) => ({
		params: { file: f.path.replace(/^data\//, '') },
		props: { body: f.body },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	new Response(props.body);
