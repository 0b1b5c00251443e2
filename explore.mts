import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './tests/helpers/serve.ts';
import { launchBrowser } from './tests/helpers/browser.ts';
const clone = mkdtempSync(join(tmpdir(), 'ri-clone-'));
execFileSync('git', ['clone', '-q', process.cwd(), clone]);
execFileSync('git', ['-C', clone, 'checkout', '-q', '-B', 'main']);
const port = 20000 + Math.floor(Math.random()*20000);
const ds = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], { env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: clone, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'error' }, stdio: 'inherit' });
await new Promise(r => setTimeout(r, 2000));
const site = await serve('/tmp/ri-editor-dist', { apiPort: port });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', m => { if (m.type() !== 'log') console.log('[console]', m.type(), m.text().slice(0, 300)); });
await page.goto(site.url + '/admin/');
await page.getByRole('button', { name: 'Masuk' }).click();
await page.waitForTimeout(3000);
const step = process.argv[2];
if (step === 'new') {
  async function field(label) { const id = await page.locator('label').filter({ hasText: label }).first().getAttribute('for'); return page.locator(`[id="${id}"]`); }
  async function choose(label, typed, option) { const input = await field(label); await input.click(); await input.pressSequentially(typed); await page.getByRole('option', { name: option }).first().click(); }
  await page.goto(site.url + '/admin/#/collections/studi-kasus/new');
  await (await field(/^Judul$/)).fill('Layanan Uji Formulir');
  await (await field(/^Ringkasan/)).fill('Layanan contoh yang dibuat lewat formulir untuk menguji penyunting.');
  await choose(/^Lembaga pelaksana/, 'Biro Organisasi', /Biro Organisasi/);
  await choose(/^Kabupaten\/kota/, 'Surabaya', /Kota Surabaya/);
  await page.getByRole('button', { name: /Tambah penghargaan/i }).click();
  await choose(/^Kompetisi/, 'KIPP', /KIPP/);
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
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.waitForTimeout(5000);
  await page.screenshot({ path: '/tmp/shot-new.png' });
  const errs = await page.$$eval('[class*="ControlErrorsList"], ul li', ls => ls.map(l => l.textContent).filter(t => t && t.length < 200).slice(0, 20));
  console.log(errs.join('\n'));
  console.log(execFileSync('git', ['-C', clone, 'branch'], {encoding: 'utf8'}));
} else {
  await page.goto(site.url + '/admin/#/collections/studi-kasus/entries/blood-jek');
  await page.waitForTimeout(4000);
  const id = await page.locator('label').filter({ hasText: /^Judul$/ }).first().getAttribute('for');
  await page.locator(`[id="${id}"]`).fill('Blood Jek (PMI Lumajang)');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.waitForTimeout(5000);
  await page.screenshot({ path: '/tmp/shot-edit.png' });
  console.log(execFileSync('git', ['-C', clone, 'branch', '-a'], {encoding: 'utf8'}));
}
await browser.close(); await site.close(); ds.kill();
