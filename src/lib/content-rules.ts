/**
 * Editorial rules that keep the content honest, checked across fields (and so beyond what
 * one field's schema can say). Each rule is written for editors in CONTRIBUTING.md and the
 * guide `mereplikasi-inovasi`; a fact-check of the starter content found every one of them
 * broken at least once:
 *
 * - an event's people each have a role (`acara.peran`);
 * - a replication names a kab/kota other than the innovation's own, and cites its evidence;
 * - a status-history entry's status fits its kind of evidence (a visit, review, training,
 *   ceremony or plan can never raise it; only evidence of growth supports `berkembang`),
 *   and the current status is the status of the newest evidence;
 * - an IGA award goes to a government (that every award names its recipient, `penerima`, is
 *   the schema's rule, so a file without one never reaches these rules);
 * - `tahapan` follows from the evidence (see {@link expectedStage}).
 *
 * Pure: it takes parsed entries and returns problems in the same `{file, field, message}`
 * shape as `corpus-check.ts`, in Indonesian, so the build can fail with them.
 */
import type { EVENT_ROLES } from '../schemas/vocabulary.ts';
import type { CorpusEntry, Problem } from './corpus-check.ts';
import { highestSupportedStatus, isNonRaising, STATUS_RANK, type EvidenceKind, type Status } from './sustainability.ts';

type EventRole = (typeof EVENT_ROLES)[number];

/** Evidence kinds that show the service itself running for its users. */
const RUNNING_EVIDENCE: readonly EvidenceKind[] = ['operasional', 'perluasan'];

interface IdLike {
  id: string;
}
interface PartialDateLike {
  iso: string;
}
interface StatusEntry {
  tanggal?: PartialDateLike;
  status?: Status;
  /** Required by the schema, which refuses a missing one in Indonesian before any rule runs. */
  jenis_bukti: EvidenceKind;
}
interface CaseData {
  kabupaten_kota?: IdLike;
  tahapan?: string;
  tanggal_uji_coba?: PartialDateLike;
  tanggal_penerapan?: PartialDateLike;
  hasil?: readonly unknown[];
  penghargaan?: readonly { kompetisi?: string; penerima: string }[];
  keberlanjutan?: { status?: Status; riwayat?: readonly StatusEntry[] };
  replikasi?: readonly { kabupaten_kota?: IdLike; lokasi?: string; sumber?: string }[];
}
interface EventData {
  narasumber?: readonly IdLike[];
  peran?: readonly { orang?: IdLike; peran?: EventRole }[];
}

/** Status-history entries with their position in the file, oldest first (stable for equal dates). */
function chronological(history: readonly StatusEntry[]): { entry: StatusEntry; index: number }[] {
  return history
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.tanggal?.iso ?? '').localeCompare(b.entry.tanggal?.iso ?? ''));
}

/**
 * The stage (`tahapan`) the evidence supports, following the rule in CONTRIBUTING.md:
 * `penerapan` when a source shows the service running for its users (a launch or
 * "berjalan sejak" date in `tanggal_penerapan`, a measured result, or a status-history
 * entry of kind operasional or perluasan); `uji-coba` when a source gives only a trial
 * date; otherwise undefined (`inisiatif` or empty, which evidence cannot tell apart).
 */
export function expectedStage(data: CaseData): 'penerapan' | 'uji-coba' | undefined {
  const running =
    data.tanggal_penerapan !== undefined ||
    (data.hasil?.length ?? 0) > 0 ||
    (data.keberlanjutan?.riwayat ?? []).some((r) => RUNNING_EVIDENCE.includes(r.jenis_bukti));
  if (running) return 'penerapan';
  if (data.tanggal_uji_coba !== undefined) return 'uji-coba';
  return undefined;
}

