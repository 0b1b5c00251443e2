import { describe, expect, it } from 'vitest';
import { checkContentRules, expectedStage, missingAttachments } from './content-rules.ts';
import type { CorpusEntry } from './corpus-check.ts';

const FILE = 'content/studi-kasus/kasus.md';
const date = (iso: string) => ({ iso, precision: 'hari' as const });
const region = (id: string) => ({ collection: 'wilayah' as const, id });
const person = (id: string) => ({ collection: 'orang' as const, id });

/** A case study that passes every rule; each test breaks one thing. */
const validCase = () => ({
  kabupaten_kota: region('3507'),
  tahapan: 'penerapan',
  hasil: [],
  penghargaan: [
    { kompetisi: 'kipp', peringkat: 'Top 25', tahun: 2015, penerima: 'inovasi' },
    { kompetisi: 'iga', peringkat: 'Inovasi unggulan', tahun: 2018, penerima: 'pemerintah' },
  ],
  keberlanjutan: {
    status: 'berjalan',
    riwayat: [
      { tanggal: date('2019-01-01'), status: 'berjalan', jenis_bukti: 'operasional', bukti: 'https://a.id' },
      { tanggal: date('2020-01-01'), status: 'berkembang', jenis_bukti: 'perluasan', bukti: 'https://b.id' },
      { tanggal: date('2021-01-01'), status: 'berjalan', jenis_bukti: 'kunjungan', bukti: 'https://c.id' },
    ],
  },
  replikasi: [{ lokasi: 'Kabupaten Pacitan', kabupaten_kota: region('3501'), oleh: 'Dinas', sumber: 'https://d.id' }],
});

const asCase = (data: unknown, draft = false): CorpusEntry => ({
  collection: 'studi-kasus',
  id: 'kasus',
  filePath: FILE,
  data,
  draft,
});

const check = (data: unknown) => checkContentRules([asCase(data)], { includeDrafts: false });

