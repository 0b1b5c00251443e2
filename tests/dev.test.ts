/**
 * The editors' preview (`astro dev`) shows drafts, marked as such, while the production
 * build leaves them out (see build.test.ts); shows a content mistake on the page itself;
 * refuses to move to another port when its port is taken; explains on the search page that
 * there is no search index before a build; and serves the page script's
 * on-demand module from its source, at the root and under a sub-path (`RI_BASE`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY } from '../src/integrations/page-script.ts';
import { astroEnv, copyFixtureCorpus, fixturePublicDir } from './helpers/build.ts';

const corpus = copyFixtureCorpus();

const PORT = 4399;

/** `astro dev` on `port`, resolved once it says it is ready; `stop()` ends it and waits for the exit. */
async function startDev(port: number, extra: Record<string, string>): Promise<{ stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--force', '--port', String(port), '--host', '127.0.0.1'], {
    env: astroEnv({ ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ri-cache-')), PUBLIC_DIR: fixturePublicDir(), ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ready, fail) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes(`${port}`) && /ready|Local/i.test(log)) ready();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => fail(new Error(`astro dev berhenti (kode ${code}):\n${log}`)));
  });
  return {
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.on('exit', () => done());
        child.kill();
      }),
  };
}

/** A page, polled while the server answers before the content layer has synced. */
async function fetchPage(url: string): Promise<Response> {
  let response = await fetch(url);
  for (let i = 0; i < 40 && response.status === 404; i++) {
    await new Promise((r) => setTimeout(r, 500));
    response = await fetch(url);
  }
  return response;
}

/**
 * The enhancement module the page script imports in dev (its source, which Vite serves as
 * JavaScript), and every module that one imports in turn, each fetched as the browser would.
 */
async function pageScriptModule(origin: string, page: string): Promise<{ url: string; answers: string[] }> {
  const response = await fetchPage(`${origin}${page}`);
  const html = await response.text();
  expect(response.status, html.slice(0, 3000)).toBe(200);
  // The page script is the one that keeps the theme (dev adds scripts of its own).
  const script = [...parseHTML(html).document.querySelectorAll('head script')].map((s) => s.textContent ?? '').find((t) => t.includes(THEME_STORAGE_KEY)) ?? '';
  const url = /import\("([^"]+)"\)/.exec(script)?.[1] ?? '';
  const answer = async (path: string) => {
    const r = await fetch(new URL(path, origin));
    return { body: await r.text(), line: `${r.status} ${r.headers.get('content-type')?.split(';')[0]} ${path}` };
  };
  const module = await answer(url);
  const imports = [...module.body.matchAll(/(?:from\s*|import\()\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(imports.length, module.line).toBeGreaterThan(1);
  const answers = [module.line, ...(await Promise.all(imports.map(async (i) => (await answer(i)).line)))];
  return { url, answers };
}

describe('preview with npm run dev', () => {
  let server: { stop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await startDev(PORT, { CONTENT_DIR: corpus });
  });
  afterAll(async () => {
    await server?.stop();
  });

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

  it('the search page explains that the preview has no search index until a build', { timeout: 60_000 }, async () => {
    const response = await fetchPage(`http://127.0.0.1:${PORT}/cari/`);
    const html = await response.text();
    expect(response.status, html.slice(0, 3000)).toBe(200);
    const notice = parseHTML(html).document.querySelector('[data-ri-search] [data-ri-search-error]');
    expect(notice?.hasAttribute('hidden')).toBe(true);
    expect(notice?.textContent).toContain('Pencarian tidak dapat dimuat saat ini.');
    expect(notice?.textContent).toContain('Di pratinjau (npm run dev) indeks pencarian belum ada');
    expect(notice?.textContent).toContain('Jalankan npm start');
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

  it('serves the module the page script imports from its source, as JavaScript, with everything it imports', { timeout: 60_000 }, async () => {
    const { url, answers } = await pageScriptModule(`http://127.0.0.1:${PORT}`, '/studi-kasus/layanan-contoh/');
    expect(url).toBe('/src/scripts/enhance.ts');
    expect(answers.filter((a) => !a.startsWith('200 text/javascript '))).toEqual([]);
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

describe('preview under a sub-path (RI_BASE)', () => {
  const base = '/rumah-inovasi/';
  let server: { stop: () => Promise<void> } | undefined;
  let origin = '';
  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = await startDev(port, { CONTENT_DIR: corpus, RI_BASE: base });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves pages under the base, and the module the page script imports (and its imports) resolve', { timeout: 60_000 }, async () => {
    const { url, answers } = await pageScriptModule(origin, `${base}studi-kasus/layanan-contoh/`);
    expect(url).toBe(`${base}src/scripts/enhance.ts`);
    expect(answers.filter((a) => !a.startsWith('200 text/javascript '))).toEqual([]);
  });
});

/** A port no one is listening on, from the system. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}
