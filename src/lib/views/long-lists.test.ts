import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../../tests/helpers/graph.ts';
import { PREVIEW_SIZE, previewOf, tableList, tablePreview } from './long-lists.ts';
import { regionLists } from './wilayah.ts';

const list = (n: number) => ({
  id: 'riwayat',
  href: '/keberlanjutan/riwayat/',
  title: 'Riwayat',
  breadcrumbs: [],
  total: n,
  count: `${n} inovasi`,
  items: Array.from({ length: n }, (_, i) => i),
});

describe('long lists', () => {
  it('preview the first items and link the whole list when some are left out', () => {
    expect(previewOf(list(25))).toEqual({
      items: list(25).items.slice(0, PREVIEW_SIZE),
      total: 25,
      more: { text: 'Lihat semua 25 inovasi', href: '/keberlanjutan/riwayat/' },
      shown: '10 pertama dari 25 ditampilkan.',
    });
  });

  it('show a short list whole, without a link', () => {
    expect(previewOf(list(PREVIEW_SIZE))).toEqual({ items: list(PREVIEW_SIZE).items, total: PREVIEW_SIZE, more: undefined, shown: undefined });
  });

  it('keep a table head apart from its rows, and preview it as a table', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [{ values: [{ text: String(i) }] }]);
    const table = tableList({ caption: 'C', columns: ['A'], rows, rowHeaders: true }, { id: 'x', href: '/x/', title: 'X', breadcrumbs: [], count: '12' });
    expect([table.head, table.total, table.items]).toEqual([{ caption: 'C', columns: ['A'], rowHeaders: true }, 12, rows]);
    expect(tablePreview(table).table).toEqual({ caption: 'C', columns: ['A'], rowHeaders: true, rows: rows.slice(0, PREVIEW_SIZE) });
  });
});

describe('a region\'s lists', () => {
  const graph = fixtureGraph();
  it('are its awards and replications, at addresses under the region, only when not empty', () => {
    const pacitan = regionLists(graph.get({ collection: 'wilayah', id: '3501' }), graph);
    expect(Object.keys(pacitan)).toEqual(['penghargaan', 'replikasi-masuk']);
    expect(pacitan['replikasi-masuk']).toMatchObject({ href: '/wilayah/kabupaten-pacitan/replikasi-masuk/', title: 'Replikasi di Kabupaten Pacitan', count: '1 replikasi', total: 1 });
    expect(pacitan['penghargaan']?.breadcrumbs.map((c) => c.href)).toEqual(['/wilayah/', '/wilayah/kabupaten-pacitan/', undefined]);
    expect(regionLists(graph.get({ collection: 'wilayah', id: '3520' }), graph)).toEqual({});
  });
});