describe('checkContentRules on a case study', () => {
  it('passes a case study that follows every rule', () => {
    expect(check(validCase())).toEqual([]);
  });

  it('refuses a replication in the innovation\'s own kab/kota, naming file and field', () => {
    const data = validCase();
    data.replikasi.push({ lokasi: 'TPA Poncokusumo', kabupaten_kota: region('3507'), oleh: 'DLH', sumber: 'https://e.id' });
    const problems = check(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, field: 'replikasi[1].kabupaten_kota' });
    expect(problems[0]?.message).toMatch(/sama dengan inovasi asalnya \(3507\).*bukan replikasi/);
  });

  it('accepts a replication of a provincial innovation in any kab/kota', () => {
    const { kabupaten_kota: _, ...provincial } = validCase();
    expect(check(provincial)).toEqual([]);
  });

  it('refuses a replication without its evidence', () => {
    const data = validCase();
    data.replikasi[0] = { lokasi: 'Kota Mojokerto', kabupaten_kota: region('3576'), oleh: 'Diskominfo', sumber: '' };
    expect(check(data)).toEqual([
      expect.objectContaining({ field: 'replikasi[0].sumber', message: expect.stringMatching(/berjalan di daerah lain/) }),
    ]);
  });

  it('refuses a study visit recorded as growth', () => {
    const data = validCase();
    data.keberlanjutan.riwayat[2] = { tanggal: date('2021-01-01'), status: 'berkembang', jenis_bukti: 'kunjungan', bukti: 'https://c.id' };
    data.keberlanjutan.status = 'berkembang';
    const problems = check(data);
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'keberlanjutan.riwayat[2].status',
        message: expect.stringMatching(/"kunjungan".*tidak dapat menaikkan status.*Tulis status: berjalan/),
      }),
    ]);
  });

  it('refuses berkembang on evidence of operation only (growth needs perluasan)', () => {
    const data = validCase();
    data.keberlanjutan.riwayat[1] = { tanggal: date('2020-01-01'), status: 'berkembang', jenis_bukti: 'operasional', bukti: 'https://b.id' };
    expect(check(data)).toEqual([
      expect.objectContaining({
        field: 'keberlanjutan.riwayat[1].status',
        message: expect.stringMatching(/hanya didukung bukti perluasan/),
      }),
    ]);
  });

  it('refuses a training that lifts a dormant innovation back to berjalan', () => {
    const data = validCase();
    data.keberlanjutan.riwayat = [
      { tanggal: date('2019-01-01'), status: 'vakum', jenis_bukti: 'operasional', bukti: 'https://a.id' },
      { tanggal: date('2020-01-01'), status: 'berjalan', jenis_bukti: 'pelatihan', bukti: 'https://b.id' },
    ];
    expect(check(data)).toEqual([
      expect.objectContaining({
        field: 'keberlanjutan.riwayat[1].status',
        message: expect.stringMatching(/dari "vakum" \(butir sebelumnya\).*Tulis status: vakum/),
      }),
    ]);
  });

  it('judges each entry against the one before it by date, not by file order', () => {
    const data = validCase();
    data.keberlanjutan.riwayat.reverse();
    expect(check(data)).toEqual([]);
  });

  it('refuses a current status that goes beyond the newest evidence', () => {
    const data = validCase();
    data.keberlanjutan.status = 'berkembang';
    expect(check(data)).toEqual([
      expect.objectContaining({
        field: 'keberlanjutan.status',
        message: expect.stringMatching(/"berkembang" tidak sama dengan status bukti terbaru \("berjalan", 2021-01-01\)/),
      }),
    ]);
  });

  it('refuses a status without any evidence', () => {
    const data = validCase();
    data.keberlanjutan.riwayat = [];
    expect(check({ ...data, tahapan: undefined }).map((p) => p.field)).toEqual(['keberlanjutan.riwayat']);
  });

  it('leaves a missing kind of evidence to the schema, which refuses it first (reported once)', () => {
    const data = validCase();
    const { jenis_bukti: _, ...withoutKind } = data.keberlanjutan.riwayat[0]!;
    data.keberlanjutan.riwayat[0] = withoutKind as (typeof data.keberlanjutan.riwayat)[0];
    expect(check(data).map((p) => p.field)).not.toContain('keberlanjutan.riwayat[0].jenis_bukti');
  });

  it('refuses an IGA award recorded as given to the innovation', () => {
    const data = validCase();
    data.penghargaan[1]!.penerima = 'inovasi';
    expect(check(data)).toEqual([
      expect.objectContaining({
        field: 'penghargaan[1].penerima',
        message: expect.stringMatching(/IGA.*diberikan kepada pemerintah daerah.*penerima: pemerintah/),
      }),
    ]);
  });

  it('leaves an award without its recipient to the schema, so the mistake is reported once', () => {
    // The schema refuses it first, in Indonesian (tests/schemas.test.ts,
    // penghargaan-tanpa-penerima.md); an invalid file never reaches these rules.
    const data = validCase();
    const { penerima: _, ...withoutRecipient } = data.penghargaan[0]!;
    data.penghargaan[0] = withoutRecipient as (typeof data.penghargaan)[0];
    expect(check(data)).toEqual([]);
  });

  it('refuses tahapan penerapan resting on award news only', () => {
    const data = {
      ...validCase(),
      keberlanjutan: {
        status: 'berjalan',
        riwayat: [{ tanggal: date('2018-09-19'), status: 'berjalan', jenis_bukti: 'seremoni', bukti: 'https://a.id' }],
      },
    };
    expect(check(data)).toEqual([
      expect.objectContaining({ field: 'tahapan', message: expect.stringMatching(/perlu bukti bahwa layanan sudah berjalan/) }),
    ]);
  });

  it('asks for tahapan penerapan when a source shows the service running', () => {
    const { tahapan: _, ...data } = validCase();
    expect(check(data)).toEqual([
      expect.objectContaining({ field: 'tahapan', message: expect.stringMatching(/jadi tahapan ditulis "penerapan"/) }),
    ]);
  });

  it('refuses tahapan uji-coba without a trial date', () => {
    const data = { ...validCase(), tahapan: 'uji-coba', keberlanjutan: undefined };
    expect(check(data)).toEqual([
      expect.objectContaining({ field: 'tahapan', message: expect.stringMatching(/perlu tanggal_uji_coba/) }),
    ]);
  });

  it('skips drafts in a production build but checks them in the dev server', () => {
    const broken = { ...validCase(), tahapan: 'inisiatif' };
    expect(checkContentRules([asCase(broken, true)], { includeDrafts: false })).toEqual([]);
    expect(checkContentRules([asCase(broken, true)], { includeDrafts: true })).toHaveLength(1);
  });
});

