/**
 * The view of a case study: every field an editor filled in, resolved and labelled, the
 * sections its page shows, its list card, feed item, search data and structured data.
 */
import type { ImageMetadata } from 'astro';
import { t } from '../../i18n/index.ts';
import { citations, type Citations } from '../cite.ts';
import { excerpt, formatNumber, formatPartialDate, isoDate } from '../format.ts';
import type { Node, SiteGraph } from '../graph.ts';
import { readiness as readinessOf, type Readiness } from '../readiness.ts';
import { deriveStatus, type DerivedStatus } from '../sustainability.ts';
import { relatedTo } from '../related.ts';
import {
  article,
  attachmentItems,
  dateValue,
  editorialDateRows,
  externalValue,
  identity,
  partialDateValue,
  refValues,
  row,
  rows,
  searchData,
  sourceItems,
  textValues,
  topicFacets,
  typeFacet,
  once,
  oncePerGraph,
} from './common.ts';
import type { AttachmentItem, Card, EntryView, FactRow, FeedItem, SearchData, Table, Value } from './types.ts';
import { facetValue, PROVINCE_TOKEN, rankText, rankToken, type FacetValue } from '../search-facets.ts';
import { materialCard } from './materi.ts';
import { guideCard } from './panduan.ts';

type CaseNode = Node<'studi-kasus'>;

/** One replication, ready to print. */
export interface ReplicationItem {
  /** The kab/kota page when it is in Jawa Timur, else the place as the source names it. */
  place: Value;
  /** The place as the source names it, when `place` is the region link. */
  detail?: string | undefined;
  by: string;
  date?: Value | undefined;
  adapted?: string | undefined;
  evidence: Value;
  /** The replication's own case study page, when it has one. */
  case?: Value | undefined;
}

/** An innovation this case replicates, with what its page records about the replication. */
export interface ReplicatedFromItem {
  original: Value;
  /** Where the original comes from: its kab/kota, or the province. */
  from: Value;
  by: string;
  date?: Value | undefined;
  adapted?: string | undefined;
  evidence: Value;
}

/** Documentation readiness as a page shows it: a one-line summary and a table per section. */
export interface ReadinessView {
  summary: string;
  table: Table;
  data: Readiness;
}

/** One entry of the status history. */
export interface StatusHistoryItem {
  date: Value;
  status: string;
  note?: string | undefined;
  evidence: Value;
  /** What kind of evidence it is (`jenis_bukti`: "Kunjungan", "Layanan berjalan"). */
  kind: string;
  /** Why the entry does not count towards the status, when it does not. */
  ignored?: string | undefined;
}

/** Sustainability section: facts, whether the evidence is stale, and the history. */
export interface SustainabilityView {
  facts: FactRow[];
  stale: boolean;
  history: StatusHistoryItem[];
}

/** A derived status as readers see it: the headline, and what follows it. */
export interface StatusText {
  /** Short label for cards, filters and counts: "Berjalan", "Belum terkonfirmasi". */
  label: string;
  /** "Berjalan, menurut bukti 15 Desember 2023", or "Belum terkonfirmasi". */
  headline: string;
  /** After an unconfirmed headline: the last known status and its date. */
  note?: string | undefined;
}

/** An award as a badge: one line, linked to its source when there is one. */
export interface AwardBadge {
  label: string;
  href?: string | undefined;
}

/** One dated step in the life of an innovation. */
export interface TimelineItem {
  kind: 'trial' | 'launch' | 'award' | 'status';
  date: Value;
  label: string;
  /** Where the step is documented (award source, status evidence). */
  evidence?: Value | undefined;
}

/** A related entry as a card whose line of facts says what it shares with the case. */
export interface RelatedCard extends Card {
  collection: string;
}

