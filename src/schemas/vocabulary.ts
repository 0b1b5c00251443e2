/**
 * Controlled vocabularies of the content model. The values are what editors type in
 * frontmatter (lowercase, hyphenated Indonesian); their display labels live in the UI
 * dictionary (`src/i18n/id.ts`), which must label every value here.
 */

/** IID stages of an innovation (tahapan inovasi). */
export const STAGES = ['inisiatif', 'uji-coba', 'penerapan'] as const;

/** Digital or not (jenis inovasi, IID); `campuran` when it is both. */
export const KINDS = ['digital', 'non-digital', 'campuran'] as const;

/** Form of the innovation (bentuk inovasi, IID). */
export const FORMS = ['tata-kelola', 'pelayanan-publik', 'lainnya'] as const;

/** Who initiated it (inisiator, IID). */
export const INITIATORS = ['kepala-daerah', 'dprd', 'perangkat-daerah', 'asn', 'masyarakat'] as const;

/** Sustainability status (berjalan / berkembang / vakum / berhenti). */
export const STATUSES = ['berjalan', 'berkembang', 'vakum', 'berhenti'] as const;

/** The CETTAR service values of Pemprov Jatim. */
export const CETTAR = ['cepat', 'efektif', 'efisien', 'tanggap', 'transparan', 'akuntabel', 'responsif'] as const;

/** Competitions and recognitions an award can come from. */
export const COMPETITIONS = ['kipp', 'iga', 'kovablik', 'pkri', 'lainnya'] as const;

/**
 * Government affairs (urusan pemerintahan) of UU 23/2014 (concurrent affairs, Pasal 12),
 * plus the supporting functions innovations often serve (perencanaan, keuangan, kepegawaian).
 */
export const URUSAN = [
  'pendidikan',
  'kesehatan',
  'pekerjaan-umum-penataan-ruang',
  'perumahan-kawasan-permukiman',
  'ketenteraman-ketertiban-umum',
  'sosial',
  'tenaga-kerja',
  'pemberdayaan-perempuan-perlindungan-anak',
  'pangan',
  'pertanahan',
  'lingkungan-hidup',
  'administrasi-kependudukan',
  'pemberdayaan-masyarakat-desa',
  'pengendalian-penduduk-kb',
  'perhubungan',
  'komunikasi-informatika',
  'koperasi-ukm',
  'penanaman-modal',
  'kepemudaan-olahraga',
  'statistik',
  'persandian',
  'kebudayaan',
  'perpustakaan',
  'kearsipan',
  'kelautan-perikanan',
  'pariwisata',
  'pertanian',
  'kehutanan',
  'energi-sumber-daya-mineral',
  'perdagangan',
  'perindustrian',
  'transmigrasi',
  'perencanaan-pembangunan',
  'keuangan-daerah',
  'kepegawaian',
] as const;

/** Kinds of speaker material (materi). */
export const MATERIAL_KINDS = ['paparan', 'sambutan', 'makalah', 'rekaman'] as const;

/** Event modes (moda acara). */
export const EVENT_MODES = ['luring', 'daring', 'hibrida'] as const;

/** Guide levels (tingkat panduan). */
export const GUIDE_LEVELS = ['dasar', 'menengah', 'lanjut'] as const;

/** Kinds of organisation. */
export const ORG_KINDS = [
  'pemerintah-provinsi',
  'perangkat-daerah-provinsi',
  'pemerintah-kabupaten-kota',
  'perangkat-daerah-kabupaten-kota',
  'kementerian-lembaga',
  'mitra',
  'lainnya',
] as const;

/**
 * Who states a measured result (`hasil[].dasar`): the government's own claim (the default),
 * the media, a study or journal article, or an independent evaluation.
 */
export const RESULT_BASES = ['klaim-pemda', 'media', 'kajian', 'independen'] as const;

/** Kinds of region (`wilayah.jenis`), as the BPS/Kemendagri table names them. */
export const REGION_KINDS = ['kabupaten', 'kota'] as const;

/**
 * What a piece of sustainability evidence (`keberlanjutan.riwayat[].jenis_bukti`) is.
 * Only evidence of the service itself running or growing can support a status; see
 * {@link NON_RAISING_EVIDENCE}.
 */
export const EVIDENCE_KINDS = [
  'operasional', // the service reported running (figures, users served, news of operation)
  'perluasan', // reported growth: more sites, users or services than before
  'anggaran', // a budget line for it
  'regulasi', // a Perbup/Perwali/SK or SOP that keeps it
  'kunjungan', // a study visit by others
  'ulasan', // a review, evaluation or replication review
  'pelatihan', // a training or socialisation event
  'seremoni', // an award ceremony or launch event
  'rencana', // a plan or announcement of what will happen
] as const;

/**
 * Evidence that shows an innovation is known or active but not that it runs or grows:
 * such an entry can never raise a status (for example to `berkembang`).
 */
export const NON_RAISING_EVIDENCE = ['kunjungan', 'ulasan', 'pelatihan', 'seremoni', 'rencana'] as const satisfies readonly (typeof EVIDENCE_KINDS)[number][];

/**
 * Whom an award was given to: the innovation itself (KIPP, Kovablik) or a government
 * (IGA goes to the province or the kab/kota, not to one innovation).
 */
export const AWARD_RECIPIENTS = ['inovasi', 'pemerintah'] as const;

/** The part a person plays at an event (`acara`): who opened it, who spoke, who moderated. */
export const EVENT_ROLES = ['pembuka', 'narasumber', 'moderator', 'penanggap'] as const;
