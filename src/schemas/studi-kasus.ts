/**
 * Case study (studi kasus): one public-service innovation. Fields follow what KIPP
 * (KemenPAN-RB), IID (Kemendagri) and the OECD OPSI / Participedia case libraries record.
 */
import { z } from 'astro/zod';
import {
  attachmentSchema,
  checkSourceIds,
  countWords,
  date,
  editorialFields,
  enumOf,
  kabKota,
  partialDate,
  refs,
  requireSources,
  resolveSourceIds,
  sourceRef,
  strictObject,
  text,
  type SchemaDeps,
} from './common.ts';
import {
  AWARD_RECIPIENTS,
  CETTAR,
  COMPETITIONS,
  EVIDENCE_KINDS,
  FORMS,
  INITIATORS,
  KINDS,
  RESULT_BASES,
  STAGES,
  STATUSES,
  URUSAN,
} from './vocabulary.ts';

/** KIPP caps the proposal summary at 200 words; the site keeps the same limit. */
export const SUMMARY_MAX_WORDS = 200;

/** An award or recognition the innovation received. */
const awardSchema = strictObject({
  /** Kompetisi atau ajang penghargaannya. */
  kompetisi: enumOf(COMPETITIONS, 'Kompetisi'),
  /** Peringkat persis seperti ditulis sumber, misalnya "Top 45", "Top 99", "Terbaik I". */
  peringkat: text('Peringkat penghargaan'),
  /** Tahun penghargaan diterima; tidak boleh tahun yang belum terjadi. */
  tahun: z
    .number({ error: 'Tahun penghargaan harus berupa angka, misalnya 2021.' })
    .int()
    .min(2000, { error: 'Tahun penghargaan terlalu awal (minimal 2000).' })
    .refine((year) => year <= new Date().getFullYear(), {
      error: (issue) =>
        `Tahun penghargaan ${String(issue.input)} belum terjadi. Tulis tahun ketika penghargaan diterima.`,
    }),
  /**
   * Kepada siapa penghargaan diberikan: `inovasi` (inovasinya sendiri, seperti KIPP dan
   * Kovablik) atau `pemerintah` (provinsi atau kabupaten/kota, seperti IGA). Wajib diisi,
   * agar beranda menghitung keduanya terpisah.
   */
  penerima: enumOf(AWARD_RECIPIENTS, 'Penerima penghargaan'),
  /** Catatan dari sumber, misalnya "diberikan kepada daerah, bukan kepada inovasi". */
  catatan: z.string().trim().min(1).optional(),
  /** Sumber yang menyebut penghargaan ini: alamat web, atau `id` salah satu butir `sumber`. */
  sumber: sourceRef().optional(),
});

/** One measured result: an indicator with its value after (and, if known, before). */
const resultSchema = strictObject({
  /** Apa yang diukur, misalnya "Prevalensi stunting". */
  indikator: text('Indikator hasil'),
  /** Angka sebelum inovasi, jika sumber menyebutkannya (pakai titik untuk desimal). */
  sebelum: z.number({ error: 'Nilai "sebelum" harus berupa angka (pakai titik untuk desimal).' }).optional(),
  /** Angka sesudah inovasi, atau satu-satunya angka yang disebut sumber (pakai titik untuk desimal). */
  sesudah: z.number({ error: 'Nilai "sesudah" harus berupa angka (pakai titik untuk desimal).' }),
  /** Satuan, misalnya "%", "keluarga", "hari". */
  satuan: text('Satuan'),
  /** Periode angka "sebelum", misalnya "2019". */
  periode_sebelum: z.string().trim().min(1).optional(),
  /** Periode angka "sesudah", misalnya "Oktober 2025". */
  periode_sesudah: z.string().trim().min(1).optional(),
  /**
   * Siapa yang menyatakan angka ini: pemerintah daerah sendiri (bawaan), media, kajian atau jurnal,
   * atau evaluasi independen.
   */
  dasar: enumOf(RESULT_BASES, 'Dasar hasil').default('klaim-pemda'),
  /** Catatan, misalnya bila sumber berbeda pendapat atau angkanya gabungan satu daerah. */
  catatan: z.string().trim().min(1).optional(),
  /** Sumber angka ini: alamat web, atau `id` salah satu butir `sumber`. */
  sumber: sourceRef(),
});

