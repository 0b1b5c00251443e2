/**
 * Building blocks every collection's view uses: values from references and dates, fact
 * rows, sources, breadcrumbs and the search data shared by all content pages.
 */
import { t } from '../../i18n/index.ts';
import type { PartialDate, Ref } from '../../schemas/common.ts';
import { listPath } from '../collections.ts';
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

/** Visible notices of an entry. */
export function notices(data: { ilustrasi?: boolean; draf?: boolean }): { illustration: boolean; draft: boolean } {
  return { illustration: data.ilustrasi === true, draft: data.draf === true };
}

/** Search data every content page carries: its type (e.g. "Studi kasus") as a filter, its title for sorting. */
export function searchData(
  type: string,
  title: string,
  more: { filters?: Record<string, (string | undefined)[]>; meta?: Record<string, string | undefined>; sort?: Record<string, string | undefined> } = {},
): SearchData {
  const filters: Record<string, string[]> = { jenis: [type] };
  for (const [key, values] of Object.entries(more.filters ?? {})) {
    const kept = [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
    if (kept.length > 0) filters[key] = kept;
  }
  const defined = (record: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  return { filters, meta: defined(more.meta ?? {}), sort: defined({ judul: title, ...(more.sort ?? {}) }) };
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
