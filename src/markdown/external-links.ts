/**
 * Links in Markdown that leave the site get `rel="external noopener noreferrer"`, like the
 * links the components write, so they carry the visible external mark (CSS on
 * `a[rel~="external"]`) and give the other site no handle on this page. A Sätteri hast plugin.
 */
import { defineHastPlugin } from 'satteri';

/** The rel of a link leaving the site. */
export const EXTERNAL_REL = ['external', 'noopener', 'noreferrer'];

/** Whether an href leaves the site (an absolute http(s) or protocol-relative address). */
export function isExternal(href: unknown): boolean {
  return typeof href === 'string' && /^(https?:)?\/\//i.test(href);
}

/** Sätteri hast plugin marking every external link. */
export const externalLinksPlugin = defineHastPlugin({
  name: 'rumah-inovasi-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      if (!isExternal(node.properties['href'])) return;
      ctx.setProperty(node, 'rel', EXTERNAL_REL.join(' '));
    },
  },
});
