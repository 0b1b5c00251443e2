/** `/data/skema/<collection>.json`: the JSON Schema of a collection, from its zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../../lib/collections.ts';
import { exportName, schemaFile } from '../../../lib/views/data.ts';

export const getStaticPaths = (() =>
  COLLECTIONS.map((collection) => ({ params: { berkas: `${exportName(collection)}.json` }, props: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { collection } = props as { collection: CollectionName };
  return new Response(schemaFile(collection), { headers: { 'Content-Type': 'application/schema+json' } });
};
