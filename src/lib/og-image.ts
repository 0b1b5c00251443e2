/**
 * Open Graph images: a 1200×630 card in the site's look (type, title, region, year) drawn
 * at build time with satori (layout → SVG) and resvg (SVG → PNG). Fonts come from the
 * `@fontsource/noto-sans` package (WOFF; satori does not read WOFF2), never the network.
 *
 * Cached by content: the PNG of a card is stored under a hash of everything drawn on it
 * (and of the template version), so a build redraws only cards whose text changed.
 *
 * Cost of a card drawn cold, measured in a build (`npm run bench`, 616 cards at 500 entries) and
 * by stage with `npm run bench:og`: satori ≈ 6 ms, resvg parse ≈ 1 ms, render ≈ 8 ms, `asPng()`
 * ≈ 19 ms. resvg is told not to load the system's fonts: satori's SVG has every glyph as a
 * path, so resvg needs no font, and by default it reads the system fonts for every SVG (8 ms a
 * card, a sixth of the cost). Tried and measured, not kept (docs/performance.md): encoding
 * with sharp from resvg's pixels (twice as fast alone, no faster in a build, which used more CPU
 * overall); satori's `embedFont: false` with resvg drawing the text (satori's saving went into
 * resvg's text layout, and the pixels moved); drawing the next cards ahead on libuv's thread
 * pool while the build awaits the current one (no lower wall time on this 2-core machine).
 * What did lower it: drawing on a worker thread while Astro renders the pages
 * (src/lib/og-painter.ts), not only while it waits for the cards.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

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

/**
 * resvg's options: the SVG has no text (satori draws every glyph as a path), so no font is
 * loaded; the drawing then depends on no font installed on the machine.
 */
const RESVG_OPTIONS = { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } } as const;

/** The PNG of a card, from the cache when the same card was drawn before. */
export async function ogImage(card: OgCard, cacheDir = ogCacheDir()): Promise<{ png: Buffer; cached: boolean }> {
  const file = join(cacheDir, `${ogCardKey(card)}.png`);
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  const svg = await satori(ogLayout(card) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: ogFonts() });
  const png = new Resvg(svg, RESVG_OPTIONS).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  // Written whole, then renamed: a build stopped mid-write leaves no half card in the cache.
  writeFileSync(`${file}.${process.pid}.tmp`, png);
  renameSync(`${file}.${process.pid}.tmp`, file);
  return { png, cached: false };
}
