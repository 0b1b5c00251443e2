// Prints size figures of a built site (default dist/): page count, HTML and JS/CSS
// weight gzipped (largest and median page), and the Pagefind bundle. Figures, not a
// pass/fail test: budgets are judged by people reading them over time.
// Usage: npm run build && npm run measure [-- dist]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dist, f)).isFile());
const gz = (f) => gzipSync(readFileSync(join(dist, f))).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const html = files.filter((f) => f.endsWith('.html')).map((f) => ({ f, size: gz(f) }));
const assets = files.filter((f) => f.startsWith('_astro') && /\.(js|css)$/.test(f)).map((f) => ({ f, size: gz(f) }));
const pagefind = files.filter((f) => f.startsWith('pagefind'));
const largest = html.reduce((a, b) => (b.size > a.size ? b : a), { f: '-', size: 0 });

console.log(`pages:                 ${html.length}`);
console.log(`HTML gzip, median:     ${kb(median(html.map((p) => p.size)))}`);
console.log(`HTML gzip, largest:    ${kb(largest.size)} (${largest.f})`);
for (const a of assets) console.log(`asset gzip:            ${kb(a.size)} (${a.f})`);
console.log(`Pagefind files:        ${pagefind.length}, ${kb(pagefind.reduce((s, f) => s + statSync(join(dist, f)).size, 0))} on disk`);
