/**
 * A deterministic synthetic corpus of case studies for the build benchmark
 * (`npm run bench`, scripts/bench.mjs). The entries are shaped like the real ones in
 * `content/studi-kasus/`: the same frontmatter fields in similar numbers, a body of the
 * same length and headings, and references to the real regions, topics and
 * organisations passed in. Prose is recombined from real paragraphs and summaries, and
 * every entry gets its own invented innovation name, so the search index sees new words
 * per entry as it would with real content. Nothing here is fact: the corpus only ever
 * lives in a temporary folder.
 *
 * Pure: no file system, no clock, no `Math.random`; the same inputs and seed always give
 * byte-identical files.
 */

/** What the generator recombines: ids and prose taken from the real content folder. */
export interface CorpusInputs {
  /** BPS codes of the kab/kota (content/wilayah/jatim-kabkota.csv). */
  regions: readonly string[];
  /** Ids of content/topik/ entries. */
  topics: readonly string[];
  /** Ids of content/organisasi/ entries. */
  organisations: readonly string[];
  /** Body paragraphs of real case studies (no headings), Markdown as written. */
  paragraphs: readonly string[];
  /** Sentences of real summaries (`ringkasan`). */
  sentences: readonly string[];
}

/** One generated Markdown file: `id` is its file name without `.md`. */
export interface GeneratedFile {
  id: string;
  content: string;
}

/** Body length range in words, from the real case studies (about 340–520 words). */
export const BODY_WORDS = { min: 340, max: 540 } as const;

/** Summaries stay well under the schema's 200-word KIPP limit. */
const SUMMARY_MAX_WORDS = 120;

/** The section headings of the case-study template, in order. */
export const SECTIONS = [
  'Latar belakang dan tujuan',
  'Kebaruan',
  'Implementasi',
  'Signifikansi (dampak)',
  'Adaptabilitas (replikasi)',
  'Sumber daya',
  'Strategi keberlanjutan',
  'Tantangan dan pelajaran',
] as const;

const KINDS = ['digital', 'non-digital', 'campuran'] as const;
const FORMS = ['tata-kelola', 'pelayanan-publik', 'lainnya'] as const;
const INITIATORS = ['kepala-daerah', 'dprd', 'perangkat-daerah', 'asn', 'masyarakat'] as const;
const STATUSES = ['berjalan', 'berkembang', 'vakum', 'berhenti'] as const;
const CETTAR = ['cepat', 'efektif', 'efisien', 'tanggap', 'transparan', 'akuntabel', 'responsif'] as const;
const COMPETITIONS = ['kipp', 'iga', 'kovablik', 'pkri', 'lainnya'] as const;
const RESULT_BASES = ['klaim-pemda', 'media', 'kajian', 'independen'] as const;
const URUSAN = [
  'pendidikan',
  'kesehatan',
  'sosial',
  'administrasi-kependudukan',
  'pemberdayaan-masyarakat-desa',
  'lingkungan-hidup',
  'kelautan-perikanan',
  'koperasi-ukm',
  'komunikasi-informatika',
  'perencanaan-pembangunan',
] as const;
const RANKS = ['Top 99', 'Top 45', 'Terbaik I', 'Terbaik II', 'Best of the Best', 'Inovasi Terpuji'] as const;
const INDICATORS: readonly (readonly [string, string])[] = [
  ['Waktu layanan', 'hari'],
  ['Warga terlayani', 'orang'],
  ['Prevalensi stunting', '%'],
  ['Dokumen kependudukan terbit', 'dokumen'],
  ['Desa terjangkau', 'desa'],
  ['Pendapatan kelompok usaha', 'juta rupiah'],
  ['Angka putus sekolah', 'anak'],
  ['Sampah terkelola', 'ton'],
];
const PUBLISHERS = ['Antara Jatim', 'Kominfo Jatim', 'Jatimviral', 'Jurnal Jatim', 'Beritalima', 'Radar Jatim', 'KemenPAN-RB'] as const;
const SYLLABLES = ['si', 'ka', 'ri', 'mo', 'la', 'pe', 'du', 'ta', 'ne', 'go', 'ra', 'su', 'bi', 'ku', 'ja', 'wa', 'ti', 'ha', 'no', 'me'] as const;

/** A small seeded generator (mulberry32): fast, and identical on every platform. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const int = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
};
/** `count` distinct items (fewer if the list is shorter), in list order. */
const pickSome = <T>(random: Random, items: readonly T[], count: number): T[] => {
  const chosen = new Set<number>();
  const wanted = Math.min(count, items.length);
  while (chosen.size < wanted) chosen.add(Math.floor(random() * items.length));
  return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T);
};
const words = (text: string): number => (text.trim() === '' ? 0 : text.trim().split(/\s+/u).length);
const pad = (n: number): string => String(n).padStart(2, '0');
/** YAML scalar: JSON strings are valid YAML double-quoted scalars. */
const q = (value: string): string => JSON.stringify(value);

