/**
 * Every content page of the built fixture site ends with when it last changed (from git,
 * else its own dates), a link that opens its file in GitHub's editor and a pre-filled
 * error report, all pointing at the repository set once in package.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { packageRepositoryUrl } from '../src/lib/repository.ts';

const dist = inject('fixtureDist');
const repo = packageRepositoryUrl();

function meta(path: string) {
  const { document } = parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  const box = document.querySelector('.ri-page-meta');
  const links = [...(box?.querySelectorAll('a') ?? [])].map((a) => ({ text: a.textContent, href: a.getAttribute('href') ?? '' }));
  return { box, time: box?.querySelector('time')?.getAttribute('datetime'), links };
}

describe('page footer: last updated, edit, report', () => {
  it('a case study links its own file in the web editor and a pre-filled report', () => {
    const { box, links } = meta('studi-kasus/layanan-contoh');
    expect(box).not.toBeNull();
    const file = 'tests/fixtures/konten/studi-kasus/layanan-contoh.md';
    expect(links[0]).toEqual({ text: 'Sunting halaman ini', href: `${repo}/edit/main/${file}` });
    expect(links[1]?.text).toBe('Laporkan kesalahan');
    const report = new URL(links[1]?.href ?? '');
    expect(`${report.origin}${report.pathname}`).toBe(`${repo}/issues/new`);
    expect(report.searchParams.get('template')).toBe('laporkan-kesalahan.yml');
    expect(report.searchParams.get('berkas')).toBe(file);
    expect(report.searchParams.get('halaman')).toMatch(/\/studi-kasus\/layanan-contoh\/$/);
  });

  it('"Terakhir diperbarui" is the date of the last commit that touched the file', () => {
    const file = 'tests/fixtures/konten/studi-kasus/layanan-contoh.md';
    const log = spawnSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).stdout.trim();
    const expected = log ? new Date(log).toISOString().slice(0, 10) : undefined;
    expect(expected, 'the fixture file is committed').toBeDefined();
    expect(meta('studi-kasus/layanan-contoh').time).toBe(expected);
    expect(meta('studi-kasus/layanan-contoh').box?.textContent).toMatch(/Terakhir diperbarui: \d{1,2} \w+ \d{4}/);
  });

  it('every Markdown collection has it: a guide, an event, a person, an organisation, a topic, a material', () => {
    for (const path of ['panduan/panduan-contoh', 'acara/lokakarya-contoh', 'narasumber/narasumber-contoh', 'organisasi/dinas-contoh', 'topik/kesehatan', 'materi/paparan-contoh']) {
      expect(meta(path).links.map((l) => l.text), path).toEqual(['Sunting halaman ini', 'Laporkan kesalahan']);
    }
  });
});
