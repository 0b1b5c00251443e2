/**
 * The real content schemas against real fixture files: every valid fixture passes, and
 * every invalid one fails with an Indonesian message naming its file and field.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile, type TestedCollection } from './helpers/validate.ts';

const VALID = 'tests/fixtures/konten';
const INVALID = 'tests/fixtures/tidak-valid';
const TESTED: TestedCollection[] = ['studi-kasus', 'materi', 'panduan', 'acara', 'orang', 'organisasi', 'topik'];

describe('valid fixtures', () => {
  for (const collection of TESTED) {
    for (const name of readdirSync(join(VALID, collection)).filter((n) => /\.mdx?$/.test(n) && !n.startsWith('_'))) {
      it(`${collection}/${name} passes`, () => {
        expect(validateFile(collection, join(VALID, collection, name))).toEqual([]);
      });
    }
  }
  for (const collection of TESTED.filter((c) => c !== 'topik')) {
    it(`the ${collection} template editors copy is itself valid`, () => {
      expect(validateFile(collection, `content/${collection}/_templat.md`)).toEqual([]);
    });
  }
});

/** Each invalid fixture, the field its error must name, and words the message must contain. */
const EXPECTED: Record<string, { field: string; says: RegExp }> = {
  'studi-kasus/kode-wilayah-salah.md': { field: 'kabupaten_kota', says: /3599.*bukan kode kabupaten\/kota Jawa Timur/ },
  'studi-kasus/sdgs-di-luar-rentang.md': { field: 'sdgs[1]', says: /paling besar 17/ },
  'studi-kasus/penghargaan-masa-depan.md': { field: 'penghargaan[0].tahun', says: /2999 belum terjadi/ },
  'studi-kasus/penerapan-sebelum-uji-coba.md': { field: 'tanggal_penerapan', says: /lebih awal dari tanggal uji coba/ },
  'studi-kasus/tahapan-tidak-dikenal.md': { field: 'tahapan', says: /"selesai" tidak dikenal.*inisiatif, uji-coba, penerapan/ },
  'studi-kasus/alt-sampul-kosong.md': { field: 'sampul.alt', says: /Teks alternatif/ },
  'studi-kasus/ringkasan-terlalu-panjang.md': { field: 'ringkasan', says: /201 kata; maksimal 200/ },
  'studi-kasus/tanpa-sumber.md': { field: 'sumber', says: /minimal satu sumber.*ilustrasi: true/ },
  'studi-kasus/tanpa-judul.md': { field: 'judul', says: /Judul wajib diisi/ },
  'studi-kasus/tanpa-lembaga.md': { field: 'lembaga', says: /minimal satu lembaga/ },
  'studi-kasus/hasil-bukan-angka.md': { field: 'hasil[0].sesudah', says: /harus berupa angka/ },
  'studi-kasus/url-sumber-tanpa-protokol.md': { field: 'sumber[0].url', says: /https?:\/\// },
  'studi-kasus/penghargaan-tanpa-penerima.md': {
    field: 'penghargaan[0].penerima',
    says: /Penerima penghargaan wajib diisi.*inovasi, pemerintah/,
  },
  'studi-kasus/jenis-bukti-tidak-dikenal.md': {
    field: 'keberlanjutan.riwayat[0].jenis_bukti',
    says: /Jenis bukti "studi-banding" tidak dikenal.*kunjungan/,
  },
  'studi-kasus/tanpa-jenis-bukti.md': {
    field: 'keberlanjutan.riwayat[0].jenis_bukti',
    says: /Jenis bukti wajib diisi.*operasional.*rencana/,
  },
  'acara/peran-tidak-dikenal.md': { field: 'peran[0].peran', says: /Peran "pembicara" tidak dikenal.*pembuka, narasumber, moderator, penanggap/ },
  'materi/jenis-tidak-dikenal.md': { field: 'jenis', says: /Jenis materi "pidato" tidak dikenal. Pilih salah satu: paparan/ },
  'panduan/tanpa-pemilik.md': { field: 'pemilik', says: /.+/ },
  'acara/selesai-sebelum-mulai.md': { field: 'tanggal_selesai', says: /lebih awal dari tanggal mulai/ },
  'orang/tanpa-jabatan.md': { field: 'jabatan', says: /Jabatan wajib diisi/ },
  'organisasi/jenis-organisasi-salah.md': { field: 'jenis', says: /Jenis organisasi "dinas" tidak dikenal. Pilih salah satu: pemerintah-provinsi/ },
};

describe('invalid fixtures', () => {
  const files = TESTED.flatMap((c) => {
    try {
      return readdirSync(join(INVALID, c)).map((n) => `${c}/${n}`);
    } catch {
      return [];
    }
  });

  it('every invalid fixture has an expectation, and every expectation a fixture', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [relative, { field, says }] of Object.entries(EXPECTED)) {
    it(`${relative} fails naming the file and field "${field}"`, () => {
      const collection = relative.split('/')[0] as TestedCollection;
      const file = join(INVALID, relative);
      const errors = validateFile(collection, file);
      const line = errors.find((e) => e.startsWith(`${file} → ${field}: `));
      expect(line, `errors were:\n${errors.join('\n')}`).toBeDefined();
      expect(line).toMatch(says);
    });
  }
});
