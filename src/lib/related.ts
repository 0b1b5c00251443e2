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
 * position (for ties), the candidates per government affair (the graph's reverse index
 * covers topics and regions, which are references; urusan values are not), and one score
 * array reused by every ranking (reset after each use).
 */
interface RelatedIndex {
  traits: Map<Node, Traits>;
  position: Map<Node, number>;
  nodes: Node[];
  byUrusan: Map<string, Node[]>;
  scores: Int32Array;
}

const indexes = new WeakMap<SiteGraph, RelatedIndex>();

function indexOf(graph: SiteGraph): RelatedIndex {
  let index = indexes.get(graph);
  if (index) return index;
  const built: Omit<RelatedIndex, 'scores'> = { traits: new Map(), position: new Map(), nodes: [], byUrusan: new Map() };
  for (const collection of RELATED_COLLECTIONS) {
    for (const node of graph.list(collection)) {
      const t = traits(node);
      built.traits.set(node, t);
      built.position.set(node, built.nodes.length);
      built.nodes.push(node);
      for (const u of t.urusan) {
        const list = built.byUrusan.get(u) ?? [];
        list.push(node);
        built.byUrusan.set(u, list);
      }
    }
  }
  index = { ...built, scores: new Int32Array(built.nodes.length) };
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
 *
 * Only entries that share something are looked at: each shared thing's list of entries
 * (the graph's reverse index for topics, regions and guide links; the urusan index) adds
 * its weight to those entries' scores, so a page's cost follows its neighbours, not the
 * size of the site, and is a few additions per neighbour. What the best `limit` share is
 * spelled out only for them.
 */
export function relatedTo(node: Node<'studi-kasus'>, graph: SiteGraph, limit = 6): RelatedItem[] {
  const index = indexOf(graph);
  const { scores, position } = index;
  const own = index.traits.get(node) ?? traits(node);
  const linkedGuides = graph.referrers(node, 'panduan', 'studi_kasus_terkait');
  const touched: number[] = [];
  const add = (nodes: readonly Node[], weight: number) => {
    for (const n of nodes) {
      const at = position.get(n);
      if (at === undefined) continue; // drafts and other collections are not in the index
      const score = scores[at] as number;
      if (score === 0) touched.push(at);
      scores[at] = score + weight;
    }
  };
  for (const collection of RELATED_COLLECTIONS) {
    for (const topic of own.topics) add(graph.referrers(graph.byKey(topic), collection, 'topik'), RELATED_WEIGHTS.topic);
    if (own.region !== undefined) add(graph.referrers(graph.byKey(own.region), collection, 'kabupaten_kota'), RELATED_WEIGHTS.region);
  }
  for (const u of own.urusan) add(index.byUrusan.get(u) ?? [], RELATED_WEIGHTS.urusan);
  add(linkedGuides, RELATED_WEIGHTS.guideLink);

  // The best `limit` by score, then position; `best` stays sorted and short.
  const self = position.get(node);
  const best: Scored[] = [];
  for (const at of touched) {
    const score = scores[at] as number;
    scores[at] = 0;
    if (at === self) continue;
    let i = best.length;
    while (i > 0 && ranksBelow(best[i - 1] as Scored, score, at)) i--;
    if (i < limit) {
      best.splice(i, 0, { at, score });
      if (best.length > limit) best.pop();
    }
  }
  const linked = new Set<Node>(linkedGuides);
  return best.map(({ at, score }) => {
    const candidate = index.nodes[at] as Node;
    const other = index.traits.get(candidate) as Traits;
    return {
      node: candidate as RelatedItem['node'],
      score,
      topics: [...own.topics].filter((k) => other.topics.has(k)),
      urusan: [...own.urusan].filter((u) => other.urusan.has(u)),
      region: own.region !== undefined && own.region === other.region ? own.region : undefined,
      linked: linked.has(candidate),
    };
  });
}

interface Scored {
  at: number;
  score: number;
}

/** Whether `entry` ranks below a candidate with `score` at position `at` (higher score, then earlier position, first). */
function ranksBelow(entry: Scored, score: number, at: number): boolean {
  return entry.score < score || (entry.score === score && entry.at > at);
}
