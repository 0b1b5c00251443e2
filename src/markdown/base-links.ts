/**
 * Links and images in Markdown written as site paths (`[panduan](/panduan/x/)`,
 * `![](/berkas/a.png)`) are served under the site's base path when it has one (see
 * src/lib/url.ts), so editors write the same link whatever the deployment. A Sätteri hast
 * plugin.
 */
import { defineHastPlugin } from 'satteri';
import { BASE, withBase } from '../lib/url.ts';

/** The hast plugin for a base path (the site's own by default). */
export function baseLinksPlugin(base: string = BASE) {
  return defineHastPlugin({
    name: 'rumah-inovasi-base-links',
    element: {
      filter: ['a', 'img', 'source'],
      visit(node, ctx) {
        for (const property of ['href', 'src']) {
          const value = node.properties[property];
          if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, property, withBase(value, base));
        }
      },
    },
  });
}
