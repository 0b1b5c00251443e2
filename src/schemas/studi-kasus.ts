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
import { CETTAR, COMPETITIONS, FORMS, INITIATORS, KINDS, RESULT_BASES, STAGES, STATUSES, URUSAN } from './vocabulary.ts';

/** KIPP caps the proposal summary at 200 words; the site keeps the same limit. */
export const SUMMARY_MAX_WORDS = 200;

/** An award or recognition the innovation received. */
const awardSchema = strictObject({
  /** Competition: kipp (KemenPAN-RB), iga (Kemendagri), kovablik (Pemprov Jatim), pkri, lainnya. */
  kompetisi: enumOf(COMPETITIONS, 'Kompetisi'),
  /** Tier or rank exactly as the source gives it, e.g. "Top 45", "Top 99", "Terbaik I". */
  peringkat: text('Peringkat penghargaan'),
  /** Year of the award; cannot be in the future. */
  tahun: z
    .number({ error: 'Tahun penghargaan harus berupa angka, misalnya 2021.' })
    .int()
    .min(2000, { error: 'Tahun penghargaan terlalu awal (minimal 2000).' })
    .refine((year) => year <= new Date().getFullYear(), {
      error: (issue) =>
        `Tahun penghargaan ${String(issue.input)} belum terjadi. Tulis tahun ketika penghargaan diterima.`,
    }),
  /** Caveat from the sources, e.g. "diberikan kepada daerah, bukan kepada inovasi". */
  catatan: z.string().trim().min(1).optional(),
  /** Source that confirms this award: a web address, or the `id` of an entry of `sumber`. */
  sumber: sourceRef().optional(),
});

/** One measured result: an indicator with its value after (and, if known, before). */
const resultSchema = strictObject({
  /** What was measured, e.g. "Prevalensi stunting". */
  indikator: text('Indikator hasil'),
  /** Value before the innovation, if the source gives one. */
  sebelum: z.number({ error: 'Nilai "sebelum" harus berupa angka (pakai titik untuk desimal).' }).optional(),
  /** Value after (or the only value the source gives). */
  sesudah: z.number({ error: 'Nilai "sesudah" harus berupa angka (pakai titik untuk desimal).' }),
  /** Unit, e.g. "%", "keluarga", "hari". */
  satuan: text('Satuan'),
  /** Period the "sebelum" value refers to, e.g. "2019". */
  periode_sebelum: z.string().trim().min(1).optional(),
  /** Period the "sesudah" value refers to, e.g. "Oktober 2025". */
  periode_sesudah: z.string().trim().min(1).optional(),
  /**
   * Who makes the claim: `klaim-pemda` (the government's own statement, the default),
   * `media`, `kajian` (a study or journal article), `independen` (independent evaluation).
   */
  dasar: enumOf(RESULT_BASES, 'Dasar hasil').default('klaim-pemda'),
  /** Caveat, e.g. when sources disagree or the figure is a regional aggregate. */
  catatan: z.string().trim().min(1).optional(),
  /** Source of the figure: a web address, or the `id` of an entry of `sumber`. */
  sumber: sourceRef(),
});

/** One recorded change of sustainability status, with its evidence. */
const statusChangeSchema = strictObject({
  /** When the status was observed (may be just a year). */
  tanggal: partialDate(),
  /** The status observed then. */
  status: enumOf(STATUSES, 'Status keberlanjutan'),
  /** What shows it, e.g. "Program dilanjutkan dalam APBD 2025". */
  catatan: z.string().trim().min(1).optional(),
  /** Evidence: a web address, or the `id` of an entry of `sumber`. */
  bukti: sourceRef(),
});

/** Whether the innovation is still alive, and what keeps it so. */
const sustainabilitySchema = strictObject({
  /** berjalan (running), berkembang (expanding), vakum (dormant), berhenti (stopped). */
  status: enumOf(STATUSES, 'Status keberlanjutan'),
  /** When an editor last checked the status against a source. */
  diperiksa: date(),
  /** Legal basis such as a Perbup/Perwali/SK, as the source names it. */
  dasar_hukum: z.array(text('Dasar hukum')).default([]),
  /** Budget line or funding, as the source says (e.g. "APBD, Baznas, ADD, CSR"). */
  anggaran: z.string().trim().min(1).optional(),
  /** Standard operating procedure, if the source mentions one. */
  sop: z.string().trim().min(1).optional(),
  /** History of status changes, oldest first. */
  riwayat: z.array(statusChangeSchema).default([]),
});

