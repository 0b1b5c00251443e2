/** The view of a person: position, institution, and the materials and events they appear in. */
import { t } from '../../i18n/index.ts';
import { rolesOf } from '../event-roles.ts';
import { linkTo, type Node, type SiteGraph } from '../graph.ts';
import { identity, refValues, row, rows, searchData, sourceItems, textValues, typeFacet } from './common.ts';
import type { Card, EntryView, LinkGroup } from './types.ts';

type PersonNode = Node<'orang'>;

/** Everything a person's page shows. */
export interface PersonView extends EntryView {
  related: LinkGroup[];
}

/** The card of a person: their position. */
export function personCard(node: PersonNode): Card {
  return { href: node.href, title: node.title, meta: [node.data.jabatan] };
}

/** The full view of one person. */
export function personView(node: PersonNode, graph: SiteGraph): PersonView {
  const d = node.data;
  return {
    ...identity(node, t.person.description(d.nama, d.jabatan)),
    facts: rows(row('jabatan', t.field.position, textValues(d.jabatan)), row('lembaga', t.field.institution, refValues(graph, d.lembaga))),
    related: [
      { id: 'materi', label: t.list.materialsOfPerson, links: graph.referrers(node, 'materi', 'narasumber').map(linkTo) },
      {
        id: 'acara',
        label: t.list.eventsOfPerson,
        links: graph.referrers(node, 'acara').map((event) => {
          const roles = rolesOf(event.data.peran, node.id);
          return { ...linkTo(event), note: roles.length > 0 ? roles.map((r) => t.label.eventRole[r]).join(', ') : undefined };
        }),
      },
    ].filter((g) => g.links.length > 0),
    sources: sourceItems(d.sumber),
    card: personCard(node),
    search: searchData(typeFacet('orang')),
    structuredData: {
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: d.nama,
      jobTitle: d.jabatan,
      url: graph.absolute(node.href),
      ...(d.lembaga ? { worksFor: { '@type': 'Organization', name: graph.get(d.lembaga).title } } : {}),
    },
  };
}
