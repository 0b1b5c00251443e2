// Prints what search costs, for the real site and for a generated corpus of 10,000 case
// studies: index size and file count, bytes transferred for a first search on /cari/
// (rare and common word, with and without a filter; the page itself counted apart), and
// the time from navigation to the first result in Chromium with a cold cache. Figures,
// not a test: docs/performance.md ("Search") records them with the machine.
//
// Usage:
//   npm run measure:search                       real site (builds dist/ if missing) and 10k corpus
//   npm run measure:search -- --only real        only the real site
//   npm run measure:search -- --only 10k         only the generated corpus
//   npm run measure:search -- --dist path        measure an already built site
//
// The 10k corpus: the real content/ plus 10,000 generated case studies (deterministic
// text from a fixed Indonesian vocabulary; "pelayanan" on almost every page as in the
// real corpus, "sampah" on about a third, "stunting" on about one in a hundred). It is
// generated here rather than taken from the "bench" helper's generator so this script
// stands alone; it is written to $TMPDIR and built with CONTENT_DIR (its own cache).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = arg('--only');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Build a corpus into a folder with Astro, or stop with its output. */
function build(contentDir, outDir) {
  const started = Date.now();
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (contentDir) {
    env.CONTENT_DIR = resolve(contentDir);
    env.ASTRO_CACHE_DIR = mkdtempSync(join(tmpdir(), 'ri-cache-'));
  }
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return (Date.now() - started) / 1000;
}

/** A small deterministic random generator (mulberry32), so every run builds the same corpus. */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'warga desa kecamatan kabupaten kota dinas badan layanan aplikasi data anggaran program kegiatan petugas ' +
  'kader posyandu sekolah guru siswa puskesmas rumah sakit pasien dokter bidan obat antrean daring luring ' +
  'administrasi dokumen akta kelahiran kartu keluarga izin usaha pajak retribusi pasar petani nelayan ' +
  'irigasi jalan jembatan air bersih sanitasi banjir bencana relawan koperasi umkm pelatihan pendampingan ' +
  'kolaborasi kemitraan swasta perguruan tinggi evaluasi pemantauan laporan keluhan pengaduan transparansi ' +
  'akuntabilitas kecepatan kemudahan biaya waktu hari minggu bulan tahun meningkat menurun berhasil ' +
  'replikasi keberlanjutan regulasi peraturan bupati wali kota gubernur sosialisasi masyarakat perempuan anak ' +
  'lansia disabilitas miskin bantuan sosial pangan gizi ibu hamil balita imunisasi vaksin pendidikan'
).split(' ');

/** The 10k corpus: real content plus generated case studies. */
function generateCorpus(dir, count) {
  cpSync('content', dir, { recursive: true });
  const orgs = readdirSync('content/organisasi').filter((f) => f.endsWith('.md') && !f.startsWith('_')).map((f) => f.replace(/\.md$/, ''));
  const topics = readdirSync('content/topik').filter((f) => f.endsWith('.md') && !f.startsWith('_')).map((f) => f.replace(/\.md$/, ''));
  const codes = [...Array.from({ length: 29 }, (_, i) => 3501 + i), ...Array.from({ length: 9 }, (_, i) => 3571 + i)];
  const statuses = ['berjalan', 'berkembang', 'vakum', 'berhenti'];
  const rnd = random(42);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const sentence = (extra = []) => {
    const words = Array.from({ length: 8 + Math.floor(rnd() * 10) }, () => pick(WORDS));
    for (const w of extra) words.splice(Math.floor(rnd() * words.length), 0, w);
    const s = words.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  for (let i = 0; i < count; i++) {
    const extra = [];
    if (rnd() < 0.95) extra.push('pelayanan');
    if (rnd() < 0.33) extra.push('sampah');
    if (rnd() < 0.01) extra.push('stunting');
    const year = 2015 + Math.floor(rnd() * 10);
    const status = pick(statuses);
    const paragraphs = Array.from({ length: 6 }, (_, p) => Array.from({ length: 4 }, () => sentence(p === 0 ? extra : [])).join(' '));
    const award = rnd() < 0.2 ? `penghargaan:\n  - kompetisi: ${pick(['kipp', 'iga', 'kovablik'])}\n    peringkat: ${pick(['Top 45', 'Top 99', 'Inovasi unggulan'])}\n    tahun: ${Math.min(year + 1, 2025)}\n` : '';
    const file = `---
judul: Inovasi Uji ${i + 1} ${pick(WORDS)} ${pick(WORDS)}
ringkasan: ${sentence(extra.slice(0, 1))} ${sentence()}
lembaga: [${pick(orgs)}]
kabupaten_kota: ${pick(codes)}
tahapan: ${pick(['inisiatif', 'uji-coba', 'penerapan'])}
jenis: ${pick(['digital', 'non-digital', 'campuran'])}
urusan: [${pick(['kesehatan', 'pendidikan', 'sosial', 'lingkungan-hidup', 'administrasi-kependudukan', 'pertanian'])}]
topik: [${pick(topics)}]
sdgs: [${1 + Math.floor(rnd() * 17)}]
tanggal_penerapan: ${year}
${award}keberlanjutan:
  status: ${status}
  diperiksa: 2025-06-01
  riwayat:
    - tanggal: 2025-01
      status: ${status}
      bukti: https://contoh.go.id/bukti/${i}
ilustrasi: true
diterbitkan: 2025-0${1 + (i % 9)}-1${i % 10}
---
## Latar belakang dan tujuan

${paragraphs[0]}

## Implementasi

${paragraphs[1]} ${paragraphs[2]}

## Signifikansi

${paragraphs[3]}

## Strategi keberlanjutan

${paragraphs[4]} ${paragraphs[5]}
`;
    writeFileSync(join(dir, 'studi-kasus', `uji-${String(i + 1).padStart(5, '0')}.md`), file);
  }
}

/** Size and file count of the index, by kind of file. */
function indexFigures(dist) {
  const root = join(dist, 'pagefind');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(root, f)).isFile());
  const kinds = { 'index chunks': /^index\//, fragments: /^fragment\//, 'filter chunks': /^filter\//, wasm: /^wasm\./, 'meta': /\.pf_meta$/ };
  const out = { total: { files: files.length, bytes: 0 } };
  for (const f of files) {
    const size = statSync(join(root, f)).size;
    out.total.bytes += size;
    const kind = Object.keys(kinds).find((k) => kinds[k].test(f)) ?? 'scripts and styles';
    out[kind] ??= { files: 0, bytes: 0 };
    out[kind].files += 1;
    out[kind].bytes += size;
  }
  return out;
}

