// Open Graph card benchmark: ms per card for each stage of drawing a share card, for the
// variants weighed in src/lib/og-image.ts, over ~50 varied cards after a warm-up. A stage alone
// is not the whole story: sharp encodes twice as fast as resvg's asPng() here, yet builds with it
// were no faster (docs/performance.md); what ships was decided by `npm run bench` builds.
//
//   npm run bench:og [-- --cards 50 --rounds 3 --out DIR]
//
// Cards: the titles of the real entries in content/ (every collection) and synthetic ones of
// 20–160 characters, with the regions of content/wilayah/jatim-kabkota.csv. Stages, each timed
// on its own (the same SVG and pixels go into every later stage, so the variants are compared on
// the same input):
//   satori            layout → SVG with every glyph as a path
//   resvg parse       new Resvg(svg) with the system fonts loaded (resvg's default, before) /
//                     without (after: the SVG has no text, so no font is needed)
//   resvg render      render(); renderAsync() does parse + render on libuv's thread pool
//   encode            resvg asPng() (shipped) / sharp from the raw pixels at several settings
//   end to end        before (resvg's defaults, asPng) and the shipped ogImage(), with an empty
//                     cache and the file written
// Wall time per stage; the end-to-end runs also give the process CPU (resvg and sharp work on
// other threads). It checks that every encoding keeps resvg's pixels (each PNG decoded again and
// compared). With --out DIR it writes the first cards in each encoding.
//
// Figures, not a pass/fail test: the machine is shared, so the load average is printed too.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH, ogFonts, ogImage, ogLayout } from '../src/lib/og-image.ts';

const { values: args } = parseArgs({
  options: {
    cards: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    out: { type: 'string' },
  },
});
const COUNT = Number(args.cards);
const ROUNDS = Number(args.rounds);
const ROOT = resolve(import.meta.dirname, '..');

// ---------------------------------------------------------------- cards
function realTitles() {
  const titles = [];
  const dir = join(ROOT, 'content');
  for (const collection of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(dir, collection.name))) {
      if (!name.endsWith('.md') || name.startsWith('_')) continue;
      const m = /^(?:judul|nama):\s*(.+)$/m.exec(readFileSync(join(dir, collection.name, name), 'utf8'));
      if (m) titles.push(m[1].replace(/^["']|["']$/g, ''));
    }
  }
  return titles;
}
const regions = readFileSync(join(ROOT, 'content/wilayah/jatim-kabkota.csv'), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter(Boolean)
  .map((line) => line.split(',')[1] ?? line.split(',')[0]);
const words = 'layanan inovasi digital pelayanan publik terpadu kesehatan ibu anak desa sekolah pangan air bersih sampah pasar perizinan daring sistem informasi masyarakat pemberdayaan perempuan nelayan petani'.split(' ');
const kinds = ['Studi kasus', 'Materi', 'Acara', 'Panduan', 'Wilayah', 'Organisasi', 'Orang', 'Topik'];

function cards(n) {
  const out = [];
  const real = realTitles();
  for (let i = 0; out.length < n; i++) {
    let title = real[i];
    if (title === undefined || i % 2) {
      const len = 20 + ((i * 37) % 140);
      title = '';
      for (let w = i; title.length < len; w += 7) title += (title ? ' ' : '') + words[w % words.length];
      title = title[0].toUpperCase() + title.slice(1);
    }
    out.push({
      kind: kinds[i % kinds.length],
      title,
      region: i % 3 ? regions[i % regions.length] : undefined,
      year: i % 4 ? String(2015 + (i % 10)) : undefined,
      site: 'Rumah Inovasi',
    });
  }
  return out;
}

// ---------------------------------------------------------------- timing
const all = cards(COUNT);
const fonts = ogFonts();
const times = new Map();
/** Process CPU (every thread: resvg's and sharp's too) of the end-to-end runs, by label. */
const cpuTimes = new Map();
function cpuOf(label, since) {
  const { user, system } = process.cpuUsage(since);
  cpuTimes.set(label, (cpuTimes.get(label) ?? 0) + (user + system) / 1000);
}
function time(label, fn) {
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  times.set(label, (times.get(label) ?? 0) + ms);
  return value;
}
async function timeAsync(label, fn) {
  const t0 = performance.now();
  const value = await fn();
  times.set(label, (times.get(label) ?? 0) + performance.now() - t0);
  return value;
}

const ENCODERS = {
  'encode: resvg asPng()': (r) => r.asPng(),
  ...Object.fromEntries(
    [
      [6, true],
      [6, false],
      [5, false],
      [4, false],
      [3, false],
      [1, false],
      [9, false],
    ].map(([level, adaptive]) => [
      `encode: sharp RGB level ${level}${adaptive ? ' adaptive' : ''}`,
      (_, pixels) =>
        sharp(pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 4 } })
          .removeAlpha()
          .png({ compressionLevel: level, adaptiveFiltering: adaptive })
          .toBuffer(),
    ]),
  ),
};

