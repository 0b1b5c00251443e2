/**
 * The one place pages get content from. Loads every collection once per build, leaves
 * drafts out of production builds (the dev server shows them), and fails the build
 * with an Indonesian message when a cross-reference points nowhere.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, entryPath, type CollectionName } from './collections.ts';
import { findBrokenReferences, formatProblems, type CorpusEntry } from './corpus-check.ts';
import { contentProblemsNow } from './dev-content-check.ts';
import type { Ref } from '../schemas/common.ts';
import { slugFromPath } from './slug.ts';

/** Every published entry, by collection. */
export type Site = { [C in CollectionName]: CollectionEntry<C>[] };

/** Drafts are part of the site only while previewing with `npm run dev`. */
export const INCLUDE_DRAFTS = __RI_INCLUDE_DRAFTS__;

function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draf?: unknown }).draf === true;
}

async function load(): Promise<Site> {
  const all = await Promise.all(COLLECTIONS.map((c) => getCollection(c)));
  const corpus: CorpusEntry[] = all.flat().map((e) => ({
    collection: e.collection,
    id: e.id,
    filePath: e.filePath,
    data: e.data,
    draft: isDraft(e.data),
  }));
  const problems = findBrokenReferences(corpus, { includeDrafts: INCLUDE_DRAFTS });
  // In the preview, while a file on disk has a problem, src/middleware.ts answers every page
  // with the full report; throwing here (getStaticPaths runs before middleware) would show only
  // a consequence of it, such as a reference to the entry that failed to load.
  const previewShowsProblems = INCLUDE_DRAFTS && contentProblemsNow().length > 0;
  if (problems.length > 0 && !previewShowsProblems) throw new Error(formatProblems(problems));
  const site = {} as Record<CollectionName, unknown[]>;
  COLLECTIONS.forEach((c, i) => {
    site[c] = (all[i] ?? []).filter((e) => INCLUDE_DRAFTS || !isDraft(e.data));
  });
  return site as Site;
}

let cached: Promise<Site> | undefined;

/** All published content, checked. Cached for the build; reloaded on every dev request. */
export function loadSite(): Promise<Site> {
  if (INCLUDE_DRAFTS) return load();
  cached ??= load();
  return cached;
}

/** The entry a reference points at (the checks above guarantee it exists). */
export function resolve<C extends CollectionName>(site: Site, ref: Ref<C>): CollectionEntry<C> {
  const entry = (site[ref.collection] as CollectionEntry<C>[]).find((e) => e.id === ref.id);
  if (!entry) throw new Error(`Rujukan ${ref.collection}/${ref.id} tidak ditemukan.`);
  return entry;
}

/** URL slug of an entry: the file-name slug, or for a region its name ("kota-surabaya"). */
export function slugOf(entry: CollectionEntry<CollectionName>): string {
  return entry.collection === 'wilayah'
    ? slugFromPath((entry as CollectionEntry<'wilayah'>).data.nama)
    : entry.id;
}

/** The title readers know an entry by: `judul` for documents, `nama` for the rest. */
export function titleOf(entry: CollectionEntry<CollectionName>): string {
  const data = entry.data as { judul?: string; nama?: string };
  return data.judul ?? data.nama ?? entry.id;
}

/** The detail page of an entry. */
export function hrefOf(entry: CollectionEntry<CollectionName>): string {
  return entryPath(entry.collection, slugOf(entry));
}

/** `getStaticPaths()` of a detail page: one page per published entry, the entry as prop. */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const site = await loadSite();
  return (site[collection] as CollectionEntry<C>[]).map((entry) => ({
    params: { slug: slugOf(entry) },
    props: { entry },
  }));
}
