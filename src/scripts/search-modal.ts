/**
 * The search modal, loaded only when a reader opens it (header button, Ctrl/⌘+K or "/"):
 * Pagefind's Component UI and its styles, the modal's markup fetched from /cari/jendela/,
 * then opened. Focus goes back where it was when the modal closes.
 */
import { getInstanceManager, type PagefindModal } from '@pagefind/component-ui';
import stylesheet from '../styles/search.css?url';
import { urlWithQuery } from '../lib/search-url.ts';
import { RESULTS_STEP } from '../lib/search-params.ts';
import { withBase } from '../lib/url.ts';
import { limitResults, loadPagefind, showUnavailable } from './pagefind-load.ts';

let modal: Promise<PagefindModal | undefined> | undefined;
let returnFocus: HTMLElement | null = null;

/** The modal's markup (src/pages/cari/jendela.astro), fetched and added to the page. */
async function create(): Promise<PagefindModal | undefined> {
  const response = await fetch(withBase('/cari/jendela/'));
  if (!response.ok) return undefined;
  const markup = new DOMParser().parseFromString(await response.text(), 'text/html');
  document.body.append(...markup.body.children);
  const element = document.querySelector<PagefindModal>('pagefind-modal');
  if (!element) return undefined;
  const instance = getInstanceManager().getInstance('default');
  const results = element.querySelector<HTMLElement>('pagefind-results');
  const more = element.querySelector<HTMLButtonElement>('[data-ri-more]');
  if (results && more) limitResults(instance, results, more, RESULTS_STEP);
  loadPagefind(instance, { sort: () => 'relevan', filterPane: false }).catch(() => showUnavailable(element));
  // The link to the full search page carries the words typed so far.
  const full = document.querySelector<HTMLAnchorElement>('[data-ri-cari-full]');
  instance.on('search', (term: unknown) => {
    if (full && typeof term === 'string') full.href = urlWithQuery(new URL(withBase('/cari/'), location.href).href, term);
  });
  element.addEventListener('close', () => returnFocus?.focus(), true);
  return element;
}

/**
 * The modal's styles, as a stylesheet link added on first open. Imported by URL rather
 * than as CSS: Astro would otherwise link a dynamically imported script's CSS from
 * every page's head, making every page fetch it before anyone searches.
 */
function loadStyles(): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
}

let styled: Promise<void> | undefined;

/** Open the modal, remembering what had focus so it gets it back on close. */
export async function open(): Promise<void> {
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  styled ??= loadStyles();
  modal ??= create();
  const [, element] = await Promise.all([styled, modal]);
  element?.open();
}
