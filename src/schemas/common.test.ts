import { describe, expect, it } from 'vitest';
import { schemaFor } from '../lib/content-check.ts';
import { date, impossibleDate, partialDate } from './common.ts';

describe('dates', () => {
  it('refuses impossible dates instead of rolling them over', () => {
    expect(impossibleDate(2023, 2, 30)).toBe('Februari 2023 hanya sampai tanggal 28');
    expect(impossibleDate(2024, 2, 29)).toBeUndefined();
    expect(impossibleDate(2022, 13, 45)).toMatch(/bulan 13 tidak ada/);
    expect(date().safeParse('2023-02-30').error?.issues[0]?.message).toMatch(/Tanggal 2023-02-30 tidak ada/);
    expect(date().safeParse('2022-13-45').error?.issues[0]?.message).toMatch(/bulan 13 tidak ada/);
    expect(partialDate().safeParse('2021-02-29').success).toBe(false);
    expect(partialDate().safeParse('2021-13').success).toBe(false);
  });

  it('reads valid dates at midnight UTC and partial dates with their precision', () => {
    expect(date().parse('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(partialDate().parse(2017)).toEqual({ iso: '2017', precision: 'tahun' });
    expect(partialDate().parse('2017-05')).toEqual({ iso: '2017-05', precision: 'bulan' });
  });
});

describe('short source ids', () => {
  const base = {
    judul: 'Uji',
    ringkasan: 'Uji.',
    lembaga: ['dinas-contoh'],
    diterbitkan: '2026-11-27',
    sumber: [{ id: 'antara-2020', judul: 'Berita', url: 'https://antaranews.com/berita' }],
  };
  const schema = () => schemaFor('studi-kasus', 'content/studi-kasus/uji.md');

  it('resolve to the address of that source, so downstream code only sees URLs', () => {
    const data = schema().parse({
      ...base,
      penghargaan: [{ kompetisi: 'kipp', peringkat: 'Top 45', tahun: 2020, penerima: 'inovasi', sumber: 'antara-2020' }],
      hasil: [{ indikator: 'x', sesudah: 1, satuan: '%', sumber: 'antara-2020' }],
      keberlanjutan: { status: 'berjalan', diperiksa: '2026-11-27', riwayat: [{ tanggal: 2024, status: 'berjalan', jenis_bukti: 'operasional', bukti: 'antara-2020' }] },
      replikasi: [{ lokasi: 'X', oleh: 'Y', sumber: 'https://contoh.go.id/lain' }],
    }) as { penghargaan: { sumber: string }[]; hasil: { sumber: string }[]; keberlanjutan: { riwayat: { bukti: string }[] }; replikasi: { sumber: string }[] };
    expect(data.penghargaan[0]?.sumber).toBe('https://antaranews.com/berita');
    expect(data.hasil[0]?.sumber).toBe('https://antaranews.com/berita');
    expect(data.keberlanjutan.riwayat[0]?.bukti).toBe('https://antaranews.com/berita');
    expect(data.replikasi[0]?.sumber).toBe('https://contoh.go.id/lain');
  });

  it('an unknown id or a duplicate id is refused at its field', () => {
    const unknown = schema().safeParse({ ...base, hasil: [{ indikator: 'x', sesudah: 1, satuan: '%', sumber: 'antara-2021' }] });
    expect(unknown.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['hasil.0.sumber', expect.stringMatching(/id "antara-2021".*id yang ada: antara-2020/)],
    ]);
    const twice = schema().safeParse({ ...base, sumber: [...base.sumber, { id: 'antara-2020', judul: 'B', url: 'https://b.id/' }] });
    expect(twice.error?.issues[0]?.path).toEqual(['sumber', 1, 'id']);
  });

  it('something that is neither an address nor an id says both ways to fix it', () => {
    const result = schema().safeParse({ ...base, hasil: [{ indikator: 'x', sesudah: 1, satuan: '%', sumber: 'www.contoh.go.id' }] });
    expect(result.error?.issues[0]?.message).toMatch(/bukan alamat web lengkap.*dan bukan id sumber/);
  });
});
