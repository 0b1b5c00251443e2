/**
 * Everything a content page can do with JavaScript beyond the theme: loaded only when it is
 * needed, by the inline page script (src/integrations/page-script.ts), so content pages fetch no
 * script at load. The header search opens the search modal (Ctrl/⌘+K, "/" or a click); a
 * page opened from a search result marks the words searched for; citation copy buttons copy;
 * table headings sort.
 */
import { HIGHLIGHT_PARAM } from '../lib/search-params.ts';
import { withBase } from '../lib/url.ts';

/** Opens the search modal, or focuses the search box on /cari/ itself. */
export async function openSearch(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('[data-ri-search] pagefind-input input');
  if (input) {
    input.focus();
    return;
  }
  const modal = await import('./search-modal.ts');
  await modal.open();
}

/** A click the page script handed over: a citation's copy button, a table's sort button, or the header's search link. */
export function activate(element: HTMLElement): void {
  if (element.dataset['copy'] !== undefined) void copy(element);
  else if (element.dataset['sortColumn'] !== undefined) sortBy(element);
  else void openSearch();
}

/**
 * A page opened from a search result: mark the words searched for (Pagefind's own script).
 * The page script calls it once the page has loaded, when the address has the search terms.
 */
export function highlight(): void {
  if (!new URLSearchParams(location.search).get(HIGHLIGHT_PARAM)) return;
  const url = withBase('/pagefind/pagefind-highlight.js');
  void import(/* @vite-ignore */ url).then(
    ({ default: PagefindHighlight }: { default: new (options: Record<string, unknown>) => unknown }) =>
      // addStyles: false — its injected <style> would break the CSP; the browser styles <mark>.
      new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false }),
  );
}

/**
 * A citation's copy button: copies the text it names (`data-copy` = the element's id) and
 * says so in the section's status line; without clipboard permission it selects the text so
 * the reader can copy it by hand.
 */
async function copy(button: HTMLElement): Promise<void> {
  const target = document.getElementById(button.dataset['copy'] ?? '');
  const status = button.closest('[data-cite]')?.querySelector<HTMLElement>('[data-copy-status]');
  if (!target) return;
  try {
    await navigator.clipboard.writeText(target.textContent ?? '');
    if (status) status.textContent = button.dataset['copied'] ?? '';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(target);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    if (status) status.textContent = status.dataset['failed'] ?? '';
  }
}

/**
 * A sortable table's heading button (src/components/SortableTable.astro): sorts the rows by
 * that column's `data-sort` values (or text), ascending first, then descending, and says so
 * with `aria-sort` on the heading.
 */
function sortBy(button: HTMLElement): void {
  const th = button.closest('th');
  const table = button.closest('table');
  const body = table?.tBodies[0];
  if (!th || !table || !body) return;
  const column = Number(button.dataset['sortColumn']);
  const ascending = th.getAttribute('aria-sort') !== 'ascending';
  for (const other of table.querySelectorAll('thead th')) other.removeAttribute('aria-sort');
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const value = (row: HTMLTableRowElement) => row.cells[column]?.dataset['sort'] ?? row.cells[column]?.textContent ?? '';
  const rows = [...body.rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const numeric = x !== '' && y !== '' && !Number.isNaN(Number(x)) && !Number.isNaN(Number(y));
    const order = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'id');
    return ascending ? order : -order;
  });
  body.append(...rows);
}