describe('checkContentRules on an event', () => {
  const event = (data: unknown): CorpusEntry => ({
    collection: 'acara',
    id: 'lokakarya',
    filePath: 'content/acara/lokakarya.md',
    data,
    draft: false,
  });

  it('passes an event whose people each have a role', () => {
    const data = {
      narasumber: [person('adhy'), person('diah')],
      peran: [
        { orang: person('adhy'), peran: 'pembuka' },
        { orang: person('diah'), peran: 'narasumber' },
      ],
    };
    expect(checkContentRules([event(data)], { includeDrafts: false })).toEqual([]);
  });

  it('names the person without a role, and a role for someone not listed', () => {
    const data = {
      narasumber: [person('adhy'), person('diah')],
      peran: [
        { orang: person('diah'), peran: 'narasumber' },
        { orang: person('jonan'), peran: 'narasumber' },
      ],
    };
    const problems = checkContentRules([event(data)], { includeDrafts: false });
    expect(problems).toEqual([
      {
        file: 'content/acara/lokakarya.md',
        field: 'narasumber[0]',
        message: expect.stringMatching(/"adhy" belum punya peran.*pembuka, narasumber, moderator, penanggap/),
      },
      {
        file: 'content/acara/lokakarya.md',
        field: 'peran[1].orang',
        message: expect.stringMatching(/"jonan" diberi peran tetapi tidak tercantum di narasumber/),
      },
    ]);
  });
});

describe('expectedStage', () => {
  it('is penerapan on a launch date, a measured result, or evidence of operation', () => {
    expect(expectedStage({ tanggal_penerapan: date('2017') })).toBe('penerapan');
    expect(expectedStage({ hasil: [{}] })).toBe('penerapan');
    expect(expectedStage({ keberlanjutan: { riwayat: [{ jenis_bukti: 'perluasan' }] } })).toBe('penerapan');
  });

  it('is uji-coba on a trial date alone, and unknown on award or visit news alone', () => {
    expect(expectedStage({ tanggal_uji_coba: date('2019') })).toBe('uji-coba');
    expect(expectedStage({ keberlanjutan: { riwayat: [{ jenis_bukti: 'seremoni' }, { jenis_bukti: 'kunjungan' }] } })).toBeUndefined();
  });
});

describe('missingAttachments', () => {
  const files = new Set(['/berkas/ada.pdf', '/berkas/paparan 2022.pdf']);
  const exists = (path: string) => files.has(decodeURIComponent(path));
  const entry = (collection: 'studi-kasus' | 'materi', field: string, paths: string[], draft = false): CorpusEntry => ({
    collection,
    id: 'x',
    filePath: `content/${collection}/x.md`,
    data: { [field]: paths.map((berkas) => ({ judul: 'Lampiran', berkas })) },
    draft,
  });

  it('names the file, field and fix for a site path with no file behind it', () => {
    expect(missingAttachments([entry('studi-kasus', 'lampiran', ['/berkas/ada.pdf', '/berkas/Hilang.pdf'])], { includeDrafts: false, exists })).toEqual([
      {
        file: 'content/studi-kasus/x.md',
        field: 'lampiran[1].berkas',
        message: expect.stringMatching(/"\/berkas\/Hilang\.pdf" tidak ada di folder public\/ \(dicari di public\/berkas\/Hilang\.pdf\)\. Simpan berkasnya .*huruf besar\/kecil berpengaruh/),
      },
    ]);
    expect(missingAttachments([entry('materi', 'berkas', ['/berkas/tidak-ada.pptx'])], { includeDrafts: false, exists })[0]?.field).toBe('berkas[0].berkas');
  });

  it('accepts files that exist (also %-escaped and with a #page), web addresses, and unpublished drafts', () => {
    expect(
      missingAttachments(
        [
          entry('materi', 'berkas', ['/berkas/paparan%202022.pdf#page=3', 'https://contoh.go.id/hilang.pdf', '//cdn.contoh.id/a.pdf']),
          entry('studi-kasus', 'lampiran', ['/berkas/hilang.pdf'], true),
        ],
        { includeDrafts: false, exists },
      ),
    ).toEqual([]);
  });
});