const sizes = new Map();
const mismatches = [];
async function round(record) {
  for (const [i, card] of all.entries()) {
    const svg = await timeAsync('satori (glyphs as paths)', () => satori(ogLayout(card), { width: OG_WIDTH, height: OG_HEIGHT, fonts }));
    const fitTo = { mode: 'width', value: OG_WIDTH };
    time('resvg parse, system fonts loaded (before)', () => new Resvg(svg, { fitTo }));
    const resvg = time('resvg parse, no system fonts (after)', () => new Resvg(svg, { fitTo, font: { loadSystemFonts: false } }));
    const rendered = time('resvg render', () => resvg.render());
    const pixels = time('resvg pixels (copy out)', () => rendered.pixels);
    await timeAsync('resvg renderAsync (parse + render on the thread pool)', () => renderAsync(svg, { fitTo, font: { loadSystemFonts: false } }));
    for (const [label, encode] of Object.entries(ENCODERS)) {
      const png = await timeAsync(label, () => encode(rendered, pixels));
      if (!record) continue;
      sizes.set(label, (sizes.get(label) ?? 0) + png.length);
      const back = await sharp(png).ensureAlpha().raw().toBuffer();
      if (!back.equals(pixels)) mismatches.push(`${label}, card ${i}`);
      if (args.out && i < 3) writeFileSync(join(args.out, `card-${i}-${label.replace(/\W+/g, '-')}.png`), png);
    }
  }
  // End to end, empty cache, file written: before (resvg's default options) and as shipped.
  const before = mkdtempSync(join(tmpdir(), 'ri-og-bench-'));
  let c0 = process.cpuUsage();
  for (const [i, card] of all.entries()) {
    await timeAsync('before: satori + resvg (system fonts) + asPng + write', async () => {
      const svg = await satori(ogLayout(card), { width: OG_WIDTH, height: OG_HEIGHT, fonts });
      writeFileSync(join(before, `${i}.png`), new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng());
    });
  }
  cpuOf('before: satori + resvg (system fonts) + asPng + write', c0);
  const dir = mkdtempSync(join(tmpdir(), 'ri-og-bench-'));
  const label = 'after: ogImage() as shipped';
  const t0 = performance.now();
  c0 = process.cpuUsage();
  for (const card of all) await ogImage(card, dir);
  times.set(label, (times.get(label) ?? 0) + performance.now() - t0);
  cpuOf(label, c0);
  rmSync(dir, { recursive: true, force: true });
  rmSync(before, { recursive: true, force: true });
}

if (args.out) mkdirSync(args.out, { recursive: true });
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${all.length} cards, ${ROUNDS} rounds after a warm-up round`);
await round(true);
times.clear();
cpuTimes.clear();
for (let r = 0; r < ROUNDS; r++) await round(false);
const n = all.length * ROUNDS;
const width = Math.max(...[...times.keys()].map((k) => k.length));
for (const [label, ms] of times) {
  const size = sizes.get(label);
  const cpu = cpuTimes.get(label);
  console.log(
    `${label.padEnd(width)}  ${(ms / n).toFixed(2).padStart(6)} ms/card${size ? `  ${(size / all.length / 1024).toFixed(1)} KB/card` : ''}${cpu ? `  (CPU ${(cpu / n).toFixed(1)} ms/card)` : ''}`,
  );
}
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(mismatches.length ? `PIXELS DIFFER: ${mismatches.join('; ')}` : 'every encoding decodes to the same pixels as resvg drew');
