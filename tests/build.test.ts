/**
 * The built fixture site: every entry has its page, every list links its entries, every
 * cross-reference is a link, the search index has one record per content page, drafts
 * and templates are absent, and the page frame is right.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { entryPath, listPath, MARKDOWN_COLLECTIONS } from '../src/lib/collections.ts';
import { collectReferences, fixtureEntries, hrefs, page, regionSlugs, targetPath } from './helpers/site.ts';

const dist = inject('fixtureDist');
const entries = fixtureEntries();
const published = entries.filter((e) => !e.draft);
const regions = regionSlugs();

describe('pages', () => {
  it('every published entry has its page', () => {
    const missing = published.filter((e) => !page(dist, entryPath(e.collection, e.slug)));
    expect(missing.map((e) => e.file)).toEqual([]);
    expect(published.filter((e) => e.collection === 'wilayah')).toHaveLength(38);
  });

  it('every list page links all its published entries', () => {
    for (const collection of [...MARKDOWN_COLLECTIONS, 'wilayah'] as const) {
      const html = page(dist, listPath(collection));
      expect(html, `list page ${listPath(collection)}`).toBeDefined();
      const links = new Set(hrefs(html ?? ''));
      for (const e of published.filter((x) => x.collection === collection)) {
        expect(links.has(entryPath(collection, e.slug)), `${listPath(collection)} links ${e.slug}`).toBe(true);
      }
    }
  });

  it('every cross-reference renders as a link to its target', () => {
    let checked = 0;
    for (const e of published) {
      const links = new Set(hrefs(page(dist, entryPath(e.collection, e.slug)) ?? ''));
      for (const ref of collectReferences(e.data)) {
        expect(links.has(targetPath(ref, regions)), `${e.file} → ${ref.field}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('reverse links: a region lists its case studies, an organisation what it runs', () => {
    expect(hrefs(page(dist, '/wilayah/kota-surabaya/') ?? '')).toContain('/studi-kasus/layanan-contoh/');
    expect(hrefs(page(dist, '/organisasi/dinas-contoh/') ?? '')).toContain('/studi-kasus/layanan-contoh/');
    expect(hrefs(page(dist, '/narasumber/narasumber-contoh/') ?? '')).toContain('/materi/paparan-contoh/');
    expect(hrefs(page(dist, '/acara/lokakarya-contoh/') ?? '')).toContain('/materi/paparan-contoh/');
    expect(hrefs(page(dist, '/topik/kesehatan/') ?? '')).toContain('/studi-kasus/layanan-contoh/');
  });

  it('a region without case studies says so', () => {
    expect(page(dist, '/wilayah/kabupaten-ngawi/')).toContain('Belum ada inovasi yang tercatat untuk wilayah ini.');
  });

  it('shows every field an editor filled in on a case study', () => {
    const html = page(dist, '/studi-kasus/layanan-contoh/') ?? '';
    for (const text of [
      'Layanan Cepat dan Ramah Contoh', // kepanjangan
      'Penerapan', // tahapan
      'Digital', // jenis
      'Pelayanan publik', // bentuk
      'Perangkat daerah', // inisiator
      'Kesehatan', // urusan, topik
      'SDG 3',
      'Cepat', // nilai CETTAR
      'Mei 2019', // tanggal penerapan (partial)
      'Top 45',
      'KIPP (KemenPAN-RB)',
      '14 hari',
      '2,5 hari', // Indonesian decimal comma
      'Klaim pemerintah daerah', // default basis of a result
      'Berjalan',
      'Perwali Contoh No. 1 Tahun 2020',
      'Juni 2025', // status history
      'Berjalan</span> <span class="ri-meta">(bukti terbaru: Juni 2025)', // status with its newest evidence
      'Dinas Kesehatan Pacitan', // replication
      '/berkas/contoh.pdf', // attachment
      'Kalimat khusus uji', // body
      'Ilustrasi', // notice for illustration content
      'Rumah Inovasi Jawa Timur. (27 November 2026). Layanan Contoh.', // citation
      '/studi-kasus/layanan-contoh/</p>', // citation ends with the canonical address
    ]) {
      expect(html, text).toContain(text);
    }
  });

  it('renders the cover with astro:assets as responsive images with alt text', () => {
    const html = page(dist, '/studi-kasus/layanan-contoh/') ?? '';
    const img = /<img[^>]*alt="Lingkaran kuning di atas latar biru"[^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toMatch(/srcset="[^"]*\.webp 400w[^"]*800w/);
    expect(img).toMatch(/width="\d+"/);
  });

  it('renders MDX', () => {
    expect(page(dist, '/studi-kasus/inovasi-mdx/')).toContain('Angka MDX: 42');
  });

  it('flags a status whose newest evidence is over two years old, and not a recent one', () => {
    expect(page(dist, '/studi-kasus/inovasi-mdx/')).toContain('bukti terbaru: 2018; perlu dikonfirmasi');
    expect(page(dist, '/studi-kasus/inovasi-mdx/')).toContain('status ini perlu dikonfirmasi');
    expect(page(dist, '/studi-kasus/layanan-contoh/')).not.toContain('perlu dikonfirmasi');
  });

  it('shows change history and owner on a guide, with a table of contents', () => {
    const html = page(dist, '/panduan/panduan-contoh/') ?? '';
    expect(html).toContain('Riwayat perubahan');
    expect(html).toContain('Versi pertama.');
    expect(html).toContain('href="/organisasi/pemprov-contoh/"');
    expect(html).toContain('href="#langkah-pertama"');
  });
});

describe('drafts and templates', () => {
  it('a draft has no page, is not linked and not indexed', () => {
    expect(page(dist, '/studi-kasus/draf-contoh/')).toBeUndefined();
    expect(hrefs(page(dist, '/studi-kasus/') ?? '')).not.toContain('/studi-kasus/draf-contoh/');
    expect(page(dist, '/wilayah/kabupaten-pacitan/')).not.toContain('Draf Rahasia Contoh');
  });
  it('a template file (name starting with _) is not published', () => {
    expect(page(dist, '/studi-kasus/templat-uji/')).toBeUndefined();
    expect(page(dist, '/studi-kasus/_templat-uji/')).toBeUndefined();
  });
});

describe('page frame', () => {
  it('every page is Indonesian, titled, described, canonical and has a skip link', () => {
    // admin/index.html is the form editor's app shell with its own policy (tests/e2e/admin.test.ts).
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.html') && !f.startsWith('admin/'),
    );
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html, file).toContain('<html lang="id"');
      expect(html, file).toMatch(/<title>[^<]+— Rumah Inovasi|<title>Rumah Inovasi —/);
      expect(html, file).toMatch(/<meta name="description" content="[^"]+"/);
      if (file === '404.html') expect(html).toContain('<meta name="robots" content="noindex">');
      else expect(html, file).toMatch(/<link rel="canonical" href="https:\/\/[^"]+"/);
      expect(html, file).toContain('href="#isi"');
      expect(html, file).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*script-src 'self'/);
    }
  });
  it('has an RSS feed of published case studies, guides and materials, without drafts', () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain('<language>id</language>');
    for (const e of published.filter((x) => ['studi-kasus', 'panduan', 'materi'].includes(x.collection))) {
      expect(feed, e.file).toContain(`/${e.collection}/${e.slug}/</link>`);
    }
    expect(feed).not.toContain('draf-contoh');
  });

  it('has a 404 page, a sitemap and robots.txt', () => {
    expect(existsSync(join(dist, '404.html'))).toBe(true);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('/studi-kasus/layanan-contoh/');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https:\/\/.+\/sitemap-index\.xml/);
  });
});

describe('search index', () => {
  it('holds one record per content page, with Indonesian stemming', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number; wasm: string | null }>;
    };
    const contentPages = published.length + 1; // + /tentang/
    expect(Object.keys(entry.languages)).toEqual(['id']);
    expect(entry.languages['id']?.page_count).toBe(contentPages);
    expect(entry.languages['id']?.wasm).toBe('id');
  });
  it('marks content pages for indexing and leaves list pages out', () => {
    expect(page(dist, '/studi-kasus/layanan-contoh/')).toContain('data-pagefind-body');
    expect(page(dist, '/studi-kasus/')).not.toContain('data-pagefind-body');
    expect(page(dist, '/cari/')).not.toContain('data-pagefind-body');
  });
});
