/**
 * The editors' preview (`astro dev`) shows drafts, marked as such, while the production
 * build leaves them out (see build.test.ts); shows a content mistake on the page itself;
 * and refuses to move to another port when its port is taken.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, copyFixtureCorpus } from './helpers/build.ts';

const corpus = copyFixtureCorpus();

const PORT = 4399;
let server: ChildProcess | undefined;

beforeAll(async () => {
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--force', '--port', String(PORT), '--host', '127.0.0.1'], {
    env: astroEnv({
      CONTENT_DIR: corpus,
      ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ri-cache-')),
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ready, fail) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes(`${PORT}`) && /ready|Local/i.test(log)) ready();
    };
    server?.stdout?.on('data', onData);
    server?.stderr?.on('data', onData);
    server?.on('exit', (code) => fail(new Error(`astro dev berhenti (kode ${code}):\n${log}`)));
  });
});

afterAll(() => {
  server?.kill();
});

describe('preview with npm run dev', () => {
  it('shows a draft with a visible draft notice', { timeout: 60_000 }, async () => {
    // The server answers before the content layer has synced; poll until the page is there.
    let response = await fetch(`http://127.0.0.1:${PORT}/studi-kasus/draf-contoh/`);
    for (let i = 0; i < 40 && response.status === 404; i++) {
      await new Promise((r) => setTimeout(r, 500));
      response = await fetch(`http://127.0.0.1:${PORT}/studi-kasus/draf-contoh/`);
    }
    const body = await response.clone().text();
    expect(response.status, body.slice(0, 3000)).toBe(200);
    const html = await response.text();
    expect(html).toContain('Draf Rahasia Contoh');
    expect(html).toContain('Entri ini masih draf');
  });

  it('shows a content mistake on the page itself, in Indonesian, then the page again once fixed', { timeout: 60_000 }, async () => {
    const file = join(corpus, 'studi-kasus', 'layanan-contoh.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^judul: .*$/m, 'judul: "Layanan "Contoh" Rusak"'));
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/studi-kasus/layanan-contoh/`);
      expect(response.status).toBe(500);
      const { document } = parseHTML(await response.text());
      expect(document.querySelector('h1')?.textContent).toBe('Konten perlu diperbaiki');
      const items = [...document.querySelectorAll('li.masalah')];
      expect(items).toHaveLength(1);
      expect(items[0]?.querySelector('.lokasi')?.textContent).toMatch(/studi-kasus\/layanan-contoh\.md, baris 2, kolom judul/);
      expect(items[0]?.textContent).toMatch(/tanda kutip " di dalam teks/);
    } finally {
      writeFileSync(file, good);
    }
    const fixed = await fetch(`http://127.0.0.1:${PORT}/studi-kasus/layanan-contoh/`);
    expect(fixed.status).toBe(200);
  });

  it('a new file that is broken from the start shows on every page, not as a missing reference', { timeout: 60_000 }, async () => {
    const file = join(corpus, 'panduan', 'panduan-rusak.md');
    writeFileSync(file, '---\njudul: Panduan Rusak\nringkasan: Uji.\ntingkat: dasar\npemilik: pemprov-contoh\nilustrasi: true\nditerbitkan: 2026-11-27\n---\nLihat [x](/panduan/tidak-ada/).\n');
    try {
      // Poll: the content check reruns as soon as the folder changes.
      let response = await fetch(`http://127.0.0.1:${PORT}/panduan/panduan-contoh/`);
      for (let i = 0; i < 20 && response.status !== 500; i++) {
        await new Promise((r) => setTimeout(r, 250));
        response = await fetch(`http://127.0.0.1:${PORT}/panduan/panduan-contoh/`);
      }
      const { document } = parseHTML(await response.text());
      expect(document.querySelector('h1')?.textContent).toBe('Konten perlu diperbaiki');
      const items = [...document.querySelectorAll('li.masalah')].map((li) => li.querySelector('.lokasi')?.textContent);
      expect(items).toEqual([expect.stringMatching(/panduan\/panduan-rusak\.md, baris 9, kolom \(isi\)$/)]);
    } finally {
      rmSync(file);
    }
  });

  it('stops with an error instead of moving to another port when its port is taken', { timeout: 60_000 }, () => {
    const second = spawnSync(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'],
      { env: astroEnv({ CONTENT_DIR: corpus, ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ri-cache-')) }), encoding: 'utf8', timeout: 50_000 },
    );
    const output = `${second.stdout}${second.stderr}`;
    expect(second.status, output).not.toBe(0);
    expect(output).toMatch(/4399/);
    expect(output).not.toMatch(/Local\s+http:\/\/127\.0\.0\.1:(?!4399)\d+/);
  });
});
