// Measures what each image format costs and saves for a cover picture at the widths the
// site serves (400, 800, 1200 px): encode time and bytes for JPEG, WebP and AVIF with
// sharp's defaults (what astro:assets uses). Figures, not a test; the choice of formats in
// docs/design.md ("Images") rests on them.
// Usage: npm run measure:images [-- picture.jpg]   (default: a generated photo-like picture)
import { readFileSync } from 'node:fs';
import sharp from 'sharp';

/** A 2400×1600 picture with smooth gradients and fine noise, standing in for a photo. */
async function syntheticPhoto() {
  const width = 2400;
  const height = 1600;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const n = (random() - 0.5) * 60;
      pixels[i] = Math.max(0, Math.min(255, 40 + (x / width) * 160 + n));
      pixels[i + 1] = Math.max(0, Math.min(255, 90 + Math.sin(y / 90) * 60 + n));
      pixels[i + 2] = Math.max(0, Math.min(255, 150 - (y / height) * 100 + n));
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).blur(1.2).jpeg({ quality: 92 }).toBuffer();
}

const input = process.argv[2] ? readFileSync(process.argv[2]) : await syntheticPhoto();
console.log(`source: ${process.argv[2] ?? 'generated 2400×1600 photo-like picture'}`);
console.log('width  format  bytes    encode ms');
const totals = {};
for (const width of [400, 800, 1200]) {
  for (const format of ['jpeg', 'webp', 'avif']) {
    const start = performance.now();
    const out = await sharp(input).resize({ width }).toFormat(format).toBuffer();
    const ms = performance.now() - start;
    totals[format] ??= { bytes: 0, ms: 0 };
    totals[format].bytes += out.length;
    totals[format].ms += ms;
    console.log(`${String(width).padEnd(6)} ${format.padEnd(7)} ${String(out.length).padEnd(8)} ${ms.toFixed(0)}`);
  }
}
for (const [format, t] of Object.entries(totals)) {
  console.log(`all widths, ${format}: ${(t.bytes / 1024).toFixed(1)} KiB, ${t.ms.toFixed(0)} ms`);
}
