import { describe, expect, it } from 'vitest';
import { decodeUtf8, fieldPath, parseContent, parseFieldPath, pointAt } from './frontmatter.ts';

const ok = (text: string) => {
  const result = parseContent(text);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.content;
};
const fail = (text: string) => {
  const result = parseContent(text);
  if (result.ok) throw new Error('expected a problem');
  return result.problems;
};

describe('parseContent', () => {
  it('reads frontmatter and body, and lines of keys and list items as the editor sees them', () => {
    const content = ok('---\njudul: A\nsdgs:\n  - 3\n  - 18\nsumber:\n  - judul: B\n    url: x\n---\nIsi.\n');
    expect(content.data).toEqual({ judul: 'A', sdgs: [3, 18], sumber: [{ judul: 'B', url: 'x' }] });
    expect(content.body).toBe('Isi.\n');
    expect(content.bodyLine).toBe(10);
    expect(content.lineOf(['judul'])).toBe(2);
    expect(content.lineOf(['sdgs', 1])).toBe(5);
    expect(content.lineOf(['sumber', 0, 'url'])).toBe(8);
    // A missing key points at its nearest parent; a missing top-level key at the opening ---.
    expect(content.lineOf(['sumber', 0, 'tanggal'])).toBe(7);
    expect(content.lineOf(['ringkasan'])).toBe(1);
  });

  it('keeps dates as text, so an impossible date can be refused instead of rolled over', () => {
    expect(ok('---\nd: 2023-02-30\nn: 3578\nb: true\n---\n').data).toEqual({ d: '2023-02-30', n: 3578, b: true });
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const content = ok('\uFEFF---\r\njudul: Satu\r\nringkasan: Dua\r\n---\r\nIsi\r\n');
    expect(content.data).toEqual({ judul: 'Satu', ringkasan: 'Dua' });
    expect(content.lineOf(['ringkasan'])).toBe(3);
  });

  it('explains YAML mistakes in Indonesian at the real line, with the line and a pointer', () => {
    const [tab] = fail('---\njudul: A\nlembaga:\n\t- x\n---\n');
    expect(tab).toMatchObject({ line: 4, field: 'lembaga' });
    expect(tab?.message).toMatch(/menjorok dengan tab/);
    expect(tab?.excerpt).toBe('4 | →- x\n  | ^');

    const [colon] = fail('---\njudul: Inovasi: Cepat\n---\n');
    expect(colon).toMatchObject({ line: 2, field: 'judul' });
    expect(colon?.message).toMatch(/Apit seluruh nilai dengan tanda kutip/);

    const [unclosed] = fail('---\njudul: "abc\nringkasan: x\n---\n');
    expect(unclosed?.message).toMatch(/tidak pernah ditutup/);

    const [duplicate] = fail('---\njudul: a\njudul: b\n---\n');
    expect(duplicate).toMatchObject({ line: 3, field: 'judul' });
    expect(duplicate?.message).toMatch(/ditulis dua kali/);
  });

  it('tells a missing closing --- apart from missing fields', () => {
    const [problem] = fail('---\njudul: A\n\n## Latar\nIsi\n');
    expect(problem).toMatchObject({ line: 4, field: '(frontmatter)' });
    expect(problem?.message).toMatch(/tidak pernah ditutup/);
  });

  it('refuses an empty file and a file without frontmatter', () => {
    expect(fail('  \n')[0]?.message).toMatch(/Berkas kosong/);
    expect(fail('judul: A\n')[0]?.message).toMatch(/harus diawali baris `---`/);
    expect(fail('---\n- a\n---\n')[0]?.message).toMatch(/kolom berbentuk "kolom: nilai"/);
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 and names the line of the first byte that is not', () => {
    expect(decodeUtf8(new TextEncoder().encode('é'))).toEqual({ text: 'é' });
    const latin1 = Uint8Array.from([...new TextEncoder().encode('---\njudul: Caf'), 0xe9, 0x0a]);
    const result = decodeUtf8(latin1);
    expect('problem' in result && result.problem.line).toBe(2);
  });
});

describe('field paths', () => {
  it('writes and reads the notation of the guide', () => {
    expect(fieldPath(['sumber', 0, 'url'])).toBe('sumber[0].url');
    expect(parseFieldPath('keberlanjutan.riwayat[2].bukti')).toEqual(['keberlanjutan', 'riwayat', 2, 'bukti']);
  });

  it('points at a column', () => {
    expect(pointAt(12, 'judul: x', 8)).toBe('12 | judul: x\n   |        ^');
  });
});
