/**
 * Bad input fails the real build with an Indonesian message naming the file and the
 * field; nothing an editor wrote is dropped silently. Each case breaks a copy of the
 * fixture corpus in one way and runs `astro build` on it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixtureCorpus } from './helpers/build.ts';

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
    expect(build.output).toContain('kasus-rusak.md → lembaga[1]');
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
    expect(build.output).toContain('panduan-ke-draf.md → studi_kasus_terkait[0]');
    expect(build.output).toContain('masih draf');
  }, 120_000);

  it('two files that would produce the same URL', () => {
    const dir = copyFixtureCorpus();
    mkdirSync(join(dir, 'studi-kasus', '2024'));
    writeFileSync(join(dir, 'studi-kasus', '2024', 'Layanan Contoh.md'), CASE('lembaga: [dinas-contoh]'));
    const build = buildSite(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('/studi-kasus/layanan-contoh/ dihasilkan oleh');
    expect(build.output).toMatch(/layanan-contoh\.md.*Layanan Contoh\.md|Layanan Contoh\.md.*layanan-contoh\.md/);
  }, 120_000);

  it('a schema error names the file and field in Indonesian', () => {
    const dir = copyFixtureCorpus();
    writeFileSync(join(dir, 'studi-kasus', 'kode-salah.md'), CASE('lembaga: [dinas-contoh]\nkabupaten_kota: 3599'));
    const build = buildSite(dir);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('kode-salah.md');
    expect(build.output).toContain('kabupaten_kota: "3599" bukan kode kabupaten/kota Jawa Timur');
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
    expect(build.output).toContain('kunjungan-berkembang.md → keberlanjutan.riwayat[0].status');
    expect(build.output).toContain('Bukti "kunjungan"');
    expect(build.output).toContain('Tulis status: berjalan');
  }, 120_000);
});