/** Everything a case study's page shows. */
export interface CaseStudyView extends EntryView {
  /** What the acronym stands for. */
  lead?: string | undefined;
  summary: string;
  /** Published / updated, for the line under the title. */
  dates: FactRow[];
  cover?: { image: ImageMetadata; alt: string; credit?: string | undefined } | undefined;
  awards?: Table | undefined;
  results?: Table | undefined;
  sustainability?: SustainabilityView | undefined;
  /** "Direplikasi di": where this innovation was replicated. */
  replications: ReplicationItem[];
  /** "Mereplikasi dari": innovations this case replicates (their `replikasi[].studi_kasus` names it). */
  replicatedFrom: ReplicatedFromItem[];
  /** Documentation readiness against the KIPP sections, for editors. */
  readiness: ReadinessView;
  attachments: AttachmentItem[];
  /** Awards as badges under the title, newest first. */
  badges: AwardBadge[];
  /** Trial, launch, awards and status evidence, oldest first. */
  timeline: TimelineItem[];
  /** Other case studies, guides and materials, ranked by {@link relatedTo}. */
  related: RelatedCard[];
  citation: Citations;
  feed: FeedItem;
}

/** The region a case belongs to, or the provincial level. */
function regionValue(graph: SiteGraph, node: CaseNode): Value {
  const region = node.data.kabupaten_kota;
  return region ? (refValues(graph, region)[0] as Value) : { text: t.field.regionProvince };
}

/** Year the innovation started: launch, else trial. */
function startYear(node: CaseNode): string | undefined {
  return (node.data.tanggal_penerapan ?? node.data.tanggal_uji_coba)?.iso.slice(0, 4);
}

/** The status the case's evidence supports on the build date (the one rule of sustainability.ts). */
export function caseStatus(node: CaseNode, graph: SiteGraph): DerivedStatus {
  return deriveStatus(node.data.keberlanjutan, graph.buildDate);
}

/** The words for a derived status: headline, short label, and the last known status when unconfirmed. */
export function statusText(derived: DerivedStatus): StatusText {
  const label = t.label.headline[derived.key];
  if (derived.key === 'tanpa-data') return { label, headline: label };
  if (!derived.stale && derived.status && derived.date) {
    return { label, headline: t.sustain.headline(t.label.status[derived.status], formatPartialDate(derived.date)) };
  }
  const note =
    derived.status && derived.date
      ? t.sustain.lastKnown(t.label.status[derived.status], formatPartialDate(derived.date))
      : derived.recorded
        ? t.sustain.noEvidence(t.label.status[derived.recorded])
        : undefined;
  return { label, headline: label, note };
}

/** The card of a case study in lists: region, status and the illustration mark. */
export const caseStudyCard = oncePerGraph((node: CaseNode, graph: SiteGraph): Card => {
  const d = node.data;
  return {
    href: node.href,
    title: node.title,
    meta: [
      d.kabupaten_kota ? graph.get(d.kabupaten_kota).title : t.list.province,
      ...(d.keberlanjutan ? [statusText(caseStatus(node, graph)).label] : []),
      ...(d.ilustrasi ? [t.notice.illustration] : []),
    ],
    summary: excerpt(d.ringkasan, 30),
  };
});

function awardsTable(node: CaseNode): Table | undefined {
  const awards = node.data.penghargaan;
  if (awards.length === 0) return undefined;
  return {
    columns: [t.award.year, t.award.competition, t.award.rank, t.award.recipient, t.result.note],
    rows: awards.map((a) => [
      { values: [{ text: String(a.tahun) }] },
      { values: [{ text: t.label.competition[a.kompetisi] }] },
      { values: [a.sumber ? externalValue(a.peringkat, a.sumber) : { text: a.peringkat }] },
      { values: [{ text: t.label.awardRecipient[a.penerima] }] },
      { values: textValues(a.catatan) },
    ]),
  };
}

function resultsTable(node: CaseNode): Table | undefined {
  const results = node.data.hasil;
  if (results.length === 0) return undefined;
  const amount = (value: number, unit: string, period: string | undefined) =>
    `${formatNumber(value)} ${unit}${period ? ` (${period})` : ''}`;
  return {
    caption: t.result.caption,
    columns: [t.result.indicator, t.result.before, t.result.after, t.result.basis, t.result.source],
    rowHeaders: true,
    rows: results.map((h) => [
      { values: [{ text: h.indikator }], note: h.catatan },
      { values: [{ text: h.sebelum !== undefined ? amount(h.sebelum, h.satuan, h.periode_sebelum) : t.result.none }] },
      { values: [{ text: amount(h.sesudah, h.satuan, h.periode_sesudah) }] },
      { values: [{ text: t.label.resultBasis[h.dasar] }] },
      { values: [externalValue(t.result.source, h.sumber)] },
    ]),
  };
}

