import { describe, expect, it } from 'vitest';
import { bodySections, KIPP_SECTIONS, readiness } from './readiness.ts';

const FULL_BODY = `
## Latar belakang dan tujuan
Masalahnya.

## Kebaruan
Yang baru.

## Implementasi
Caranya.

## Signifikansi (dampak)
Dampaknya.

## Adaptabilitas (replikasi)
Bisa ditiru.

## Sumber daya
APBD.

## Strategi keberlanjutan
Perbup.

## Tantangan dan pelajaran
Pelajaran.
`;

describe('bodySections', () => {
  it('recognises the template headings and their variants', () => {
    expect([...bodySections(FULL_BODY)]).toEqual([...KIPP_SECTIONS]);
    expect([...bodySections('## Dampak\nAda.\n\n## Replikasi\nAda.')]).toEqual(['signifikansi', 'adaptabilitas']);
  });
  it('a heading with nothing under it (or only a comment) is not documentation', () => {
    expect([...bodySections('## Kebaruan\n\n<!-- isi nanti -->\n\n## Sumber daya\nAPBD.')]).toEqual(['sumber-daya']);
    expect([...bodySections('### Kebaruan\nIsi di tingkat tiga tidak dihitung.')]).toEqual([]);
  });
});

describe('readiness', () => {
  it('a fully documented case has nothing missing', () => {
    const r = readiness({
      body: FULL_BODY,
      ringkasan: 'Ringkas.',
      urusan: ['kesehatan'],
      tanggal_penerapan: { iso: '2019', precision: 'tahun' },
      jenis: 'digital',
      bentuk: 'pelayanan-publik',
      hasil: [{}],
      sdgs: [3],
      replikasi: [{}],
      keberlanjutan: { anggaran: 'APBD', dasar_hukum: ['Perbup 1/2020'], sop: 'SOP', riwayat: [{}] },
    });
    expect(r.missing).toEqual([]);
    expect(r.sections.every((s) => s.complete)).toBe(true);
    expect([r.textPresent, r.fieldsPresent, r.fieldsTotal]).toEqual([7, 12, 12]);
  });

  it('lists what is missing, section by section in proposal order, with no score', () => {
    const r = readiness({ body: '## Latar belakang dan tujuan\nAda.\n\n## Kebaruan\nAda.', ringkasan: 'Ringkas.', urusan: [], sdgs: [3] });
    expect(r.missing).toEqual([
      'urusan',
      'tanggal_uji_coba',
      'jenis',
      'bentuk',
      'teks:signifikansi',
      'hasil',
      'teks:adaptabilitas',
      'replikasi',
      'teks:sumber-daya',
      'keberlanjutan.anggaran',
      'teks:keberlanjutan',
      'keberlanjutan.dasar_hukum',
      'keberlanjutan.sop',
      'keberlanjutan.riwayat',
      'teks:tantangan',
    ]);
    expect(r.sections.find((s) => s.section === 'latar-belakang')).toEqual({
      section: 'latar-belakang',
      text: true,
      fields: [{ field: 'ringkasan', present: true }, { field: 'urusan', present: false }],
      complete: false,
    });
    expect(Object.keys(r)).not.toContain('score');
  });
});