/** A replication of the innovation elsewhere. */
const replicationSchema = (deps: SchemaDeps) =>
  strictObject({
/** Where it was replicated (region or institution's place), as the source says. */
lokasi: text('Lokasi replikasi'),
/** Kab/kota code in Jawa Timur, when the replication is in the province. */
kabupaten_kota: kabKota(deps).optional(),
/** Who replicated it. */
oleh: text('Pelaksana replikasi'),
/** When (may be partial). */
tanggal: partialDate().optional(),
/** What was adapted. */
adaptasi: z.string().trim().min(1).optional(),
/** Source for the replication: a web address, or the `id` of an entry of `sumber`. */
sumber: sourceRef(),
});

/** Cover image with its mandatory alternative text. */
const coverSchema = (deps: SchemaDeps) =>
strictObject({
  /** Path to the image, relative to the Markdown file, e.g. `./sampul-baik-lo.jpg`. */
  gambar: deps.image(),
  /** What the image shows, for readers who cannot see it. */
  alt: z
    .string({ error: 'Teks alternatif (alt) sampul wajib diisi.' })
    .trim()
    .min(1, { error: 'Teks alternatif (alt) sampul tidak boleh kosong: jelaskan isi gambar.' }),
  /** Credit line: who made the image and under which licence. */
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
    /** Name of the innovation as it is known, e.g. "Klinik BUM Desa". */
    judul: text('Judul'),
    /** What the acronym stands for, e.g. "Bank Ikan Lokal Jawa Timur". */
    kepanjangan: z.string().trim().min(1).optional(),
    /** Summary of at most 200 words (the KIPP limit). */
    ringkasan: text('Ringkasan').refine((s) => countWords(s) <= SUMMARY_MAX_WORDS, {
      error: (issue) =>
        `Ringkasan berisi ${countWords(String(issue.input))} kata; maksimal ${SUMMARY_MAX_WORDS} kata (batas KIPP). Pindahkan rinciannya ke isi halaman.`,
    }),
    /** Implementing institution(s): ids of files in content/organisasi/. */
    lembaga: z
      .array(deps.reference('organisasi'))
      .min(1, { error: 'Sebutkan minimal satu lembaga pelaksana (nama berkas di content/organisasi/).' }),
    /** Kab/kota by BPS code; leave out for innovations of the provincial government. */
    kabupaten_kota: kabKota(deps).optional(),
    /** IID stage: inisiatif, uji-coba, penerapan. */
    tahapan: enumOf(STAGES, 'Tahapan').optional(),
    /** digital, non-digital, or campuran (both). */
    jenis: enumOf(KINDS, 'Jenis').optional(),
    /** IID form: tata-kelola, pelayanan-publik, lainnya. */
    bentuk: enumOf(FORMS, 'Bentuk').optional(),
    /** Who initiated it: kepala-daerah, dprd, perangkat-daerah, asn, masyarakat. */
    inisiator: enumOf(INITIATORS, 'Inisiator').optional(),
    /** Government affairs (urusan pemerintahan, UU 23/2014) the innovation serves. */
    urusan: z.array(enumOf(URUSAN, 'Urusan')).default([]),
    /** Topics: ids of files in content/topik/. */
    topik: refs(deps, 'topik'),
    /** Sustainable Development Goals, numbers 1–17. */
    sdgs: z
      .array(
        z
          .number({ error: 'SDGs ditulis sebagai angka 1–17.' })
          .int()
          .min(1, { error: 'Nomor SDGs paling kecil 1.' })
          .max(17, { error: 'Nomor SDGs paling besar 17.' }),
      )
      .default([]),
    /** CETTAR values the innovation embodies. */
    nilai_cettar: z.array(enumOf(CETTAR, 'Nilai CETTAR')).default([]),
    /** Start of the trial (uji coba); may be just a year. */
    tanggal_uji_coba: partialDate().optional(),
    /** Start of full implementation (penerapan); may be just a year. */
    tanggal_penerapan: partialDate().optional(),
    /** Awards and recognitions. */
    penghargaan: z.array(awardSchema).default([]),
    /** Measured results. */
    hasil: z.array(resultSchema).default([]),
    /** Sustainability: status, legal basis, budget, SOP, history. */
    keberlanjutan: sustainabilitySchema.optional(),
    /** Replications elsewhere. */
    replikasi: z.array(replicationSchema(deps)).default([]),
    /** Files and documents for download. */
    lampiran: z.array(attachmentSchema()).default([]),
    /** Cover image with alt text. */
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
