/**
 * The real content in `content/` follows the editorial rules of `src/lib/content-rules.ts`
 * (the same check `loadSite()` runs in every build), parsed with the real schemas, and the
 * corrections of the 2026 fact-check stay made.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentRules } from '../src/lib/content-rules.ts';
import type { CorpusEntry } from '../src/lib/corpus-check.ts';
import { validatedData, type TestedCollection } from './helpers/validate.ts';

const entries = (collection: TestedCollection): CorpusEntry[] =>
  readdirSync(join('content', collection))
    .filter((n) => /\.mdx?$/.test(n) && !n.startsWith('_'))
    .map((n) => {
      const file = join('content', collection, n);
      const data = validatedData(collection, file);
      return { collection, id: n.replace(/\.mdx?$/, ''), filePath: file, data, draft: (data as { draf: boolean }).draf };
    });

const cases = entries('studi-kasus');
const events = entries('acara');

type CaseData = {
  kabupaten_kota?: { id: string };
  penghargaan: { kompetisi: string; penerima: string }[];
  replikasi: { kabupaten_kota?: { id: string }; lokasi: string }[];
  keberlanjutan?: { status: string; riwayat: { tanggal: { iso: string }; status: string; jenis_bukti: string }[] };
};
const caseData = (id: string) => cases.find((c) => c.id === id)?.data as CaseData;

describe('real content follows the editorial rules', () => {
  it('every case study and event passes checkContentRules (drafts included)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
    expect(checkContentRules([...cases, ...events], { includeDrafts: true })).toEqual([]);
  });

  it('the templates editors copy follow the rules too', () => {
    const template = (collection: TestedCollection): CorpusEntry => ({
      collection,
      id: '_templat',
      filePath: `content/${collection}/_templat.md`,
      data: validatedData(collection, `content/${collection}/_templat.md`),
      draft: false,
    });
    expect(checkContentRules([template('studi-kasus'), template('acara')], { includeDrafts: true })).toEqual([]);
  });

  it('records every IGA award as given to a government, never to the innovation', () => {
    const iga = cases.flatMap((c) => (c.data as CaseData).penghargaan.filter((a) => a.kompetisi === 'iga'));
    expect(iga.length).toBeGreaterThanOrEqual(7);
    expect(new Set(iga.map((a) => a.penerima))).toEqual(new Set(['pemerintah']));
  });

  it('records only replications outside the innovation\'s own region', () => {
    expect(caseData('tpa-talangagung').replikasi).toEqual([]);
    expect(caseData('klinik-hoaks').replikasi.map((r) => r.lokasi)).toEqual(['Kabupaten Tuban']);
  });

  it('records a study visit, training or review as activity, not growth', () => {
    const visit = caseData('klinik-hoaks').keberlanjutan?.riwayat.find((r) => r.tanggal.iso === '2024-08-06');
    expect(visit).toMatchObject({ status: 'berjalan', jenis_bukti: 'kunjungan' });
    expect(caseData('bumi-kraksaan').keberlanjutan?.status).toBe('berjalan');
  });

  it('gives each person at the 2022 workshop the role the article names', () => {
    const workshop = events.find((e) => e.id === 'workshop-keberlanjutan-inovasi-2022')?.data as {
      peran: { orang: { id: string }; peran: string }[];
    };
    expect(workshop.peran.map((r) => [r.orang.id, r.peran])).toEqual([
      ['adhy-karyono', 'pembuka'],
      ['diah-natalisa', 'narasumber'],
      ['ignasius-jonan', 'narasumber'],
    ]);
  });
});
