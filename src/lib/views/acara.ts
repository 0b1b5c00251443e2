/** The view of an event: dates, place, mode, organisers, partners, speakers, materials. */
import { t } from '../../i18n/index.ts';
import { excerpt, formatDate, isoDate } from '../format.ts';
import type { Node, SiteGraph } from '../graph.ts';
import {
  dateValue,
  identity,
  nodeValues,
  refValues,
  row,
  rows,
  searchData,
  sourceItems,
  textValues,
  topicFacets,
  typeFacet,
  yearFacet,
} from './common.ts';
import type { Card, EntryView, LinkGroup } from './types.ts';
import { linkTo } from '../graph.ts';
import { peopleWithRoles } from '../event-roles.ts';

type EventNode = Node<'acara'>;

/** Everything an event's page shows. */
export interface EventView extends EntryView {
  summary: string;
  related: LinkGroup[];
}

/** The card of an event: date, mode, place. */
export function eventCard(node: EventNode): Card {
  const d = node.data;
  return {
    href: node.href,
    title: node.title,
    meta: [formatDate(d.tanggal_mulai), t.label.eventMode[d.moda], ...(d.tempat ? [d.tempat] : [])],
    summary: excerpt(d.ringkasan, 30),
  };
}

/** The full view of one event. */
export function eventView(node: EventNode, graph: SiteGraph): EventView {
  const d = node.data;
  const mode = {
    luring: 'OfflineEventAttendanceMode',
    daring: 'OnlineEventAttendanceMode',
    hibrida: 'MixedEventAttendanceMode',
  } as const;
  return {
    ...identity(node, d.ringkasan),
    summary: d.ringkasan,
    facts: rows(
      row('tanggal', t.field.date, [dateValue(d.tanggal_mulai), ...(d.tanggal_selesai ? [dateValue(d.tanggal_selesai)] : [])], {
        as: 'range',
      }),
      row('tempat', t.field.place, textValues(d.tempat)),
      row('moda', t.field.mode, textValues(t.label.eventMode[d.moda])),
      row('penyelenggara', t.field.organisers, refValues(graph, d.penyelenggara)),
      row('mitra', t.field.partners, refValues(graph, d.mitra)),
      row(
        'narasumber',
        t.field.eventPeople,
        peopleWithRoles(d.narasumber, d.peran).map(({ person, roles }) => ({
          text: graph.get(person).title,
          href: graph.get(person).href,
          suffix: roles.length > 0 ? ` (${roles.map((r) => t.label.eventRole[r]).join(', ')})` : undefined,
        })),
        { as: 'lines' },
      ),
      row('topik', t.field.topics, refValues(graph, d.topik)),
    ),
    related: [
      { id: 'materi-acara', label: t.list.materialsOfEvent, links: graph.referrers(node, 'materi', 'acara').map(linkTo) },
    ].filter((g) => g.links.length > 0),
    sources: sourceItems(d.sumber),
    card: eventCard(node),
    search: searchData(typeFacet('acara'), {
      filters: { tahun: [yearFacet(d.tanggal_mulai)], topik: topicFacets(graph, d.topik) },
      meta: { tahun: String(d.tanggal_mulai.getUTCFullYear()) },
      sort: { tanggal: isoDate(d.tanggal_mulai) },
    }),
    structuredData: {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: node.title,
      description: d.ringkasan,
      url: graph.absolute(node.href),
      startDate: isoDate(d.tanggal_mulai),
      ...(d.tanggal_selesai ? { endDate: isoDate(d.tanggal_selesai) } : {}),
      eventAttendanceMode: `https://schema.org/${mode[d.moda]}`,
      ...(d.tempat ? { location: { '@type': 'Place', name: d.tempat } } : {}),
      organizer: d.penyelenggara.map((r) => ({ '@type': 'Organization', name: graph.get(r).title })),
      performer: nodeValues(d.narasumber.map((r) => graph.get(r))).map((v) => ({ '@type': 'Person', name: v.text })),
    },
  };
}
