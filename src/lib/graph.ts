/**
 * The site graph: every published entry of every collection, built once per build from
 * the loaded entries. Forward references resolve to nodes (title, URL, collection), one
 * reverse index answers "who points at this entry, through which field" in constant time,
 * and each collection's sort order is declared once here. Pure (no `astro:*` import), so
 * views and tests use it without Astro; `site-data.ts` is the adapter that feeds it.
 */
import type { EntryData } from '../schemas/index.ts';
import type { Ref } from '../schemas/common.ts';
import { COLLECTIONS, entryPath, type CollectionName } from './collections.ts';
import { collectReferences, findBrokenReferences, formatProblems, type CorpusEntry, type Problem } from './corpus-check.ts';
import { slugFromPath } from './slug.ts';
import { withBase } from './url.ts';

/** An entry as a loader hands it over: `source` is whatever the renderer needs back (Astro's entry). */
export interface LoadedEntry<S = unknown> {
  collection: CollectionName;
  id: string;
  filePath?: string | undefined;
  data: unknown;
  /** The Markdown body as written (no frontmatter), for checks that read its headings. */
  body?: string | undefined;
  source: S;
}

/** One published entry in the graph. */
export interface Node<C extends CollectionName = CollectionName, S = unknown> {
  /** `collection/id`, unique across the site. */
  key: string;
  collection: C;
  id: string;
  /** URL slug: the file-name slug, or for a region its name ("kota-surabaya"). */
  slug: string;
  /** The entry's page, e.g. `/studi-kasus/baik-lo/`. */
  href: string;
  /** What readers know it by: `judul` for documents, `nama` for the rest. */
  title: string;
  /** Source file relative to the project (regions: the CSV with the code). */
  file: string;
  draft: boolean;
  data: EntryData<C>;
  /** The Markdown body as written ('' for regions), e.g. for documentation readiness. */
  body: string;
  /** The loader's own entry, for rendering the body (`render()` in Astro). */
  source: S;
}

/** A link to an entry, as pages show references. */
export interface Link {
  href: string;
  title: string;
  collection: CollectionName;
}

/** What the graph is built with. */
export interface GraphOptions {
  /** Drafts are part of the site only in the editors' preview (`astro dev`). */
  includeDrafts: boolean;
  /** Public address of the site, for canonical URLs and citations. */
  site: URL;
  /** The build's date: staleness of evidence is judged against it. */
  buildDate: Date;
  /**
   * Further rules over the whole corpus (drafts included, flagged), such as the editorial
   * rules of `content-rules.ts`; their problems fail the build with the references'.
   */
  checks?: ((entries: readonly CorpusEntry[], options: { includeDrafts: boolean }) => Problem[])[];
  /**
   * Fail on any problem (the default). The preview turns this off while its own content check
   * shows a problem page, so a dangling reference does not hide the report behind an error.
   */
  failOnProblems?: boolean;
}

type Comparator<C extends CollectionName> = (a: Node<C>, b: Node<C>) => number;

const byTitle = (a: Node, b: Node) => a.title.localeCompare(b.title, 'id');
const time = (d: Date) => d.getTime();

/**
 * The order every list of a collection is shown in, declared once: newest first for
 * documents that date, alphabetical for names, BPS code for regions.
 */
export const SORT_ORDER: { [C in CollectionName]: Comparator<C> } = {
  'studi-kasus': (a, b) =>
    time(b.data.diperbarui ?? b.data.diterbitkan) - time(a.data.diperbarui ?? a.data.diterbitkan) || byTitle(a, b),
  panduan: byTitle,
  materi: (a, b) => time(b.data.tanggal) - time(a.data.tanggal) || byTitle(a, b),
  acara: (a, b) => time(b.data.tanggal_mulai) - time(a.data.tanggal_mulai) || byTitle(a, b),
  orang: byTitle,
  organisasi: byTitle,
  topik: byTitle,
  wilayah: (a, b) => a.data.kode.localeCompare(b.data.kode),
};

function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draf?: unknown }).draf === true;
}

function titleOf(data: unknown, id: string): string {
  const d = data as { judul?: unknown; nama?: unknown };
  return typeof d.judul === 'string' ? d.judul : typeof d.nama === 'string' ? d.nama : id;
}

