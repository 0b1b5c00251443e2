/**
 * WOFF 1.0 → TrueType/OpenType (sfnt), for resvg: resvg reads only sfnt font files, and the
 * fonts come from `@fontsource/noto-sans`, which ships WOFF and WOFF2 only. WOFF 1.0 is the
 * sfnt's own tables, each zlib-compressed when that is smaller (W3C WOFF 1.0, section 5), so
 * inflating them and writing the sfnt table directory again gives back the original font.
 * Hand-rolled because no installed package does it (fontkit/wawoff are not dependencies) and
 * it is thirty lines of the format.
 */
import { inflateSync } from 'node:zlib';

/** The sfnt font inside a WOFF 1.0 file; throws on anything else (e.g. WOFF2). */
export function sfntFromWoff(woff: Buffer): Buffer {
  if (woff.length < 44 || woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compressed);
    const data = compressed < length ? inflateSync(stored) : stored;
    if (data.length !== length) throw new Error(`WOFF table ${i} is ${data.length} bytes, not ${length}`);
    return { tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data };
  });
  const padded = (n: number) => (n + 3) & ~3;
  const sfnt = Buffer.alloc(12 + 16 * count + tables.reduce((sum, t) => sum + padded(t.data.length), 0));
  // Offset table: flavor, numTables, searchRange, entrySelector, rangeShift.
  const selector = Math.floor(Math.log2(count));
  sfnt.writeUInt32BE(woff.readUInt32BE(4), 0);
  sfnt.writeUInt16BE(count, 4);
  sfnt.writeUInt16BE(2 ** selector * 16, 6);
  sfnt.writeUInt16BE(selector, 8);
  sfnt.writeUInt16BE(count * 16 - 2 ** selector * 16, 10);
  let offset = 12 + 16 * count;
  tables.forEach((table, i) => {
    const entry = 12 + 16 * i;
    sfnt.writeUInt32BE(table.tag, entry);
    sfnt.writeUInt32BE(table.checksum, entry + 4);
    sfnt.writeUInt32BE(offset, entry + 8);
    sfnt.writeUInt32BE(table.data.length, entry + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}
