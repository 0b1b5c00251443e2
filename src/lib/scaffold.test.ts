import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContent } from './frontmatter.ts';
import { fillTemplate, parseCollection, slugFromTitle } from './scaffold.ts';

describe('slugFromTitle', () => {
  it('lowercase ASCII, diacritics folded, hyphens', () => {
    expect(slugFromTitle('Sekolah Ramah Anak — Édisi 2')).toBe('sekolah-ramah-anak-edisi-2');
    expect(slugFromTitle('Dr. Ir. Siti Aminah')).toBe('dr-ir-siti-aminah');
    expect(slugFromTitle('A/B: Uji')).toBe('a-b-uji');
  });

  it('refuses a title with no letters or digits', () => {
    expect(() => slugFromTitle('—')).toThrow(/tidak menghasilkan nama berkas/);
  });

  it('refuses a title of digits alone, whose file name would be a list page address', () => {
    expect(() => slugFromTitle('2024')).toThrow(/hanya berisi angka \(2024\).*halaman bernomor daftar.*"Klinik Bumdesa 2024"/);
    expect(slugFromTitle('Inovasi 2024')).toBe('inovasi-2024');
  });
});

describe('parseCollection', () => {
  it('accepts a Markdown collection and suggests the closest for a typo', () => {
    expect(parseCollection('orang')).toBe('orang');
    expect(() => parseCollection('studi-kasu')).toThrow(/Maksud Anda "studi-kasus"\?/);
    expect(() => parseCollection('wilayah')).toThrow(/Pilih salah satu: studi-kasus/);
    expect(() => parseCollection(undefined)).toThrow(/Sebutkan koleksinya/);
  });
});

describe('fillTemplate', () => {
  const template = readFileSync('content/studi-kasus/_templat.md', 'utf8');

  it('fills the title (quoted when YAML needs it) and today, keeps the example link, and stays valid YAML', () => {
    const text = fillTemplate(template, 'studi-kasus', 'Inovasi: Cepat "Tepat"', '2026-12-01');
    const parsed = parseContent(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.content.data['judul']).toBe('Inovasi: Cepat "Tepat"');
    expect(parsed.content.data['diterbitkan']).toBe('2026-12-01');
    expect(parsed.content.data['draf']).toBe(true);
    expect(text).toContain('# Contoh lengkap yang sudah terbit: content/studi-kasus/klinik-bumdesa.md');
    expect(text).not.toContain('TEMPLAT');
    expect(text).toContain('## Yang belum diketahui');
  });

  it('uses `nama` for people, organisations and topics', () => {
    const text = fillTemplate(readFileSync('content/orang/_templat.md', 'utf8'), 'orang', 'Siti Aminah', '2026-12-01');
    expect(text).toMatch(/^nama: Siti Aminah\s+# wajib/m);
  });
});
