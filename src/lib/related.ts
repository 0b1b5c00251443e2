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

interface Traits {
  topics: ReadonlySet<string>;
  urusan: ReadonlySet<string>;
  region?: string | undefined;
}

/**
 * What the ranking needs of a graph, built once per graph: each candidate's traits, its
 * position (for ties) and the candidates per government affair (the graph's reverse index
 * covers topics and regions, which are references; urusan values are not).
 */
interface RelatedIndex {
  traits: Map<Node, Traits>;
  position: Map<Node, number>;
  byUrusan: Map<string, Node[]>;
}

const indexes = new WeakMap<SiteGraph, RelatedIndex>();

function indexOf(graph: SiteGraph): RelatedIndex {
  let index = indexes.get(graph);
  if (index) return index;
  index = { traits: new Map(), position: new Map(), byUrusan: new Map() };
  for (const collection of RELATED_COLLECTIONS) {
    for (const node of graph.list(collection)) {
      const t = traits(node);
      index.traits.set(node, t);
      index.position.set(node, index.position.size);
      for (const u of t.urusan) {
        const list = index.byUrusan.get(u) ?? [];
        list.push(node);
        index.byUrusan.set(u, list);
      }
    }
  }
  indexes.set(graph, index);
  return index;
}

/** Topic, urusan and region references of any candidate (fields it lacks count as empty). */
function traits(node: Node): Traits {
  const d = node.data as { topik?: readonly Ref[]; urusan?: readonly string[]; kabupaten_kota?: Ref | undefined };
  return {
    topics: new Set((d.topik ?? []).map(keyOf)),
    urusan: new Set(d.urusan ?? []),
    region: d.kabupaten_kota ? keyOf(d.kabupaten_kota) : undefined,
  };
}

/**
 * The entries most related to `node`, best first; entries sharing nothing are left out.
 * Only entries that share something are looked at (through the graph's reverse index and
 * the urusan index), so a page's cost follows its neighbours, not the size of the site.
 */
export function relatedTo(node: Node<'studi-kasus'>, graph: SiteGraph, limit = 6): RelatedItem[] {
  const index = indexOf(graph);
  const own = index.traits.get(node) ?? traits(node);
  const linkedGuides = new Set(graph.referrers(node, 'panduan', 'studi_kasus_terkait').map((g) => g.key));
  const candidates = new Set<Node>();
  for (const collection of RELATED_COLLECTIONS) {
    for (const topic of own.topics) for (const n of referrersByKey(graph, topic, collection, 'topik')) candidates.add(n);
    if (own.region !== undefined) for (const n of referrersByKey(graph, own.region, collection, 'kabupaten_kota')) candidates.add(n);
  }
  for (const u of own.urusan) for (const n of index.byUrusan.get(u) ?? []) candidates.add(n);
  for (const n of graph.referrers(node, 'panduan', 'studi_kasus_terkait')) candidates.add(n);
  const scored: (RelatedItem & { order: number })[] = [];
  for (const candidate of candidates) {
    if (candidate.key === node.key) continue;
    const other = index.traits.get(candidate);
    const order = index.position.get(candidate);
    if (!other || order === undefined) continue; // drafts and other collections are not in the index
    const topics = [...own.topics].filter((k) => other.topics.has(k));
    const urusan = [...own.urusan].filter((u) => other.urusan.has(u));
    const region = own.region !== undefined && own.region === other.region ? own.region : undefined;
    const linked = linkedGuides.has(candidate.key);
    const score =
      topics.length * RELATED_WEIGHTS.topic +
      urusan.length * RELATED_WEIGHTS.urusan +
      (region ? RELATED_WEIGHTS.region : 0) +
      (linked ? RELATED_WEIGHTS.guideLink : 0);
    if (score > 0) {
      scored.push({ node: candidate as RelatedItem['node'], score, topics, urusan, region, linked, order });
    }
  }
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ order: _order, ...item }) => item);
}

/** {@link SiteGraph.referrers} for a target given by its key (`topik/kesehatan`). */
function referrersByKey(graph: SiteGraph, key: string, collection: (typeof RELATED_COLLECTIONS)[number], field: string): readonly Node[] {
  const slash = key.indexOf('/');
  return graph.referrers({ collection: key.slice(0, slash), id: key.slice(slash + 1) } as Ref, collection, field);
}
