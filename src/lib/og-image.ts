/**
 * Open Graph images: a 1200×630 card in the site's look (type, title, region, year) drawn
 * at build time with satori (layout → SVG) and resvg (SVG → PNG). Fonts come from the
 * `@fontsource/noto-sans` package (WOFF; satori does not read WOFF2), never the network.
 *
 * Cached by content: the PNG of a card is stored under a hash of everything drawn on it
 * (and of the template version), so a build redraws only cards whose text changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

/** What a card says. */
export interface OgCard {
  /** Content type, e.g. "Studi kasus". */
  kind: string;
  title: string;
  /** Kab/kota or "Provinsi Jawa Timur". */
  region?: string | undefined;
  year?: string | undefined;
  /** Site name, bottom left. */
  site: string;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the drawing changes, so every cached card is redrawn once. */
const TEMPLATE_VERSION = 2;

/**
 * The card's colours: the light theme's header, text and badge tokens of
 * src/styles/global.css (an image cannot read CSS custom properties).
 */
const PALETTE = { background: '#0b4f77', text: '#ffffff', muted: '#d5e6f1', accent: '#ffbf47', line: '#2f7aa6' };

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
/** The two Noto Sans weights the card uses, read once. */
export function ogFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans',
    data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** Where cards are kept between builds (OG_CACHE_DIR, default inside node_modules/.cache). */
export function ogCacheDir(): string {
  return process.env['OG_CACHE_DIR'] ?? join('node_modules', '.cache', 'rumah-inovasi-og');
}

/** The cache key of a card: a hash of what is drawn and of the template version. */
export function ogCardKey(card: OgCard): string {
  return createHash('sha256').update(JSON.stringify([TEMPLATE_VERSION, card])).digest('hex').slice(0, 32);
}

type El = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): El => ({ type, props: { style, children } });

/** The card as satori's element tree (plain objects, no JSX). */
export function ogLayout(card: OgCard): El {
  const footer = [card.region, card.year].filter(Boolean).join(' · ');
  const size = card.title.length > 90 ? 52 : card.title.length > 50 ? 62 : 76;
  return el(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: PALETTE.background, color: PALETTE.text, fontFamily: 'Noto Sans' },
    [
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: PALETTE.accent, textTransform: 'uppercase', letterSpacing: 2 }, card.kind),
        el('div', { display: 'flex', marginTop: 24, fontSize: size, fontWeight: 700, lineHeight: 1.15 }, card.title),
      ]),
      el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', borderTop: `3px solid ${PALETTE.line}`, paddingTop: 28, fontSize: 30 }, [
        el('div', { display: 'flex', fontWeight: 700 }, card.site),
        el('div', { display: 'flex', color: PALETTE.muted }, footer),
      ]),
    ],
  );
}

/** Writes a file whole, then renames it: a build stopped mid-write leaves no half card. */
async function writeWhole(file: string, data: Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.${process.pid}.tmp`, data);
  await rename(`${file}.${process.pid}.tmp`, file);
}

/**
 * resvg's options. satori's SVG has every glyph as a path, so resvg needs no font: without
 * `loadSystemFonts: false` it would read the system's fonts for every card (8–9 ms).
 */
const RESVG_OPTIONS = { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } } as const;

/**
 * Draws a card: satori lays it out on this thread; resvg (`renderAsync`) and sharp's PNG
 * encoder run on libuv's thread pool, so this thread is free for the next card meanwhile
 * (`drawAhead`). sharp encodes resvg's pixels as an RGB PNG (the card is opaque: alpha is all
 * 255), zlib level 6 without adaptive filtering: about half the time of resvg's `asPng()`
 * and a quarter smaller, the same pixels.
 */
async function draw(card: OgCard): Promise<Buffer> {
  const svg = await satori(ogLayout(card) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: ogFonts() });
  const image = await renderAsync(svg, RESVG_OPTIONS);
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
}

/** Cards being drawn, by cache file: `drawAhead` starts them, `ogImage` takes them over. */
const drawing = new Map<string, Promise<Buffer>>();

function drawToCache(card: OgCard, file: string): Promise<Buffer> {
  let promise = drawing.get(file);
  if (!promise) {
    promise = draw(card).then(async (png) => {
      await writeWhole(file, png);
      return png;
    });
    drawing.set(file, promise);
    // Forgotten once settled: a finished card is then read from the cache; a failed one is
    // drawn again by `ogImage`, whose caller gets the error.
    promise.then(
      () => drawing.delete(file),
      () => drawing.delete(file),
    );
  }
  return promise;
}

/** The PNG of a card, from the cache when the same card was drawn before. */
export async function ogImage(card: OgCard, cacheDir = ogCacheDir()): Promise<{ png: Buffer; cached: boolean }> {
  const file = join(cacheDir, `${ogCardKey(card)}.png`);
  const pending = drawing.get(file);
  if (pending) {
    const png = await pending.catch(() => undefined);
    if (png) return { png, cached: false };
  }
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  return { png: await drawToCache(card, file), cached: false };
}

/**
 * Starts drawing cards that are about to be asked for (the build asks for them in order), so
 * that satori lays out the next card on the main thread while resvg and sharp finish the
 * previous ones on the thread pool. Cards already cached or being drawn are skipped; errors
 * surface from the `ogImage` call that asks for the card.
 */
export function drawAhead(cards: readonly OgCard[], cacheDir = ogCacheDir()): void {
  for (const card of cards) {
    const file = join(cacheDir, `${ogCardKey(card)}.png`);
    if (drawing.has(file) || existsSync(file)) continue;
    drawToCache(card, file).catch(() => {});
  }
}
