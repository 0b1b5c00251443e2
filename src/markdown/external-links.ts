/**
 * Links in Markdown that leave the site get the same `rel` as the links the components write
 * (`EXTERNAL_REL`, lib/url.ts), so they carry the visible external mark (CSS on
 * `a[rel~="external"]`) and give the other site no handle on this page. A Sätteri hast plugin.
 */
import { defineHastPlugin } from 'satteri';
import { EXTERNAL_REL, isExternal } from '../lib/url.ts';

/** Sätteri hast plugin marking every external link. */
export const externalLinksPlugin = defineHastPlugin({
  name: 'rumah-inovasi-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      if (!isExternal(node.properties['href'])) return;
      ctx.setProperty(node, 'rel', EXTERNAL_REL);
    },
  },
});
