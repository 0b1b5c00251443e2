/**
 * The shapes views hand to components. A view is everything one page shows of one entry,
 * already resolved, labelled, sorted and formatted, so components only render.
 */
import type { CollectionName } from '../collections.ts';
import type { Link } from '../graph.ts';
import type { Facet, FacetValue } from '../search-facets.ts';

export type { Link };

/** One piece of a value: text, optionally a link or a machine-readable date. */
export interface Value {
  text: string;
  href?: string | undefined;
  /** The link leaves the site (shown with rel="external"). */
  external?: boolean | undefined;
  /** ISO date for `<time datetime>`. */
  datetime?: string | undefined;
  /** Plain text after the value (and outside its link), e.g. " (Pembuka)". */
  suffix?: string | undefined;
}

/** One row of a fact list (a `<dt>` and its `<dd>`); rows without values are left out. */
export interface FactRow {
  /** Stable name of the field, e.g. `tahapan` (a `data-field` attribute, for tests and styling). */
  key: string;
  label: string;
  values: Value[];
  /** How the values are joined: ", " inline (default), one per line, or as a range ("a – b"). */
  as?: 'inline' | 'lines' | 'range';
  /** A short qualifier after the values, e.g. "(bukti terbaru: Juni 2025)". */
  note?: string | undefined;
}

/** A cell of a data table: values, plus an optional note under them. */
export interface Cell {
  values: Value[];
  note?: string | undefined;
  /** Value to sort the column by, when the table is sortable (numbers sort as numbers). */
  sort?: string | number | undefined;
}

/** A data table: column headings and rows; the first cell of a row may head it. */
export interface Table {
  caption?: string | undefined;
  columns: string[];
  rows: Cell[][];
  rowHeaders?: boolean;
}

/** A link in a list of related entries, with an optional qualifier shown after it. */
export interface RelatedLink extends Link {
  /** E.g. the person's role at an event: "Pembuka". */
  note?: string | undefined;
}

/** A titled group of links, e.g. "Studi kasus yang dilaksanakan". */
export interface LinkGroup {
  id: string;
  label: string;
  links: RelatedLink[];
}

/**
 * One item of a long, grouped list of related entries (a region's innovations, a topic's
 * entries). Flat, so it can be paginated; consecutive items of one group form a section.
 */
export interface GroupedItem {
  group: string;
  label: string;
  link: Link;
  /** Shown as a card when set, else as a plain link. */
  card?: Card | undefined;
}

/** A section of grouped items, as one page shows it. */
export interface ItemGroup {
  id: string;
  label: string;
  items: GroupedItem[];
}

/** An entry in a list: its title as a link, a line of facts, and its summary. */
export interface Card {
  href: string;
  title: string;
  meta: string[];
  summary?: string | undefined;
}

/** A file or document for download, with its type and size when known. */
export interface AttachmentItem {
  link: Value;
  /** "PDF": the editor's `format`, else the file extension. */
  format?: string | undefined;
  /** "1,4 MB", for files served from this site. */
  size?: string | undefined;
  /** Served from this site, so the browser may save it directly (`download`). */
  local: boolean;
}

/** A source an entry relies on. */
export interface SourceItem {
  title: string;
  href: string;
  /** Publisher and date, as known. */
  detail?: string | undefined;
}

/** One step of the breadcrumb trail; the last is the current page. */
export interface Crumb {
  label: string;
  href?: string;
}

/** An item of the RSS feed. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * What Pagefind indexes besides the text: filters (facets, by URL parameter; their index
 * key is the facet's name, see `search-facets.ts`), metadata shown in results, sort keys.
 */
export interface SearchData {
  filters: Partial<Record<Facet, FacetValue[]>>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

/** The parts every entry's page has. */
export interface EntryView {
  collection: CollectionName;
  key: string;
  href: string;
  title: string;
  /** Meta description and summary line of the page. */
  description: string;
  breadcrumbs: Crumb[];
  notices: { illustration: boolean; draft: boolean };
  facts: FactRow[];
  sources: SourceItem[];
  card: Card;
  search: SearchData;
  /** schema.org object for JSON-LD. */
  structuredData: Record<string, unknown>;
  /** The entry's file (project-relative), for "Sunting halaman ini"; none for regions. */
  file?: string | undefined;
  /** Publication dates, the fallback of "Terakhir diperbarui" when git has no history. */
  editorialDates?: { diterbitkan?: Date | undefined; diperbarui?: Date | undefined } | undefined;
}
