import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatedData, validateFile } from '../../tests/helpers/validate.ts';
import {
  BODY_WORDS,
  SECTIONS,
  createRandom,
  generateCaseStudies,
  proseOf,
  sentencesOf,
  type CorpusInputs,
} from './synthetic-corpus.ts';

/** The inputs the bench script gathers, from the real content folder. */
function realInputs(): CorpusInputs {
  const ids = (dir: string) =>
    readdirSync(join('content', dir))
      .filter((n) => n.endsWith('.md') && !n.startsWith('_'))
      .map((n) => n.slice(0, -3));
  const paragraphs: string[] = [];
  const sentences: string[] = [];
  for (const id of ids('studi-kasus')) {
    const prose = proseOf(readFileSync(join('content/studi-kasus', `${id}.md`), 'utf8'));
    paragraphs.push(...prose.paragraphs);
    sentences.push(...sentencesOf(prose.summary));
  }
  const csv = readFileSync('content/wilayah/jatim-kabkota.csv', 'utf8');
  return {
    regions: csv.split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(',')[0] ?? ''),
    topics: ids('topik'),
    organisations: ids('organisasi'),
    paragraphs,
    sentences,
  };
}

const inputs = realInputs();
const body = (content: string) => content.slice(content.indexOf('\n---\n', 4) + 5);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('createRandom', () => {
  it('gives the same sequence for the same seed, within [0, 1)', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(100);
  });
});

describe('proseOf', () => {
  it('takes body paragraphs without headings, and the folded summary', () => {
    const prose = proseOf('---\njudul: X\nringkasan: >-\n  Satu dua.\n  Tiga empat.\nlembaga: [a]\n---\n\n## Judul\n\nParagraf satu.\n\n- butir\n\nParagraf dua.\n');
    expect(prose.paragraphs).toEqual(['Paragraf satu.', 'Paragraf dua.']);
    expect(prose.summary).toBe('Satu dua. Tiga empat.');
    expect(sentencesOf(prose.summary)).toEqual(['Satu dua.', 'Tiga empat.']);
  });

  it('finds prose in every real case study', () => {
    expect(inputs.paragraphs.length).toBeGreaterThan(100);
    expect(inputs.sentences.length).toBeGreaterThan(50);
  });
});

describe('generateCaseStudies', () => {
  it('is deterministic for a seed, differs between seeds, and a larger corpus extends a smaller one', () => {
    const a = generateCaseStudies(40, 1, inputs);
    expect(generateCaseStudies(40, 1, inputs)).toEqual(a);
    expect(generateCaseStudies(40, 2, inputs).map((f) => f.content)).not.toEqual(a.map((f) => f.content));
    expect(generateCaseStudies(80, 1, inputs).slice(0, 40)).toEqual(a);
  });

  it('gives unique ids usable as file names', () => {
    const files = generateCaseStudies(2000, 1, inputs);
    expect(new Set(files.map((f) => f.id)).size).toBe(2000);
    for (const f of files) expect(f.id).toMatch(/^[a-z]+-[a-z]+-\d+$/);
  });

  it('writes files the real case-study schema accepts, referring only to real ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-synthetic-'));
    for (const file of generateCaseStudies(60, 3, inputs)) {
      const path = join(dir, `${file.id}.md`);
      writeFileSync(path, file.content);
      expect(validateFile('studi-kasus', path)).toEqual([]);
      const data = validatedData('studi-kasus', path) as {
        lembaga: { id: string }[];
        topik: { id: string }[];
        kabupaten_kota?: { id: string };
        replikasi: { kabupaten_kota?: { id: string } }[];
      };
      for (const ref of data.lembaga) expect(inputs.organisations).toContain(ref.id);
      for (const ref of data.topik) expect(inputs.topics).toContain(ref.id);
      for (const ref of [data.kabupaten_kota, ...data.replikasi.map((r) => r.kabupaten_kota)]) {
        if (ref) expect(inputs.regions).toContain(ref.id);
      }
    }
  });

  it('gives every entry the template headings and a body as long as the real ones', () => {
    for (const file of generateCaseStudies(200, 4, inputs)) {
      const text = body(file.content);
      expect(text.match(/^## .+$/gm)).toEqual(SECTIONS.map((s) => `## ${s}`));
      const n = words(text.replace(/^## .+$/gm, ''));
      expect(n).toBeGreaterThanOrEqual(BODY_WORDS.min);
      // One paragraph may overshoot the target; real paragraphs are well under 200 words.
      expect(n).toBeLessThanOrEqual(BODY_WORDS.max + 200);
    }
  });

  it('refuses empty inputs instead of writing entries with nothing to refer to', () => {
    expect(() => generateCaseStudies(1, 1, { ...inputs, topics: [] })).toThrow(/topics/);
  });
});
