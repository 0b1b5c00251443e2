/**
 * The component gallery (/desain/): every component of the design system with example
 * data, so a change to the styles can be checked on one page in both themes. The data is
 * made up and says so; the page is not indexed and not in the sitemap (docs/design.md).
 */
import { citations, type Citations } from '../cite.ts';
import type { AwardBadge, RelatedCard, TimelineItem } from './studi-kasus.ts';
import type { AttachmentItem, Card, Crumb, FactRow, SourceItem, Table } from './types.ts';
import type { PageLinks } from '../pagination.ts';
import { videoFacade } from '../video.ts';
import { attachmentItems } from './common.ts';

/** Everything the gallery shows. */
export interface GalleryView {
  title: string;
  lead: string;
  breadcrumbs: Crumb[];
  /** Colour tokens, by name without the `--ri-color-` prefix, for the swatches. */
  colours: string[];
  /** Type scale steps, by token name. */
  steps: string[];
  facts: FactRow[];
  table: Table;
  badges: AwardBadge[];
  timeline: TimelineItem[];
  cards: Card[];
  related: RelatedCard[];
  stats: { value: string; label: string }[];
  files: AttachmentItem[];
  video: { href: string; provider: string };
  sources: SourceItem[];
  citation: Citations;
  pages: PageLinks;
  toc: { depth: number; slug: string; text: string }[];
}

/** The colour tokens of `src/styles/global.css` (a test checks the list is complete). */
export const COLOUR_TOKENS = [
  'text', 'muted', 'bg', 'surface', 'surface-strong', 'border', 'border-strong', 'link', 'link-visited',
  'accent', 'on-accent', 'accent-strong', 'header', 'on-header', 'header-line', 'focus', 'focus-ring',
  'notice', 'notice-border', 'success', 'warning', 'danger', 'badge', 'on-badge', 'badge-border', 'print',
  'map-0', 'map-1', 'map-2', 'map-3', 'map-4',
] as const;

/** Example data for every component. */
export function galleryView(): GalleryView {
  const external = (text: string) => ({ text, href: 'https://contoh.go.id/sumber', external: true });
  return {
    title: 'Sistem desain',
    lead: 'Semua komponen situs dengan data contoh (bukan fakta), untuk memeriksa tampilan dalam tema terang dan gelap.',
    breadcrumbs: [{ label: 'Sistem desain' }],
    colours: [...COLOUR_TOKENS],
    steps: ['step-4', 'step-3', 'step-2', 'step-1', 'step-0', 'step--1'],
    facts: [
      { key: 'lembaga', label: 'Lembaga pelaksana', values: [{ text: 'Dinas Contoh', href: '/desain/' }] },
      { key: 'tahapan', label: 'Tahapan', values: [{ text: 'Penerapan' }] },
      { key: 'status', label: 'Status', values: [{ text: 'Berjalan' }], note: '(bukti terbaru: Juni 2025)' },
      { key: 'topik', label: 'Topik', values: [{ text: 'Kesehatan', href: '/desain/' }, { text: 'Anak', href: '/desain/' }] },
    ],
    table: {
      caption: 'Angka contoh.',
      columns: ['Indikator', 'Sebelum', 'Sesudah', 'Sumber'],
      rowHeaders: true,
      rows: [
        [{ values: [{ text: 'Waktu layanan' }], note: 'rata-rata' }, { values: [{ text: '14 hari' }] }, { values: [{ text: '2,5 hari' }] }, { values: [external('Sumber')] }],
        [{ values: [{ text: 'Jumlah pengguna' }] }, { values: [{ text: '—' }] }, { values: [{ text: '12.000 orang' }] }, { values: [external('Sumber')] }],
      ],
    },
    badges: [{ label: 'KIPP 2022: Top 45', href: 'https://contoh.go.id/kipp' }, { label: 'IGA 2023: Terinovatif' }],
    timeline: [
      { kind: 'trial', date: { text: '2019', datetime: '2019' }, label: 'Uji coba dimulai' },
      { kind: 'launch', date: { text: 'Mei 2019', datetime: '2019-05' }, label: 'Penerapan dimulai' },
      { kind: 'award', date: { text: '2022', datetime: '2022' }, label: 'KIPP: Top 45', evidence: external('bukti') },
      { kind: 'status', date: { text: 'Juni 2025', datetime: '2025-06' }, label: 'Status: Berjalan', evidence: external('bukti') },
    ],
    cards: [
      { href: '/desain/', title: 'Layanan Contoh', meta: ['Kota Contoh', 'Berjalan'], summary: 'Ringkasan singkat sebuah studi kasus contoh.' },
      { href: '/desain/', title: 'Inovasi Contoh Kedua', meta: ['Tingkat provinsi'], summary: 'Ringkasan lain untuk melihat kartu berdampingan.' },
    ],
    related: [
      { href: '/desain/', title: 'Panduan Contoh', collection: 'Panduan', meta: ['Topik sama: Kesehatan'] },
      { href: '/desain/', title: 'Studi Kasus Tetangga', collection: 'Studi kasus', meta: ['Urusan sama: Kesehatan', 'Wilayah sama: Kota Contoh'] },
    ],
    stats: [
      { value: '24', label: 'studi kasus' },
      { value: '17', label: 'kabupaten/kota' },
      { value: '40', label: 'penghargaan' },
    ],
    files: attachmentItems([
      { judul: 'Berkas di situs ini (ikon situs)', berkas: '/favicon.svg' },
      { judul: 'Laporan di situs lain', berkas: 'https://contoh.go.id/laporan.pdf' },
    ]),
    video: videoFacade('https://www.youtube.com/watch?v=contoh'),
    sources: [{ title: 'Artikel contoh', href: 'https://contoh.go.id/artikel', detail: 'Penerbit Contoh, 2 September 2022' }],
    citation: citations({
      id: 'studi-kasus/layanan-contoh',
      title: 'Layanan Contoh',
      authors: [],
      date: new Date('2026-11-27'),
      url: 'https://rumahinovasi.jatimprov.go.id/studi-kasus/layanan-contoh/',
      publisher: 'Pemerintah Provinsi Jawa Timur',
      type: 'webpage',
    }),
    // Example links stay on this page, so the site's link check finds nothing broken.
    pages: {
      total: 9,
      current: 2,
      previous: '#paginasi',
      next: '#paginasi',
      links: [1, 2, 3, 4, 9].map((n) => ({ number: n, href: '#paginasi', current: n === 2 })),
    },
    toc: [
      { depth: 2, slug: 'warna', text: 'Warna' },
      { depth: 2, slug: 'tipografi', text: 'Tipografi' },
    ],
  };
}