/** One recorded change of sustainability status, with its evidence. */
const statusChangeSchema = strictObject({
  /** Kapan status ini teramati (TTTT, TTTT-BB, atau TTTT-BB-HH). */
  tanggal: partialDate(),
  /** Status yang teramati saat itu. */
  status: enumOf(STATUSES, 'Status keberlanjutan'),
  /**
   * Jenis bukti di `bukti`: operasional, perluasan, anggaran, regulasi (dapat mendukung
   * status), atau kunjungan, ulasan, pelatihan, seremoni, rencana (menunjukkan inovasi
   * aktif, tetapi tidak pernah menaikkan status).
   */
  jenis_bukti: enumOf(EVIDENCE_KINDS, 'Jenis bukti'),
  /** Apa yang menunjukkannya, misalnya "Program dilanjutkan dalam APBD 2025". */
  catatan: z.string().trim().min(1).optional(),
  /** Alamat web bukti, atau `id` salah satu butir `sumber`. */
  bukti: sourceRef(),
});

/** Whether the innovation is still alive, and what keeps it so. */
const sustainabilitySchema = strictObject({
  /** Status inovasi sekarang: berjalan, berkembang (meluas), vakum, atau berhenti. */
  status: enumOf(STATUSES, 'Status keberlanjutan'),
  /** Kapan status terakhir dicek pada sumber (TTTT-BB-HH). */
  diperiksa: date(),
  /** Dasar hukum seperti Perbup, Perwali, atau SK, sebagaimana disebut sumber. */
  dasar_hukum: z.array(text('Dasar hukum')).default([]),
  /** Sumber anggaran, sebagaimana disebut sumber (misalnya "APBD, Baznas, ADD, CSR"). */
  anggaran: z.string().trim().min(1).optional(),
  /** Standar operasional prosedur (SOP), jika sumber menyebutkannya. */
  sop: z.string().trim().min(1).optional(),
  /** Riwayat status beserta buktinya, dari yang terlama. */
  riwayat: z.array(statusChangeSchema).default([]),
});

/** A replication of the innovation elsewhere. */
const replicationSchema = (deps: SchemaDeps) =>
  strictObject({
  /** Tempat replikasi (daerah atau lembaga), sebagaimana disebut sumber. */
  lokasi: text('Lokasi replikasi'),
  /** Kabupaten/kota di Jawa Timur, jika replikasinya di provinsi ini. */
  kabupaten_kota: kabKota(deps).optional(),
  /** Siapa yang mereplikasi. */
  oleh: text('Pelaksana replikasi'),
  /** Kapan (TTTT, TTTT-BB, atau TTTT-BB-HH). */
  tanggal: partialDate().optional(),
  /** Apa yang diadaptasi. */
  adaptasi: z.string().trim().min(1).optional(),
  /** Sumber tentang replikasi ini: alamat web, atau `id` salah satu butir `sumber`. */
  sumber: sourceRef(),
  /**
   * Studi kasus replikasi itu sendiri, bila punya halaman (nama berkas di content/studi-kasus/):
   * halaman tersebut lalu menampilkan "Mereplikasi dari" inovasi ini.
   */
  studi_kasus: deps.reference('studi-kasus').optional(),
});

/**
 * Cover image with its mandatory alternative text. The only field of any collection that needs
 * the entry's own `image()` helper (see `entrySchemas()` in ./index.ts).
 */
export const coverSchema = (deps: SchemaDeps) =>
  strictObject({
    /**
     * Berkas gambar, disimpan di folder yang sama dengan berkas Markdown, misalnya `./sampul-baik-
     * lo.jpg`.
     */
    gambar: deps.image(),
    /** Apa isi gambar, untuk pembaca yang tidak dapat melihatnya. */
    alt: z
      .string({ error: 'Teks alternatif (alt) sampul wajib diisi.' })
      .trim()
      .min(1, { error: 'Teks alternatif (alt) sampul tidak boleh kosong: jelaskan isi gambar.' }),
    /** Kredit: siapa pembuat gambar dan lisensinya. */
    kredit: z.string().trim().min(1).optional(),
  });

/** Fields that may name a source by its short id instead of repeating its address. */
const SOURCE_REF_FIELDS = [
  ['penghargaan', '*', 'sumber'],
  ['hasil', '*', 'sumber'],
  ['keberlanjutan', 'riwayat', '*', 'bukti'],
  ['replikasi', '*', 'sumber'],
] as const;

