/**
 * Reads one content file the way editors see it: UTF-8 text, an optional byte-order mark,
 * LF or CRLF line endings, a frontmatter block between two `---` lines, then the body.
 * The YAML is parsed with the `yaml` library (YAML 1.2 core schema), which keeps the
 * position of every key and never turns `2023-02-30` into a `Date` (dates stay text and the
 * schema checks them). Every failure is explained in Indonesian with the file's real line
 * number, the offending line with a pointer, and a hint for the usual causes. Pure: takes
 * text, returns data or problems.
 *
 * Speed: the `yaml` library's document (with every position) costs about 2.5 ms a file, most
 * of the content check's time at thousands of files. Most files are valid and never need a
 * position, so the data comes first from js-yaml with its YAML 1.2 core schema (no
 * timestamps: dates stay text, exactly as here), about ten times faster; the `yaml` document
 * is built only when js-yaml refuses the text (for the Indonesian error), when the text has
 * anchors or aliases (which only the `yaml` library limits), or when a line is asked for.
 * `frontmatter-quick.test.ts` holds both paths to the same data for every content file.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';

/** A problem at a line of a file; the caller adds the file name. */
export interface LineProblem {
  /** 1-based line number in the file as an editor's editor shows it. */
  line: number;
  /** The field as the guide writes it (`sumber[0].url`), or `(berkas)` / `(frontmatter)` for the file. */
  field: string;
  /** What is wrong and how to fix it, in Indonesian. */
  message: string;
  /** The offending line with a pointer under the spot, when there is one. */
  excerpt?: string;
}

/** A content file whose frontmatter parsed. */
export interface ParsedContent {
  /** The frontmatter as plain data (strings, numbers, booleans, lists, objects). */
  data: Record<string, unknown>;
  /** The text after the closing `---`. */
  body: string;
  /** Line number in the file of the body's first line. */
  bodyLine: number;
  /** Line in the file of the key (or list item) at `path`, or of its nearest existing parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

export type ParseResult = { ok: true; content: ParsedContent } | { ok: false; problems: LineProblem[] };

/** `sdgs[0]`, `sumber[1].url`: a field path in the notation CONTRIBUTING.md teaches. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

/** The inverse of {@link fieldPath}: `hasil[0].sumber` → `['hasil', 0, 'sumber']`. */
export function parseFieldPath(field: string): PropertyKey[] {
  const parts: PropertyKey[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    parts.push(match[2] !== undefined ? Number(match[2]) : (match[1] ?? ''));
  }
  return parts;
}

/** A line of text with a caret under column `column` (1-based), as compilers print it. */
export function pointAt(lineNumber: number, text: string, column: number): string {
  const gutter = String(lineNumber);
  const shown = text.replace(/\t/g, '→');
  return `${gutter} | ${shown}\n${' '.repeat(gutter.length)} | ${' '.repeat(Math.max(0, column - 1))}^`;
}

/**
 * Decodes bytes as UTF-8, refusing anything else (a file saved as Windows-1252 would
 * otherwise show replacement characters on the site). Returns the line of the first bad byte.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: LineProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        line++;
        start = i + 1;
      }
    }
    return {
      problem: {
        line,
        field: '(berkas)',
        message:
          'Berkas ini tidak tersimpan sebagai UTF-8, sehingga huruf seperti é atau tanda kutip miring akan rusak. Simpan ulang berkas dengan pengodean UTF-8 (di VS Code: klik pengodean di bilah bawah → "Save with Encoding" → UTF-8), lalu periksa huruf di baris ini.',
      },
    };
  }
}

/** The top-level key an editor was writing at `line` (0-based index into `lines`). */
function keyAbove(lines: readonly string[], index: number): string {
  // A line that starts with a bare word and no colon is a key whose colon was forgotten.
  const bare = /^([A-Za-z_][\w-]*)\s+[^:]*$/.exec(lines[index] ?? '');
  if (bare?.[1]) return bare[1];
  for (let i = index; i >= 0; i--) {
    const match = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[i] ?? '');
    if (match?.[1]) return match[1];
  }
  return '';
}

