/**
 * Building blocks every collection's view uses: values from references and dates, fact
 * rows, sources, breadcrumbs and the search data shared by all content pages.
 */
import { t } from '../../i18n/index.ts';
import type { PartialDate, Ref } from '../../schemas/common.ts';
import { listPath, type CollectionName } from '../collections.ts';
import type { Facet, FacetValue } from '../search-facets.ts';
import { fileType, formatBytes, localFileSize } from '../files.ts';
import { formatDate, formatPartialDate, isoDate } from '../format.ts';
import { linkTo, type Node, type SiteGraph } from '../graph.ts';
import type { AttachmentItem, Card, Crumb, FactRow, GroupedItem, ItemGroup, SearchData, SourceItem, Value } from './types.ts';

/** Links to what references point at. */
export function refValues(graph: SiteGraph, refs: readonly Ref[] | Ref | undefined): Value[] {
  const list = refs === undefined ? [] : Array.isArray(refs) ? refs : [refs as Ref];
  return list.map((ref) => {
    const link = graph.link(ref);
    return { text: link.title, href: link.href };
  });
}

/** Links to nodes. */
export function nodeValues(nodes: readonly Node[]): Value[] {
  return nodes.map((n) => ({ text: n.title, href: n.href }));
}

/** A calendar date as a `<time>`. */
export function dateValue(date: Date): Value {
  return { text: formatDate(date), datetime: isoDate(date) };
}

/** A date known to the year, month or day, shown as precisely as known. */
export function partialDateValue(date: PartialDate): Value {
  return { text: formatPartialDate(date), datetime: date.iso };
}

/** Plain text values (empty strings and undefined left out). */
export function textValues(...texts: (string | undefined)[]): Value[] {
  return texts.filter((s): s is string => typeof s === 'string' && s !== '').map((text) => ({ text }));
}

/** A link that leaves the site. */
export function externalValue(text: string, href: string): Value {
  return { text, href, external: true };
}

/** A fact row; a row with no values is dropped by {@link rows}. */
export function row(key: string, label: string, values: Value[], extra: Partial<FactRow> = {}): FactRow {
  return { key, label, values, ...extra };
}

/** Fact rows with the empty ones left out. */
export function rows(...list: FactRow[]): FactRow[] {
  return list.filter((r) => r.values.length > 0);
}

/** Published and (if any) updated date rows, shared by every editorial collection. */
export function editorialDateRows(data: { diterbitkan: Date; diperbarui?: Date | undefined }): FactRow[] {
  return [
    row('diterbitkan', t.field.published, [dateValue(data.diterbitkan)]),
    row('diperbarui', t.field.updated, data.diperbarui ? [dateValue(data.diperbarui)] : []),
  ];
}

/** The sources of an entry, each with publisher and date when known. */
export function sourceItems(
  sources: readonly { judul: string; url: string; penerbit?: string | undefined; tanggal?: PartialDate | undefined }[],
): SourceItem[] {
  return sources.map((s) => {
    const detail = [s.penerbit, s.tanggal && formatPartialDate(s.tanggal)].filter(Boolean).join(', ');
    return { title: s.judul, href: s.url, ...(detail ? { detail } : {}) };
  });
}

/** Files and documents for download, with their type and (for files on this site) size. */
export function attachmentItems(files: readonly { judul: string; berkas: string; format?: string | undefined }[]): AttachmentItem[] {
  return files.map((f) => {
    const local = f.berkas.startsWith('/') && !f.berkas.startsWith('//');
    const bytes = localFileSize(f.berkas);
    return {
      link: local ? { text: f.judul, href: f.berkas } : { text: f.judul, href: f.berkas, external: true },
      format: fileType(f.berkas, f.format),
      size: bytes === undefined ? undefined : formatBytes(bytes),
      local,
    };
  });
}

/** Home › collection list › this entry. */
export function breadcrumbs(node: Node): Crumb[] {
  return [{ label: t.collection[node.collection], href: listPath(node.collection) }, { label: node.title }];
}

/** What every view starts with: which entry, its address and title, description, breadcrumbs and notices. */
export function identity<C extends CollectionName>(node: Node<C>, description: string) {
  return {
    collection: node.collection,
    key: node.key,
    href: node.href,
    title: node.title,
    description,
    breadcrumbs: breadcrumbs(node),
    notices: notices(node.data as { ilustrasi?: boolean; draf?: boolean }),
    // Regions come from one CSV row each: no file of their own to edit or date.
    file: node.collection === 'wilayah' ? undefined : node.file,
    editorialDates: node.data as { diterbitkan?: Date | undefined; diperbarui?: Date | undefined },
  };
}

