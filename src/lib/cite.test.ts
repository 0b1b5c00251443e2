import { describe, expect, it } from 'vitest';
import { apa, bibtex, citations, cslJson, type CitationInput } from './cite.ts';

const page: CitationInput = {
  id: 'studi-kasus/klinik-bumdesa',
  title: 'Klinik BUM Desa',
  authors: [],
  date: new Date('2026-11-27'),
  url: 'https://rumahinovasi.jatimprov.go.id/studi-kasus/klinik-bumdesa/',
  publisher: 'Pemerintah Provinsi Jawa Timur',
  type: 'webpage',
};
const speech: CitationInput = {
  id: 'materi/sambutan',
  title: 'Inovasi & Keberlanjutan 100%',
  authors: ['Adhy Karyono', 'Diah Natalisa'],
  date: new Date('2022-09-02'),
  url: 'https://rumahinovasi.jatimprov.go.id/materi/sambutan/',
  publisher: 'Pemerintah Provinsi Jawa Timur',
  container: 'Lokakarya Penguatan Keberlanjutan Inovasi',
  genre: 'Sambutan',
  type: 'speech',
};

describe('APA', () => {
  it('cites a page of the site: site as author, date, title, publisher, address', () => {
    expect(apa(page)).toBe(
      'Rumah Inovasi Jawa Timur. (2026, 27 November). Klinik BUM Desa. Pemerintah Provinsi Jawa Timur. https://rumahinovasi.jatimprov.go.id/studi-kasus/klinik-bumdesa/',
    );
  });
  it('cites a speech: speakers joined with &, kind in brackets, the event', () => {
    expect(apa(speech)).toBe(
      'Adhy Karyono & Diah Natalisa. (2022, 2 September). Inovasi & Keberlanjutan 100% [Sambutan]. Lokakarya Penguatan Keberlanjutan Inovasi. Pemerintah Provinsi Jawa Timur. https://rumahinovasi.jatimprov.go.id/materi/sambutan/',
    );
  });
});

describe('BibTeX', () => {
  it('writes a @misc entry with braced names and escaped special characters', () => {
    expect(bibtex(speech)).toBe(
      [
        '@misc{ri-materi-sambutan,',
        '  author = {{Adhy Karyono} and {Diah Natalisa}},',
        '  title = {{Inovasi \\& Keberlanjutan 100\\%}},',
        '  year = {2022},',
        '  month = {sep},',
        '  howpublished = {Lokakarya Penguatan Keberlanjutan Inovasi},',
        '  publisher = {Pemerintah Provinsi Jawa Timur},',
        '  note = {Sambutan},',
        '  url = {https://rumahinovasi.jatimprov.go.id/materi/sambutan/},',
        '  language = {indonesian}',
        '}',
      ].join('\n'),
    );
    expect(bibtex(page)).toContain('author = {{Rumah Inovasi Jawa Timur}}');
  });
});

describe('CSL-JSON', () => {
  it('is one item with literal authors and date parts', () => {
    expect(JSON.parse(cslJson(speech))).toEqual([
      {
        id: 'materi/sambutan',
        type: 'speech',
        title: 'Inovasi & Keberlanjutan 100%',
        author: [{ literal: 'Adhy Karyono' }, { literal: 'Diah Natalisa' }],
        issued: { 'date-parts': [[2022, 9, 2]] },
        'container-title': 'Lokakarya Penguatan Keberlanjutan Inovasi',
        genre: 'Sambutan',
        publisher: 'Pemerintah Provinsi Jawa Timur',
        URL: 'https://rumahinovasi.jatimprov.go.id/materi/sambutan/',
        language: 'id',
      },
    ]);
    expect(Object.keys(citations(page))).toEqual(['apa', 'bibtex', 'csl']);
  });
});
