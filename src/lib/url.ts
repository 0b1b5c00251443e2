/**
 * The site's base path. The site can be served under a sub-path (`base: '/rumah-inovasi/'`,
 * as on a GitHub Pages project site; set by `RI_BASE`, see README). Views, the graph and
 * content speak in site paths (`/studi-kasus/x/`); what is written into HTML, feeds and
 * metadata goes through {@link withBase} at the edge, as Starlight's `pathWithBase` does.
 */

/** The base path from Astro's config, always ending in "/" (`/` when there is none). */
export const BASE: string = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/**
 * A site path as served: `/studi-kasus/x/` becomes `/rumah-inovasi/studi-kasus/x/` under a
 * base. Absolute and protocol-relative URLs, fragments, queries and relative paths are left
 * alone, and so is a path that already starts with the base.
 */
export function withBase(path: string, base?: string): string;
export function withBase(path: string | undefined, base?: string): string | undefined;
export function withBase(path: string | undefined, base: string = BASE): string | undefined {
  if (path === undefined || base === '/' || !path.startsWith('/') || path.startsWith('//') || path.startsWith(base)) return path;
  return `${base.slice(0, -1)}${path}`;
}

/**
 * The `rel` of every link that leaves the site (components and Markdown alike): the visible
 * external mark (CSS on `a[rel~="external"]`), and no handle on this page for the other site.
 */
export const EXTERNAL_REL = 'external noopener noreferrer';

/** Whether an href leaves the site (an absolute http(s) or protocol-relative address). */
export function isExternal(href: unknown): boolean {
  return typeof href === 'string' && /^(https?:)?\/\//i.test(href);
}
