/**
 * The editors' command-line tools as an editor runs them: `npm run periksa` (report, exit
 * code, `--json`, GitHub annotations) and `npm run baru` (writes from the template, refuses
 * to overwrite, prints the path and preview URL).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixtureCorpus, fixturePublicDir } from './helpers/build.ts';

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _, ...base } = process.env;
  // The fixture corpus's attachment is in the fixture's static files.
  const result = spawnSync(process.execPath, [script, ...args], { env: { ...base, PUBLIC_DIR: fixturePublicDir(), ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the fixture corpus with two mistakes in one file. */
function brokenCorpus(): string {
  const dir = copyFixtureCorpus();
  writeFileSync(
    join(dir, 'studi-kasus', 'rusak.md'),
    '---\njudul: Rusak\nringkasan: Uji.\nlembaga: [dinas-contoh]\nilustrasi: true\nditerbitkan: 2023-02-30\nsdgs: [18]\n---\n',
  );
  return dir;
}

describe('npm run periksa', () => {
  it('passes the real content', () => {
    const result = run('scripts/periksa.ts', []);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/tidak ada masalah/);
  });

  it('reports every problem with file, line, field and fix, and exits 1', () => {
    const result = run('scripts/periksa.ts', [], { CONTENT_DIR: brokenCorpus() });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Pemeriksaan konten menemukan 2 masalah di 1 berkas:/);
    expect(result.stderr).toMatch(/studi-kasus\/rusak\.md:6 — kolom diterbitkan\n\s+Tanggal 2023-02-30 tidak ada: Februari 2023 hanya sampai tanggal 28\. Periksa/);
    expect(result.stderr).toMatch(/studi-kasus\/rusak\.md:7 — kolom sdgs\[0\]\n\s+Nomor SDGs paling besar 17/);
  });

  it('--json gives the same problems as data', () => {
    const result = run('scripts/periksa.ts', ['--json'], { CONTENT_DIR: brokenCorpus() });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; problems: { file: string; line: number; field: string; message: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.file.replace(/^.*?studi-kasus/, 'studi-kasus'), p.line, p.field])).toEqual([
      ['studi-kasus/rusak.md', 6, 'diterbitkan'],
      ['studi-kasus/rusak.md', 7, 'sdgs[0]'],
    ]);
  });

  it('under GitHub Actions writes one ::error annotation per problem', () => {
    const result = run('scripts/periksa.ts', [], { CONTENT_DIR: brokenCorpus(), GITHUB_ACTIONS: 'true' });
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toMatch(/^::error file=\S*studi-kasus\/rusak\.md,line=6,title=Kolom diterbitkan::Tanggal 2023-02-30 tidak ada/);
    expect(annotations[1]).toMatch(/,line=7,title=Kolom sdgs\[0\]::Nomor SDGs paling besar 17/);
  });

  it('refuses an unknown option', () => {
    const result = run('scripts/periksa.ts', ['--jsn']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Opsi tidak dikenal: --jsn/);
  });
});

describe('npm run baru', () => {
  it('writes a draft from the template, prints its path and preview URL, and refuses to overwrite it', () => {
    const dir = copyFixtureCorpus();
    // The fixture corpus has no templates of its own; use the real one.
    writeFileSync(join(dir, 'studi-kasus', '_templat.md'), readFileSync('content/studi-kasus/_templat.md'));
    const first = run('scripts/baru.ts', ['studi-kasus', 'Pelayanan Ramah Lansia'], { CONTENT_DIR: dir });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const file = join(dir, 'studi-kasus', 'pelayanan-ramah-lansia.md');
    expect(first.stdout).toContain(`Berkas baru: `);
    expect(first.stdout).toContain('studi-kasus/pelayanan-ramah-lansia.md');
    expect(first.stdout).toContain('http://localhost:4321/studi-kasus/pelayanan-ramah-lansia/');
    const written = readFileSync(file, 'utf8');
    expect(written).toMatch(/^judul: Pelayanan Ramah Lansia\b/m);
    expect(written).toMatch(/^draf: true/m);

    // The new draft passes the content check as it is.
    expect(run('scripts/periksa.ts', [], { CONTENT_DIR: dir }).status).toBe(0);

    writeFileSync(file, `${written}\nCatatan editor.\n`);
    const again = run('scripts/baru.ts', ['studi-kasus', 'Pelayanan ramah lansia'], { CONTENT_DIR: dir });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/sudah ada dengan alamat \/studi-kasus\/pelayanan-ramah-lansia\/; tidak ditimpa/);
    expect(readFileSync(file, 'utf8')).toContain('Catatan editor.');
  });
});
