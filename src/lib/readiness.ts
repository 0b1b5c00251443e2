/**
 * Documentation readiness: which parts of a KIPP proposal (KemenPAN-RB) a case study
 * already documents and which it still lacks, so an innovator knows what to write before
 * the next competition. It reports present and missing, nothing more: it states no score
 * and no weights, because the national weights are not confirmed.
 */

/** The KIPP proposal sections, in the order of the proposal. */
export const KIPP_SECTIONS = [
  'latar-belakang',
  'kebaruan',
  'signifikansi',
  'adaptabilitas',
  'sumber-daya',
  'keberlanjutan',
  'tantangan',
] as const;
export type KippSection = (typeof KIPP_SECTIONS)[number];

/** The frontmatter fields that document each section (field paths as editors write them). */
export const SECTION_FIELDS = {
  'latar-belakang': ['ringkasan', 'urusan'],
  kebaruan: ['tanggal_uji_coba', 'jenis', 'bentuk'],
  signifikansi: ['hasil', 'sdgs'],
  adaptabilitas: ['replikasi'],
  'sumber-daya': ['keberlanjutan.anggaran'],
  keberlanjutan: ['keberlanjutan.dasar_hukum', 'keberlanjutan.sop', 'keberlanjutan.riwayat'],
  tantangan: [],
} as const satisfies Record<KippSection, readonly string[]>;
export type ReadinessField = (typeof SECTION_FIELDS)[KippSection][number];

/**
 * How a body heading (`## …`) is recognised as a section: its text, lower-cased, starts
 * with one of these (the headings of the editors' template, and their usual variants).
 */
const HEADINGS: Record<KippSection, readonly string[]> = {
  'latar-belakang': ['latar belakang'],
  kebaruan: ['kebaruan'],
  signifikansi: ['signifikansi', 'dampak'],
  adaptabilitas: ['adaptabilitas', 'replikasi'],
  'sumber-daya': ['sumber daya'],
  keberlanjutan: ['strategi keberlanjutan', 'keberlanjutan'],
  tantangan: ['tantangan', 'pelajaran'],
};

/** What readiness reads from a case study. */
export interface ReadinessInput {
  body: string;
  ringkasan?: string | undefined;
  urusan?: readonly unknown[] | undefined;
  tanggal_uji_coba?: unknown;
  tanggal_penerapan?: unknown;
  jenis?: unknown;
  bentuk?: unknown;
  hasil?: readonly unknown[] | undefined;
  sdgs?: readonly unknown[] | undefined;
  replikasi?: readonly unknown[] | undefined;
  keberlanjutan?:
    | { anggaran?: unknown; dasar_hukum?: readonly unknown[] | undefined; sop?: unknown; riwayat?: readonly unknown[] | undefined }
    | undefined;
}

/** One section: whether the body has it (with text under the heading), and each field. */
export interface SectionReadiness {
  section: KippSection;
  /** The body has a heading for this section with text under it. */
  text: boolean;
  fields: { field: ReadinessField; present: boolean }[];
  /** Text and every field present. */
  complete: boolean;
}

/** The readiness of one case study. */
export interface Readiness {
  sections: SectionReadiness[];
  /** Sections whose text is present. */
  textPresent: number;
  /** Fields present, of all fields. */
  fieldsPresent: number;
  fieldsTotal: number;
  /** Everything missing, section text as `teks:<section>`, fields by path; in proposal order. */
  missing: string[];
}

/** Body sections (`## heading`) whose text under the heading is not empty, by KIPP section. */
export function bodySections(body: string): Set<KippSection> {
  const found = new Set<KippSection>();
  // Split at level-2 headings; each part starts with its heading line.
  const parts = body.replace(/\r\n/g, '\n').split(/^(?=##\s)/m);
  for (const part of parts) {
    const match = /^##\s+(.+)\n?([\s\S]*)$/.exec(part);
    if (!match) continue;
    const heading = (match[1] ?? '').trim().toLowerCase();
    const content = (match[2] ?? '').replace(/<!--[\s\S]*?-->/g, '').trim();
    if (content === '') continue;
    for (const section of KIPP_SECTIONS) {
      if (HEADINGS[section].some((h) => heading.startsWith(h))) {
        found.add(section);
        break;
      }
    }
  }
  return found;
}

const filled = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;

function fieldPresent(data: ReadinessInput, field: ReadinessField): boolean {
  switch (field) {
    case 'tanggal_uji_coba':
      // Either start date documents when the innovation began.
      return filled(data.tanggal_uji_coba) || filled(data.tanggal_penerapan);
    case 'keberlanjutan.anggaran':
      return filled(data.keberlanjutan?.anggaran);
    case 'keberlanjutan.dasar_hukum':
      return filled(data.keberlanjutan?.dasar_hukum);
    case 'keberlanjutan.sop':
      return filled(data.keberlanjutan?.sop);
    case 'keberlanjutan.riwayat':
      return filled(data.keberlanjutan?.riwayat);
    default:
      return filled(data[field]);
  }
}

/** Which KIPP sections and fields a case study documents, and which it lacks. */
export function readiness(data: ReadinessInput): Readiness {
  const text = bodySections(data.body);
  const sections = KIPP_SECTIONS.map((section): SectionReadiness => {
    const fields = (SECTION_FIELDS[section] as readonly ReadinessField[]).map((field) => ({ field, present: fieldPresent(data, field) }));
    const hasText = text.has(section);
    return { section, text: hasText, fields, complete: hasText && fields.every((f) => f.present) };
  });
  const allFields = sections.flatMap((s) => s.fields);
  return {
    sections,
    textPresent: sections.filter((s) => s.text).length,
    fieldsPresent: allFields.filter((f) => f.present).length,
    fieldsTotal: allFields.length,
    missing: sections.flatMap((s) => [...(s.text ? [] : [`teks:${s.section}`]), ...s.fields.filter((f) => !f.present).map((f) => f.field)]),
  };
}