function inventName(random: Random, index: number): { title: string; slug: string } {
  const word = Array.from({ length: int(random, 2, 4) }, () => pick(random, SYLLABLES)).join('');
  const second = Array.from({ length: int(random, 2, 3) }, () => pick(random, SYLLABLES)).join('');
  const title = `${word[0]?.toUpperCase()}${word.slice(1)} ${second[0]?.toUpperCase()}${second.slice(1)}`;
  // The index keeps ids unique however the syllables fall.
  return { title, slug: `${word}-${second}-${index + 1}` };
}

function summary(random: Random, inputs: CorpusInputs, title: string): string {
  const parts = [`${title} adalah inovasi sintetis untuk uji kinerja build.`];
  const target = int(random, 50, 110);
  while (words(parts.join(' ')) < target) {
    const next = pick(random, inputs.sentences);
    if (words([...parts, next].join(' ')) > SUMMARY_MAX_WORDS) break;
    parts.push(next);
  }
  return parts.join(' ');
}

function body(random: Random, inputs: CorpusInputs, title: string): string {
  const target = int(random, BODY_WORDS.min, BODY_WORDS.max);
  const sections: string[][] = SECTIONS.map(() => []);
  const first = sections[0];
  if (first) first.push(`${title} dikembangkan sebagai contoh sintetis; kalimat di bawah ini disusun ulang dari studi kasus nyata.`);
  let total = words(first?.join(' ') ?? '');
  let section = 0;
  while (total < target) {
    const paragraph = pick(random, inputs.paragraphs);
    if (total + words(paragraph) > BODY_WORDS.max && total >= BODY_WORDS.min) break;
    sections[section % SECTIONS.length]?.push(paragraph);
    total += words(paragraph);
    section += int(random, 0, 2);
  }
  return SECTIONS.map((heading, i) => {
    const text = sections[i] ?? [];
    return text.length === 0 ? `## ${heading}\n` : `## ${heading}\n\n${text.join('\n\n')}\n`;
  }).join('\n');
}