/** schema.org Article of a dated document (case studies, guides). */
export function article(
  graph: SiteGraph,
  node: Node,
  d: { ringkasan: string; diterbitkan: Date; diperbarui?: Date | undefined },
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: node.title,
    description: d.ringkasan,
    inLanguage: 'id',
    url: graph.absolute(node.href),
    datePublished: isoDate(d.diterbitkan),
    dateModified: isoDate(d.diperbarui ?? d.diterbitkan),
    publisher: { '@type': 'GovernmentOrganization', name: t.site.owner },
  };
}

/** Visible notices of an entry. */
export function notices(data: { ilustrasi?: boolean; draf?: boolean }): { illustration: boolean; draft: boolean } {
  return { illustration: data.ilustrasi === true, draft: data.draf === true };
}

/** What a view gives {@link searchData} besides the type and title. */
export interface SearchInput {
  filters?: Partial<Record<Facet, (FacetValue | undefined)[]>>;
  meta?: Record<string, string | undefined>;
  sort?: Record<string, string | undefined>;
}

/**
 * Search data every content page carries: its type (e.g. "Studi kasus", token
 * `studi-kasus`) as the `jenis` filter and as metadata (results show it); empty values
 * left out, repeated values once. Only sort keys the search page offers are written: each
 * costs every page an entry in Pagefind's metadata file, which every search loads.
 */
export function searchData(type: FacetValue, more: SearchInput = {}): SearchData {
  const filters: Partial<Record<Facet, FacetValue[]>> = { jenis: [type] };
  for (const [key, values] of Object.entries(more.filters ?? {}) as [Facet, (FacetValue | undefined)[]][]) {
    const kept = new Map<string, FacetValue>();
    for (const v of values) if (v && !kept.has(v.text)) kept.set(v.text, v);
    if (kept.size > 0) filters[key] = [...kept.values()];
  }
  const defined = (record: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  return {
    filters,
    meta: defined({ jenis: type.text, ...(more.meta ?? {}) }),
    sort: defined(more.sort ?? {}),
  };
}

/** The `jenis` facet value of a collection's pages. */
export function typeFacet(collection: CollectionName): FacetValue {
  return { text: t.collection[collection], token: collection };
}

/** The `tahun` facet value of a date (UTC year). */
export function yearFacet(date: Date): FacetValue {
  const year = String(date.getUTCFullYear());
  return { text: year, token: year };
}

/** `topik` facet values of referenced topics (token: the topic's slug). */
export function topicFacets(graph: SiteGraph, refs: readonly Ref[]): FacetValue[] {
  return refs.map((r) => {
    const node = graph.get(r);
    return { text: node.title, token: node.slug };
  });
}

/** A titled group of related nodes, each shown as a card when `card` is given. */
export interface NodeGroup {
  id: string;
  label: string;
  nodes: readonly Node[];
  card?: ((node: Node) => Card) | undefined;
}

/** A {@link NodeGroup}, typed by the nodes it holds. */
export function nodeGroup<N extends Node>(id: string, label: string, nodes: readonly N[], card?: (node: N) => Card): NodeGroup {
  return { id, label, nodes, card: card as ((node: Node) => Card) | undefined };
}

/** Groups of related nodes flattened into one list, in group order, ready to paginate. */
export function groupedItems(groups: readonly NodeGroup[]): GroupedItem[] {
  return groups.flatMap((g) =>
    g.nodes.map((node) => ({ group: g.id, label: g.label, link: linkTo(node), card: g.card?.(node) })),
  );
}

/** Consecutive items of one group back into sections (what one page of a paginated list shows). */
export function regroup(items: readonly GroupedItem[]): ItemGroup[] {
  const groups: ItemGroup[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.id === item.group) last.items.push(item);
    else groups.push({ id: item.group, label: item.label, items: [item] });
  }
  return groups;
}

/**
 * `compute(key)`, computed once per key object (a graph, a node) and remembered for as long as
 * that object lives. A build keeps one graph, so a view several pages share (the replication
 * graph, the tracker's lists, a case's readiness) is computed once per build, not once per
 * page; in `astro dev` each request's new graph starts afresh.
 */
export function once<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * `make(node, graph)`, computed once per node and graph, for what several pages read of the
 * same entry (its view, its card). The result is shared, so it must never be changed.
 */
export function oncePerGraph<N extends Node, T>(make: (node: N, graph: SiteGraph) => T): (node: N, graph: SiteGraph) => T {
  const byGraph = once((graph: SiteGraph) => once((node: N) => make(node, graph)));
  return (node, graph) => byGraph(graph)(node);
}
