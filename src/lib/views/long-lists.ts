/**
 * Long lists split over pages, and the previews of them that overview pages show.
 *
 * A list that grows with the corpus (every award, every status history, every innovation's
 * readiness, a region's awards and replications) never goes onto one page whole: at 2,000
 * case studies `/keberlanjutan/` was 3.3 MB and `/penghargaan/` 1.4 MB, and at 10,000 the
 * region pages would have passed 200 KB. An overview page shows the first
 * {@link PREVIEW_SIZE} items of each such list and links to the list itself, whose pages hold
 * `PAGE_SIZE` items each (Astro's `paginate()`: numbered links, `rel="prev"`/`"next"`), so
 * every fact stays reachable by following links.
 */
import { t } from '../../i18n/index.ts';
import type { Cell, Crumb, Table, Value } from './types.ts';

/** Items of a long list shown on its overview page. */
export const PREVIEW_SIZE = 10;

/** A list with its own paginated pages. */
export interface LongList<T> {
  /** Stable name, e.g. `riwayat`; also the last path segment of `href`. */
  id: string;
  /** Address of the list's first page (later pages at `<href>2/` and on). */
  href: string;
  title: string;
  lead?: string | undefined;
  breadcrumbs: Crumb[];
  /** Number of items. */
  total: number;
  /** What the list counts, as a phrase: "612 penghargaan". */
  count: string;
  items: T[];
}

/** A long table: its items are rows; each page shows its share of them under the same head. */
export interface TableList extends LongList<Cell[]> {
  /** Caption, columns and row headers of the table. */
  head: Omit<Table, 'rows'>;
  /** Id of a table readers can sort (by the column headings), when sortable. */
  sortable?: string | undefined;
}

/** The first items of a long list, and the link to all of them when some are not shown. */
export interface Preview<T> {
  items: T[];
  total: number;
  /** "Lihat semua 612 penghargaan", linking the list; absent when every item is shown. */
  more?: Value | undefined;
  /** "10 pertama dari 612 ditampilkan", when some are not shown. */
  shown?: string | undefined;
}

/** A table preview: the head with the first rows. */
export interface TablePreview extends Omit<Preview<Cell[]>, 'items'> {
  table: Table;
}

/** The first {@link PREVIEW_SIZE} items of `list`, with the link to the rest. */
export function previewOf<T>(list: LongList<T>): Preview<T> {
  const partial = list.total > PREVIEW_SIZE;
  return {
    items: list.items.slice(0, PREVIEW_SIZE),
    total: list.total,
    more: partial ? { text: t.longList.seeAll(list.count), href: list.href } : undefined,
    shown: partial ? t.longList.shown(PREVIEW_SIZE, list.total) : undefined,
  };
}

/** The preview of a long table, as a table of its first rows. */
export function tablePreview(list: TableList): TablePreview {
  const { items, ...rest } = previewOf(list);
  return { ...rest, table: { ...list.head, rows: items } };
}

/** A long table from a whole table. */
export function tableList(table: Table, list: Omit<TableList, 'head' | 'items' | 'total'>): TableList {
  const { rows, ...head } = table;
  return { ...list, head, items: rows, total: rows.length };
}