function entry(random: Random, inputs: CorpusInputs, index: number): GeneratedFile {
  const { title, slug } = inventName(random, index);
  const source = (n: number) => `https://contoh-berita.example/${slug}/${n}`;
  const lines: string[] = ['---', `judul: ${q(title)}`];
  if (random() < 0.5) lines.push(`kepanjangan: ${q(`${title} untuk Layanan Warga`)}`);
  lines.push(`ringkasan: ${q(summary(random, inputs, title))}`);
  lines.push('lembaga:', ...pickSome(random, inputs.organisations, random() < 0.8 ? 1 : 2).map((id) => `  - ${id}`));
  const ownRegion = random() < 0.85 ? pick(random, inputs.regions) : undefined;
  if (ownRegion) lines.push(`kabupaten_kota: ${ownRegion}`);
  // Every synthetic case has a launch date, so by the written rule its stage is `penerapan`.
  lines.push('tahapan: penerapan', `jenis: ${pick(random, KINDS)}`, `bentuk: ${pick(random, FORMS)}`);
  if (random() < 0.6) lines.push(`inisiator: ${pick(random, INITIATORS)}`);
  lines.push(`urusan: [${pickSome(random, URUSAN, int(random, 1, 2)).join(', ')}]`);
  lines.push(`topik: [${pickSome(random, inputs.topics, int(random, 1, 3)).join(', ')}]`);
  lines.push(`sdgs: [${pickSome(random, Array.from({ length: 17 }, (_, i) => i + 1), int(random, 1, 3)).join(', ')}]`);
  lines.push(`nilai_cettar: [${pickSome(random, CETTAR, int(random, 1, 3)).join(', ')}]`);
  const trial = int(random, 2014, 2021);
  lines.push(`tanggal_uji_coba: ${trial}`, `tanggal_penerapan: "${trial + int(random, 0, 2)}-${pad(int(random, 1, 12))}"`);

  const awards = int(random, 0, 4);
  if (awards > 0) lines.push('penghargaan:');
  for (let a = 0; a < awards; a++) {
    const competition = pick(random, COMPETITIONS);
    lines.push(
      `  - kompetisi: ${competition}`,
      // IGA goes to the government, never to the innovation (content-rules.ts).
      `    penerima: ${competition === 'iga' ? 'pemerintah' : 'inovasi'}`,
      `    peringkat: ${q(pick(random, RANKS))}`,
      `    tahun: ${int(random, trial, 2025)}`,
      `    sumber: ${source(a + 1)}`,
    );
    if (random() < 0.5) lines.push(`    catatan: ${q(pick(random, inputs.sentences))}`);
  }

  const results = int(random, 0, 3);
  if (results > 0) lines.push('hasil:');
  for (let r = 0; r < results; r++) {
    const [indicator, unit] = pick(random, INDICATORS);
    lines.push(`  - indikator: ${q(indicator ?? 'Hasil')}`);
    if (random() < 0.6) lines.push(`    sebelum: ${int(random, 10, 900)}`, `    periode_sebelum: "${trial}"`);
    lines.push(
      `    sesudah: ${int(random, 10, 9000)}`,
      `    satuan: ${q(unit ?? 'unit')}`,
      `    periode_sesudah: "${int(random, trial + 1, 2025)}"`,
      `    dasar: ${pick(random, RESULT_BASES)}`,
      `    sumber: ${source(10 + r)}`,
    );
  }

  // Status history in date order, each status backed by evidence of a kind that supports
  // it (growth for berkembang), and the current status that of the newest evidence, as
  // the editorial rules require.
  const history = Array.from({ length: int(random, 1, 3) }, () => ({
    date: `${int(random, trial, 2025)}-${pad(int(random, 1, 12))}`,
    status: pick(random, STATUSES),
  }))
    .sort((a, b) => a.date.localeCompare(b.date))
    .filter((h, i, all) => i === 0 || h.date !== all[i - 1]?.date);
  lines.push(
    'keberlanjutan:',
    `  status: ${history[history.length - 1]?.status ?? 'berjalan'}`,
    `  diperiksa: 2026-${pad(int(random, 1, 11))}-${pad(int(random, 1, 28))}`,
  );
  if (random() < 0.5) lines.push(`  dasar_hukum: [${q(`Perbup No. ${int(random, 1, 60)} Tahun ${trial}`)}]`);
  if (random() < 0.5) lines.push('  anggaran: APBD');
  lines.push('  riwayat:');
  history.forEach((h, i) => {
    lines.push(
      `    - tanggal: "${h.date}"`,
      `      status: ${h.status}`,
      `      jenis_bukti: ${h.status === 'berkembang' ? 'perluasan' : 'operasional'}`,
      `      catatan: ${q(pick(random, inputs.sentences))}`,
      `      bukti: ${source(20 + i)}`,
    );
  });

  const elsewhere = inputs.regions.filter((code) => code !== ownRegion);
  const replications = random() < 0.3 && elsewhere.length > 0 ? int(random, 1, 2) : 0;
  if (replications > 0) lines.push('replikasi:');
  for (let r = 0; r < replications; r++) {
    lines.push(
      `  - lokasi: ${q(`Lokasi replikasi ${r + 1}`)}`,
      // A replication is in another kab/kota than the innovation's own (content-rules.ts).
      `    kabupaten_kota: ${pick(random, elsewhere)}`,
      `    oleh: ${q(`Perangkat daerah ${r + 1}`)}`,
      `    tanggal: ${int(random, trial + 1, 2025)}`,
      `    sumber: ${source(30 + r)}`,
    );
  }

  lines.push('sumber:');
  for (let s = 0, n = int(random, 2, 8); s < n; s++) {
    lines.push(
      `  - judul: ${q(`${title}: ${pick(random, inputs.sentences).slice(0, 80)}`)}`,
      `    url: ${source(s + 1)}`,
      `    penerbit: ${q(pick(random, PUBLISHERS))}`,
    );
    if (random() < 0.6) lines.push(`    tanggal: "${int(random, trial, 2025)}-${pad(int(random, 1, 12))}"`);
  }
  lines.push(`diterbitkan: 2026-${pad(int(random, 1, 11))}-${pad(int(random, 1, 28))}`, '---', '');
  return { id: slug, content: `${lines.join('\n')}\n${body(random, inputs, title)}` };
}

/**
 * `count` case-study files for a seed. Entry `i` depends only on the seed and `i`, so a
 * corpus of 2,000 begins with the corpus of 1,000.
 */
export function generateCaseStudies(count: number, seed: number, inputs: CorpusInputs): GeneratedFile[] {
  for (const [name, list] of Object.entries(inputs)) {
    if (list.length === 0) throw new Error(`synthetic corpus: input "${name}" is empty`);
  }
  return Array.from({ length: count }, (_, i) => entry(createRandom(seed * 1_000_003 + i), inputs, i));
}

/**
 * Splits real case-study Markdown into the prose the generator recombines: body
 * paragraphs (headings, lists of unknowns and empty lines left out) and summary sentences.
 */
export function proseOf(markdown: string): { paragraphs: string[]; summary: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(markdown);
  const frontmatter = match?.[1] ?? '';
  const bodyText = match?.[2] ?? markdown;
  const paragraphs = bodyText
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#') && !p.startsWith('- ') && !p.startsWith('|'));
  // `ringkasan: >-` followed by indented lines, as every real case study writes it.
  const block = /^ringkasan: >-\r?\n((?: {2}.*\r?\n?)+)/m.exec(frontmatter);
  const summaryText = (block?.[1] ?? '').split(/\r?\n/).map((l) => l.trim()).join(' ').trim();
  return { paragraphs, summary: summaryText };
}

/** Sentences of a summary, split after a full stop followed by a capital letter. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=\.)\s+(?=[A-Z])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
