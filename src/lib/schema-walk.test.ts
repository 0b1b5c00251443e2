import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { enumLabels, fieldLabel } from './field-labels.ts';
import { readSchemaDocs } from './schema-docs.ts';
import { eachNode, schemaDocs, walkAll, walkSchema, WALKED_COLLECTIONS, type FieldNode } from './schema-walk.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const all = walkAll({ docs: schemaDocs() });
const find = (nodes: FieldNode[], path: string) => [...eachNode(nodes)].find((n) => n.path === path);

describe('schema walk', () => {
  it('gives every field of every collection an Indonesian label and a doc comment', () => {
    const missing: string[] = [];
    for (const collection of WALKED_COLLECTIONS) {
      for (const node of eachNode(all[collection])) {
        if (node.path.endsWith('[]')) continue;
        if (!fieldLabel(collection, node)) missing.push(`${collection}: ${node.path} (label)`);
        if (!node.doc) missing.push(`${collection}: ${node.path} (doc comment)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('labels every enum value from the dictionary', () => {
    for (const collection of WALKED_COLLECTIONS) {
      for (const node of eachNode(all[collection])) {
        if (node.kind !== 'enum') continue;
        const labels = enumLabels(node.values ?? []);
        const unlabelled = (node.values ?? []).filter((v) => labels[v] === v);
        expect(unlabelled, `${collection}: ${node.path} has no label group in t.label`).toEqual([]);
      }
    }
  });

  it('recognises each kind of field the generators treat specially', () => {
    const cases = all['studi-kasus'];
    expect(find(cases, 'tanggal_uji_coba')?.kind).toBe('partial-date');
    expect(find(cases, 'diterbitkan')?.kind).toBe('date');
    expect(find(cases, 'sumber[].url')?.kind).toBe('url');
    expect(find(cases, 'kabupaten_kota')).toMatchObject({ kind: 'reference', collection: 'wilayah', required: false });
    expect(find(cases, 'lembaga')).toMatchObject({ kind: 'list', required: true, min: 1 });
    expect(find(cases, 'lembaga[]')).toMatchObject({ kind: 'reference', collection: 'organisasi' });
    expect(find(cases, 'sampul.gambar')?.kind).toBe('image');
    expect(find(cases, 'sdgs[]')).toMatchObject({ kind: 'number', integer: true, min: 1, max: 17 });
    expect(find(cases, 'hasil[].dasar')).toMatchObject({ kind: 'enum', default: 'klaim-pemda', required: false });
    expect(find(cases, 'keberlanjutan.riwayat[].status')?.kind).toBe('enum');
    expect(find(cases, 'lampiran[].berkas')?.kind).toBe('text');
    expect(find(all.panduan, 'pemilik')).toMatchObject({ kind: 'reference', collection: 'organisasi', required: true });
  });

  it('takes hints from the doc comment in the source, spread helpers included', () => {
    expect(find(all.materi, 'diterbitkan')?.doc).toMatch(/Tanggal entri pertama kali terbit/);
    expect(find(all['studi-kasus'], 'judul')?.doc).toMatch(/Nama inovasi/);
  });

  it('refuses a zod type it does not know, naming the field', () => {
    const schema = z.object({ peta: z.record(z.string(), z.string()) });
    expect(() => walkSchema(schema, { docs: [] })).toThrow(/"peta".*"record"/);
  });

  it('reads doc comments of an object literal, matched by its keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-docs-'));
    writeFileSync(join(dir, 'contoh.ts'), 'const x = z.object({\n  /** Dokumen. */\n  a: z.string(),\n  /** Lain. */\n  b: z.string(),\n});\n');
    const docs = readSchemaDocs(dir);
    expect(docs).toHaveLength(1);
    expect(docs[0]?.keys).toEqual(['a', 'b']);
    expect(docs[0]?.docs.get('a')).toBe('Dokumen.');
  });
});
