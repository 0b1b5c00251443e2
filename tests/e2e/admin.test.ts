/**
 * The form editor end to end, as an editor uses it: real Chromium on the built /admin/,
 * `decap-server` (the local backend, MODE=git, on 127.0.0.1) writing to a temporary git
 * clone of this repository, editorial workflow on. Through the form, a new case study is
 * created and an existing one changed; the test then reads the branches git has, checks
 * the new file against the real schema, builds the site with it, and measures the diff of
 * the edit. No CSP violation and no request to another origin is allowed on the way.
 *
 * With RI_SCREENSHOTS=<folder> (`npm run tangkapan-layar`) it also saves the screenshots
 * CONTRIBUTING.md shows, one per step.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { validateFile } from '../helpers/validate.ts';

const SCREENSHOTS = process.env['RI_SCREENSHOTS'];
const NEW_TITLE = 'Layanan Uji Formulir';
const NEW_SLUG = 'layanan-uji-formulir';
const EDITED = 'blood-jek';

let clone: string;
let decap: ChildProcess;
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;
const otherOrigin: string[] = [];
const violations: string[] = [];

const git = (...args: string[]) => execFileSync('git', ['-C', clone, ...args], { encoding: 'utf8' });

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function waitForDecap(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('decap-server tidak menjawab.');
}

async function shot(name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The form control a label points at (Decap labels every control with `for`). */
async function field(label: RegExp): Promise<ReturnType<Page['locator']>> {
  const element = page.locator('label').filter({ hasText: label }).first();
  const id = await element.getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

/** Pick an option in a select or relation (react-select): type, wait, choose. */
async function choose(label: RegExp, typed: string, option: RegExp): Promise<void> {
  const input = await field(label);
  await input.click();
  await input.pressSequentially(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** Save, and wait until the entry's branch exists in the clone. */
async function save(branch: string): Promise<void> {
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByText('Perubahan tersimpan').first().waitFor({ timeout: 30_000 });
  await expect
    .poll(() => git('branch', '--list', branch).trim(), { timeout: 30_000, interval: 250 })
    .not.toBe('');
}

beforeAll(async () => {
  clone = mkdtempSync(join(tmpdir(), 'ri-klon-'));
  execFileSync('git', ['clone', '--quiet', process.cwd(), clone]);
  // The CMS targets `main`; the clone's checked-out branch becomes it whatever it was called.
  git('checkout', '--quiet', '-B', 'main');
  git('config', 'user.email', 'uji@contoh.invalid');
  git('config', 'user.name', 'Uji');
  const port = await freePort();
  decap = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: clone, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  await waitForDecap(port);
  site = await serve(inject('fixtureDist'), { apiPort: port });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(site.url) && !url.startsWith('data:') && !url.startsWith('blob:')) otherOrigin.push(url);
  });
  // Reported to the test itself, so violations before a reload are kept.
  await page.exposeFunction('reportViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportViolation: (v: string) => void }).reportViolation;
    document.addEventListener('securitypolicyviolation', (e) => report(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${site.url}/admin/`);
  await shot('1-masuk');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByText('Studi kasus').first().waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  decap?.kill();
  if (clone) rmSync(clone, { recursive: true, force: true });
});

describe('form editor at /admin/', () => {
  it('creates a case study through the form, on its own branch, valid and buildable', async () => {
    await page.goto(`${site.url}/admin/#/collections/studi-kasus`);
    await page.getByText('Blood Jek Si Pengawal Nyawa').first().waitFor();
    await shot('2-daftar-studi-kasus');
    await page.goto(`${site.url}/admin/#/collections/studi-kasus/new`);
    await (await field(/^Judul$/)).fill(NEW_TITLE);
    await (await field(/^Ringkasan/)).fill('Layanan contoh yang dibuat lewat formulir untuk menguji penyunting.');
    await choose(/^Lembaga pelaksana/, 'Biro Organisasi', /Biro Organisasi/);
    await choose(/^Kabupaten\/kota/, 'Surabaya', /Kota Surabaya/);
    // A measured result shows the service running, so by the written rule the stage is penerapan.
    await choose(/^Tahapan/, 'Penerapan', /Penerapan/);
    await shot('3-formulir-baru');

    await page.getByRole('button', { name: /Tambah penghargaan/i }).click();
    await choose(/^Kompetisi/, 'KIPP', /KIPP/);
    await choose(/^Penerima penghargaan/, 'inovasi', /kepada inovasi/);
    await (await field(/^Peringkat/)).fill('Top 99');
    await (await field(/^Tahun/)).fill('2020');
    await (await field(/^Sumber penghargaan/)).fill('https://contoh.go.id/penghargaan');

    await page.getByRole('button', { name: /Tambah hasil terukur/i }).click();
    await (await field(/^Indikator/)).fill('Waktu layanan');
    await (await field(/^Angka sesudah/)).fill('3');
    await (await field(/^Satuan/)).fill('hari');
    await (await field(/^Sumber angka/)).fill('https://contoh.go.id/hasil');

    await page.getByRole('button', { name: /Tambah sumber/i }).last().click();
    await (await field(/^Judul sumber/)).fill('Berita contoh tentang layanan');
    await (await field(/^Alamat web sumber/)).fill('https://contoh.go.id/berita');
    await shot('4-penghargaan-hasil-sumber');

    const branch = `cms/studi-kasus/${NEW_SLUG}`;
    await save(branch);
    await shot('5-tersimpan');

    const text = git('show', `${branch}:content/studi-kasus/${NEW_SLUG}.md`);
    const file = join(mkdtempSync(join(tmpdir(), 'ri-baru-')), `${NEW_SLUG}.md`);
    writeFileSync(file, text);
    expect(validateFile('studi-kasus', file)).toEqual([]);
    expect(text).toMatch(/^judul: Layanan Uji Formulir$/m);
    expect(text).toMatch(/^lembaga: \[biro-organisasi-jatim\]$/m);
    expect(text).toMatch(/^kabupaten_kota: 3578$/m);
    expect(text).toContain('## Latar belakang dan tujuan');

    // The site builds with it: the clone's content on that branch.
    git('checkout', '--quiet', branch);
    const build = buildSite(join(clone, 'content'));
    git('checkout', '--quiet', 'main');
    expect(build.status, build.output).toBe(0);
  }, 300_000);

  it('changes one field of an existing case study with a one-line diff', async () => {
    await page.goto(`${site.url}/admin/#/collections/studi-kasus/entries/${EDITED}`);
    await page.reload();
    // The entry is loaded once its title is in the form.
    await expect
      .poll(async () => (await field(/^Judul$/)).inputValue().catch(() => ''), { timeout: 30_000 })
      .toBe('Blood Jek Si Pengawal Nyawa');
    const title = await field(/^Judul$/);
    await title.fill('Blood Jek (PMI Lumajang)');
    await shot('6-ubah-entri');
    const branch = `cms/studi-kasus/${EDITED}`;
    await save(branch);
    const diff = git('diff', '--unified=0', 'main', branch, '--', `content/studi-kasus/${EDITED}.md`);
    const changed = diff.split('\n').filter((l) => /^[-+](?![-+])/.test(l));
    const total = git('show', `main:content/studi-kasus/${EDITED}.md`).split('\n').length;
    const removed = changed.filter((l) => l.startsWith('-')).length;
    const added = changed.length - removed;
    console.log(`Penyunting formulir: satu kolom diubah → ${removed} baris dihapus, ${added} baris ditambah, dari ${total} baris berkas.`);
    expect(changed).toEqual(['-judul: Blood Jek Si Pengawal Nyawa', '+judul: Blood Jek (PMI Lumajang)']);
  }, 120_000);

  it('shows the editorial workflow: each change waits as its own entry', async () => {
    await page.goto(`${site.url}/admin/#/workflow`);
    await page.getByText(NEW_TITLE).first().waitFor({ timeout: 60_000 });
    await shot('7-alur-kerja');
    expect(await page.getByText('Blood Jek (PMI Lumajang)').count()).toBeGreaterThan(0);
    // Decap's own board speaks Indonesian: its column headings, and each card's date in
    // numbers (day/month/year), never an English month name.
    expect(await page.getByText('Ditinjau', { exact: true }).count()).toBeGreaterThan(0);
    const dates = await page.getByText(/^\d{2}\/\d{2}\/\d{4}( oleh .+)?$/).allInnerTexts();
    expect(dates.length).toBeGreaterThanOrEqual(2);
  }, 90_000);

  it('made no request to another origin and broke no CSP rule', async () => {
    expect(otherOrigin).toEqual([]);
    expect(violations).toEqual([]);
  });
});

describe('the /admin/ page itself', () => {
  it('is noindex, carries its own CSP, and every other page keeps the strict one', async () => {
    const other = await browser.newPage();
    await other.goto(`${site.url}/admin/`);
    const robots = await other.locator('meta[name="robots"]').getAttribute('content');
    const adminCsp = await other.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    await other.goto(`${site.url}/studi-kasus/layanan-contoh/`);
    const pageCsp = await other.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    await other.close();
    expect(robots).toBe('noindex, nofollow');
    expect(adminCsp).toContain("script-src 'self' 'unsafe-eval'");
    expect(adminCsp).toContain("style-src 'self' 'unsafe-inline'");
    expect(pageCsp).toBeTruthy();
    expect(pageCsp).not.toContain("'unsafe-eval'");
    expect(pageCsp).not.toContain("'unsafe-inline'");
  });

  it('is left out of the sitemap and serves Decap from this site only', () => {
    const dist = inject('fixtureDist');
    const sitemap = readdirSync(dist)
      .filter((f) => /^sitemap.*\.xml$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    expect(sitemap).toContain('/studi-kasus/layanan-contoh/');
    expect(sitemap).not.toContain('/admin');
    const html = readFileSync(join(dist, 'admin', 'index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(readdirSync(join(dist, 'admin'))).toEqual(expect.arrayContaining(['decap-cms.js', 'main.js', 'config.yml']));
  });
});
