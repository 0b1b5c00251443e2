/**
 * Bad input fails the real build with an Indonesian message naming the file, the line and
 * the field, before anything else is printed; nothing an editor wrote is dropped silently.
 * Each case breaks a copy of the fixture corpus and runs `astro build` on it. A good build
 * prints no warning at all.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, copyFixtureCorpus } from './helpers/build.ts';
import { FIXTURES } from './helpers/site.ts';

const CASE = (extra: string) => `---
judul: Kasus Rusak
ringkasan: Uji build gagal.
ilustrasi: true
diterbitkan: 2026-11-27
${extra}
---
Isi.
`;

describe('the build fails clearly on bad content', () => {
  it('a reference to a missing organisation', () => {
    const dir = copyFixtureCorpus();
    writeFileSync(join(dir, 'studi-kasus', 'kasus-rusak.md'), CASE('lembaga: [dinas-contoh, dinas-hilang]'));
    const build = buildSite(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/kasus-rusak\.md:6 — kolom lembaga\[1\]/);
    expect(build.output).toContain('"dinas-hilang" tidak ditemukan di koleksi organisasi');
  }, 120_000);

  it('a published entry pointing at a draft', () => {
    const dir = copyFixtureCorpus();
    writeFileSync(
      join(dir, 'panduan', 'panduan-ke-draf.md'),
      `---\njudul: Ke Draf\nringkasan: Uji.\ntingkat: dasar\npemilik: pemprov-contoh\nstudi_kasus_terkait: [draf-contoh]\nilustrasi: true\nditerbitkan: 2026-11-27\n---\n`,
    );
    const build = buildSite(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/panduan-ke-draf\.md:\d+ — kolom studi_kasus_terkait\[0\]/);
    expect(build.output).toContain('masih draf');
  }, 120_000);

  it('two files that would produce the same URL', () => {
    const dir = copyFixtureCorpus();
    mkdirSync(join(dir, 'studi-kasus', '2024'));
    writeFileSync(join(dir, 'studi-kasus', '2024', 'Layanan Contoh.md'), CASE('lembaga: [dinas-contoh]'));
    const build = buildSite(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('menghasilkan alamat yang sama, /studi-kasus/layanan-contoh/');
    expect(build.output).toMatch(/Layanan Contoh\.md:1 — kolom \(nama berkas\)\n\s+Berkas ini dan \S*studi-kasus\/layanan-contoh\.md menghasilkan/);
  }, 120_000);

  it('a file named with digits alone, whose address is that of a list page', () => {
    const dir = copyFixtureCorpus();
    writeFileSync(join(dir, 'studi-kasus', '2.md'), CASE('lembaga: [dinas-contoh]'));
    const build = buildSite(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/studi-kasus\/2\.md:1 — kolom \(nama berkas\)\n\s+Nama berkas "2\.md" hanya berisi angka/);
  }, 120_000);

  it('a schema error names the file and field in Indonesian', () => {
    const dir = copyFixtureCorpus();
    writeFileSync(join(dir, 'studi-kasus', 'kode-salah.md'), CASE('lembaga: [dinas-contoh]\nkabupaten_kota: 3599'));
    const build = buildSite(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/kode-salah\.md:7 — kolom kabupaten_kota\n\s+"3599" bukan kode kabupaten\/kota Jawa Timur/);
  }, 120_000);

  it('reports every problem at once, in Indonesian, before anything else, and nothing in English', () => {
    const dir = copyFixtureCorpus();
    writeFileSync(join(dir, 'studi-kasus', 'eja.md'), CASE('lembaga: [dinas-contoh]\nkepanjangn: Panjang\ndarf: true'));
    writeFileSync(join(dir, 'studi-kasus', 'tanggal.md'), CASE('lembaga: [dinas-contoh]').replace('2026-11-27', '2023-02-30'));
    writeFileSync(join(dir, 'studi-kasus', 'kutip.md'), CASE('lembaga: [dinas-contoh]').replace('Kasus Rusak', '"Kasus "Rusak""'));
    const build = buildSite(dir);
    expect(build.status).not.toBe(0);
    const lines = build.output.split('\n').filter((line) => line.trim() !== '');
    expect(lines[0]).toBe('Pemeriksaan konten menemukan 4 masalah di 3 berkas:');
    expect(build.output).toMatch(/eja\.md:7 — kolom kepanjangn\n\s+Kolom `kepanjangn` tidak dikenal; maksud Anda `kepanjangan`\?/);
    expect(build.output).toMatch(/eja\.md:8 — kolom darf\n\s+Kolom `darf` tidak dikenal; maksud Anda `draf`\?/);
    expect(build.output).toMatch(/tanggal\.md:5 — kolom diterbitkan\n\s+Tanggal 2023-02-30 tidak ada/);
    expect(build.output).toMatch(/kutip\.md:2 — kolom judul\n\s+YAML tidak valid/);
    expect(build.output).not.toMatch(/\[ERROR\]|Stack trace|does not match|Location:/);
  }, 120_000);

  it('a broken editorial rule (a study visit recorded as growth) names the file and field', () => {
    const dir = copyFixtureCorpus();
    writeFileSync(
      join(dir, 'studi-kasus', 'kunjungan-berkembang.md'),
      CASE(`lembaga: [dinas-contoh]
keberlanjutan:
  status: berkembang
  diperiksa: 2026-11-27
  riwayat:
    - tanggal: 2024-08-06
      status: berkembang
      jenis_bukti: kunjungan
      bukti: https://contoh.go.id/kunjungan`),
    );
    const build = buildSite(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/kunjungan-berkembang\.md:\d+ — kolom keberlanjutan\.riwayat\[0\]\.status/);
    expect(build.output).toContain('Bukti "kunjungan"');
    expect(build.output).toContain('Tulis status: berjalan');
  }, 120_000);
});

describe('a good build', () => {
  it('prints no warning', () => {
    const output = inject('fixtureBuildOutput');
    expect(output).toMatch(/Complete!/);
    expect(output.split('\n').filter((line) => /\[WARN\]|warning/i.test(line))).toEqual([]);
  });

  it('draws every share card, into an empty cache, with a drawing thread beside the rendering', () => {
    const output = inject('fixtureBuildOutput');
    const cards = readdirSync(join(inject('fixtureDist'), 'og'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'));
    const [, drawn, byThreads, cached] = /Kartu berbagi: (\d+) digambar \((\d+) oleh thread lain\), (\d+) dari cache\./.exec(output) ?? [];
    expect(cards.length).toBeGreaterThan(50);
    expect(Number(drawn)).toBe(cards.length);
    expect(Number(cached)).toBe(0);
    expect(Number(byThreads)).toBeGreaterThan(0);
  });

  it('validates each file once: the loader takes the data of the content check, except for a case with a cover', () => {
    const output = inject('fixtureBuildOutput');
    for (const collection of ['studi-kasus', 'materi', 'panduan', 'acara', 'orang', 'organisasi', 'topik']) {
      const dir = join(FIXTURES, collection);
      const files = readdirSync(dir).filter((n) => /\.mdx?$/.test(n) && !n.startsWith('_'));
      const covers = files.filter((n) => /^sampul:/m.test(readFileSync(join(dir, n), 'utf8')));
      expect(output, collection).toContain(
        `[rumah-inovasi-${collection}] ${files.length - covers.length} berkas memakai data yang sudah divalidasi pemeriksaan konten; ${covers.length} divalidasi Astro`,
      );
    }
  });
});
