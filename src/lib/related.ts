/**
 * Related content of a case study: other case studies, guides and speaker materials,
 * ranked by what they share with it. Pure: it reads only the site graph, so the ranking is
 * unit-tested on a hand-made graph.
 *
 * Weights (higher is closer):
 * - each shared topic: 3 (topics are what readers browse by);
 * - a guide that names the case among its related cases: 3 (an editor made the link);
 * - each shared government affair (urusan, UU 23/2014): 2;
 * - the same kab/kota: 2 (a neighbour's solution, or the same government's other work).
 * Ties go to case studies before guides before materials, then to the graph's own order
 * (newest first for case studies), so the result is stable from build to build.
 */
import type { Ref } from '../schemas/common.ts';
import type { Node, SiteGraph } from './graph.ts';

/** Collections the ranking draws from, in tie-break order. */
export const RELATED_COLLECTIONS = ['studi-kasus', 'panduan', 'materi'] as const;

/** Weight of each thing two entries can share. */
export const RELATED_WEIGHTS = { topic: 3, guideLink: 3, urusan: 2, region: 2 } as const;

/** One related entry with its score and what it shares with the case. */
export interface RelatedItem {
  node: Node<(typeof RELATED_COLLECTIONS)[number]>;
  score: number;
  /** Keys of the shared topics (`topik/<id>`). */
  topics: string[];
  /** Shared government affairs (vocabulary values). */
  urusan: string[];
  /** Key of the shared kab/kota, when both name the same one. */
  region?: string | undefined;
  /** The related entry is a guide that lists this case as related. */
  linked: boolean;
}

const keyOf = (ref: Ref) => `${ref.collection}/${ref.id}`;

/** Topic, urusan and region references of any candidate (fields it lacks count as empty). */
function traits(node: Node): { topics: Set<string>; urusan: Set<string>; region?: string | undefined } {
  const d = node.data as { topik?: readonly Ref[]; urusan?: readonly string[]; kabupaten_kota?: Ref | undefined };
  return {
    topics: new Set((d.topik ?? []).map(keyOf)),
    urusan: new Set(d.urusan ?? []),
    region: d.kabupaten_kota ? keyOf(d.kabupaten_kota) : undefined,
  };
}

/** The entries most related to `node`, best first; entries sharing nothing are left out. */
export function relatedTo(node: Node<'studi-kasus'>, graph: SiteGraph, limit = 6): RelatedItem[] {
  const own = traits(node);
  const linkedGuides = new Set(graph.referrers(node, 'panduan', 'studi_kasus_terkait').map((g) => g.key));
  const scored: (RelatedItem & { order: number })[] = [];
  let order = 0;
  for (const collection of RELATED_COLLECTIONS) {
    for (const candidate of graph.list(collection)) {
      order++;
      if (candidate.key === node.key) continue;
      const other = traits(candidate);
      const topics = [...own.topics].filter((k) => other.topics.has(k));
      const urusan = [...own.urusan].filter((u) => other.urusan.has(u));
      const region = own.region !== undefined && own.region === other.region ? own.region : undefined;
      const linked = linkedGuides.has(candidate.key);
      const score =
        topics.length * RELATED_WEIGHTS.topic +
        urusan.length * RELATED_WEIGHTS.urusan +
        (region ? RELATED_WEIGHTS.region : 0) +
        (linked ? RELATED_WEIGHTS.guideLink : 0);
      if (score > 0) scored.push({ node: candidate, score, topics, urusan, region, linked, order });
    }
  }
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ order: _order, ...item }) => item);
}
