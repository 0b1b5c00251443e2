/**
 * The editors' preview (`astro dev`) shows drafts, marked as such, while the production
 * build leaves them out (see build.test.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv } from './helpers/build.ts';

const PORT = 4399;
let server: ChildProcess | undefined;

beforeAll(async () => {
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--force', '--port', String(PORT), '--host', '127.0.0.1'], {
    env: astroEnv({
      CONTENT_DIR: resolve('tests/fixtures/konten'),
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
});
