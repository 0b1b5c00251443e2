import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogCardKey, ogImage, type OgCard } from './og-image.ts';

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
});