/** Indonesian explanation and fix for one YAML error, from its code and the line it is on. */
function explain(error: YAMLError, text: string, column: number): string {
  const quotes = (text.match(/"/g) ?? []).length;
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'Baris ini menjorok dengan tab. YAML hanya menerima spasi: ganti tab di awal baris dengan spasi (dua spasi per tingkat).';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'Nilai kolom ini memuat titik dua diikuti spasi (": "), sehingga YAML mengira ada kolom baru di dalamnya. Apit seluruh nilai dengan tanda kutip, misalnya judul: "Inovasi: Cepat dan Tepat".';
    case 'BAD_SCALAR_START': {
      const ch = text.charAt(column - 1) || error.message.slice(-1);
      return `Nilai tidak boleh diawali karakter ${ch} tanpa tanda kutip (YAML memakainya sebagai tanda khusus). Apit seluruh nilai dengan tanda kutip, misalnya "${ch}50 lebih cepat".`;
    }
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) {
        return 'Tanda kutip yang dibuka di sini tidak pernah ditutup. Tambahkan tanda kutip penutup di akhir nilai (pada baris yang sama).';
      }
      if (/Sequence item/i.test(error.message)) {
        return 'Kolom ini menjorok tidak sejajar dengan kolom lain di butir yang sama. Samakan jumlah spasi di awal baris dengan kolom di atasnya.';
      }
      if (/map values/i.test(error.message)) {
        return 'Baris ini tidak berbentuk "kolom: nilai". Tambahkan titik dua setelah nama kolom, atau perbaiki jorokannya.';
      }
      return 'Ada tanda yang hilang di baris ini (titik dua, tanda kutip, atau kurung penutup). Periksa bentuk "kolom: nilai".';
    case 'BAD_INDENT':
      return 'Jorokan baris ini tidak sejajar dengan baris sejenis di atasnya. Kolom pada tingkat yang sama harus diawali jumlah spasi yang sama; butir daftar ("- ") menjorok di bawah nama kolomnya.';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'Baris ini tidak berbentuk "kolom: nilai": kemungkinan titik dua setelah nama kolom terlupa, atau baris sebelumnya menjorok salah. Tulis misalnya judul: Nama Inovasi.';
    case 'UNEXPECTED_TOKEN':
      if (quotes > 2) {
        return 'Ada tanda kutip " di dalam teks yang diapit tanda kutip ". Apit teks dengan kutip tunggal (\'Program "Baik Lo" Jember\'), atau tulis \\" untuk kutip di dalamnya.';
      }
      if (/block-seq-ind/.test(error.message)) {
        return 'Butir daftar ("- ") ada di kedalaman yang salah. Letakkan butir di baris baru di bawah nama kolomnya, menjorok dua spasi.';
      }
      return 'YAML tidak memahami bagian ini. Periksa tanda kutip, titik dua, dan jorokan di baris ini dan baris sebelumnya.';
    case 'DUPLICATE_KEY':
      return 'Kolom ini ditulis dua kali. Hapus salah satunya (nilai yang kedua akan menimpa yang pertama).';
    default:
      return 'YAML tidak valid di sini. Periksa jorokan (spasi, bukan tab), titik dua setelah nama kolom, dan tanda kutip yang berpasangan.';
  }
}

const MISSING_CLOSE =
  'Frontmatter tidak pernah ditutup: baris `---` penutup tidak ada, sehingga seluruh berkas terbaca sebagai kolom. Tambahkan baris `---` setelah kolom terakhir, sebelum isi halaman.';

/**
 * Splits and parses a content file. `text` is the decoded file as read from disk. `quick`
 * (default) tries js-yaml first; see the module comment.
 */