function sustainabilityView(node: CaseNode, derived: DerivedStatus): SustainabilityView | undefined {
  const s = node.data.keberlanjutan;
  if (!s) return undefined;
  const text = statusText(derived);
  return {
    facts: rows(
      row('status', t.field.status, [{ text: text.headline }]),
      row('status_terakhir', t.field.lastKnownStatus, text.note ? [{ text: text.note }] : []),
      // What the editor wrote stays visible when the evidence says otherwise (without evidence the note says it).
      row('status_tercatat', t.field.recordedStatus, derived.status && s.status !== derived.status ? textValues(t.label.status[s.status]) : []),
      row('diperiksa', t.field.checked, [dateValue(s.diperiksa)]),
      row('dasar_hukum', t.field.legalBasis, textValues(...s.dasar_hukum)),
      row('anggaran', t.field.budget, textValues(s.anggaran)),
      row('sop', t.field.sop, textValues(s.sop)),
    ),
    stale: derived.stale,
    history: historyItems(node, derived),
  };
}

/** The status history of a case as printed, each entry saying when it does not count. */
export function historyItems(node: CaseNode, derived: DerivedStatus): StatusHistoryItem[] {
  const ignored = new Set(derived.ignored);
  return (node.data.keberlanjutan?.riwayat ?? []).map((r, i) => ({
    date: partialDateValue(r.tanggal),
    status: t.label.status[r.status],
    kind: t.label.evidenceKind[r.jenis_bukti],
    note: r.catatan,
    evidence: externalValue(t.result.source, r.bukti),
    ignored: ignored.has(i) ? t.sustain.ignored : undefined,
  }));
}

/**
 * Readiness of a case study: sections and fields present or missing (no score, no weights).
 * Once per node: the case's page, the tracker's table and the data exports all show it.
 */
export const readinessView: (node: CaseNode) => ReadinessView = once((node: CaseNode): ReadinessView => {
  const data = readinessOf({ ...node.data, body: node.body });
  const mark = (present: boolean) => (present ? t.readiness.present : t.readiness.missing);
  return {
    summary: t.readiness.summary(data.textPresent, data.sections.length, data.fieldsPresent, data.fieldsTotal),
    data,
    table: {
      columns: [t.readiness.section, t.readiness.text, t.readiness.fields],
      rowHeaders: true,
      rows: data.sections.map((sec) => [
        { values: [{ text: t.readiness.sectionLabel[sec.section] }] },
        { values: [{ text: mark(sec.text) }] },
        {
          values: sec.fields.length === 0 ? [{ text: t.readiness.noFields }] : sec.fields.map((f) => ({ text: `${t.readiness.fieldLabel[f.field]}: ${mark(f.present)}` })),
        },
      ]),
    },
  };
});

/** Where a case comes from: its kab/kota link, or the province. */
export function originValue(graph: SiteGraph, node: CaseNode): Value {
  return regionValue(graph, node);
}

/** Innovations whose `replikasi[].studi_kasus` names this case. */
function replicatedFrom(node: CaseNode, graph: SiteGraph): ReplicatedFromItem[] {
  return graph.referrers(node, 'studi-kasus', 'replikasi').flatMap((original) =>
    original.data.replikasi
      .filter((r) => r.studi_kasus?.id === node.id)
      .map((r) => ({
        original: { text: original.title, href: original.href },
        from: regionValue(graph, original),
        by: r.oleh,
        date: r.tanggal ? partialDateValue(r.tanggal) : undefined,
        adapted: r.adaptasi,
        evidence: externalValue(t.result.source, r.sumber),
      })),
  );
}

/** The kab/kota facet value of a case (token: the region's slug), or the provincial level. */
function regionFacet(graph: SiteGraph, node: CaseNode): FacetValue {
  const region = node.data.kabupaten_kota;
  if (!region) return { text: t.field.regionProvince, token: PROVINCE_TOKEN };
  const target = graph.get(region);
  return { text: target.title, token: target.slug };
}

