import { cpSync, mkdtempSync, readdirSync, mkdirSync, copyFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { checkContent } from '../src/lib/content-check.ts';
const base = 'tests/fixtures/rusak';
const files = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(base, f)).isFile());
for (const f of files.sort()) {
  const dir = mkdtempSync(join(tmpdir(), 'ri-r-'));
  cpSync('tests/fixtures/konten', dir, { recursive: true });
  mkdirSync(dirname(join(dir, f)), { recursive: true });
  copyFileSync(join(base, f), join(dir, f));
  const { problems } = checkContent({ contentDir: dir, root: dir, includeDrafts: false });
  console.log('##', f);
  for (const p of problems) console.log(`  ${p.file}:${p.line} [${p.field}] ${p.message.slice(0, 150)}`);
}
