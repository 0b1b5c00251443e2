/**
 * The sustainability tracker (`/keberlanjutan/`): how many innovations run on the
 * evidence, province-wide and per kab/kota; which statuses are unconfirmed (oldest
 * evidence first, so editors know what to check next); every status history; and the
 * documentation readiness of every case study. The last three grow with the corpus, so the
 * page previews them and each has its own paginated list (views/long-lists.ts):
 * `/keberlanjutan/perlu-dicek/`, `/keberlanjutan/riwayat/`, `/keberlanjutan/kesiapan/`.
 */
import { t } from '../../i18n/index.ts';
import { barChart, type BarChart } from '../charts.ts';
import { formatDate, formatNumber, formatPartialDate, isoDate } from '../format.ts';
import type { Link, Node, SiteGraph } from '../graph.ts';
import { linkTo } from '../graph.ts';
import { HEADLINE_KEYS, staleFirst, statusCounts, type DerivedStatus, type HeadlineKey } from '../sustainability.ts';
import { once } from './common.ts';
import { caseStatus, historyItems, originValue, readinessView, statusText, type StatusHistoryItem } from './studi-kasus.ts';
import { previewOf, tableList, tablePreview, type LongList, type Preview, type TableList, type TablePreview } from './long-lists.ts';
import type { Cell, Crumb, Table, Value } from './types.ts';

type CaseNode = Node<'studi-kasus'>;

/** One innovation's status history as the tracker lists it. */
export interface HistoryBlock {
  link: Link;
  headline: string;
  note?: string | undefined;
  items: StatusHistoryItem[];
}

/** Everything `/keberlanjutan/` shows. */
export interface SustainabilityPageView {
  buildDate: Value;
  counts: Record<HeadlineKey, number>;
  chart: BarChart;
  province: Table;
  byRegion: Table;
  /** The oldest unconfirmed statuses; all of them on `/keberlanjutan/perlu-dicek/`. */
  stale: TablePreview;
  staleCount: number;
  /** The first status histories; all of them on `/keberlanjutan/riwayat/`. */
  histories: Preview<HistoryBlock>;
  /** The first rows of the readiness table; all of it, sortable, on `/keberlanjutan/kesiapan/`. */
  readiness: TablePreview;
}

/** The tracker's long lists, each on its own paginated pages. */
export interface SustainabilityLists {
  stale: TableList;
  histories: LongList<HistoryBlock>;
  readiness: TableList;
}

/** Address of the tracker. */
export const TRACKER_HREF = '/keberlanjutan/';

const trail = (title: string): Crumb[] => [{ label: t.tracker.title, href: TRACKER_HREF }, { label: title }];

const num = (n: number): Cell => ({ values: [{ text: formatNumber(n) }], sort: n });

/** The derived status of each case, computed once for the page. */
function derivedAll(graph: SiteGraph): { node: CaseNode; title: string; derived: DerivedStatus }[] {
  return graph.list('studi-kasus').map((node) => ({ node, title: node.title, derived: caseStatus(node, graph) }));
}

/** The counts table and chart of a set of derived statuses. */
export function countsTable(counts: Record<HeadlineKey, number>): Table {
  return {
    columns: [t.field.status, t.tracker.count],
    rowHeaders: true,
    rows: [
      ...HEADLINE_KEYS.map((k) => [{ values: [{ text: t.label.headline[k] }] }, num(counts[k])]),
      [{ values: [{ text: t.tracker.total }] }, num(Object.values(counts).reduce((a, b) => a + b, 0))],
    ],
  };
}

