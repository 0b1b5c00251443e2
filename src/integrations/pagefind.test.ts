import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkEntry, pagefindIntegration } from './pagefind.ts';

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

describe('pagefindIntegration', () => {
  it('indexes a built folder with the Indonesian stemmer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-pf-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="id"><head><title>Uji</title></head><body><main data-pagefind-body><h1>Perizinan</h1></main></body></html>',
    );
    expect(await runHook(dir)).toEqual(['Pagefind: 1 berkas HTML dibaca.']);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['id']);
  });

  it('fails the build when there is nothing to index', async () => {
    await expect(runHook(mkdtempSync(join(tmpdir(), 'ri-pf-')))).rejects.toThrow(/tidak menemukan satu halaman pun/);
  });

  it('reads the written entry file back and names what is wrong with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-pf-'));
    writeFileSync(join(dir, 'pagefind-entry.json'), '');
    expect(checkEntry(dir, 3)).toMatch(/pagefind-entry\.json tidak terbaca sebagai JSON/);
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ languages: { en: { page_count: 2 } } }));
    expect(checkEntry(dir, 3)).toMatch(/tidak memuat indeks bahasa Indonesia/);
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ languages: { id: { page_count: 0 } } }));
    expect(checkEntry(dir, 3)).toMatch(/mencatat 0 halaman dari 3 berkas HTML/);
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ languages: { id: { page_count: 2 } } }));
    expect(checkEntry(dir, 3)).toBeUndefined();
  });
});
