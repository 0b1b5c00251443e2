import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sfntFromWoff } from './woff.ts';

const require = createRequire(import.meta.url);
const woff = readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'));

/** The OpenType checksum of a table: the sum of its big-endian 32-bit words. */
function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

describe('sfntFromWoff', () => {
  it('gives back the font: every table where the directory says, matching its checksum', () => {
    const sfnt = sfntFromWoff(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    const count = sfnt.readUInt16BE(4);
    expect(count).toBe(woff.readUInt16BE(12));
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // totalSfntSize from the WOFF header
    const tags: string[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 12 + 16 * i;
      const tag = sfnt.toString('latin1', entry, entry + 4);
      const table = Buffer.from(sfnt.subarray(sfnt.readUInt32BE(entry + 8), sfnt.readUInt32BE(entry + 8) + sfnt.readUInt32BE(entry + 12)));
      // head's checksum is taken with its checkSumAdjustment field (bytes 8–11) zeroed.
      if (tag === 'head') table.fill(0, 8, 12);
      expect(checksum(table), tag).toBe(sfnt.readUInt32BE(entry + 4));
      tags.push(tag);
    }
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca', 'name']));
  });

  it('refuses what is not WOFF 1.0', () => {
    const woff2 = readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2'));
    expect(() => sfntFromWoff(woff2)).toThrow('not a WOFF 1.0 font');
  });
});
