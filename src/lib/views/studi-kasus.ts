/**
 * The view of a case study: every field an editor filled in, resolved and labelled, the
 * sections its page shows, its list card, feed item, search data and structured data.
 */
import type { ImageMetadata } from 'astro';
import { t } from '../../i18n/index.ts';
import { citation } from '../cite.ts';
import { excerpt, formatNumber, formatPartialDate, isoDate } from '../format.ts';
import type { Node, SiteGraph } from '../graph.ts';
import { relatedTo } from '../related.ts';
import { isStale, latestEvidence } from '../sustainability.ts';
import {
  breadcrumbs,
  dateValue,
  editorialDateRows,
  externalValue,
  notices,
  partialDateValue,
  refValues,
  row,
  rows,
  searchData,
  sourceItems,
  textValues,
  attachmentItems,
} from './common.ts';
import { materialCard } from './materi.ts';
import { guideCard } from './panduan.ts';
import type { AttachmentItem, Card, EntryView, FactRow, FeedItem, Table, Value } from './types.ts';

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
}

/** One entry of the status history. */
export interface StatusHistoryItem {
  date: Value;
  status: string;
  note?: string | undefined;
  evidence: Value;
}

/** Sustainability section: facts, whether the evidence is stale, and the history. */
export interface SustainabilityView {
  facts: FactRow[];
  stale: boolean;
  history: StatusHistoryItem[];
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
  replications: ReplicationItem[];
  attachments: AttachmentItem[];
  /** Awards as badges under the title, newest first. */
  badges: AwardBadge[];
  /** Trial, launch, awards and status evidence, oldest first. */
  timeline: TimelineItem[];
  /** Other case studies, guides and materials, ranked by {@link relatedTo}. */
  related: RelatedCard[];
  citation: string;
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

/** Newest evidence of the sustainability status and whether it is too old to rely on. */
export function statusEvidence(node: CaseNode): { status: string; evidence?: string | undefined; stale: boolean } | undefined {
  const s = node.data.keberlanjutan;
  if (!s) return undefined;
  const latest = latestEvidence(s.riwayat);
  return {
    status: t.label.status[s.status],
    evidence: latest ? formatPartialDate(latest) : undefined,
    stale: isStale(latest, s.diperiksa),
  };
}

/** The card of a case study in lists: region, status and the illustration mark. */
export function caseStudyCard(node: CaseNode, graph: SiteGraph): Card {
  const d = node.data;
  return {
    href: node.href,
    title: node.title,
    meta: [
      d.kabupaten_kota ? graph.get(d.kabupaten_kota).title : t.list.province,
      ...(d.keberlanjutan ? [t.label.status[d.keberlanjutan.status]] : []),
      ...(d.ilustrasi ? [t.notice.illustration] : []),
    ],
    summary: excerpt(d.ringkasan, 30),
  };
}

function awardsTable(node: CaseNode): Table | undefined {
  const awards = node.data.penghargaan;
  if (awards.length === 0) return undefined;
  return {
    columns: [t.award.year, t.award.competition, t.award.rank, t.result.note],
    rows: awards.map((a) => [
      { values: [{ text: String(a.tahun) }] },
      { values: [{ text: t.label.competition[a.kompetisi] }] },
      { values: [a.sumber ? externalValue(a.peringkat, a.sumber) : { text: a.peringkat }] },
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

function sustainabilityView(node: CaseNode): SustainabilityView | undefined {
  const s = node.data.keberlanjutan;
  const evidence = statusEvidence(node);
  if (!s || !evidence) return undefined;
  return {
    facts: rows(
      row('status', t.field.status, [{ text: evidence.status }]),
      row('diperiksa', t.field.checked, [dateValue(s.diperiksa)]),
      row('bukti_terbaru', t.field.latestEvidence, [{ text: evidence.evidence ?? t.field.noEvidence }]),
      row('dasar_hukum', t.field.legalBasis, textValues(...s.dasar_hukum)),
      row('anggaran', t.field.budget, textValues(s.anggaran)),
      row('sop', t.field.sop, textValues(s.sop)),
    ),
    stale: evidence.stale,
    history: s.riwayat.map((r) => ({
      date: partialDateValue(r.tanggal),
      status: t.label.status[r.status],
      note: r.catatan,
      evidence: externalValue(t.result.source, r.bukti),
    })),
  };
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
      ...(r.topics.length > 0 ? [t.related.topics(r.topics.map((k) => graph.get(refOfKey(k)).title))] : []),
      ...(r.urusan.length > 0 ? [t.related.urusan(r.urusan.map((u) => t.label.urusan[u as keyof typeof t.label.urusan]))] : []),
      ...(r.region ? [t.related.region(graph.get(refOfKey(r.region)).title)] : []),
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

/** `topik/kesehatan` → a reference. */
function refOfKey(key: string): { collection: never; id: string } {
  const at = key.indexOf('/');
  return { collection: key.slice(0, at) as never, id: key.slice(at + 1) };
}

/** The full view of one case study. */
export function caseStudyView(node: CaseNode, graph: SiteGraph): CaseStudyView {
  const d = node.data;
  const evidence = statusEvidence(node);
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
    row('status', t.field.status, evidence ? [{ text: evidence.status }] : [], {
      note: evidence ? t.field.statusNote(evidence.evidence, evidence.stale) : undefined,
    }),
    row('urusan', t.field.urusan, textValues(...d.urusan.map((u) => t.label.urusan[u]))),
    row('topik', t.field.topics, refValues(graph, d.topik)),
    row('sdgs', t.field.sdgs, textValues(...d.sdgs.map((n) => t.field.sdg(n)))),
    row('nilai_cettar', t.field.cettar, textValues(...d.nilai_cettar.map((v) => t.label.cettar[v]))),
  );
  const href = node.href;
  return {
    collection: 'studi-kasus',
    key: node.key,
    href,
    title: node.title,
    description: d.ringkasan,
    breadcrumbs: breadcrumbs(node),
    notices: notices(d),
    lead: d.kepanjangan,
    summary: d.ringkasan,
    dates: rows(...editorialDateRows(d)),
    cover: d.sampul ? { image: d.sampul.gambar, alt: d.sampul.alt, credit: d.sampul.kredit } : undefined,
    facts,
    awards: awardsTable(node),
    results: resultsTable(node),
    sustainability: sustainabilityView(node),
    replications: d.replikasi.map((r) => ({
      place: r.kabupaten_kota ? (refValues(graph, r.kabupaten_kota)[0] as Value) : { text: r.lokasi },
      detail: r.kabupaten_kota ? r.lokasi : undefined,
      by: r.oleh,
      date: r.tanggal ? partialDateValue(r.tanggal) : undefined,
      adapted: r.adaptasi,
      evidence: externalValue(t.result.source, r.sumber),
    })),
    attachments: attachmentItems(d.lampiran),
    badges: awardBadges(node),
    timeline: caseTimeline(node),
    related: relatedCards(node, graph),
    sources: sourceItems(d.sumber),
    citation: citation({ title: node.title, date: updated, url: graph.absolute(href), publisher: t.site.owner }),
    card: caseStudyCard(node, graph),
    feed: { title: node.title, link: href, pubDate: updated, description: d.ringkasan, categories: [t.collection['studi-kasus']] },
    search: searchData(t.collection['studi-kasus'], node.title, {
      filters: {
        wilayah: [region.text],
        tahun: [startYear(node)],
        topik: d.topik.map((r) => graph.get(r).title),
        urusan: d.urusan.map((u) => t.label.urusan[u]),
        penghargaan: d.penghargaan.map((a) => t.label.competition[a.kompetisi]),
        status: [evidence?.status],
        digital: [d.jenis && t.label.kind[d.jenis]],
        tahapan: [d.tahapan && t.label.stage[d.tahapan]],
        sdg: d.sdgs.map((n) => t.field.sdg(n)),
      },
      meta: { wilayah: region.text, tahun: startYear(node) },
      sort: { tanggal: isoDate(updated) },
    }),
    structuredData: {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: node.title,
      description: d.ringkasan,
      inLanguage: 'id',
      url: graph.absolute(href),
      datePublished: isoDate(d.diterbitkan),
      dateModified: isoDate(updated),
      publisher: { '@type': 'GovernmentOrganization', name: t.site.owner },
      ...(d.kabupaten_kota ? { spatialCoverage: { '@type': 'AdministrativeArea', name: region.text } } : {}),
    },
  };
}
