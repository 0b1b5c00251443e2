/**
 * All awards (`/penghargaan/`) by competition, year and tier, with awards to an
 * innovation and awards to a government (IGA) in separate tables, never mixed.
 */
import { t } from '../../i18n/index.ts';
import { awardsByRecipient, type AwardRecipient } from '../awards.ts';
import { formatNumber } from '../format.ts';
import type { Node, SiteGraph } from '../graph.ts';
import { COMPETITIONS, AWARD_RECIPIENTS } from '../../schemas/vocabulary.ts';
import { externalValue, textValues } from './common.ts';
import { originValue } from './studi-kasus.ts';
import { tableList, tablePreview, type TableList, type TablePreview } from './long-lists.ts';
import type { Table } from './types.ts';

type CaseNode = Node<'studi-kasus'>;

/** One award with the case that records it. */
export interface AwardRow {
  node: CaseNode;
  award: CaseNode['data']['penghargaan'][number];
}

/** Every award of the given cases, ordered by competition (vocabulary order), newest year, tier, title. */
export function awardRows(cases: readonly CaseNode[]): AwardRow[] {
  const order = (c: string) => (COMPETITIONS as readonly string[]).indexOf(c);
  return cases
    .flatMap((node) => node.data.penghargaan.map((award) => ({ node, award })))
    .sort(
      (a, b) =>
        order(a.award.kompetisi) - order(b.award.kompetisi) ||
        b.award.tahun - a.award.tahun ||
        a.award.peringkat.localeCompare(b.award.peringkat, 'id') ||
        a.node.title.localeCompare(b.node.title, 'id'),
    );
}

/** A table of awards: competition, year, tier, innovation, region, note. */
export function awardTable(graph: SiteGraph, rows: readonly AwardRow[], caption?: string): Table {
  return {
    caption,
    columns: [t.award.competition, t.award.year, t.award.rank, t.tracker.innovation, t.field.region, t.result.note],
    rows: rows.map(({ node, award }) => [
      { values: [{ text: t.label.competition[award.kompetisi] }] },
      { values: [{ text: String(award.tahun) }] },
      { values: [award.sumber ? externalValue(award.peringkat, award.sumber) : { text: award.peringkat }] },
      { values: [{ text: node.title, href: node.href }] },
      { values: [originValue(graph, node)] },
      { values: award.catatan ? textValues(award.catatan) : [{ text: t.tracker.none }] },
    ]),
  };
}

/** One recipient's section of the awards page. */
export interface AwardSection {
  id: AwardRecipient;
  heading: string;
  intro: string;
  count: number;
  /** The first awards; all of them on the recipient's list (`/penghargaan/penerima/<id>/`). */
  preview?: TablePreview | undefined;
}

/** Everything `/penghargaan/` shows. */
export interface AwardsPageView {
  total: number;
  sections: AwardSection[];
  /** Awards per competition and year (all recipients), for the overview. */
  summary: Table;
}

/** The awards page. */
export function awardsPageView(graph: SiteGraph): AwardsPageView {
  const rows = awardRows(graph.list('studi-kasus'));
  const lists = new Map(awardLists(graph, rows).map((list) => [list.id, list]));
  const years = [...new Set(rows.map((r) => r.award.tahun))].sort((a, b) => b - a);
  const competitions = COMPETITIONS.filter((c) => rows.some((r) => r.award.kompetisi === c));
  const byRecipient = awardsByRecipient(rows, (r) => r.award);
  return {
    total: rows.length,
    sections: AWARD_RECIPIENTS.map((id) => {
      const mine = byRecipient[id];
      return {
        id,
        heading: t.awards.heading[id],
        intro: t.awards.intro[id],
        count: mine.length,
        preview: lists.has(id) ? tablePreview(lists.get(id) as TableList) : undefined,
      };
    }),
    summary: {
      caption: t.awards.summaryCaption,
      columns: [t.award.competition, ...years.map(String)],
      rowHeaders: true,
      rows: competitions.map((c) => [
        { values: [{ text: t.label.competition[c] }] },
        ...years.map((y) => ({ values: [{ text: formatNumber(rows.filter((r) => r.award.kompetisi === c && r.award.tahun === y).length) }] })),
      ]),
    },
  };
}

/** Every award to each recipient (`inovasi`, `pemerintah`) that has any, each a paginated list. */
export function awardLists(graph: SiteGraph, rows = awardRows(graph.list('studi-kasus'))): TableList[] {
  const byRecipient = awardsByRecipient(rows, (r) => r.award);
  return AWARD_RECIPIENTS.flatMap((id) => {
    const mine = byRecipient[id];
    if (mine.length === 0) return [];
    const title = t.awards.heading[id];
    return [
      tableList(awardTable(graph, mine), {
        id,
        href: `/penghargaan/penerima/${id}/`,
        title,
        lead: t.awards.intro[id],
        breadcrumbs: [{ label: t.awards.title, href: '/penghargaan/' }, { label: title }],
        count: t.longList.awards(mine.length),
      }),
    ];
  });
}
