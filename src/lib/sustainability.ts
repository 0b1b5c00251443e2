/**
 * The sustainability status a reader sees, derived from the evidence rather than taken
 * from the editor's `keberlanjutan.status`: a status is only as good as its newest
 * evidence, and evidence of the wrong kind (a visit, a review, a plan) cannot make an
 * innovation look more alive than the evidence before it. Lists, counts, filters, the
 * home figure and the pages all read {@link deriveStatus}, so they never disagree.
 */
import type { PartialDate } from '../schemas/common.ts';
import { NON_RAISING_EVIDENCE, STATUSES, type EVIDENCE_KINDS } from '../schemas/vocabulary.ts';

/** Evidence older than this, counted back from the build date, no longer confirms a status. */
export const STALE_AFTER_YEARS = 2;

/** A sustainability status an editor records. */
export type Status = (typeof STATUSES)[number];

/** What a piece of evidence is (`riwayat[].jenis_bukti`). */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** One entry of the status history, as far as the derivation needs it. */
export interface StatusEvidence {
  tanggal: PartialDate;
  status: Status;
  /** Optional until every entry records it; without it the entry counts as direct evidence. */
  jenis_bukti?: EvidenceKind | undefined;
}

/** The sustainability block of a case study, as far as the derivation needs it. */
export interface SustainabilityInput {
  /** The status the editor recorded. */
  status: Status;
  riwayat: readonly StatusEvidence[];
}

/**
 * What lists, counts and filters group by: the supported status, or
 * `belum-terkonfirmasi` (no evidence newer than {@link STALE_AFTER_YEARS} years), or
 * `tanpa-data` (the case records no sustainability at all).
 */
export const HEADLINE_KEYS = [...STATUSES, 'belum-terkonfirmasi', 'tanpa-data'] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

/** The derived status of one innovation. */
export interface DerivedStatus {
  key: HeadlineKey;
  /** The last status the evidence supports (also when stale: "status terakhir yang diketahui"). */
  status?: Status | undefined;
  /** Date of the evidence behind `status`. */
  date?: PartialDate | undefined;
  /** True when there is no supporting evidence within {@link STALE_AFTER_YEARS} years of the build date. */
  stale: boolean;
  /** The status the editor recorded, when there is a sustainability block. */
  recorded?: Status | undefined;
  /** Positions in `riwayat` of entries that did not count (evidence that may not raise the status). */
  ignored: number[];
}

/**
 * How alive a status says the innovation is: berhenti < vakum < berjalan < berkembang.
 * "Raising" a status means moving up this order.
 */
export const STATUS_RANK: Readonly<Record<Status, number>> = { berhenti: 0, vakum: 1, berjalan: 2, berkembang: 3 };

/** Without earlier evidence, a non-raising entry may still report that an innovation is not running. */
const FLOOR_RANK = STATUS_RANK.vakum;

const NON_RAISING: ReadonlySet<string> = new Set(NON_RAISING_EVIDENCE);

/**
 * True for evidence that shows an innovation is known or visited, not that it runs. The one
 * place this is decided: the derivation below and the editors' rule in content-rules.ts
 * both ask it.
 */
export function isNonRaising(kind: EvidenceKind | undefined): boolean {
  return kind !== undefined && NON_RAISING.has(kind);
}

/**
 * The highest status an editor may record for a piece of evidence, given the status of
 * the entry before it (the build rule in content-rules.ts). Growth (`perluasan`) supports
 * `berkembang`; evidence of operation, budget or regulation supports `berjalan`; a visit,
 * review, training, ceremony or plan ({@link isNonRaising}) shows only that the innovation
 * is active, so at most `berjalan`, and never more than the entry before it.
 */
export function highestSupportedStatus(kind: EvidenceKind | undefined, previous: Status | undefined): Status {
  if (kind === 'perluasan') return 'berkembang';
  if (!isNonRaising(kind)) return 'berjalan';
  if (previous === undefined) return 'berjalan';
  return STATUS_RANK[previous] < STATUS_RANK.berjalan ? previous : 'berjalan';
}