/** One award as results show it: "KIPP (KemenPAN-RB) Top 45 2020". */
function awardText(a: CaseNode['data']['penghargaan'][number]): string {
  return t.search.award(t.label.competition[a.kompetisi], a.peringkat, a.tahun);
}

/**
 * Filters, metadata and sort key of a case study: every facet of the search page, the
 * region, year, award and status its result shows, and its date for "newest first".
 */
export function caseStudySearch(node: CaseNode, graph: SiteGraph): SearchData {
  const d = node.data;
  const region = regionFacet(graph, node);
  const year = startYear(node);
  // The status a reader sees (derived from evidence against the build date), its key as token.
  const derived = caseStatus(node, graph);
  const status = { label: statusText(derived).label, token: derived.key };
  return searchData(typeFacet('studi-kasus'), {
    filters: {
      wilayah: [region],
      tahun: [facetValue(year, year)],
      topik: topicFacets(graph, d.topik),
      urusan: d.urusan.map((u) => facetValue(t.label.urusan[u], u)),
      penghargaan: d.penghargaan.map((a) => facetValue(t.label.competition[a.kompetisi], a.kompetisi)),
      peringkat: d.penghargaan.map((a) => facetValue(rankText(a.kompetisi, a.peringkat), rankToken(a.kompetisi, a.peringkat))),
      status: [facetValue(status.label, status.token)],
      digital: [facetValue(d.jenis && t.label.kind[d.jenis], d.jenis)],
      tahapan: [facetValue(d.tahapan && t.label.stage[d.tahapan], d.tahapan)],
      sdg: d.sdgs.map((n) => facetValue(t.field.sdg(n), n)),
    },
    meta: {
      wilayah: region.text,
      tahun: year,
      penghargaan: d.penghargaan.map(awardText).join('; '),
      status: status.label,
    },
    sort: { tanggal: isoDate(d.diperbarui ?? d.diterbitkan) },
  });
}

function awardBadges(node: CaseNode): AwardBadge[] {
  return [...node.data.penghargaan]
    .sort((a, b) => b.tahun - a.tahun)
    .map((a) => ({ label: t.award.badge(t.label.competition[a.kompetisi], a.tahun, a.peringkat), href: a.sumber }));
}

/**
 * The life of the innovation on one line: trial, launch, each award and each status
 * evidence, oldest first. Dates known only to the year sort before dates in that year
 * (ISO prefixes compare that way), and steps on the same date keep this order.
 */
export function caseTimeline(node: CaseNode): TimelineItem[] {
  const d = node.data;
  const items: TimelineItem[] = [];
  if (d.tanggal_uji_coba) items.push({ kind: 'trial', date: partialDateValue(d.tanggal_uji_coba), label: t.timeline.trial });
  if (d.tanggal_penerapan) items.push({ kind: 'launch', date: partialDateValue(d.tanggal_penerapan), label: t.timeline.launch });
  for (const a of d.penghargaan) {
    items.push({
      kind: 'award',
      date: { text: String(a.tahun), datetime: String(a.tahun) },
      label: t.timeline.award(t.label.competition[a.kompetisi], a.peringkat),
      evidence: a.sumber ? externalValue(t.timeline.evidence, a.sumber) : undefined,
    });
  }
  for (const r of d.keberlanjutan?.riwayat ?? []) {
    items.push({
      kind: 'status',
      date: partialDateValue(r.tanggal),
      label: t.timeline.status(t.label.status[r.status]),
      evidence: externalValue(t.timeline.evidence, r.bukti),
    });
  }
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.date.datetime ?? '').localeCompare(b.item.date.datetime ?? '') || a.i - b.i)
    .map(({ item }) => item);
}

/** Related entries as cards saying what they share (topics, urusan, region, an editor's link). */
function relatedCards(node: CaseNode, graph: SiteGraph): RelatedCard[] {
  return relatedTo(node, graph).map((r) => {
    const reasons = [
      ...(r.topics.length > 0 ? [t.related.topics(r.topics.map((k) => graph.byKey(k).title))] : []),
      ...(r.urusan.length > 0 ? [t.related.urusan(r.urusan.map((u) => t.label.urusan[u as keyof typeof t.label.urusan]))] : []),
      ...(r.region ? [t.related.region(graph.byKey(r.region).title)] : []),
      ...(r.linked ? [t.related.linked] : []),
    ];
    const n = r.node;
    const card =
      n.collection === 'studi-kasus'
        ? caseStudyCard(n as CaseNode, graph)
        : n.collection === 'panduan'
          ? guideCard(n as Node<'panduan'>)
          : materialCard(n as Node<'materi'>, graph);
    return { ...card, collection: t.collection[r.node.collection], meta: reasons };
  });
}