export function parseContent(text: string, { quick = true }: { quick?: boolean } = {}): ParseResult {
  const source = text.replace(/^\uFEFF/, '');
  const lines = source.split(/\r?\n/);
  if (source.trim() === '') {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          field: '(berkas)',
          message:
            'Berkas kosong. Mulai dari templat koleksinya: jalankan npm run baru -- <koleksi> "Judul", atau salin isi _templat.md di folder yang sama.',
        },
      ],
    };
  }
  if ((lines[0] ?? '').trimEnd() !== '---') {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          field: '(frontmatter)',
          message:
            'Berkas harus diawali baris `---` (pembuka frontmatter), lalu kolom-kolom seperti judul, lalu `---` lagi. Tambahkan `---` di baris pertama, atau salin ulang bagian atas dari _templat.md.',
          excerpt: pointAt(1, lines[0] ?? '', 1),
        },
      ],
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close < 0) {
    const heading = lines.findIndex((line, i) => i > 0 && /^#{2,6}\s/.test(line));
    const at = heading > 0 ? heading : 0;
    return {
      ok: false,
      problems: [{ line: at + 1, field: '(frontmatter)', message: MISSING_CLOSE, excerpt: pointAt(at + 1, lines[at] ?? '', 1) }],
    };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const body = lines.slice(close + 1).join('\n');
  const fast = quick ? quickData(yamlText) : undefined;
  if (fast) {
    let positions: ((path: readonly PropertyKey[]) => number) | undefined;
    const lineOf = (path: readonly PropertyKey[]) => {
      positions ??= documentOf(yamlText).lineOf;
      return positions(path);
    };
    return { ok: true, content: { data: fast, body, bodyLine: close + 2, lineOf } };
  }
  const { doc, counter, lineOf } = documentOf(yamlText);
  const [error] = doc.errors;
  if (error) {
    const { line, col } = counter.linePos(error.pos[0]);
    const text = lines[line] ?? '';
    const yamlLines = lines.slice(1, close);
    return {
      ok: false,
      problems: [
        {
          line: line + 1,
          field: keyAbove(yamlLines, line - 1),
          message: `YAML tidak valid: ${explain(error, text, col)}`,
          excerpt: pointAt(line + 1, text, col),
        },
      ],
    };
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    return {
      ok: false,
      problems: [
        {
          line: 2,
          field: '(frontmatter)',
          message:
            'Frontmatter harus berisi kolom berbentuk "kolom: nilai", satu per baris. Salin bagian atas dari _templat.md sebagai contoh.',
        },
      ],
    };
  }
  const data = (doc.toJS({ maxAliasCount: 50 }) ?? {}) as Record<string, unknown>;
  return { ok: true, content: { data, body, bodyLine: close + 2, lineOf } };
}

/**
 * What the quick path leaves to the `yaml` library: anchors (`&a`) and aliases (`*a`), whose
 * expansion only it limits; tags (`!!str`), which the two libraries resolve differently;
 * and negative zero, which js-yaml reads as 0. Rare in content, so the cost is nothing.
 */
const QUICK_UNSAFE = [/(?:^|[\s[{,:-])[&*!][^\s]/m, /(?:^|[\s[{,:])-0(?:\.0*)?\s*(?:$|[,\]}#])/m];

/**
 * The frontmatter of a valid YAML mapping, quickly (js-yaml, YAML 1.2 core schema), or
 * undefined when only the `yaml` document path can say what it holds or what is wrong.
 */
function quickData(yamlText: string): Record<string, unknown> | undefined {
  if (QUICK_UNSAFE.some((pattern) => pattern.test(yamlText))) return undefined;
  let value: unknown;
  try {
    value = load(yamlText, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}

/** The `yaml` library's document of the frontmatter, with the line of any key or item in it. */
function documentOf(yamlText: string): {
  doc: Document.Parsed;
  counter: LineCounter;
  lineOf: (path: readonly PropertyKey[]) => number;
} {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // YAML line n is file line n + 1 (the opening `---` is line 1).
  const fileLine = (offset: number) => counter.linePos(offset).line + 1;
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
        const key = pair?.key as Node | undefined;
        if (!pair || !key?.range) break;
        line = fileLine(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part] as Node | undefined;
        if (!item?.range) break;
        line = fileLine(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
  return { doc, counter, lineOf };
}

/**
 * {@link parseContent} through the `yaml` document alone, without the quick path: for the
 * test that holds both paths to the same result.
 */
export function parseContentSlowly(text: string): ParseResult {
  return parseContent(text, { quick: false });
}
