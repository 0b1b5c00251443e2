/**
 * The quick path of parseContent (js-yaml, core schema) must give exactly what the `yaml`
 * document path gives, or step aside: same data for every content file of the site and the
 * fixtures, and for the YAML corners where the two libraries could differ (where they do, the
 * quick path steps aside: tags, anchors, negative zero).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseContent, parseContentSlowly } from './frontmatter.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/i.test(name))
    .map((name) => join(dir, name));
}

const same = (text: string) => {
  const quick = parseContent(text);
  const slow = parseContentSlowly(text);
  expect(quick.ok).toBe(slow.ok);
  if (quick.ok && slow.ok) {
    expect(quick.content.data).toEqual(slow.content.data);
    expect([quick.content.body, quick.content.bodyLine]).toEqual([slow.content.body, slow.content.bodyLine]);
    expect(quick.content.lineOf(['judul'])).toBe(slow.content.lineOf(['judul']));
  } else {
    expect(quick).toEqual(slow);
  }
};

describe('the quick frontmatter path', () => {
  it('gives the same result as the yaml document for every content and fixture file', () => {
    const all = [...files('content'), ...files('tests/fixtures')];
    expect(all.length).toBeGreaterThan(60);
    for (const file of all) {
      const decoded = decodeUtf8(readFileSync(file));
      if ('problem' in decoded) continue;
      try {
        same(decoded.text);
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
    }
  });

  it('gives the same result on the corners of YAML 1.2 core', () => {
    const cases = [
      'a: yes\nb: no\nc: on\nd: off\ne: y\nf: n',
      'a: 012\nb: 0o17\nc: 0x1F\nd: 1_000\ne: +12\nf: -0\ng: 1e3\nh: .5\ni: 1.',
      'a: .inf\nb: -.Inf\nc: .nan\nd: ~\ne: null\nf: Null\ng:\nh: NULL',
      'a: true\nb: True\nc: TRUE\nd: false',
      'a: 2023-02-30\nb: 2024-01-01T10:00:00Z\nc: 2017-05\nd: 2017',
      'a: "2020"\nb: \'x\'\nc: "tab\\there"\nd: "\\u00e9"\ne: \'it\'\'s\'',
      'a: >\n  folded\n  text\n\nb: |\n  literal\n  text\nc: |-\n  strip',
      'a: [1, "2", tiga]\nb: {c: 1, d: [e]}\nf:\n  - g: 1\n    h: 2\n  - 3',
      '2020: tahun\n3578: kota\ntrue: x',
      'a: 50% lebih cepat\nb: "Inovasi: Cepat"\nc: Rp 1.000.000\nd: ✓ ya',
      'a: !!str 12\nb: !!int "12"\nc: !!float 1',
      'a: -0\nb: [-0.0, 1]\nc: x-0',
      'a: &x 1\nb: *x',
      'a: b: c',
      'a: 1\na: 2',
      'a:\n\t- 1',
      '- a\n- b',
      'just text',
      '',
      '# comment only',
      'a: "unclosed',
      'a: 1\n  b: 2',
      'key with spaces: 1\n"quoted key": 2',
      '? complex\n: value',
      'a: <<\n<<: {b: 1}',
    ];
    for (const yaml of cases) {
      try {
        same(`---\n${yaml}\n---\nIsi.\n`);
      } catch (error) {
        throw new Error(`${JSON.stringify(yaml)}: ${(error as Error).message}`);
      }
    }
  });
});
