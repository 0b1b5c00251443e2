/**
 * The replication map in words (`/replikasi/`): each innovation that was replicated,
 * from where to where, when, with what adaptation and on what evidence; plus the
 * replications into and out of one kab/kota for its page.
 */
import { t } from '../../i18n/index.ts';
import type { Link, SiteGraph } from '../graph.ts';
import { linkTo } from '../graph.ts';
import { replicationCases, replicationGraph, type ReplicationEdge, type ReplicationGraph } from '../replication.ts';
import { externalValue, once, partialDateValue, textValues } from './common.ts';
import { originValue } from './studi-kasus.ts';
import type { Table, Value } from './types.ts';

/** The replication graph of the site, built once per graph (every region page reads it). */
export const siteReplications: (graph: SiteGraph) => ReplicationGraph = once((graph: SiteGraph) =>
  replicationGraph(replicationCases(graph.list('studi-kasus'))),
);

/** Where a replication went: the kab/kota page (and the place as the source names it), or the place. */
function placeValues(graph: SiteGraph, e: ReplicationEdge): Value[] {
  if (!e.toRegion) return [{ text: e.place }];
  const region = graph.get({ collection: 'wilayah', id: e.toRegion });
  return region.title === e.place ? [{ text: region.title, href: region.href }] : [{ text: region.title, href: region.href }, { text: e.place }];
}

/** Rows of replications: from, to, by, when, adaptation, evidence (and the original when asked). */
export function replicationTable(graph: SiteGraph, edges: readonly ReplicationEdge[], withOriginal = false): Table {
  return {
    columns: [...(withOriginal ? [t.tracker.innovation] : []), t.replication.from, t.replication.to, t.replication.by, t.replication.when, t.replication.adapted, t.replication.evidence],
    rowHeaders: withOriginal,
    rows: edges.map((e) => {
      const original = graph.get({ collection: 'studi-kasus', id: e.from });
      const toCase = e.toCase ? graph.get({ collection: 'studi-kasus', id: e.toCase }) : undefined;
      return [
        ...(withOriginal ? [{ values: [{ text: original.title, href: original.href }] }] : []),
        { values: [originValue(graph, original)] },
        { values: placeValues(graph, e), note: toCase ? t.replication.ownPage(toCase.title) : undefined },
        { values: textValues(e.by) },
        { values: e.date ? [partialDateValue(e.date)] : [{ text: t.tracker.none }] },
        { values: e.adapted ? textValues(e.adapted) : [{ text: t.tracker.none }] },
        { values: [externalValue(t.result.source, e.evidence)] },
      ];
    }),
  };
}

/** One replicated innovation on `/replikasi/`. */
export interface ReplicatedInnovation {
  link: Link;
  from: Value;
  count: string;
  table: Table;
}

/** Everything `/replikasi/` shows; `innovations` is paginated (`/replikasi/2/` …). */
export interface ReplicationPageView {
  /** Address of the first page. */
  href: string;
  total: number;
  innovations: ReplicatedInnovation[];
  /** Kab/kota in Jawa Timur that replicated at least one innovation. */
  regionsReached: number;
  /** Replications outside Jawa Timur (no kab/kota code). */
  outside: number;
}

/** The replication page: innovations with the most replications first, then by title. */
export function replicationPageView(graph: SiteGraph): ReplicationPageView {
  const g = siteReplications(graph);
  const innovations = graph
    .list('studi-kasus')
    .filter((n) => g.of(n.id).length > 0)
    .sort((a, b) => g.of(b.id).length - g.of(a.id).length || a.title.localeCompare(b.title, 'id'))
    .map((n) => ({ link: linkTo(n), from: originValue(graph, n), count: t.replication.count(g.of(n.id).length), table: replicationTable(graph, g.of(n.id)) }));
  return {
    href: '/replikasi/',
    total: g.edges.length,
    innovations,
    regionsReached: new Set(g.edges.flatMap((e) => (e.toRegion ? [e.toRegion] : []))).size,
    outside: g.edges.filter((e) => !e.toRegion).length,
  };
}

/** Replications carried out in a kab/kota, and those of its own innovations elsewhere (whole tables). */
export function regionReplications(graph: SiteGraph, code: string): { into?: Table | undefined; outOf?: Table | undefined } {
  const g = siteReplications(graph);
  const into = g.into(code);
  const outOf = g.outOf(code);
  return {
    into: into.length > 0 ? replicationTable(graph, into, true) : undefined,
    outOf: outOf.length > 0 ? replicationTable(graph, outOf, true) : undefined,
  };
}
