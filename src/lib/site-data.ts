/**
 * The adapter between Astro and the site graph: `getCollection()` for every collection,
 * once per build, into {@link buildGraph}, with the editorial rules (`content-rules.ts`)
 * checked alongside the references. Pages ask for the graph here and render the
 * views built from it; nothing else reads content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PaginateFunction } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { checkContentRules } from './content-rules.ts';
import { buildDateFrom } from './build-date.ts';
import { contentDir } from './content-dir.ts';
import { projectRegions, readRegionFeatures, type ProjectedMap } from './map.ts';
import { replicationCases, replicationProblems } from './replication.ts';
import { KAB_KOTA_CODES } from '../schemas/wilayah-codes.ts';
import { buildGraph, type Node, type SiteGraph } from './graph.ts';
import { PAGE_SIZE } from './pagination.ts';
import { cardsOf, viewOf, type ViewOf } from './views/index.ts';
import { contentProblemsNow } from './dev-content-check.ts';
import { browsePageViews, type BrowseFacet } from './views/search.ts';
import { sustainabilityLists } from './views/keberlanjutan.ts';
import { awardLists } from './views/penghargaan.ts';
import { replicationPageView } from './views/replikasi.ts';
import { regionLists } from './views/wilayah.ts';

/** The graph of this build; each node's `source` is Astro's entry (for `render()`). */
export type Graph = SiteGraph<CollectionEntry<CollectionName>>;

/** Drafts are part of the site only while previewing with `npm run dev`. */
export const INCLUDE_DRAFTS = __RI_INCLUDE_DRAFTS__;

async function load(): Promise<Graph> {
  const all = await Promise.all(COLLECTIONS.map((c) => getCollection(c)));
  return buildGraph(
    all.flat().map((e) => ({ collection: e.collection, id: e.id, filePath: e.filePath, data: e.data, body: e.body, source: e })),
    {
      includeDrafts: INCLUDE_DRAFTS,
      checks: [checkContentRules, (entries) => replicationProblems(replicationCases(entries))],
      site: new URL(import.meta.env.SITE ?? 'https://rumahinovasi.jatimprov.go.id'),
      buildDate: buildDateFrom(process.env['RI_BUILD_DATE']),
      // In the preview, while a file on disk has a problem, src/middleware.ts answers every page
      // with the full report; failing here (getStaticPaths runs before middleware) would show
      // only a consequence of it, such as a reference to the entry that failed to load.
      failOnProblems: !(INCLUDE_DRAFTS && contentProblemsNow().length > 0),
    },
  );
}

let cached: Promise<Graph> | undefined;

/** The checked graph of all published content. Built once per build; rebuilt on every dev request. */
export function loadGraph(): Promise<Graph> {
  if (INCLUDE_DRAFTS) return load();
  cached ??= load();
  return cached;
}

let map: ProjectedMap | undefined;

/**
 * The region map, projected once per build from `content/wilayah/jatim-kabkota.geojson`
 * (checked against the 38 codes; a mismatch fails the build naming the file).
 */
export function loadRegionMap(): ProjectedMap {
  if (map) return map;
  const file = join(contentDir(), 'wilayah', 'jatim-kabkota.geojson');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: berkas batas wilayah tidak dapat dibaca sebagai GeoJSON (${(error as Error).message}). Salin ulang dari ../shared/data/jatim-kabkota.geojson.`);
  }
  map = projectRegions(readRegionFeatures(json, file, KAB_KOTA_CODES));
  return map;
}

/** A detail page's props: the node (for `render()`) and its view. */
export interface EntryProps<C extends CollectionName> {
  node: Node<C, CollectionEntry<CollectionName>>;
  view: ViewOf[C];
}

/** `getStaticPaths()` of a detail page: one page per published entry, with its view. */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const graph = await loadGraph();
  return graph.list(collection).map((node) => ({
    params: { slug: node.slug },
    props: { node, view: viewOf(node, graph) } satisfies EntryProps<C>,
  }));
}

/** `getStaticPaths()` of a collection's list: its cards, {@link PAGE_SIZE} a page. */
export async function listPaths(collection: CollectionName, paginate: PaginateFunction) {
  const graph = await loadGraph();
  return paginate(cardsOf(collection, graph), { pageSize: PAGE_SIZE });
}

/**
 * `getStaticPaths()` of a detail page whose related list can be long (region, topic,
 * organisation): page 1 at the entry's address, further pages at `<address>2/` and on.
 */
export async function groupedEntryPaths<C extends 'wilayah' | 'topik' | 'organisasi'>(
  collection: C,
  paginate: PaginateFunction,
) {
  const graph = await loadGraph();
  return graph.list(collection).flatMap((node) => {
    const view = viewOf(node, graph);
    return paginate(view.items, { params: { slug: node.slug }, props: { node, view }, pageSize: PAGE_SIZE });
  });
}

/** `getStaticPaths()` of a browse facet's value pages (`/tahun/2020/`, then `/tahun/2020/2/` …). */
export async function browsePaths(facet: BrowseFacet, paginate: PaginateFunction) {
  const graph = await loadGraph();
  return browsePageViews(facet, graph).flatMap((view) =>
    paginate(view.items, { params: { token: view.token }, props: { view }, pageSize: PAGE_SIZE }),
  );
}

/** `getStaticPaths()` of `/replikasi/`: the replicated innovations, {@link PAGE_SIZE} a page. */
export async function replicationPaths(paginate: PaginateFunction) {
  const view = replicationPageView(await loadGraph());
  return paginate(view.innovations, { props: { view }, pageSize: PAGE_SIZE });
}

/** `getStaticPaths()` of one of the tracker's long tables (`/keberlanjutan/perlu-dicek/`, `/keberlanjutan/kesiapan/`). */
export async function sustainabilityTablePaths(id: 'stale' | 'readiness', paginate: PaginateFunction) {
  const list = sustainabilityLists(await loadGraph())[id];
  return paginate(list.items, { props: { list }, pageSize: PAGE_SIZE });
}

/** `getStaticPaths()` of `/keberlanjutan/riwayat/`: every status history, {@link PAGE_SIZE} a page. */
export async function historyListPaths(paginate: PaginateFunction) {
  const list = sustainabilityLists(await loadGraph()).histories;
  return paginate(list.items, { props: { list }, pageSize: PAGE_SIZE });
}

/** `getStaticPaths()` of the awards to each recipient (`/penghargaan/penerima/inovasi/` …). */
export async function awardListPaths(paginate: PaginateFunction) {
  const graph = await loadGraph();
  return awardLists(graph).flatMap((list) =>
    paginate(list.items, { params: { penerima: list.id }, props: { list }, pageSize: PAGE_SIZE }),
  );
}

/** `getStaticPaths()` of each region's awards and replications (`/wilayah/kota-surabaya/penghargaan/` …). */
export async function regionListPaths(paginate: PaginateFunction) {
  const graph = await loadGraph();
  return graph.list('wilayah').flatMap((node) =>
    Object.values(regionLists(node, graph)).flatMap((list) =>
      paginate(list.items, { params: { slug: node.slug, daftar: list.id }, props: { list }, pageSize: PAGE_SIZE }),
    ),
  );
}