/** The top-level field a reference path starts with: `replikasi[0].kabupaten_kota` → `replikasi`. */
export function topField(path: string): string {
  return /^[^.[]+/.exec(path)?.[0] ?? path;
}

/** The graph of one build. */
export class SiteGraph<S = unknown> {
  readonly site: URL;
  readonly buildDate: Date;
  readonly #nodes = new Map<string, Node<CollectionName, S>>();
  readonly #lists = new Map<CollectionName, Node<CollectionName, S>[]>();
  /** target key → top-level field → referring nodes (each once, in their collection's order). */
  readonly #reverse = new Map<string, Map<string, Node<CollectionName, S>[]>>();

  constructor(nodes: readonly Node<CollectionName, S>[], options: Pick<GraphOptions, 'site' | 'buildDate'>) {
    this.site = options.site;
    this.buildDate = options.buildDate;
    for (const c of COLLECTIONS) this.#lists.set(c, []);
    for (const node of nodes) {
      this.#nodes.set(node.key, node);
      this.#lists.get(node.collection)?.push(node);
    }
    for (const c of COLLECTIONS) (this.#lists.get(c) as Node[]).sort(SORT_ORDER[c] as Comparator<CollectionName>);
    // One pass over every reference of every entry, in list order, so reverse lists come sorted.
    for (const c of COLLECTIONS) {
      for (const node of this.#lists.get(c) ?? []) {
        for (const ref of collectReferences(node.data)) {
          const targetKey = `${ref.collection}/${ref.id}`;
          const field = topField(ref.field);
          let byField = this.#reverse.get(targetKey);
          if (!byField) this.#reverse.set(targetKey, (byField = new Map()));
          let list = byField.get(field);
          if (!list) byField.set(field, (list = []));
          if (list[list.length - 1] !== node) list.push(node);
        }
      }
    }
  }

  /** Every published entry of a collection, in its declared order. */
  list<C extends CollectionName>(collection: C): readonly Node<C, S>[] {
    return (this.#lists.get(collection) ?? []) as unknown as Node<C, S>[];
  }

  /** The entry a reference points at; the build's checks guarantee it exists. */
  get<C extends CollectionName>(ref: Ref<C>): Node<C, S> {
    return this.byKey(`${ref.collection}/${ref.id}`) as unknown as Node<C, S>;
  }

  /** The entry with this key (`topik/kesehatan`, a node's `key`). */
  byKey(key: string): Node<CollectionName, S> {
    const node = this.#nodes.get(key);
    if (!node) throw new Error(`Rujukan ${key} tidak ditemukan.`);
    return node;
  }

  /** The link to what a reference points at. */
  link(ref: Ref): Link {
    return linkTo(this.get(ref));
  }

  /**
   * Entries of `collection` that reference `target`, through `field` (a top-level field
   * name) or through any field when it is left out; in the collection's order.
   */
  referrers<C extends CollectionName>(target: Node | Ref, collection: C, field?: string): readonly Node<C, S>[] {
    const key = 'key' in target ? target.key : `${target.collection}/${target.id}`;
    const byField = this.#reverse.get(key);
    if (!byField) return [];
    if (field !== undefined) {
      return (byField.get(field) ?? []).filter((n) => n.collection === collection) as unknown as Node<C, S>[];
    }
    const seen = new Set<Node>();
    for (const list of byField.values()) for (const n of list) if (n.collection === collection) seen.add(n);
    return this.list(collection).filter((n) => seen.has(n));
  }

  /** Absolute URL of a path on this site (canonical links, citations, feeds), under its base path. */
  absolute(path: string): string {
    return new URL(withBase(path), this.site).href;
  }
}

/** A link to a node. */
export function linkTo(node: Node): Link {
  return { href: node.href, title: node.title, collection: node.collection };
}

/**
 * Build the graph from every loaded entry. Drafts are dropped unless `includeDrafts`;
 * a reference that points nowhere (or at a draft from a published entry), or any problem
 * a further check reports, fails with one Indonesian message listing file → field.
 */
export function buildGraph<S>(entries: readonly LoadedEntry<S>[], options: GraphOptions): SiteGraph<S> {
  const corpus = entries.map((e) => ({ ...e, draft: isDraft(e.data) }));
  const nodes: Node<CollectionName, S>[] = corpus
    .filter((e) => options.includeDrafts || !e.draft)
    .map((e) => {
      const slug = e.collection === 'wilayah' ? slugFromPath(titleOf(e.data, e.id)) : e.id;
      return {
        key: `${e.collection}/${e.id}`,
        collection: e.collection,
        id: e.id,
        slug,
        href: entryPath(e.collection, slug),
        title: titleOf(e.data, e.id),
        file: e.filePath ?? `${e.collection}/${e.id}`,
        draft: e.draft,
        data: e.data as EntryData,
        body: e.body ?? '',
        source: e.source,
      };
    });
  const problems = [
    ...findBrokenReferences(corpus, { includeDrafts: options.includeDrafts }),
    ...(options.checks ?? []).flatMap((check) => check(corpus, { includeDrafts: options.includeDrafts })),
  ];
  if (problems.length > 0 && options.failOnProblems !== false) throw new Error(formatProblems(problems));
  return new SiteGraph(nodes, options);
}