/** Which part of a first search a response belongs to. */
function kindOf(path) {
  if (path.startsWith('/pagefind/index/')) return 'index chunks';
  if (path.startsWith('/pagefind/fragment/')) return 'fragments';
  if (path.startsWith('/pagefind/filter/')) return 'filter chunks';
  if (path.startsWith('/pagefind/wasm.')) return 'wasm';
  if (path.endsWith('.pf_meta')) return 'meta';
  if (path.startsWith('/pagefind/')) return 'Pagefind JS';
  // The lazily imported chunk holding Component UI (named after its first module).
  if (/\/_astro\/(pagefind-load|search-modal)\./.test(path)) return 'Component UI JS';
  return 'page';
}

/**
 * Serve a built site as a production host would: folders answer with index.html, and
 * text, scripts, styles and WebAssembly are gzipped when the browser accepts it (Pagefind's
 * own chunks are compressed by Pagefind already and go out as they are).
 */
async function serveGzip(root) {
  const { createServer } = await import('node:http');
  const { readFileSync } = await import('node:fs');
  const { extname, normalize } = await import('node:path');
  const { gzipSync } = await import('node:zlib');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.xml': 'application/xml', '.webp': 'image/webp' };
  const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.wasm', '.xml']);
  const cache = new Map();
  const server = createServer((req, res) => {
    let file = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const gzip = compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const key = `${file}:${gzip}`;
    if (!cache.has(key)) cache.set(key, gzip ? gzipSync(readFileSync(file), { level: 9 }) : readFileSync(file));
    res.writeHead(200, { 'Content-Type': types[ext] ?? 'application/octet-stream', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    res.end(cache.get(key));
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/**
 * Load `/cari/?…` in a fresh browser context (cold cache) and report bytes on the wire
 * (body as sent plus headers, the search worker's requests included) by kind, and the time
 * from navigation start to the first result link.
 */
async function firstSearch(browser, base, query) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const bytes = {};
  const pending = [];
  context.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        const kind = kindOf(new URL(request.url()).pathname);
        bytes[kind] = (bytes[kind] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize;
      }),
    );
  });
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('pagefind-results a.pf-result-link')) {
        window.__firstResult = performance.now();
        obs.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${base}/cari/?${query}`);
  await page.waitForFunction(() => window.__firstResult !== undefined || /tidak ditemukan/.test(document.querySelector('pagefind-summary')?.textContent ?? ''), null, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const ms = await page.evaluate(() => window.__firstResult ?? NaN);
  const count = await page.locator('pagefind-results li').count();
  await context.close();
  const search = Object.entries(bytes).filter(([k]) => k !== 'page').reduce((sum, [, v]) => sum + v, 0);
  return { query, page: bytes.page ?? 0, search, bytes, ms, count };
}

async function measure(label, dist) {
  console.log(`\n## ${label} (${dist})`);
  const idx = indexFigures(dist);
  console.log(`index: ${idx.total.files} files, ${kb(idx.total.bytes)} on disk`);
  for (const [k, v] of Object.entries(idx)) if (k !== 'total') console.log(`  ${k.padEnd(20)} ${String(v.files).padStart(6)} files ${kb(v.bytes).padStart(12)}`);
  const site = await serveGzip(resolve(dist));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    console.log('first search on /cari/ (cold cache): page (HTML, CSS, site JS) | search (Component UI and Pagefind) | time to first result | results rendered');
    for (const query of ['q=stunting', 'q=stunting&status=berjalan', 'q=pelayanan', 'q=pelayanan&status=berjalan', 'q=sampah', 'q=pelayanan+sampah']) {
      const r = await firstSearch(browser, site.url, query);
      const parts = Object.entries(r.bytes).filter(([k]) => k !== 'page').map(([k, v]) => `${k} ${kb(v)}`).join(', ');
      console.log(`  ${r.query.padEnd(28)} ${kb(r.page).padStart(9)} | ${kb(r.search).padStart(9)} | ${Number.isNaN(r.ms) ? '   —   ' : `${(r.ms / 1000).toFixed(2)} s`} | ${r.count}   (${parts})`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
if (arg('--dist')) {
  await measure('site', arg('--dist'));
} else {
  if (only !== '10k') {
    if (!existsSync('dist/pagefind/pagefind-entry.json')) console.log(`built dist/ in ${build(undefined, 'dist')} s`);
    await measure('real site', 'dist');
  }
  if (only !== 'real') {
    const count = Number(arg('--count') ?? 10_000);
    const dir = mkdtempSync(join(tmpdir(), 'ri-10k-'));
    generateCorpus(dir, count);
    const out = join(dir, '..', `${dir.split('/').pop()}-dist`);
    mkdirSync(out, { recursive: true });
    console.log(`\ngenerated ${count} case studies in ${dir}; built in ${build(dir, out)} s`);
    await measure(`${count} generated case studies`, out);
  }
}