/** The tracker page: counts in full, the long lists as previews. */
export function sustainabilityPageView(graph: SiteGraph): SustainabilityPageView {
  const all = derivedAll(graph);
  const counts = statusCounts(all.map((c) => c.derived));
  // Per kab/kota (only those with case studies), then the provincial level.
  const groups = new Map<string, { label: Value; derived: DerivedStatus[] }>();
  for (const c of all) {
    const key = c.node.data.kabupaten_kota?.id ?? '';
    const group = groups.get(key) ?? { label: originValue(graph, c.node), derived: [] };
    group.derived.push(c.derived);
    groups.set(key, group);
  }
  const regionRows = [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([, g]) => {
      const n = statusCounts(g.derived);
      return [{ values: [g.label], sort: g.label.text }, ...HEADLINE_KEYS.map((k) => num(n[k])), num(g.derived.length)];
    });
  const lists = sustainabilityLists(graph);
  const readiness = tablePreview(lists.readiness);
  return {
    buildDate: { text: formatDate(graph.buildDate), datetime: isoDate(graph.buildDate) },
    counts,
    chart: barChart(HEADLINE_KEYS.map((k) => ({ label: t.label.headline[k], value: counts[k] }))),
    province: countsTable(counts),
    byRegion: {
      caption: t.tracker.byRegionCaption,
      columns: [t.field.region, ...HEADLINE_KEYS.map((k) => t.label.headline[k]), t.tracker.total],
      rowHeaders: true,
      rows: regionRows,
    },
    staleCount: lists.stale.total,
    stale: tablePreview(lists.stale),
    histories: previewOf(lists.histories),
    // The preview is not sortable, so it goes without the caption that explains sorting.
    readiness: { ...readiness, table: { ...readiness.table, caption: undefined } },
  };
}

/** The tracker's three long lists: unconfirmed statuses, status histories, readiness (once per graph). */
export const sustainabilityLists: (graph: SiteGraph) => SustainabilityLists = once((graph: SiteGraph) => {
  const all = derivedAll(graph);
  const stale = staleFirst(all);
  const histories = all
    .filter((c) => c.node.data.keberlanjutan)
    .map((c) => {
      const text = statusText(c.derived);
      return { link: linkTo(c.node), headline: text.headline, note: text.note, items: historyItems(c.node, c.derived) };
    });
  const readiness = readinessTable(graph);
  return {
    stale: tableList(
      {
        columns: [t.tracker.innovation, t.field.region, t.field.lastKnownStatus, t.tracker.lastEvidence],
        rowHeaders: true,
        rows: stale.map((c) => [
          { values: [{ text: c.title, href: c.node.href }] },
          { values: [originValue(graph, c.node)] },
          { values: [{ text: c.derived.status ? t.label.status[c.derived.status] : t.tracker.none }] },
          { values: [c.derived.date ? { text: formatPartialDate(c.derived.date), datetime: c.derived.date.iso } : { text: t.tracker.noEvidence }] },
        ]),
      },
      { id: 'perlu-dicek', href: `${TRACKER_HREF}perlu-dicek/`, title: t.tracker.staleHeading, lead: t.tracker.staleLead, breadcrumbs: trail(t.tracker.staleHeading), count: t.longList.innovations(stale.length) },
    ),
    histories: {
      id: 'riwayat',
      href: `${TRACKER_HREF}riwayat/`,
      title: t.tracker.histories,
      breadcrumbs: trail(t.tracker.histories),
      total: histories.length,
      count: t.longList.innovations(histories.length),
      items: histories,
    },
    readiness: {
      ...tableList(readiness, {
        id: 'kesiapan',
        href: `${TRACKER_HREF}kesiapan/`,
        title: t.tracker.readiness,
        lead: t.tracker.readinessLead,
        breadcrumbs: trail(t.tracker.readiness),
        count: t.list.caseCount(readiness.rows.length),
      }),
      sortable: 'tabel-kesiapan',
    },
  };
});

/** The readiness of every case study, one row each: sortable by what is present and missing. */
export function readinessTable(graph: SiteGraph): Table {
  return {
    caption: t.readiness.caption,
    columns: [t.tracker.innovation, t.field.region, t.readiness.sectionsPresent, t.readiness.fieldsPresent, t.readiness.missingList],
    rowHeaders: true,
    rows: graph.list('studi-kasus').map((node) => {
      const r = readinessView(node).data;
      const missing = r.sections.flatMap((s) => [
        ...(s.text ? [] : [t.readiness.textOf(t.readiness.sectionLabel[s.section])]),
        ...s.fields.filter((f) => !f.present).map((f) => t.readiness.fieldLabel[f.field]),
      ]);
      return [
        { values: [{ text: node.title, href: `${node.href}#kesiapan` }], sort: node.title },
        { values: [originValue(graph, node)], sort: originValue(graph, node).text },
        { values: [{ text: t.readiness.ofTotal(r.textPresent, r.sections.length) }], sort: r.textPresent },
        { values: [{ text: t.readiness.ofTotal(r.fieldsPresent, r.fieldsTotal) }], sort: r.fieldsPresent },
        { values: missing.length > 0 ? [{ text: missing.join('; ') }] : [{ text: t.readiness.nothingMissing }], sort: missing.length },
      ];
    }),
  };
}
