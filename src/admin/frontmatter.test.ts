import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_KEY, fromFile, ORIGINAL_KEY, toFile, withRelativeImages } from './frontmatter.ts';

const files = readdirSync('content')
  .filter((c) => c !== 'wilayah')
  .flatMap((c) => readdirSync(join('content', c)).filter((f) => f.endsWith('.md')).map((f) => join('content', c, f)));

describe('style-keeping frontmatter format', () => {
  it('writes every real content file back byte for byte when nothing changed', () => {
    expect(files.length).toBeGreaterThan(40);
    const changed = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return toFile(structuredClone(fromFile(text))) !== text;
    });
    expect(changed).toEqual([]);
  });

  it('changes only the line of the changed field', () => {
    const text = readFileSync('content/studi-kasus/blood-jek.md', 'utf8');
    const data = fromFile(text);
    data['judul'] = 'Judul baru';
    (data['penghargaan'] as { tahun: number }[])[0]!.tahun = 2019;
    data['kabupaten_kota'] = '3508'; // a select gives strings; the file keeps its number
    const before = text.split('\n');
    const after = toFile(data).split('\n');
    expect(after).toHaveLength(before.length);
    const diff = after.map((line, i) => [before[i], line]).filter(([a, b]) => a !== b);
    expect(diff).toEqual([
      ['judul: Blood Jek Si Pengawal Nyawa', 'judul: Judul baru'],
      ['    tahun: 2018', '    tahun: 2019'],
    ]);
  });

  it('adds a new field in schema order and drops a cleared one', () => {
    const text = readFileSync('content/studi-kasus/blood-jek.md', 'utf8');
    const data = fromFile(text);
    data['kepanjangan'] = 'Kepanjangan baru';
    data['jenis'] = '';
    const out = toFile(data, ['judul', 'kepanjangan', 'ringkasan', 'lembaga', 'kabupaten_kota', 'tahapan', 'jenis']);
    expect(out).toMatch(/^judul: .*\nkepanjangan: Kepanjangan baru\nringkasan: >-/m);
    expect(out).not.toMatch(/^jenis:/m);
  });

  it('writes a new entry in the templates style', () => {
    const out = toFile(
      {
        judul: 'Layanan Baru',
        ringkasan: 'x '.repeat(80).trim(),
        lembaga: ['dinas-contoh'],
        kepanjangan: '',
        hasil: [{ dasar: 'klaim-pemda', indikator: 'Waktu', sesudah: 3, satuan: 'hari', sumber: 'https://contoh.go.id' }],
        body: '## Latar belakang dan tujuan\n',
      },
      ['judul', 'kepanjangan', 'ringkasan', 'lembaga', 'hasil', 'hasil.indikator', 'hasil.sesudah', 'hasil.satuan', 'hasil.dasar', 'hasil.sumber'],
    );
    expect(out).toBe(
      [
        '---',
        'judul: Layanan Baru',
        'ringkasan: >-',
        `  ${'x '.repeat(59).trim()}`,
        `  ${'x '.repeat(21).trim()}`,
        'lembaga: [dinas-contoh]',
        'hasil:',
        '  - indikator: Waktu',
        '    sesudah: 3',
        '    satuan: hari',
        '    dasar: klaim-pemda',
        '    sumber: https://contoh.go.id',
        '---',
        '',
        '## Latar belakang dan tujuan',
        '',
      ].join('\n'),
    );
  });

  it('marks real entries, not templates, so the collection lists only entries', () => {
    expect(fromFile(readFileSync('content/studi-kasus/blood-jek.md', 'utf8'))[ENTRY_KEY]).toBe(true);
    expect(fromFile(readFileSync('content/studi-kasus/_templat.md', 'utf8'))[ENTRY_KEY]).toBeUndefined();
    expect(typeof fromFile(readFileSync('content/orang/diah-natalisa.md', 'utf8'))[ORIGINAL_KEY]).toBe('string');
  });

  it('writes an image stored next to the entry as ./file, as astro:assets reads it', () => {
    const data = { sampul: { gambar: 'sampul-baru.jpg', alt: 'x' }, galeri: [{ foto: 'a.jpg' }, { foto: './b.jpg' }] };
    expect(withRelativeImages(data, ['sampul.gambar', 'galeri.foto'])).toEqual({
      sampul: { gambar: './sampul-baru.jpg', alt: 'x' },
      galeri: [{ foto: './a.jpg' }, { foto: './b.jpg' }],
    });
    expect(withRelativeImages({ sampul: { gambar: 'https://contoh.go.id/a.jpg' } }, ['sampul.gambar'])).toEqual({
      sampul: { gambar: 'https://contoh.go.id/a.jpg' },
    });
  });
});
