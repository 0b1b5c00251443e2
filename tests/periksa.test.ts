/**
 * Bad input, proven: each file in tests/fixtures/rusak/ is one typical editor mistake.
 * Each test drops that one file into a copy of the valid fixture corpus, runs the content
 * check (the code behind `npm run periksa` and the build) and asserts the problem names
 * the file, the line, the field and the fix, and that nothing else is reported.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem } from '../src/lib/content-check.ts';

const BROKEN = 'tests/fixtures/rusak';

interface Expected {
  line: number;
  field: string;
  /** What the message must say, including the fix. */
  says: RegExp;
  /** Other files that must also be named (a duplicate URL names both). */
  alsoIn?: string[];
}

const EXPECTED: Record<string, Expected> = {
  'studi-kasus/tanpa-ringkasan.md': { line: 1, field: 'ringkasan', says: /Ringkasan wajib diisi/ },
  'studi-kasus/jenis-tidak-dikenal.md': { line: 7, field: 'jenis', says: /"digitl" tidak dikenal\. Pilih salah satu: digital, non-digital, campuran/ },
  'studi-kasus/tanggal-salah-format.md': { line: 6, field: 'diterbitkan', says: /"27-11-2026" bukan tanggal.*TTTT-BB-HH/ },
  'studi-kasus/tanggal-mustahil.md': { line: 6, field: 'diterbitkan', says: /2023-02-30 tidak ada: Februari 2023 hanya sampai tanggal 28/ },
  'studi-kasus/kode-bps-salah.md': { line: 7, field: 'kabupaten_kota', says: /"3599" bukan kode kabupaten\/kota Jawa Timur.*3501–3529/ },
  'studi-kasus/rujukan-hilang.md': { line: 4, field: 'lembaga[1]', says: /"dinas-hilang" tidak ditemukan.*buat berkas content\/organisasi\/dinas-hilang\.md/ },
  'studi-kasus/Layanan Contoh.md': {
    line: 1,
    field: '(nama berkas)',
    says: /alamat yang sama, \/studi-kasus\/layanan-contoh\/\. Ganti nama salah satu berkas/,
    alsoIn: ['studi-kasus/layanan-contoh.md'],
  },
  'studi-kasus/2.md': {
    line: 1,
    field: '(nama berkas)',
    says: /"2\.md" hanya berisi angka\. Alamatnya, \/studi-kasus\/2\/, berbentuk sama dengan halaman bernomor daftar \/studi-kasus\/.*Ganti nama berkas dengan nama yang menjelaskan isinya.*2\.md menjadi klinik-bumdesa\.md/,
  },
  'studi-kasus/gambar-tanpa-alt.md': { line: 10, field: '(isi)', says: /tidak punya teks alternatif\. Tulis isi gambar di antara kurung siku/ },
  'studi-kasus/ringkasan-terlalu-panjang.md': { line: 3, field: 'ringkasan', says: /205 kata; maksimal 200.*Pindahkan rinciannya/ },
  'studi-kasus/kolom-salah-eja.md': { line: 7, field: 'kepanjangn', says: /`kepanjangn` tidak dikenal; maksud Anda `kepanjangan`\?/ },
  'studi-kasus/yaml-tanpa-titik-dua.md': { line: 3, field: 'ringkasan', says: /YAML tidak valid.*titik dua setelah nama kolom terlupa/ },
  'studi-kasus/yaml-tab.md': { line: 5, field: 'lembaga', says: /menjorok dengan tab.*ganti tab di awal baris dengan spasi/ },
  'studi-kasus/kosong.md': { line: 1, field: '(berkas)', says: /Berkas kosong\. Mulai dari templat.*npm run baru/ },
  'studi-kasus/frontmatter-tidak-ditutup.md': { line: 8, field: '(frontmatter)', says: /tidak pernah ditutup.*Tambahkan baris `---` setelah kolom terakhir/ },
  'studi-kasus/darf.md': { line: 7, field: 'darf', says: /`darf` tidak dikenal; maksud Anda `draf`\?/ },
  'studi-kasus/kutip-di-dalam-kutip.md': { line: 2, field: 'judul', says: /tanda kutip " di dalam teks.*kutip tunggal/ },
  'studi-kasus/titik-dua-di-judul.md': { line: 2, field: 'judul', says: /titik dua diikuti spasi.*Apit seluruh nilai dengan tanda kutip/ },
  'studi-kasus/gambar-hilang.md': { line: 8, field: 'sampul.gambar', says: /"\.\/sampul-tidak-ada\.jpg" tidak ditemukan.*simpan gambar di folder yang sama/ },
  'studi-kasus/skrip-di-mdx.mdx': { line: 10, field: '(isi)', says: /Tag <script> tidak diizinkan.*Hapus tag ini/ },
  'studi-kasus/impor-mdx.mdx': { line: 8, field: '(isi)', says: /Impor ".*Toc\.astro" tidak diizinkan.*src\/components\/mdx\/.*Hapus baris impor/ },
  'studi-kasus/penerapan-sebelum-uji-coba.md': { line: 8, field: 'tanggal_penerapan', says: /\(2019\) lebih awal dari tanggal uji coba \(2020-05\)\. Periksa kedua tanggal/ },
  'studi-kasus/sdg-18.md': { line: 7, field: 'sdgs[0]', says: /paling besar 17/ },
  'studi-kasus/penghargaan-masa-depan.md': { line: 10, field: 'penghargaan[0].tahun', says: /2999 belum terjadi\. Tulis tahun ketika penghargaan diterima/ },
  'studi-kasus/lampiran-hilang.md': { line: 10, field: 'lampiran[0].berkas', says: /"\/berkas\/paparan-yang-tidak-ada\.pdf" tidak ada di folder public\/.*Simpan berkasnya di sana/ },
  'studi-kasus/url-tanpa-skema.md': { line: 7, field: 'sumber[0].url', says: /diawali http:\/\/ atau https:\/\// },
  'orang/studi-kasus-salah-folder.md': { line: 1, field: '(berkas)', says: /tampaknya berisi studi-kasus, bukan orang.*Pindahkan berkas ke .*studi-kasus\// },
  'studi-kasus/akhiran-besar.MD': { line: 1, field: '(berkas)', says: /Akhiran nama berkas "\.MD" ditulis dengan huruf besar.*Ganti namanya menjadi \.md/ },
  'folder-salah/kasus.md': { line: 1, field: '(berkas)', says: /Folder "folder-salah" bukan folder koleksi.*Pindahkan berkas/ },
  'studi-kasus/bukan-utf8.md': { line: 2, field: '(berkas)', says: /tidak tersimpan sebagai UTF-8.*Simpan ulang berkas dengan pengodean UTF-8/ },
  'studi-kasus/persen-tanpa-kutip.md': { line: 7, field: 'kepanjangan', says: /diawali karakter % tanpa tanda kutip.*Apit seluruh nilai/ },
  'studi-kasus/butir-daftar-salah-jorok.md': { line: 8, field: 'sumber', says: /Jorokan baris ini tidak sejajar.*jumlah spasi yang sama/ },
  'studi-kasus/id-sumber-tidak-ada.md': { line: 13, field: 'penghargaan[0].sumber', says: /id "berita-2021".*id yang ada: berita-2020/ },
  'studi-kasus/tautan-rusak.md': { line: 10, field: '(isi)', says: /\/studi-kasus\/layanan-contho\/ tidak menuju halaman.*Maksud Anda \/studi-kasus\/layanan-contoh\/\?/ },
  'studi-kasus/tautan-persen-rusak.md': { line: 10, field: '(isi)', says: /"\/berkas\/paparan%E0%A4%A\.pdf" memuat tanda % yang bukan kode yang sah.*Tulis nama berkas tanpa tanda %/ },
  'studi-kasus/tautan-ke-draf.md': { line: 10, field: '(isi)', says: /\/studi-kasus\/draf-contoh\/ menuju entri yang masih draf.*Terbitkan entri itu dahulu, atau hapus tautan ini/ },
  'studi-kasus/jangkar-rusak.md': { line: 10, field: '(isi)', says: /#implementsi tidak ada.*Maksud Anda #implementasi\?/ },
  'studi-kasus/tautan-javascript.md': { line: 10, field: '(isi)', says: /"javascript:" tidak diizinkan.*Tautkan ke alamat web/ },
  'studi-kasus/atribut-onclick.mdx': { line: 10, field: '(isi)', says: /onclick pada <a> tidak diizinkan.*Hapus atribut ini/ },
};

/** A copy of the valid fixture corpus and its static files (in `public/`, where the check looks). */
function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ri-rusak-'));
  cpSync('tests/fixtures/konten', dir, { recursive: true });
  cpSync('tests/fixtures/public', join(dir, 'public'), { recursive: true });
  return dir;
}

/** A copy of the valid fixture corpus with one broken file added; returns its problems. */
function checkWith(relative: string): ContentProblem[] {
  const dir = fixtureCopy();
  mkdirSync(dirname(join(dir, relative)), { recursive: true });
  copyFileSync(join(BROKEN, relative), join(dir, relative));
  return checkContent({ contentDir: dir, root: dir, includeDrafts: false }).problems;
}

describe('broken fixtures', () => {
  const files = readdirSync(BROKEN, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(BROKEN, name)).isFile())
    .map((name) => name.split('\\').join('/'));

  it('at least 24 broken files; every one has an expectation and every expectation a file', () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('the valid corpus alone has no problem', () => {
    const dir = fixtureCopy();
    expect(checkContent({ contentDir: dir, root: dir, includeDrafts: false }).problems).toEqual([]);
  });

  for (const [relative, { line, field, says, alsoIn = [] }] of Object.entries(EXPECTED)) {
    it(`${relative}: line ${line}, field ${field}`, () => {
      const problems = checkWith(relative);
      const shown = problems.map((p) => `${p.file}:${p.line} [${p.field}] ${p.message}`).join('\n');
      expect(problems.map((p) => p.file).sort(), shown).toEqual([relative, ...alsoIn].sort());
      const own = problems.find((p) => p.file === relative);
      expect(own, shown).toMatchObject({ line, field });
      expect(own?.message).toMatch(says);
    });
  }
});