/** The full view of one case study. */
export function caseStudyView(node: CaseNode, graph: SiteGraph): CaseStudyView {
  const d = node.data;
  const derived = caseStatus(node, graph);
  const status = d.keberlanjutan ? statusText(derived) : undefined;
  const updated = d.diperbarui ?? d.diterbitkan;
  const region = regionValue(graph, node);
  const facts = rows(
    row('lembaga', t.field.institution, refValues(graph, d.lembaga)),
    row('kabupaten_kota', t.field.region, [region]),
    row('tahapan', t.field.stage, textValues(d.tahapan && t.label.stage[d.tahapan])),
    row('jenis', t.field.kind, textValues(d.jenis && t.label.kind[d.jenis])),
    row('bentuk', t.field.form, textValues(d.bentuk && t.label.form[d.bentuk])),
    row('inisiator', t.field.initiator, textValues(d.inisiator && t.label.initiator[d.inisiator])),
    row('tanggal_uji_coba', t.field.trialDate, d.tanggal_uji_coba ? [partialDateValue(d.tanggal_uji_coba)] : []),
    row('tanggal_penerapan', t.field.launchDate, d.tanggal_penerapan ? [partialDateValue(d.tanggal_penerapan)] : []),
    row('status', t.field.status, status ? [{ text: status.headline }] : [], {
      note: status?.note ? `(${status.note})` : undefined,
    }),
    row('urusan', t.field.urusan, textValues(...d.urusan.map((u) => t.label.urusan[u]))),
    row('topik', t.field.topics, refValues(graph, d.topik)),
    row('sdgs', t.field.sdgs, textValues(...d.sdgs.map((n) => t.field.sdg(n)))),
    row('nilai_cettar', t.field.cettar, textValues(...d.nilai_cettar.map((v) => t.label.cettar[v]))),
  );
  const href = node.href;
  return {
    ...identity(node, d.ringkasan),
    lead: d.kepanjangan,
    summary: d.ringkasan,
    dates: rows(...editorialDateRows(d)),
    cover: d.sampul ? { image: d.sampul.gambar, alt: d.sampul.alt, credit: d.sampul.kredit } : undefined,
    facts,
    awards: awardsTable(node),
    results: resultsTable(node),
    sustainability: sustainabilityView(node, derived),
    replications: d.replikasi.map((r) => ({
      place: r.kabupaten_kota ? (refValues(graph, r.kabupaten_kota)[0] as Value) : { text: r.lokasi },
      detail: r.kabupaten_kota ? r.lokasi : undefined,
      by: r.oleh,
      date: r.tanggal ? partialDateValue(r.tanggal) : undefined,
      adapted: r.adaptasi,
      evidence: externalValue(t.result.source, r.sumber),
      case: r.studi_kasus ? refValues(graph, r.studi_kasus)[0] : undefined,
    })),
    replicatedFrom: replicatedFrom(node, graph),
    readiness: readinessView(node),
    attachments: attachmentItems(d.lampiran),
    badges: awardBadges(node),
    timeline: caseTimeline(node),
    related: relatedCards(node, graph),
    sources: sourceItems(d.sumber),
    citation: citations({ id: node.key, title: node.title, authors: [], date: updated, url: graph.absolute(href), publisher: t.site.owner, type: 'webpage' }),
    card: caseStudyCard(node, graph),
    feed: { title: node.title, link: href, pubDate: updated, description: d.ringkasan, categories: [t.collection['studi-kasus']] },
    search: caseStudySearch(node, graph),
    structuredData: {
      ...article(graph, node, d),
      ...(d.kabupaten_kota ? { spatialCoverage: { '@type': 'AdministrativeArea', name: region.text } } : {}),
    },
  };
}
