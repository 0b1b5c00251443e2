import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { IndexSession, pagefindIntegration, readEntry, session as sharedSession, sourcePathOf } from './pagefind.ts';

// The real file system, with readFileSync watched, to count how often the entry file is read.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, readFileSync: vi.fn(fs.readFileSync) };
});

/** How many times the module under test read a Pagefind entry file. */
const entryReads = () =>
  vi.mocked(readFileSync).mock.calls.filter(([path]) => String(path).endsWith('pagefind-entry.json')).length;

/** Run the integration's build:done hook on a folder, as Astro would. */
async function runHook(dir: string): Promise<string[]> {
  const logged: string[] = [];
  const hook = pagefindIntegration().hooks['astro:build:done'];
  if (!hook) throw new Error('hook missing');
  const logger = { info: (m: string) => logged.push(m), warn: () => {}, error: () => {}, debug: () => {} };
  // Only `dir` and `logger` are used by the hook.
  await (hook as (o: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
  return logged;
}

/** The log without the line saying Pagefind's first write was bad and redone. */
const withoutRewrite = (logged: string[]) => logged.filter((line) => !line.includes('ditulis ulang'));

describe('pagefindIntegration', () => {
  it('indexes a built folder with the Indonesian stemmer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-pf-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="id"><head><title>Uji</title></head><body><main data-pagefind-body><h1>Perizinan</h1></main></body></html>',
    );
    vi.mocked(readFileSync).mockClear();
    const logged = await runHook(dir);
    expect(withoutRewrite(logged)).toEqual(['Pagefind: 1 halaman diindeks (0 diterima selama render).']);
    // The count reported is the one the check read: the entry file is read once, not twice,
    // unless Pagefind's first write was bad (seen under heavy load), which is said and redone.
    expect(entryReads()).toBe(1 + logged.length - withoutRewrite(logged).length);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['id']);
  });

  it('fails the build when there is nothing to index', async () => {
    await expect(runHook(mkdtempSync(join(tmpdir(), 'ri-pf-')))).rejects.toThrow(/tidak menemukan satu halaman pun|tidak memuat indeks|mencatat 0 halaman/);
  });

  it('reads the written entry file back: its page count, or what is wrong with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-pf-'));
    writeFileSync(join(dir, 'pagefind-entry.json'), '');
    expect(readEntry(dir, 3).problem).toMatch(/pagefind-entry\.json tidak terbaca sebagai JSON/);
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ languages: { en: { page_count: 2 } } }));
    expect(readEntry(dir, 3).problem).toMatch(/tidak memuat indeks bahasa Indonesia/);
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ languages: { id: { page_count: 0 } } }));
    expect(readEntry(dir, 3).problem).toMatch(/mencatat 0 halaman dari 3 berkas HTML/);
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ languages: { id: { page_count: 2 } } }));
    expect(readEntry(dir, 3)).toEqual({ pages: 2 });
  });
});

const page = (title: string) =>
  `<!doctype html><html lang="id"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1></main></body></html>`;

describe('indexing while rendering', () => {
  it('maps a page address to the file Astro writes, without the base path', () => {
    expect(sourcePathOf('/')).toBe('index.html');
    expect(sourcePathOf('/studi-kasus/baik-lo/')).toBe('studi-kasus/baik-lo/index.html');
    expect(sourcePathOf('/404')).toBe('404.html');
    expect(sourcePathOf('/rumah-inovasi/tentang/', '/rumah-inovasi/')).toBe('tentang/index.html');
  });

  it('indexes pages handed over during rendering, and adds from disk only what it did not see', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-pf-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'index.html'), page('Berkas A di disk'));
    writeFileSync(join(dir, 'b', 'index.html'), page('Perizinan B'));
    const session = new IndexSession();
    sharedSession.set(session);
    session.add('a/index.html', page('Halaman A dari render'));
    const logged = await runHook(dir);
    expect(withoutRewrite(logged)).toEqual(['Pagefind: 2 halaman diindeks (1 diterima selama render).']);
    // The rendered HTML, not the copy on disk, is what was indexed for a/.
    const fragments = readdirSync(join(dir, 'pagefind', 'fragment')).map((f) =>
      gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', f))).toString(),
    );
    expect(fragments.some((f) => f.includes('Halaman A dari render'))).toBe(true);
    expect(fragments.some((f) => f.includes('Berkas A di disk'))).toBe(false);
    expect(fragments.some((f) => f.includes('Perizinan B'))).toBe(true);
  });

  it('leaves pages without data-pagefind-body out, as Pagefind itself would, rendered or on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-pf-'));
    mkdirSync(join(dir, 'daftar'));
    writeFileSync(join(dir, 'daftar', 'index.html'), '<!doctype html><html lang="id"><head><title>Daftar</title></head><body><main><h1>Daftar di disk</h1></main></body></html>');
    const session = new IndexSession();
    sharedSession.set(session);
    session.add('a/index.html', page('Halaman A'));
    session.add('b/index.html', '<!doctype html><html lang="id"><head><title>B</title></head><body><main><h1>Daftar dari render</h1></main></body></html>');
    const logged = await runHook(dir);
    expect(withoutRewrite(logged)).toEqual(['Pagefind: 1 halaman diindeks (2 diterima selama render).']);
    const fragments = readdirSync(join(dir, 'pagefind', 'fragment')).map((f) =>
      gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', f))).toString(),
    );
    expect(fragments.some((f) => f.includes('Daftar'))).toBe(false);
  });
});
