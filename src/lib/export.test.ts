import { describe, expect, it } from 'vitest';
import { BOM, cellText, flatten, plain, readCsv, readCsvRecords, toCsv } from './export.ts';

describe('plain', () => {
  it('turns references, partial dates, dates and images into plain values, leaving undefined out', () => {
    expect(
      plain({
        lembaga: [{ id: 'dinas-contoh', collection: 'organisasi' }],
        tanggal_penerapan: { iso: '2019-05', precision: 'bulan' },
        diterbitkan: new Date('2026-11-27'),
        sampul: { gambar: { src: '/_astro/x.jpg', width: 10, height: 5, format: 'jpg' }, alt: 'Gambar' },
        kepanjangan: undefined,
        sdgs: [3, 5],
      }),
    ).toEqual({
      lembaga: ['dinas-contoh'],
      tanggal_penerapan: '2019-05',
      diterbitkan: '2026-11-27',
      sampul: { gambar: '/_astro/x.jpg', alt: 'Gambar' },
      sdgs: [3, 5],
    });
  });
});

describe('CSV writing', () => {
  it('joins lists of values predictably and writes lists of records as JSON', () => {
    expect(cellText(['kesehatan', 'pendidikan'])).toBe('kesehatan | pendidikan');
    expect(cellText([3, 5])).toBe('3 | 5');
    expect(cellText([{ kompetisi: 'kipp', tahun: 2020 }])).toBe('[{"kompetisi":"kipp","tahun":2020}]');
    expect(cellText(undefined)).toBe('');
    expect(cellText([])).toBe('');
  });

  it('flattens nested records into dotted columns', () => {
    expect(flatten({ judul: 'A', keberlanjutan: { status: 'berjalan', riwayat: [] } })).toEqual({
      judul: 'A', 'keberlanjutan.status': 'berjalan', 'keberlanjutan.riwayat': [],
    });
  });

  it('writes a BOM, a header, CRLF rows and quotes what needs it', () => {
    const csv = toCsv([{ id: 'a', judul: 'Satu, dua', catatan: 'Kata "kutip"\nbaris dua' }, { id: 'b', sdgs: [1, 2] }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}id,judul,catatan,sdgs\r\na,"Satu, dua","Kata ""kutip""\nbaris dua",\r\nb,,,1 | 2\r\n`);
  });

  it('reads back exactly what it wrote', () => {
    const records = [{ id: 'a', judul: 'Satu, "dua"\r\ntiga', n: 2.5 }, { id: 'b', judul: ' spasi ', n: 0 }];
    expect(readCsvRecords(toCsv(records))).toEqual([{ id: 'a', judul: 'Satu, "dua"\r\ntiga', n: '2.5' }, { id: 'b', judul: ' spasi ', n: '0' }]);
    expect(readCsv('a,b\r\n1,\r\n')).toEqual([['a', 'b'], ['1', '']]);
  });
});
