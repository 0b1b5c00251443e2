/**
 * schema.org pieces every page shares. Each view writes its own main object (Article,
 * Event, Person, …); the layout adds the breadcrumb trail as a BreadcrumbList, the form
 * search engines show under a result.
 */
import type { BreadcrumbList, WithContext } from 'schema-dts';
import { withBase } from './url.ts';

/** A step of the trail: its name and, except for the current page, its address. */
export interface TrailStep {
  label: string;
  href?: string | undefined;
}

/**
 * The trail home › … › current page as a BreadcrumbList with absolute URLs; the current
 * page (the last step) gets `pageUrl`.
 */
export function breadcrumbList(home: string, steps: readonly TrailStep[], pageUrl: string, site: URL): WithContext<BreadcrumbList> {
  const all = [{ label: home, href: '/' }, ...steps];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: all.map((step, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: step.label,
      item: i === all.length - 1 ? pageUrl : new URL(withBase(step.href ?? '/'), site).href,
    })),
  };
}