/** Schema of `content/studi-kasus/*.md(x)`. */
export const caseStudySchema = (deps: SchemaDeps) =>
  strictObject({
      /** Nama inovasi sebagaimana dikenal, misalnya "Klinik BUM Desa". */
      judul: text('Judul'),
      /** Kepanjangan akronim, misalnya "Bank Ikan Lokal Jawa Timur". */
      kepanjangan: z.string().trim().min(1).optional(),
      /** Satu paragraf, maksimal 200 kata (batas KIPP): masalahnya, yang dilakukan, dan hasilnya. */
      ringkasan: text('Ringkasan').refine((s) => countWords(s) <= SUMMARY_MAX_WORDS, {
        error: (issue) =>
          `Ringkasan berisi ${countWords(String(issue.input))} kata; maksimal ${SUMMARY_MAX_WORDS} kata (batas KIPP). Pindahkan rinciannya ke isi halaman.`,
      }),
      /** Lembaga pelaksana, dipilih dari daftar organisasi (nama berkas di content/organisasi/). */
      lembaga: z
        .array(deps.reference('organisasi'))
        .min(1, { error: 'Sebutkan minimal satu lembaga pelaksana (nama berkas di content/organisasi/).' }),
      /** Kabupaten/kota (kode BPS); kosongkan untuk inovasi Pemerintah Provinsi. */
      kabupaten_kota: kabKota(deps).optional(),
      /** Tahapan inovasi menurut IID (Kemendagri). */
      tahapan: enumOf(STAGES, 'Tahapan').optional(),
      /** Digital, non-digital, atau campuran keduanya. */
      jenis: enumOf(KINDS, 'Jenis').optional(),
      /** Bentuk inovasi menurut IID (Kemendagri). */
      bentuk: enumOf(FORMS, 'Bentuk').optional(),
      /** Siapa yang memprakarsai inovasi. */
      inisiator: enumOf(INITIATORS, 'Inisiator').optional(),
      /** Urusan pemerintahan (UU 23/2014) yang dilayani inovasi. */
      urusan: z.array(enumOf(URUSAN, 'Urusan')).default([]),
      /** Topik, dipilih dari daftar topik (nama berkas di content/topik/). */
      topik: refs(deps, 'topik'),
      /** Nomor Tujuan Pembangunan Berkelanjutan (SDGs), 1–17. */
      sdgs: z
        .array(
          z
            .number({ error: 'SDGs ditulis sebagai angka 1–17.' })
            .int()
            .min(1, { error: 'Nomor SDGs paling kecil 1.' })
            .max(17, { error: 'Nomor SDGs paling besar 17.' }),
        )
        .default([]),
      /** Nilai CETTAR yang diwujudkan inovasi. */
      nilai_cettar: z.array(enumOf(CETTAR, 'Nilai CETTAR')).default([]),
      /** Mulai uji coba (TTTT, TTTT-BB, atau TTTT-BB-HH). */
      tanggal_uji_coba: partialDate().optional(),
      /** Mulai penerapan penuh (TTTT, TTTT-BB, atau TTTT-BB-HH); tidak boleh lebih awal dari uji coba. */
      tanggal_penerapan: partialDate().optional(),
      /** Penghargaan dan pengakuan yang diterima. */
      penghargaan: z.array(awardSchema).default([]),
      /** Hasil terukur: indikator dengan angka sebelum dan sesudah. */
      hasil: z.array(resultSchema).default([]),
      /** Keberlanjutan: status, dasar hukum, anggaran, SOP, dan riwayat. */
      keberlanjutan: sustainabilitySchema.optional(),
      /** Replikasi di tempat lain. */
      replikasi: z.array(replicationSchema(deps)).default([]),
      /** Berkas dan dokumen untuk diunduh. */
      lampiran: z.array(attachmentSchema()).default([]),
      /** Gambar sampul beserta teks alternatifnya. */
      sampul: coverSchema(deps).optional(),
      ...editorialFields(),
    })
    .superRefine((data, ctx) => {
      requireSources(data, ctx);
      checkSourceIds(SOURCE_REF_FIELDS)(data, ctx);
      const trial = data.tanggal_uji_coba;
      const launch = data.tanggal_penerapan;
      // Compare only as precisely as both dates are known: "2019" is not before "2019-05".
      if (trial && launch) {
        const length = Math.min(trial.iso.length, launch.iso.length);
        if (launch.iso.slice(0, length) < trial.iso.slice(0, length)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tanggal_penerapan'],
            message: `Tanggal penerapan (${launch.iso}) lebih awal dari tanggal uji coba (${trial.iso}). Periksa kedua tanggal.`,
          });
        }
      }
    })
    .overwrite(resolveSourceIds(SOURCE_REF_FIELDS));