/** The last day a partial date can mean, as a UTC timestamp: "2024" → 31 Dec 2024. */
function endOf(date: PartialDate): number {
  const [year = 0, month, day] = date.iso.split('-').map(Number);
  if (month === undefined) return Date.UTC(year, 11, 31);
  if (day === undefined) return Date.UTC(year, month, 0);
  return Date.UTC(year, month - 1, day);
}

/**
 * True when evidence of this date is more than {@link STALE_AFTER_YEARS} years older than
 * the build date (or there is none). A partial date counts as the end of its period, so
 * "2024" is not stale on 27 November 2026.
 */
export function isStale(date: PartialDate | undefined, buildDate: Date): boolean {
  if (!date) return true;
  const cutoff = Date.UTC(buildDate.getUTCFullYear() - STALE_AFTER_YEARS, buildDate.getUTCMonth(), buildDate.getUTCDate());
  return endOf(date) < cutoff;
}

/**
 * The status the evidence supports, judged against the build date.
 *
 * The history is read oldest first (by date; entries of one date in file order). Direct
 * evidence (any kind outside `NON_RAISING_EVIDENCE`, or no kind recorded) sets the
 * status and its date. Evidence that is only a visit, review, training, ceremony or plan
 * never raises the status: it counts only when it reports a status below the one
 * already supported (news that the innovation went dormant or stopped). Reporting the
 * same status does not count either, since it would refresh the date of a status it does
 * not show; without earlier evidence it counts only for vakum or berhenti. Entries that do
 * not count are listed in `ignored`, so pages can say so.
 */
export function deriveStatus(input: SustainabilityInput | undefined, buildDate: Date): DerivedStatus {
  if (!input) return { key: 'tanpa-data', stale: true, ignored: [] };
  const order = input.riwayat
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.tanggal.iso < b.entry.tanggal.iso ? -1 : a.entry.tanggal.iso > b.entry.tanggal.iso ? 1 : a.index - b.index));
  let current: StatusEvidence | undefined;
  const ignored: number[] = [];
  for (const { entry, index } of order) {
    if (isNonRaising(entry.jenis_bukti)) {
      const ceiling = current ? STATUS_RANK[current.status] - 1 : FLOOR_RANK;
      if (STATUS_RANK[entry.status] > ceiling) {
        ignored.push(index);
        continue;
      }
    }
    current = entry;
  }
  const stale = isStale(current?.tanggal, buildDate);
  return {
    key: stale || !current ? 'belum-terkonfirmasi' : current.status,
    status: current?.status,
    date: current?.tanggal,
    stale,
    recorded: input.status,
    ignored: ignored.sort((a, b) => a - b),
  };
}

/** True when the derived status says the innovation still runs (the home page's figure). */
export function isAlive(derived: DerivedStatus): boolean {
  return derived.key === 'berjalan' || derived.key === 'berkembang';
}

/** How many innovations have each headline status; every key present, zero included. */
export function statusCounts(derived: readonly DerivedStatus[]): Record<HeadlineKey, number> {
  const counts = Object.fromEntries(HEADLINE_KEYS.map((k) => [k, 0])) as Record<HeadlineKey, number>;
  for (const d of derived) counts[d.key]++;
  return counts;
}

/**
 * Innovations whose status needs checking: those with a sustainability block and stale
 * evidence, oldest evidence first (no evidence at all comes first), then by title.
 */
export function staleFirst<T extends { title: string; derived: DerivedStatus }>(items: readonly T[]): T[] {
  return items
    .filter((i) => i.derived.key === 'belum-terkonfirmasi')
    .sort((a, b) => {
      const da = a.derived.date?.iso ?? '';
      const db = b.derived.date?.iso ?? '';
      return da < db ? -1 : da > db ? 1 : a.title.localeCompare(b.title, 'id');
    });
}
