import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { SchemaDeps } from './common.ts';
import { entrySchemas } from './index.ts';

const reference: SchemaDeps['reference'] = (collection) => z.string().transform((id) => ({ id, collection }));
const image: SchemaDeps['image'] = () => z.string().transform((src) => ({ src, width: 1, height: 1, format: 'jpg' }) as never);

const base = {
  judul: 'Uji',
  ringkasan: 'Uji.',
  lembaga: ['dinas-contoh'],
  diterbitkan: '2026-11-27',
  sumber: [{ id: 'antara-2020', judul: 'Berita', url: 'https://antaranews.com/berita' }],
  hasil: [{ indikator: 'x', sesudah: 1, satuan: '%', sumber: 'antara-2020' }],
};

describe('entrySchemas', () => {
  const cases = entrySchemas('studi-kasus', reference);

  it('builds the case study schema once and adds only the cover per entry', () => {
    expect(cases.needsImage(base)).toBe(false);
    expect(cases.needsImage({ ...base, sampul: { gambar: './a.jpg', alt: 'A' } })).toBe(true);
    const own = cases.forEntry(image);
    expect(own).not.toBe(cases.shared);
    const data = own.parse({ ...base, sampul: { gambar: './a.jpg', alt: 'Sampul' } });
    expect(data.sampul?.gambar).toEqual({ src: './a.jpg', width: 1, height: 1, format: 'jpg' });
  });

  it('keeps the refinements, the source-id overwrite and the unknown-key messages when extended', () => {
    const own = cases.forEntry(image);
    expect(own.parse({ ...base, sampul: { gambar: './a.jpg', alt: 'A' } }).hasil[0]?.sumber).toBe('https://antaranews.com/berita');
    const messages = own.safeParse({ ...base, sumber: [], darf: true }).error?.issues.map((i) => i.message);
    expect(messages).toEqual([
      'Kolom `darf` tidak dikenal; maksud Anda `draf`? Perbaiki ejaannya.',
      expect.stringMatching(/^Cantumkan minimal satu sumber/),
      expect.stringMatching(/^Tidak ada sumber dengan id "antara-2020"/),
    ]);
  });

  it('gives the shared schema the same result as the per-entry one for an entry without a cover', () => {
    expect(cases.shared.parse(base)).toEqual(cases.forEntry(image).parse(base));
    // The shared schema never validates a cover: the caller must use forEntry() for one.
    expect(cases.shared.safeParse({ ...base, sampul: { gambar: './a.jpg', alt: 'A' } }).success).toBe(false);
  });

  it('returns the one shared schema for collections without images', () => {
    const topics = entrySchemas('topik', reference);
    expect(topics.needsImage({ nama: 'x', sampul: 'y' })).toBe(false);
    expect(topics.forEntry(image)).toBe(topics.shared);
  });
});
