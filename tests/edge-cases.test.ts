/**
 * Valid files that editors' tools produce and that a naive parser gets wrong build fine:
 * Windows line endings, a UTF-8 byte-order mark, non-ASCII titles and a very long title
 * (fixtures in tests/fixtures/konten/studi-kasus/, built once by the global setup).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('fixtureDist');
const html = (slug: string) => parseHTML(readFileSync(join(dist, 'studi-kasus', slug, 'index.html'), 'utf8')).document;

describe('valid edge cases', () => {
  it('CRLF line endings: fields and body headings read as written', () => {
    expect(readFileSync('tests/fixtures/konten/studi-kasus/baris-crlf.md', 'utf8')).toContain('\r\n');
    const doc = html('baris-crlf');
    expect(doc.querySelector('h1')?.textContent).toBe('Inovasi Baris CRLF');
    expect(doc.querySelector('h2#bagian-crlf')?.textContent).toBe('Bagian CRLF');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Berkas yang disimpan dengan akhir baris Windows (CRLF).');
  });

  it('a UTF-8 byte-order mark: frontmatter is still frontmatter, not page text', () => {
    expect(readFileSync('tests/fixtures/konten/studi-kasus/dengan-bom.md', 'utf8').charCodeAt(0)).toBe(0xfeff);
    const doc = html('dengan-bom');
    expect(doc.querySelector('h1')?.textContent).toBe('Inovasi Dengan BOM');
    expect(doc.querySelector('h2#bagian-bom')?.textContent).toBe('Bagian BOM');
    expect(doc.querySelector('main')?.textContent).not.toContain('judul:');
  });

  it('a non-ASCII title with a colon and curly quotes, quoted as CONTRIBUTING teaches', () => {
    expect(html('judul-non-ascii').querySelector('h1')?.textContent).toBe('Inovasi Ñusantara Sëhat: Édisi “Khusus” 健康');
    expect(html('judul-non-ascii').querySelector('title')?.textContent).toContain('Inovasi Ñusantara Sëhat: Édisi “Khusus” 健康');
  });

  it('a very long title is shown whole', () => {
    const title = html('judul-sangat-panjang').querySelector('h1')?.textContent ?? '';
    expect(title.length).toBeGreaterThan(300);
    expect(title.endsWith('partisipasi masyarakat desa')).toBe(true);
  });
});
