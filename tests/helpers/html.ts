/**
 * Built pages read with a real HTML parser (linkedom), so tests assert structure: the
 * row of one field, the rows of one table, the links of one section. A check that only
 * searched the whole page for a word would stay green with the row under test deleted.
 */
import { parseHTML } from 'linkedom';
import { page } from './site.ts';

/** The document of a built page; fails the test when the page does not exist. */
export function dom(dist: string, path: string): Document {
  const html = page(dist, path);
  if (html === undefined) throw new Error(`Halaman ${path} tidak dibangun.`);
  return parseHTML(html).document;
}

/** Text with white space folded. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** One row of a fact list, by field: its label, its value text and its links. */
export function fact(scope: ParentNode, field: string): { label: string; value: string; links: string[] } | undefined {
  const row = scope.querySelector(`[data-field="${field}"]`);
  if (!row) return undefined;
  const dd = row.querySelector('dd');
  return {
    label: text(row.querySelector('dt')),
    value: text(dd),
    links: [...(dd?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
  };
}

/** The section headed by the element with this id (`<section aria-labelledby=id>`). */
export function section(doc: Document, id: string): Element | undefined {
  return doc.querySelector(`section[aria-labelledby="${id}"]`) ?? undefined;
}

/** The body rows of the first table in `scope`, as arrays of cell texts. */
export function tableRows(scope: ParentNode | undefined): string[][] {
  return [...(scope?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => text(cell)),
  );
}

/** The hrefs of every link in `scope`. */
export function links(scope: ParentNode | undefined): string[] {
  return [...(scope?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href') ?? '');
}

/**
 * Every page of a paginated list, from its first page on, following `rel="next"` in the head
 * (at most `limit` pages, so a loop in the links fails the test instead of hanging it).
 */
export function listPages(dist: string, start: string, limit = 100): { path: string; doc: Document }[] {
  const pages: { path: string; doc: Document }[] = [];
  let path: string | undefined = start;
  while (path && pages.length < limit) {
    const doc = dom(dist, path);
    pages.push({ path, doc });
    path = doc.querySelector('link[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  return pages;
}

/** The body rows of the list's table on every page of a paginated table list. */
export function listRows(dist: string, start: string): string[][] {
  return listPages(dist, start).flatMap(({ doc }) => tableRows(doc.querySelector('[data-daftar]') ?? undefined));
}