function checkStage(data: CaseData): Omit<Problem, 'file'>[] {
  const expected = expectedStage(data);
  const actual = data.tahapan;
  if (expected === 'penerapan' && actual !== 'penerapan') {
    return [
      {
        field: 'tahapan',
        message: `Sumber menunjukkan layanan sudah berjalan (tanggal_penerapan, hasil terukur, atau riwayat dengan jenis_bukti operasional/perluasan), jadi tahapan ditulis "penerapan"${actual ? `, bukan "${actual}"` : ''}.`,
      },
    ];
  }
  if (actual === 'penerapan' && expected !== 'penerapan') {
    return [
      {
        field: 'tahapan',
        message:
          'Tahapan "penerapan" perlu bukti bahwa layanan sudah berjalan bagi penggunanya: tanggal_penerapan (tanggal peluncuran atau "berjalan sejak" yang disebut sumber), hasil terukur, atau butir keberlanjutan.riwayat dengan jenis_bukti operasional atau perluasan. Tambahkan buktinya, atau hapus baris tahapan. Berita penghargaan saja tidak cukup.',
      },
    ];
  }
  if (actual === 'uji-coba' && data.tanggal_uji_coba === undefined) {
    return [
      {
        field: 'tahapan',
        message: 'Tahapan "uji-coba" perlu tanggal_uji_coba yang disebut sumber. Isi tanggalnya, atau hapus baris tahapan.',
      },
    ];
  }
  if (expected === 'uji-coba' && actual !== 'uji-coba') {
    return [
      {
        field: 'tahapan',
        message: `Sumber hanya menunjukkan uji coba (tanggal_uji_coba), belum layanan yang berjalan, jadi tahapan ditulis "uji-coba"${actual ? `, bukan "${actual}"` : ''}.`,
      },
    ];
  }
  return [];
}

function checkAwards(data: CaseData): Omit<Problem, 'file'>[] {
  return (data.penghargaan ?? []).flatMap((award, i) => {
    if (award.kompetisi === 'iga' && award.penerima !== 'pemerintah') {
      return [
        {
          field: `penghargaan[${i}].penerima`,
          message:
            'Penghargaan IGA (Kemendagri) diberikan kepada pemerintah daerah, bukan kepada inovasi. Tulis penerima: pemerintah, dan sebut peran inovasi (misalnya "inovasi unggulan") di peringkat atau catatan.',
        },
      ];
    }
    return [];
  });
}

function checkReplications(data: CaseData): Omit<Problem, 'file'>[] {
  const own = data.kabupaten_kota?.id;
  return (data.replikasi ?? []).flatMap((replication, i) => {
    const problems: Omit<Problem, 'file'>[] = [];
    if (own !== undefined && replication.kabupaten_kota?.id === own) {
      problems.push({
        field: `replikasi[${i}].kabupaten_kota`,
        message: `Replikasi ini berada di kabupaten/kota yang sama dengan inovasi asalnya (${own}). Perluasan di dalam daerah sendiri bukan replikasi: hapus butir ini dan ceritakan perluasannya di isi halaman (bagian "Adaptabilitas (replikasi)").`,
      });
    }
    if (typeof replication.sumber !== 'string' || replication.sumber.trim() === '') {
      problems.push({
        field: `replikasi[${i}].sumber`,
        message:
          'Replikasi dicatat hanya jika sumber menunjukkan layanan berjalan di daerah lain. Cantumkan alamat sumber itu; rencana, kunjungan, atau review replikasi ditulis di isi halaman saja.',
      });
    }
    return problems;
  });
}

function checkSustainability(data: CaseData): Omit<Problem, 'file'>[] {
  const sustainability = data.keberlanjutan;
  if (!sustainability) return [];
  const history = sustainability.riwayat ?? [];
  const problems: Omit<Problem, 'file'>[] = [];
  let previous: Status | undefined;
  for (const { entry, index } of chronological(history)) {
    const field = `keberlanjutan.riwayat[${index}]`;
    if (entry.status !== undefined) {
      const highest = highestSupportedStatus(entry.jenis_bukti, previous);
      if (STATUS_RANK[entry.status] > STATUS_RANK[highest]) {
        const why =
          entry.status === 'berkembang' && !isNonRaising(entry.jenis_bukti)
            ? `Status "berkembang" hanya didukung bukti perluasan (lebih banyak lokasi, pengguna, atau layanan daripada sebelumnya); bukti "${entry.jenis_bukti}" menunjukkan layanan berjalan.`
            : `Bukti "${entry.jenis_bukti}" (kunjungan, ulasan, pelatihan, seremoni, atau rencana) hanya menunjukkan inovasi masih aktif dan tidak dapat menaikkan status${previous ? ` dari "${previous}" (butir sebelumnya)` : ''}.`;
        problems.push({
          field: `${field}.status`,
          message: `${why} Tulis status: ${highest}, atau ganti bukti dengan yang menunjukkan hal itu.`,
        });
      }
    }
    previous = entry.status ?? previous;
  }
  const newest = chronological(history).at(-1)?.entry;
  if (!newest) {
    problems.push({
      field: 'keberlanjutan.riwayat',
      message:
        'Status keberlanjutan belum punya bukti. Tambahkan minimal satu butir riwayat (tanggal, status, jenis_bukti, bukti), atau hapus bagian keberlanjutan.',
    });
  } else if (sustainability.status !== undefined && newest.status !== undefined && sustainability.status !== newest.status) {
    problems.push({
      field: 'keberlanjutan.status',
      message: `Status "${sustainability.status}" tidak sama dengan status bukti terbaru ("${newest.status}", ${newest.tanggal?.iso ?? 'tanpa tanggal'}). Status tidak boleh melampaui buktinya: tulis status: ${newest.status}, atau tambahkan butir riwayat baru dengan buktinya.`,
    });
  }
  return problems;
}

