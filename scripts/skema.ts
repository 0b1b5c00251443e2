/**
 * `npm run skema`: regenerates everything editors' tools read from the schemas: the JSON
 * Schemas in `skema/` (VS Code, through .remarkrc.mjs) and the field reference in
 * CONTRIBUTING.md. `npm run skema -- --periksa` only reports what is out of date (exit 1).
 * The form editor's config.yml is generated at build time by the same walk.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generatedFiles } from '../src/lib/generated-files.ts';

const checkOnly = process.argv.includes('--periksa');
const stale: string[] = [];
for (const [path, text] of Object.entries(generatedFiles(process.cwd()))) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === text) continue;
  stale.push(path);
  if (!checkOnly) {
    mkdirSync(path.slice(0, path.lastIndexOf('/')) || '.', { recursive: true });
    writeFileSync(path, text);
  }
}
if (checkOnly && stale.length > 0) {
  console.error(`Berkas turunan skema belum diperbarui: ${stale.join(', ')}. Jalankan: npm run skema`);
  process.exit(1);
}
console.log(stale.length === 0 ? 'Semua berkas turunan skema sudah mutakhir.' : `Diperbarui: ${stale.join(', ')}`);
