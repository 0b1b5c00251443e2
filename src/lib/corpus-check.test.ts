import { describe, expect, it } from 'vitest';
import { collectReferences, findBrokenReferences, formatProblems, type CorpusEntry } from './corpus-check.ts';

const entries: CorpusEntry[] = [
  { collection: 'organisasi', id: 'dinas-a', data: { nama: 'Dinas A' }, draft: false },
  { collection: 'organisasi', id: 'dinas-draf', data: { nama: 'Dinas Draf' }, draft: true },
  {
    collection: 'studi-kasus',
    id: 'kasus',
    filePath: 'content/studi-kasus/kasus.md',
    data: {
      lembaga: [
        { collection: 'organisasi', id: 'dinas-a' },
        { collection: 'organisasi', id: 'dinas-hilang' },
      ],
      replikasi: [{ kabupaten_kota: { collection: 'wilayah', id: '3501' } }],
      diterbitkan: new Date('2026-11-27'),
    },
    draft: false,
  },
  { collection: 'wilayah', id: '3501', data: { nama: 'Kabupaten Pacitan' }, draft: false },
];

describe('collectReferences', () => {
  it('finds references at any depth with an editor-readable field path', () => {
    expect(collectReferences(entries[2]?.data).map((r) => r.field)).toEqual([
      'lembaga[0]',
      'lembaga[1]',
      'replikasi[0].kabupaten_kota',
    ]);
  });
});

describe('findBrokenReferences', () => {
  it('reports a reference to a missing entry with file and field', () => {
    const problems = findBrokenReferences(entries, { includeDrafts: false });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/studi-kasus/kasus.md', field: 'lembaga[1]' });
    expect(problems[0]?.message).toContain('dinas-hilang');
    expect(formatProblems(problems)).toContain('content/studi-kasus/kasus.md → lembaga[1]');
  });
  it('reports a published entry pointing at a draft, but not in preview', () => {
    const withDraftRef: CorpusEntry[] = [
      ...entries.filter((e) => e.id !== 'kasus'),
      { collection: 'panduan', id: 'p', data: { pemilik: { collection: 'organisasi', id: 'dinas-draf' } }, draft: false },
    ];
    expect(findBrokenReferences(withDraftRef, { includeDrafts: false })[0]?.message).toContain('draf');
    expect(findBrokenReferences(withDraftRef, { includeDrafts: true })).toEqual([]);
  });
});
