import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from './content-check.ts';
import { formatGithubAnnotations, formatJson, formatReport, renderProblemPage } from './problem-report.ts';

const problems: ContentProblem[] = [
  { file: 'content/studi-kasus/a.md', line: 7, field: 'sdgs[0]', message: 'Nomor SDGs paling besar 17.' },
  { file: 'content/studi-kasus/b,c.md', line: 2, field: 'judul', message: 'YAML tidak valid: 50% <b>\nbaris dua', excerpt: '2 | judul: x\n  | ^' },
];

describe('reports', () => {
  it('for people: count, then file:line — field and the message', () => {
    const text = formatReport(problems);
    expect(text.split('\n')[0]).toBe('Pemeriksaan konten menemukan 2 masalah di 2 berkas:');
    expect(text).toContain('✗ content/studi-kasus/a.md:7 — kolom sdgs[0]\n  Nomor SDGs paling besar 17.');
    expect(text).toContain('    2 | judul: x\n      | ^');
    expect(formatReport([])).toBe('Pemeriksaan konten: tidak ada masalah.');
  });

  it('as JSON', () => {
    expect(JSON.parse(formatJson(problems))).toEqual({ ok: false, problems });
  });

  it('as GitHub annotations, with GitHub’s escapes', () => {
    expect(formatGithubAnnotations(problems).split('\n')).toEqual([
      '::error file=content/studi-kasus/a.md,line=7,title=Kolom sdgs[0]::Nomor SDGs paling besar 17.',
      '::error file=content/studi-kasus/b%2Cc.md,line=2,title=Kolom judul::YAML tidak valid: 50%25 <b>%0Abaris dua',
    ]);
  });

  it('as the dev error page, escaped', () => {
    const { document } = parseHTML(renderProblemPage(problems));
    expect(document.documentElement.getAttribute('lang')).toBe('id');
    const items = [...document.querySelectorAll('li.masalah')];
    expect(items.map((li) => li.querySelector('.lokasi')?.textContent)).toEqual([
      'content/studi-kasus/a.md, baris 7, kolom sdgs[0]',
      'content/studi-kasus/b,c.md, baris 2, kolom judul',
    ]);
    expect(document.querySelector('b')).toBeNull();
    expect(items[1]?.querySelector('pre')?.textContent).toBe('2 | judul: x\n  | ^');
  });
});
