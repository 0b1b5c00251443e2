import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { externalLinksPlugin } from './external-links.ts';

describe('externalLinksPlugin', () => {
  it('marks links that leave the site, and only those', () => {
    const { html } = markdownToHtml('[luar](https://contoh.go.id/a) dan [dalam](/studi-kasus/) dan [jangkar](#isi)\n', {
      hastPlugins: [externalLinksPlugin],
    });
    expect(html).toContain('<a href="https://contoh.go.id/a" rel="external noopener noreferrer">luar</a>');
    expect(html).toContain('<a href="/studi-kasus/">dalam</a>');
    expect(html).toContain('<a href="#isi">jangkar</a>');
  });
});
