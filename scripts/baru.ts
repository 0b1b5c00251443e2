/**
 * `npm run baru -- <koleksi> "Judul"`: writes content/<koleksi>/<slug>.md from that
 * collection's template (content/<koleksi>/_templat.md) with the title and today's date
 * filled in, as a draft. Refuses to overwrite a file that would have the same address, and
 * prints the new file's path and its preview URL.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { entryPath } from '../src/lib/collections.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { fillTemplate, parseCollection, slugFromTitle } from '../src/lib/scaffold.ts';
import { slugFromPath } from '../src/lib/slug.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [name, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
try {
  const collection = parseCollection(name);
  if (!title) fail(`Tulis judulnya dalam tanda kutip, misalnya: npm run baru -- ${collection} "Nama Inovasi"`);
  const slug = slugFromTitle(title);
  const folder = join(contentDir(), collection);
  const template = join(folder, '_templat.md');
  if (!existsSync(template)) fail(`Templat ${relative(process.cwd(), template)} tidak ada.`);
  const target = join(folder, `${slug}.md`);
  const clash = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/i.test(file))
    .map((file) => join(folder, file))
    .find((file) => slugFromPath(file) === slug);
  if (clash) {
    fail(
      `Berkas ${relative(process.cwd(), clash)} sudah ada dengan alamat ${entryPath(collection, slug)}; tidak ditimpa. Buka berkas itu, atau pilih judul lain.`,
    );
  }
  const today = new Date().toISOString().slice(0, 10);
  const text = fillTemplate(readFileSync(template, 'utf8'), collection, title, today);
  writeFileSync(target, text, { flag: 'wx' });
  console.log(`Berkas baru: ${relative(process.cwd(), target)}`);
  console.log(`Pratinjau (setelah npm run dev): http://localhost:4321${entryPath(collection, slug)}`);
  if (/^draf: true/m.test(text)) console.log('Berkas ini masih draf (draf: true): hanya tampil di npm run dev sampai Anda mengubahnya.');
  console.log('Isi kolomnya, lalu jalankan npm run periksa.');
} catch (error) {
  fail((error as Error).message);
}
