import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogCardKey, ogFonts, ogImage, ogLayout, type OgCard } from './og-image.ts';

const card: OgCard = { kind: 'Studi kasus', title: 'Layanan Contoh', region: 'Kota Surabaya', year: '2019', site: 'Rumah Inovasi' };

/** Width and height from a PNG's IHDR chunk. */
const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('Open Graph images', () => {
  it('draws a 1200×630 PNG and keeps it, so the same card is not drawn twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-og-'));
    const first = await ogImage(card, dir);
    expect(first.cached).toBe(false);
    expect(first.png.subarray(1, 4).toString()).toBe('PNG');
    expect(size(first.png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    const second = await ogImage(card, dir);
    expect(second.cached).toBe(true);
    expect(second.png.equals(first.png)).toBe(true);
    expect(readdirSync(dir)).toEqual([`${ogCardKey(card)}.png`]);
  });

  it('redraws a card whose text changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-og-'));
    await ogImage(card, dir);
    expect(ogCardKey({ ...card, title: 'Judul baru' })).not.toBe(ogCardKey(card));
    expect((await ogImage({ ...card, title: 'Judul baru' }, dir)).cached).toBe(false);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('draws without any font of the machine the same pixels as resvg with them', async () => {
    // A long title wraps over three lines; the footer has both weights and a middle dot.
    const long: OgCard = { ...card, title: 'Workshop Penguatan Keberlanjutan Inovasi Pelayanan Publik Provinsi Jawa Timur Tahun 2024' };
    const { png } = await ogImage(long, mkdtempSync(join(tmpdir(), 'ri-og-')));
    const drawn = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(drawn.info).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT });
    // The reference: the same layout through resvg's defaults, which load the system's fonts.
    const svg = await satori(ogLayout(long) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: ogFonts() });
    const reference = new Resvg(svg).render().pixels;
    expect(drawn.data.equals(reference)).toBe(true);
    // And the text is there: white title pixels (#ffffff on #0b4f77).
    let white = 0;
    for (let i = 0; i < drawn.data.length; i += 4) if (drawn.data[i] === 255 && drawn.data[i + 1] === 255 && drawn.data[i + 2] === 255) white++;
    expect(white).toBeGreaterThan(20_000);
  });
});
