/**
 * Open data (`/data/`): every published entry of every collection as plain records, for
 * the JSON and CSV downloads. Case study records carry the derived status (the same one
 * pages show) and documentation readiness.
 */
import { t } from '../../i18n/index.ts';
import { COLLECTIONS, ROUTE_SEGMENT, type CollectionName } from '../collections.ts';
import { flatten, plain, toCsv, type Plain } from '../export.ts';
import { formatDate, isoDate } from '../format.ts';
import { jsonSchema } from '../json-schema.ts';
import type { Node, SiteGraph } from '../graph.ts';
import { readiness } from '../readiness.ts';
import { caseStatus } from './studi-kasus.ts';
import type { Value } from './types.ts';

/** Derived columns of a case study record (names as they appear in the files). */
export const DERIVED_CASE_FIELDS = [
  'status_turunan',
  'status_turunan_tanggal',
  'status_terakhir_diketahui',
  'kesiapan_bagian',
  'kesiapan_kolom',
  'kesiapan_kurang',
] as const;

/** The file name of a collection's export, e.g. `studi-kasus` (the URL segment: `narasumber` for `orang`). */
export function exportName(collection: CollectionName): string {
  return ROUTE_SEGMENT[collection];
}

/** One entry as an export record: id, address, every field as plain values, derived fields for cases. */
export function exportRecord(node: Node, graph: SiteGraph): { [key: string]: Plain } {
  const data = plain(node.data) as { [key: string]: Plain };
  const record: { [key: string]: Plain } = { id: node.id, url: graph.absolute(node.href), ...data };
  if (node.collection === 'studi-kasus') {
    const c = node as Node<'studi-kasus'>;
    const derived = caseStatus(c, graph);
    const r = readiness({ ...c.data, body: c.body });
    record['status_turunan'] = derived.key;
    record['status_turunan_tanggal'] = derived.date?.iso ?? null;
    record['status_terakhir_diketahui'] = derived.status ?? null;
    record['kesiapan_bagian'] = `${r.textPresent}/${r.sections.length}`;
    record['kesiapan_kolom'] = `${r.fieldsPresent}/${r.fieldsTotal}`;
    record['kesiapan_kurang'] = r.missing;
  }
  return record;
}

/** The JSON export of a collection. */
export function collectionJson(collection: CollectionName, graph: SiteGraph): string {
  const entries = graph.list(collection).map((n) => exportRecord(n, graph));
  return JSON.stringify(
    {
      koleksi: collection,
      judul: t.collection[collection],
      dibangun: isoDate(graph.buildDate),
      lisensi: t.data.licenceName,
      jumlah: entries.length,
      entri: entries,
    },
    null,
    2,
  );
}

/** The CSV export of a collection: one row per entry, nested fields as dotted columns. */
export function collectionCsv(collection: CollectionName, graph: SiteGraph): string {
  return toCsv(graph.list(collection).map((n) => flatten(exportRecord(n, graph))));
}

/** One row of the `/data/` page. */
export interface DataFile {
  collection: CollectionName;
  label: string;
  count: number;
  json: string;
  csv: string;
  schema: string;
}

/** Everything `/data/` shows: the build date and one row of files per collection. */
export function dataPageView(graph: SiteGraph): { built: Value; files: DataFile[] } {
  return { built: { text: formatDate(graph.buildDate), datetime: isoDate(graph.buildDate) }, files: dataFiles(graph) };
}

/** The JSON Schema file of a collection (`/data/skema/<name>.json`). */
export function schemaFile(collection: CollectionName): string {
  return JSON.stringify(jsonSchema(collection), null, 2);
}

/** The files `/data/` offers, one row per collection. */
export function dataFiles(graph: SiteGraph): DataFile[] {
  return COLLECTIONS.map((c) => ({
    collection: c,
    label: t.collection[c],
    count: graph.list(c).length,
    json: `/data/${exportName(c)}.json`,
    csv: `/data/${exportName(c)}.csv`,
    schema: `/data/skema/${exportName(c)}.json`,
  }));
}
