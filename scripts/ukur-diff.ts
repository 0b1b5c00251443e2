/**
 * How much of a file the form editor rewrites when an editor changes one field: for every
 * case study, change its title and count the changed lines (+/-) written by Decap's own
 * frontmatter writer (Decap 3's yaml formatter, reproduced with the yaml 1.x it uses) and by
 * ours (src/admin/frontmatter.ts). Prints the figures; docs/architecture.md quotes them.
 * Run: node scripts/ukur-diff.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromFile, toFile } from '../src/admin/frontmatter.ts';

const require = createRequire(import.meta.url);
// yaml 1.x, the version decap-cms-core is built with (here installed under cosmiconfig).
const yaml1 = require(require.resolve('yaml', { paths: [require.resolve('cosmiconfig')] })) as {
  parseDocument(s: string): { toJSON(): Record<string, unknown> };
  createNode(v: unknown): { items: { key: { toString(): string } }[] };
  Document: new () => { contents: unknown; toString(): string };
};

function decapToFile(original: string, change: (d: Record<string, unknown>) => void): string {
  const match = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(original);
  if (!match) throw new Error('no frontmatter');
  const data = yaml1.parseDocument(match[1] ?? '').toJSON();
  const keys = Object.keys(data);
  change(data);
  const contents = yaml1.createNode(data);
  contents.items.sort((a, b) => keys.indexOf(a.key.toString()) - keys.indexOf(b.key.toString()));
  const doc = new yaml1.Document();
  doc.contents = contents;
  return `---\n${doc.toString()}---\n${match[2] ?? ''}`;
}

const dir = mkdtempSync(join(tmpdir(), 'ri-diff-'));
function changedLines(a: string, b: string): number {
  writeFileSync(join(dir, 'a'), a);
  writeFileSync(join(dir, 'b'), b);
  let diff = '';
  try {
    diff = execFileSync('git', ['diff', '--no-index', '--unified=0', join(dir, 'a'), join(dir, 'b')], { encoding: 'utf8' });
  } catch (error) {
    diff = (error as { stdout: string }).stdout;
  }
  return diff.split('\n').filter((l) => /^[-+](?![-+])/.test(l)).length;
}

const change = (d: Record<string, unknown>) => {
  d['judul'] = `${String(d['judul'])} (diubah)`;
};
let decap = 0;
let ours = 0;
let lines = 0;
const files = readdirSync('content/studi-kasus').filter((n) => n.endsWith('.md') && !n.startsWith('_'));
for (const name of files) {
  const text = readFileSync(join('content/studi-kasus', name), 'utf8');
  lines += text.split('\n').length;
  decap += changedLines(text, decapToFile(text, change));
  const data = fromFile(text);
  change(data);
  ours += changedLines(text, toFile(data));
}
console.log(`${files.length} studi kasus (${lines} baris), judul diubah lewat formulir:`);
console.log(`  penulis bawaan Decap: ${decap} baris berubah (+/-), rata-rata ${(decap / files.length).toFixed(1)} per berkas`);
console.log(`  format Rumah Inovasi: ${ours} baris berubah (+/-), rata-rata ${(ours / files.length).toFixed(1)} per berkas`);