function checkEvent(data: EventData): Omit<Problem, 'file'>[] {
  const people = data.narasumber ?? [];
  const roles = data.peran ?? [];
  const withRole = new Set(roles.flatMap((r) => (r.orang ? [r.orang.id] : [])));
  const listed = new Set(people.map((p) => p.id));
  return [
    ...people.flatMap((person, i) =>
      withRole.has(person.id)
        ? []
        : [
            {
              field: `narasumber[${i}]`,
              message: `"${person.id}" belum punya peran di acara ini. Tambahkan butir di peran, misalnya "- orang: ${person.id}" dan "peran: narasumber" (pilih: pembuka, narasumber, moderator, penanggap), sesuai yang disebut sumber.`,
            },
          ],
    ),
    ...roles.flatMap((role, i) =>
      role.orang && !listed.has(role.orang.id)
        ? [
            {
              field: `peran[${i}].orang`,
              message: `"${role.orang.id}" diberi peran tetapi tidak tercantum di narasumber. Tambahkan ke narasumber, atau hapus butir peran ini.`,
            },
          ]
        : [],
    ),
  ];
}

/**
 * Every rule above, for every case study and event. Drafts are checked only when they
 * are part of the site (the dev server), like cross-references.
 */
export function checkContentRules(
  entries: readonly CorpusEntry[],
  { includeDrafts }: { includeDrafts: boolean },
): Problem[] {
  return entries.flatMap((entry) => {
    if (entry.draft && !includeDrafts) return [];
    const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
    let problems: Omit<Problem, 'file'>[] = [];
    if (entry.collection === 'studi-kasus') {
      const data = entry.data as CaseData;
      problems = [...checkStage(data), ...checkAwards(data), ...checkReplications(data), ...checkSustainability(data)];
    } else if (entry.collection === 'acara') {
      problems = checkEvent(entry.data as EventData);
    }
    return problems.map((p) => ({ file, ...p }));
  });
}

/** The field of each collection that lists attachments (`attachmentSchema`). */
const ATTACHMENT_FIELDS: Partial<Record<CorpusEntry['collection'], string>> = { 'studi-kasus': 'lampiran', materi: 'berkas' };

/**
 * Attachments given as a path on this site (`/berkas/paparan.pdf`) whose file is not in the
 * static folder: without this the page would offer a download that answers "not found".
 * `exists` looks a site path up in the static folder (the caller's I/O, so this stays pure).
 */
export function missingAttachments(
  entries: readonly CorpusEntry[],
  { includeDrafts, exists }: { includeDrafts: boolean; exists: (sitePath: string) => boolean },
): Problem[] {
  return entries.flatMap((entry) => {
    const field = ATTACHMENT_FIELDS[entry.collection];
    if (!field || (entry.draft && !includeDrafts)) return [];
    const attachments = (entry.data as Record<string, unknown>)[field];
    if (!Array.isArray(attachments)) return [];
    return attachments.flatMap((attachment: { berkas?: unknown }, i) => {
      const target = attachment.berkas;
      if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return [];
      const path = target.split(/[?#]/, 1)[0] as string;
      if (exists(path)) return [];
      return [
        {
          file: entry.filePath ?? `${entry.collection}/${entry.id}`,
          field: `${field}[${i}].berkas`,
          message: `Berkas "${path}" tidak ada di folder public/ (dicari di public${path}). Simpan berkasnya di sana dengan nama yang sama persis (huruf besar/kecil berpengaruh) atau perbaiki jalurnya; untuk berkas di situs lain, tulis alamat web lengkapnya (https://…).`,
        },
      ];
    });
  });
}
