/**
 * Files derived from the schemas stay in step with them: the JSON Schemas in `skema/` and
 * CONTRIBUTING's field reference (`npm run skema` regenerates both), and the VS Code wiring
 * (.remarkrc.mjs) really reports a wrong field at its line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../src/lib/generated-files.ts';
import type { Preset } from 'unified';
import config from '../.remarkrc.mjs';

const remarkConfig = config as Preset;

describe('files generated from the schemas', () => {
  const files = generatedFiles(process.cwd());

  it.each(Object.keys(files))('%s is up to date (run `npm run skema` if not)', (path) => {
    expect(readFileSync(path, 'utf8') === files[path], `${path} is out of date: run npm run skema`).toBe(true);
  });

  it('the field reference lists every field of a case study, with its label and hint', () => {
    const text = files['CONTRIBUTING.md'] ?? '';
    expect(text).toMatch(/^\| `penghargaan\[\]\.kompetisi` \| Kompetisi \| wajib di tiap butir \| salah satu: `kipp` \(KIPP \(KemenPAN-RB\)\)/m);
    expect(text).toMatch(/^\| `keberlanjutan\.riwayat\[\]\.bukti` \| Bukti \| wajib di tiap butir \| teks \| Alamat web bukti, atau `id`/m);
  });
});

describe('VS Code frontmatter checks (.remarkrc.mjs)', () => {
  it('reports a wrong enum value at its line, against the generated JSON Schema', async () => {
    const text = readFileSync('content/studi-kasus/blood-jek.md', 'utf8').replace('jenis: non-digital', 'jenis: digitl');
    const file = new VFile({ path: 'content/studi-kasus/blood-jek.md', value: text });
    await remark().use(remarkConfig).process(file);
    const line = text.split('\n').findIndex((l) => l === 'jenis: digitl') + 1;
    expect(file.messages.map((m) => [m.line, m.reason.split(' • ')[0]])).toEqual([
      [line, 'Must be equal to one of the allowed values: `digital`, `non-digital`, `campuran`'],
    ]);
  });

  it('finds nothing wrong in any real content file', async () => {
    const problems: string[] = [];
    for (const collection of readdirSync('content').filter((c) => c !== 'wilayah')) {
      for (const name of readdirSync(join('content', collection)).filter((n) => /^[^_].*\.mdx?$/.test(n))) {
        const path = join('content', collection, name);
        const file = new VFile({ path, value: readFileSync(path, 'utf8') });
        await remark().use(remarkConfig).process(file);
        problems.push(...file.messages.map((m) => `${path}:${m.line}: ${m.reason}`));
      }
    }
    expect(problems).toEqual([]);
  });
});
