/** `/data/<collection>.json` and `/data/<collection>.csv`: every published entry of a collection. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../lib/collections.ts';
import { loadGraph } from '../../lib/site-data.ts';
import { collectionCsv, collectionJson, exportName } from '../../lib/views/data.ts';

export const getStaticPaths = (() =>
  COLLECTIONS.flatMap((collection) =>
    (['json', 'csv'] as const).map((format) => ({ params: { berkas: `${exportName(collection)}.${format}` }, props: { collection, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { collection, format } = props as { collection: CollectionName; format: 'json' | 'csv' };
  const graph = await loadGraph();
  return format === 'json'
    ? new Response(collectionJson(collection, graph), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
    : new Response(collectionCsv(collection, graph), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
