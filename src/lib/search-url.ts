/**
 * The search query in the page address (`/cari/?q=…`), so searches can be shared as links.
 */

/** The query in `href`, trimmed, or an empty string. */
export function queryFromUrl(href: string): string {
  return (new URL(href).searchParams.get('q') ?? '').trim();
}

/** `href` with its `q` parameter set to `term`, or removed when the term is empty. */
export function urlWithQuery(href: string, term: string): string {
  const url = new URL(href);
  const trimmed = term.trim();
  if (trimmed) url.searchParams.set('q', trimmed);
  else url.searchParams.delete('q');
  return url.toString();
}
