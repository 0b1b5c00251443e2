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
  await page.goto(site.url + '/admin/#/collections/studi-kasus/new');
  await page.waitForTimeout(4000);
  console.log((await page.$$eval('button', bs => bs.map(b => (b.textContent ?? '') + '|' + (b.getAttribute('aria-label') ?? '')))).join('\n'));
  await page.screenshot({ path: '/tmp/shot-new.png', fullPage: false });
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
