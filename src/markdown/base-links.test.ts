import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinksPlugin } from './base-links.ts';

describe('baseLinksPlugin', () => {
  it('serves site paths in links and images under the base; leaves other addresses alone', () => {
    const { html } = markdownToHtml('[dalam](/studi-kasus/) [luar](https://contoh.go.id/a) [jangkar](#isi) ![gambar](/berkas/a.png)\n', {
      hastPlugins: [baseLinksPlugin('/rumah-inovasi/')],
    });
    expect(html).toContain('<a href="/rumah-inovasi/studi-kasus/">dalam</a>');
    expect(html).toContain('<a href="https://contoh.go.id/a">luar</a>');
    expect(html).toContain('<a href="#isi">jangkar</a>');
    expect(html).toContain('src="/rumah-inovasi/berkas/a.png"');
  });
});
