/**
 * The built fixture site: every entry has its page, every list links its entries, every
 * cross-reference is a link, the search index has one record per content page, drafts
 * and templates are absent, and the page frame is right.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../src/i18n/index.ts';
import { describe, expect, inject, it } from 'vitest';
import { entryPath, listPath, MARKDOWN_COLLECTIONS } from '../src/lib/collections.ts';
import { dom, fact, links, section, tableRows, text } from './helpers/html.ts';
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

  it('reverse links: each in its own section (a region lists its case studies, an organisation what it runs)', () => {
    const group = (path: string, id: string) => links(dom(dist, path).querySelector(`[data-group="${id}"]`) ?? undefined);
    expect(group('/wilayah/kota-surabaya/', 'studi-kasus')).toContain('/studi-kasus/layanan-contoh/');
    expect(group('/organisasi/dinas-contoh/', 'studi-kasus')).toContain('/studi-kasus/layanan-contoh/');
    expect(group('/narasumber/narasumber-contoh/', 'materi')).toContain('/materi/paparan-contoh/');
    expect(group('/acara/lokakarya-contoh/', 'materi-acara')).toContain('/materi/paparan-contoh/');
    expect(group('/topik/kesehatan/', 'grup-studi-kasus')).toContain('/studi-kasus/layanan-contoh/');
    expect(group('/topik/kesehatan/', 'grup-panduan')).not.toContain('/studi-kasus/layanan-contoh/');
  });

  it('a region without case studies says so in its case section', () => {
    expect(text(section(dom(dist, '/wilayah/kabupaten-ngawi/'), 'studi-kasus')?.querySelector('p'))).toBe(
      'Belum ada inovasi yang tercatat untuk wilayah ini.',
    );
    expect(text(section(dom(dist, '/wilayah/kota-surabaya/'), 'studi-kasus'))).not.toContain('Belum ada inovasi');
  });

  it('shows every field an editor filled in on a case study, each in its own row', () => {
    const doc = dom(dist, '/studi-kasus/layanan-contoh/');
    const facts = doc.querySelector('aside');
    const row = (field: string) => fact(facts as Element, field);
    expect(text(doc.querySelector('.ri-lead'))).toBe('Layanan Cepat dan Ramah Contoh'); // kepanjangan
    expect(row('lembaga')).toEqual({ label: 'Lembaga pelaksana', value: 'Dinas Kesehatan Kota Contoh', links: ['/organisasi/dinas-contoh/'] });
    expect(row('kabupaten_kota')).toEqual({ label: 'Kabupaten/kota', value: 'Kota Surabaya', links: ['/wilayah/kota-surabaya/'] });
    expect(row('tahapan')?.value).toBe('Penerapan');
    expect(row('jenis')?.value).toBe('Digital');
    expect(row('bentuk')?.value).toBe('Pelayanan publik');
    expect(row('inisiator')?.value).toBe('Perangkat daerah');
    expect(row('tanggal_uji_coba')?.value).toBe('2019');
    expect(row('tanggal_penerapan')?.value).toBe('Mei 2019'); // partial date, as precisely as known
    expect(row('status')?.value).toBe('Berjalan, menurut bukti Juni 2025'); // status derived from its newest evidence
    expect(row('urusan')?.value).toBe('Kesehatan');
    expect(row('topik')).toMatchObject({ value: 'Kesehatan', links: ['/topik/kesehatan/'] });
    expect(row('sdgs')?.value).toBe('SDG 3');
    expect(row('nilai_cettar')?.value).toBe('Cepat');
    expect(tableRows(section(doc, 'penghargaan'))).toEqual([['2020', 'KIPP (KemenPAN-RB)', 'Top 45', 'Diberikan kepada inovasi', '']]);
    expect(tableRows(section(doc, 'hasil'))).toEqual([
      ['Waktu layanan', '14 hari', '2,5 hari', 'Klaim pemerintah daerah', 'Sumber'], // decimal comma; default basis
    ]);
    const sustain = section(doc, 'keberlanjutan') as Element;
    expect(fact(sustain, 'status')?.value).toBe('Berjalan, menurut bukti Juni 2025');
    expect(fact(sustain, 'dasar_hukum')?.value).toBe('Perwali Contoh No. 1 Tahun 2020');
    expect(fact(sustain, 'anggaran')).toBeUndefined(); // not filled in: no empty row
    expect([...sustain.querySelectorAll('[data-list="riwayat"] li')].map((li) => text(li))).toEqual(['Juni 2025: Berjalan (Sumber, jenis bukti: Layanan berjalan)']);
    const replication = section(doc, 'replikasi');
    expect(text(replication?.querySelector('h2'))).toBe('Direplikasi di');
    expect(text(replication?.querySelector('li'))).toBe('Kabupaten Pacitan (Kabupaten Pacitan) — Oleh Dinas Kesehatan Pacitan (Sumber) — Replikasi Contoh');
    expect(links(replication)).toEqual(['/wilayah/kabupaten-pacitan/', 'https://contoh.go.id/replikasi', '/studi-kasus/replikasi-contoh/']);
    expect(links(section(doc, 'lampiran'))).toEqual(['/berkas/contoh.pdf']);
    // Its size read from the fixture's static files (PUBLIC_DIR), the folder the build copied it from.
    expect(text(section(doc, 'lampiran')?.querySelector('.ri-meta'))).toBe(`PDF, ${statSync('tests/fixtures/public/berkas/contoh.pdf').size} B`);
    expect(existsSync(join(dist, 'berkas', 'contoh.pdf'))).toBe(true);
    expect(text(doc.querySelector('.ri-detail__main .ri-prose:not(p)'))).toContain('Kalimat khusus uji'); // body
    expect(doc.querySelector('[data-ri-notice="ilustrasi"]')).not.toBeNull(); // illustration notice
    expect(text(section(doc, 'kutip')?.querySelector('#kutip-apa'))).toBe(
      'Rumah Inovasi Jawa Timur. (2026, 27 November). Layanan Contoh. Pemerintah Provinsi Jawa Timur. https://rumahinovasi.jatimprov.go.id/studi-kasus/layanan-contoh/',
    );
  });

  it('writes JSON-LD structured data from the view', () => {
    const json = dom(dist, '/studi-kasus/layanan-contoh/').querySelector('script[type="application/ld+json"]')?.textContent;
    expect(JSON.parse(json ?? '{}')).toMatchObject({ '@type': 'Article', headline: 'Layanan Contoh', datePublished: '2026-11-27' });
  });

  it('shows each person at an event with their role, on the event page and on the person page', () => {
    const event = fact(dom(dist, '/acara/lokakarya-contoh/'), 'narasumber');
    expect(event?.label).toBe('Pengisi acara');
    expect(event?.value).toMatch(/Narasumber Contoh \(Moderator\)/);
    expect(event?.links).toContain('/narasumber/narasumber-contoh/');
    const events = dom(dist, '/narasumber/narasumber-contoh/').querySelector('[data-group="acara"]');
    expect([...(events?.querySelectorAll('li') ?? [])].map((li) => text(li))).toEqual(['Lokakarya Contoh (Moderator)']);
  });

  it('counts awards to innovations and awards to governments apart on the home page', () => {
    const figures = [...dom(dist, '/').querySelectorAll('.ri-stats li')].map((li) => [text(li.querySelector('strong')), text(li)]);
    const figure = (label: string) => figures.find(([, all]) => all?.includes(label))?.[0];
    expect(figure('penghargaan yang diberikan kepada inovasi')).toBe('2'); // layanan-contoh and budidaya-mangrove (KIPP)
    expect(figure('penghargaan yang diberikan kepada pemerintah daerah')).toBe('2'); // the IGA of replikasi-contoh and kampung-pesisir
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

  it('says "Belum terkonfirmasi" when the newest evidence is over two years before the build date, and not for recent evidence', () => {
    const stale = dom(dist, '/studi-kasus/inovasi-mdx/');
    expect(fact(stale.querySelector('aside') as Element, 'status')?.value).toBe(
      'Belum terkonfirmasi (status terakhir yang diketahui: Berjalan, menurut bukti 2018)',
    );
    expect(text(section(stale, 'keberlanjutan')?.querySelector('[role="note"]'))).toContain('status belum terkonfirmasi');
    const fresh = dom(dist, '/studi-kasus/layanan-contoh/');
    expect(section(fresh, 'keberlanjutan')?.querySelector('[role="note"]')).toBeNull();
  });

  it('shows change history and owner on a guide, with a table of contents', () => {
    const doc = dom(dist, '/panduan/panduan-contoh/');
    expect(fact(doc, 'pemilik')?.links).toEqual(['/organisasi/pemprov-contoh/']);
    expect(text(section(doc, 'riwayat')?.querySelector('h2'))).toBe('Riwayat perubahan');
    expect([...(section(doc, 'riwayat')?.querySelectorAll('li') ?? [])].map((li) => text(li))).toContain('27 November 2026: Versi pertama.');
    expect(links(doc.querySelector('nav.ri-toc') ?? undefined)).toContain('#langkah-pertama');
  });
});

describe('drafts and templates', () => {
  it('a draft has no page, is not linked and not indexed', () => {
    expect(page(dist, '/studi-kasus/draf-contoh/')).toBeUndefined();
    expect(hrefs(page(dist, '/studi-kasus/') ?? '')).not.toContain('/studi-kasus/draf-contoh/');
    expect(text(dom(dist, '/wilayah/kabupaten-pacitan/').querySelector('main'))).not.toContain('Draf Rahasia Contoh');
  });
  it('a template file (name starting with _) is not published', () => {
    expect(page(dist, '/studi-kasus/templat-uji/')).toBeUndefined();
    expect(page(dist, '/studi-kasus/_templat-uji/')).toBeUndefined();
  });
});

describe('page frame', () => {
  it('every page is Indonesian, titled, described, canonical and has a skip link', () => {
    // admin/index.html is the form editor's app shell with its own policy (tests/e2e/admin.test.ts);
    // cari/jendela/ is the search modal's markup, fetched by the modal (tested below).
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.html') && !f.startsWith('admin/') && f !== join('cari', 'jendela', 'index.html'),
    );
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html, file).toContain('<html lang="id"');
      expect(html, file).toMatch(/<title>[^<]+— Rumah Inovasi|<title>Rumah Inovasi —/);
      expect(html, file).toMatch(/<meta name="description" content="[^"]+"/);
      // Not for search engines: the 404 page and the internal component gallery.
      if (file === '404.html' || file === join('desain', 'index.html')) expect(html).toContain('<meta name="robots" content="noindex">');
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

describe('search entry points and browse pages', () => {
  it('every page has the header search entry, a link to /cari/ that works without JavaScript', () => {
    for (const path of ['/', '/studi-kasus/layanan-contoh/', '/tahun/', '/cari/']) {
      const doc = dom(dist, path);
      const entry = doc.querySelector('header [data-ri-search-open]');
      expect(entry?.getAttribute('href'), path).toBe('/cari/');
      // The modal's markup is not on the page: the modal fetches it when opened.
      expect(doc.querySelector('pagefind-modal, template'), path).toBeNull();
    }
  });

  it('the search modal markup is its own small noindex document, out of the sitemap and the index', () => {
    const doc = dom(dist, '/cari/jendela/');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('body > pagefind-config')?.getAttribute('bundle-path')).toBe('/pagefind/');
    expect(doc.querySelector('body > pagefind-modal pagefind-input')?.getAttribute('placeholder')).toBe(t.search.placeholder);
    expect(doc.querySelector('body > pagefind-modal [data-ri-cari-full]')?.getAttribute('href')).toBe('/cari/');
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/cari/jendela/');
  });

  it('the search page links to every browse page and embeds the URL tokens of each facet', () => {
    const doc = dom(dist, '/cari/');
    expect(links(doc.querySelector('[data-list="telusur"]') ?? undefined)).toEqual(['/studi-kasus/', '/wilayah/', '/topik/', '/tahun/', '/penghargaan/', '/status/']);
    const tokens = JSON.parse(doc.getElementById('ri-cari-token')?.textContent ?? '{}') as Record<string, { label: string; tokens: Record<string, string> }>;
    expect(tokens['wilayah']?.tokens['kota-surabaya']).toBe('Kota Surabaya');
    expect(tokens['penghargaan']).toEqual({ label: 'Penghargaan', tokens: { kipp: 'KIPP (KemenPAN-RB)', iga: 'IGA (Kemendagri)' } });
  });

  it('browse indexes list each value with its case count, value pages list those cases', () => {
    expect(links(dom(dist, '/tahun/').querySelector('[data-list="telusur"]') ?? undefined)).toEqual(['/tahun/2025/', '/tahun/2022/', '/tahun/2021/', '/tahun/2019/']);
    expect(links(dom(dist, '/status/').querySelector('[data-list="telusur"]') ?? undefined)).toEqual([
      '/status/tanpa-data/',
      '/status/belum-terkonfirmasi/',
      '/status/berjalan/',
      '/status/berkembang/',
      '/status/vakum/',
    ]);
    const kipp = dom(dist, '/penghargaan/kipp/');
    expect(text(kipp.querySelector('h1'))).toBe('Studi kasus peraih penghargaan KIPP (KemenPAN-RB)');
    const tiers = [...kipp.querySelectorAll('main section[data-group]')].map((s) => [text(s.querySelector('h2')), links(s)]);
    expect(tiers).toEqual([
      ['KIPP (KemenPAN-RB) — Top 45', ['/studi-kasus/layanan-contoh/']],
      ['KIPP (KemenPAN-RB) — Top 99', ['/studi-kasus/budidaya-mangrove/']],
    ]);
    expect(links(dom(dist, '/status/vakum/').querySelector('main section[data-group]') ?? undefined)).toEqual(['/studi-kasus/budidaya-mangrove/']);
    expect(page(dist, '/tahun/2021/')).not.toContain('data-pagefind-body');
  });
});
