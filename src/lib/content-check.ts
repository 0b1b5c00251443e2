/**
 * Checks the whole content folder without building a page: the one code path behind
 * `npm run periksa`, the production build (the content loader runs it before Astro sees a
 * file) and the dev server's error page. For every file it decodes UTF-8, parses the
 * frontmatter (src/lib/frontmatter.ts), validates it with the real schema of its folder,
 * and scans its body (src/lib/body-check.ts); then it runs the checks that need the whole
 * corpus: duplicate URLs, references, internal links and anchors. Every problem carries
 * the file, the line, the field and an Indonesian message saying how to fix it.
 *
 * Schemas get stand-ins for Astro's `reference()` and `image()` with the same output
 * shape; the image stand-in also checks that the file exists, as Astro's would.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import { scanBody, type BodyScan } from './body-check.ts';
import { COLLECTIONS, entryPath, listPath, MARKDOWN_COLLECTIONS, type CollectionName } from './collections.ts';
import { publicDir } from './content-dir.ts';
import { checkContentRules, missingAttachments } from './content-rules.ts';
import { findBrokenReferences, type CorpusEntry } from './corpus-check.ts';
import { replicationCases, replicationProblems } from './replication.ts';
import { regionEntries } from './csv.ts';
import { decodeUtf8, fieldPath, parseContent, parseFieldPath, type LineProblem, type ParsedContent } from './frontmatter.ts';
import { findSlugCollisions, isPageNumber, slugFromPath } from './slug.ts';
import { closest } from '../schemas/messages.ts';
import type { SchemaDeps } from '../schemas/common.ts';
import { entrySchemas, type EntrySchemas } from '../schemas/index.ts';

/** One problem in the content, located for an editor. */
export interface ContentProblem {
  /** Path of the file relative to the project root, with `/` separators. */
  file: string;
  /** 1-based line number. */
  line: number;
  /** Field path (`sumber[0].url`), `(isi)` for the body, `(berkas)` for the file itself. */
  field: string;
  /** What is wrong and how to fix it, in Indonesian. */
  message: string;
  /** The offending line with a pointer, for YAML syntax errors. */
  excerpt?: string | undefined;
}

/** How to run the check. */
export interface CheckOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Project root: file names in problems are relative to it; `src/` and `public/` (unless PUBLIC_DIR says otherwise) live there. */
  root: string;
  /** Drafts count as published (the dev server); otherwise a reference to a draft is a problem. */
  includeDrafts: boolean;
}

/**
 * A successfully parsed and validated entry. In `astro build` the content loader hands
 * `data` to Astro instead of validating the file a second time (src/lib/checked-entries.ts).
 */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  /** Absolute path. */
  path: string;
  /** Frontmatter as the schema returned it (references as `{ id, collection }`, dates resolved). */
  data: unknown;
  /**
   * The entry has a field that needs Astro's own `image()` (a case study's cover): only Astro can
   * register the image for `astro:assets`, so the loader lets Astro validate this entry itself.
   */
  hasImage: boolean;
  /** Size and modification time of the file when it was read, to tell whether it changed since. */
  size: number;
  mtimeMs: number;
}

/** Result of a check: problems, and every valid entry, by absolute path. */
export interface CheckResult {
  problems: ContentProblem[];
  entries: Map<string, CheckedEntry>;
}

const CONTENT_FILE = /\.(md|mdx)$/i;

/** Stand-in for Astro's `reference()`: the same output, `{ id, collection }`. */
const standInReference: SchemaDeps['reference'] = (collection) =>
  z
    .union([z.string(), z.number()], { error: `Tulis nama berkas di content/${collection}/ (tanpa .md).` })
    .transform((id) => ({ id: String(id), collection }));

/** Stand-in for Astro's `image()` for one file: checks that the image exists next to it. */
function standInImage(file: string): SchemaDeps['image'] {
  return () =>
    z
      .string({ error: 'Tulis jalur gambar, misalnya ./sampul-inovasi.jpg.' })
      .superRefine((src, ctx) => {
        if (/^https?:\/\//.test(src)) return;
        if (!existsSync(resolve(dirname(file), src))) {
          ctx.addIssue({
            code: 'custom',
            message: `Gambar "${src}" tidak ditemukan di folder ${relative(process.cwd(), dirname(file)) || '.'}. Periksa nama berkasnya (huruf besar/kecil berpengaruh), atau simpan gambar di folder yang sama dengan berkas ini dan tulis "./nama-gambar.jpg".`,
          });
        }
      })
      .transform((src) => ({ src, width: 1, height: 1, format: 'jpg' }) as ImageMetadata);
}

const built = new Map<CollectionName, EntrySchemas<CollectionName>>();

/** Each collection's schema with the stand-ins, built once per process (`entrySchemas()`). */
function schemasOf(collection: CollectionName): EntrySchemas<CollectionName> {
  let schemas = built.get(collection);
  if (!schemas) {
    schemas = entrySchemas(collection, standInReference) as EntrySchemas<CollectionName>;
    built.set(collection, schemas);
  }
  return schemas;
}

/** The whole schema of a collection for one file, with the stand-ins (image fields included). */
export function schemaFor(collection: CollectionName, file: string): z.ZodType {
  return schemasOf(collection).forEntry(standInImage(file));
}

/** Top-level keys each Markdown collection knows, for the wrong-folder check. */
function knownKeys(collection: CollectionName): string[] {
  const schema = schemasOf(collection).shared as unknown as { shape?: Record<string, unknown> };
  return Object.keys(schema.shape ?? {});
}

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.map((name) => join(dir, name)).filter((path) => statSync(path).isFile());
}

const isTemplate = (path: string, base: string) =>
  relative(base, path)
    .split(sep)
    .some((part) => part.startsWith('_'));

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** Problems of the schema validation, one per issue (one per key for unknown keys). */
function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  parsed: ParsedContent,
): LineProblem[] {
  // A missing field whose misspelling is also reported ("judl" → "judul") is one mistake,
  // reported once: at the misspelt key, which is where the editor has to look.
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const line of issue.message.split('\n')) {
      const suggested = /maksud Anda `([^`]+)`/.exec(line)?.[1];
      if (suggested) misspelt.add(fieldPath([...issue.path, suggested]));
    }
  }
  return issues.flatMap((issue): LineProblem[] => {
    if (misspelt.has(fieldPath(issue.path)) && valueAt(parsed.data, issue.path) === undefined) return [];
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split('\n');
      return issue.keys.map((key, i) => {
        const path = [...issue.path, key];
        return {
          line: parsed.lineOf(path),
          field: fieldPath(path),
          message: messages.length === issue.keys.length ? (messages[i] ?? issue.message) : issue.message,
        };
      });
    }
    return [{ line: parsed.lineOf(issue.path), field: fieldPath(issue.path), message: issue.message }];
  });
}

/** Pages that exist besides entry and list pages. */
const STATIC_PAGES = ['/', '/cari/', '/tentang/', '/rss.xml', '/sitemap-index.xml', '/robots.txt'];

/** Ids of sections the detail layouts add around a body (`/studi-kasus/x/#sumber`). */
const PAGE_SECTION_IDS = [
  'isi', 'ringkasan', 'sumber', 'hasil', 'penghargaan', 'keberlanjutan', 'riwayat', 'replikasi',
  'lampiran', 'berkas', 'kutip', 'materi-acara', 'panduan-terkait', 'studi-kasus-terkait',
];

/**
 * Every list is paginated (`/studi-kasus/2/` is its page 2), so an entry whose file name is
 * a number would take, or lose, the address of a list page. Refused, with the fix.
 */
function numericNameProblem(file: string, collection: CollectionName, id: string): LineProblem {
  const list = listPath(collection);
  return {
    line: 1,
    field: '(nama berkas)',
    message: `Nama berkas "${basename(file)}" hanya berisi angka. Alamatnya, ${entryPath(collection, id)}, berbentuk sama dengan halaman bernomor daftar ${list} (halaman 2 daftar itu ada di ${list}2/), sehingga keduanya bisa bertabrakan. Ganti nama berkas dengan nama yang menjelaskan isinya, dengan huruf kecil dan tanda hubung, misalnya ${basename(file)} menjadi klinik-bumdesa${extname(file)}.`,
  };
}

/** Runs every check over the content folder. */
export function checkContent({ contentDir, root, includeDrafts }: CheckOptions): CheckResult {
  const problems: ContentProblem[] = [];
  const entries = new Map<string, CheckedEntry>();
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const statics = publicDir(root);
  const add = (file: string, p: LineProblem) =>
    problems.push({ file: rel(file), line: p.line, field: p.field, message: p.message, excerpt: p.excerpt });

  const corpus: CorpusEntry[] = [];
  // Files whose data passed, by relative path, to place corpus problems at their line. The
  // parsed YAML document is not kept (it is the check's largest allocation); a file with a
  // corpus problem is parsed again for its line numbers.
  const validFiles = new Map<string, string>();
  const scans: { file: string; scan: BodyScan; self: string; draft: boolean }[] = [];
  const draftPages = new Set<string>();
  const pages = new Map<string, string[]>(); // URL path → heading ids
  for (const path of STATIC_PAGES) pages.set(path, []);
  for (const collection of COLLECTIONS) pages.set(listPath(collection), []);

  // Files the build would not load: a folder name with a typo, a file at the top, or an
  // extension in capitals (Astro's glob is case-sensitive).
  const folders = new Set<string>(MARKDOWN_COLLECTIONS);
  for (const path of walk(contentDir).filter((p) => CONTENT_FILE.test(p) && !isTemplate(p, contentDir))) {
    const [folder, ...rest] = relative(contentDir, path).split(sep);
    const extension = extname(path);
    if (extension !== extension.toLowerCase()) {
      add(path, {
        line: 1,
        field: '(berkas)',
        message: `Akhiran nama berkas "${extension}" ditulis dengan huruf besar, sehingga berkas ini tidak akan diterbitkan. Ganti namanya menjadi ${extension.toLowerCase()}.`,
      });
      continue;
    }
    if (rest.length > 0 && folders.has(folder ?? '')) continue;
    const guess = rest.length > 0 ? closest(folder ?? '', MARKDOWN_COLLECTIONS) : undefined;
    add(path, {
      line: 1,
      field: '(berkas)',
      message:
        rest.length === 0
          ? `Berkas ini ada langsung di folder ${rel(contentDir)}/, di luar folder koleksi, sehingga tidak akan diterbitkan. Pindahkan ke salah satu folder: ${MARKDOWN_COLLECTIONS.map((c) => `${rel(contentDir)}/${c}/`).join(', ')}.`
          : `Folder "${folder}" bukan folder koleksi, sehingga berkas ini tidak akan diterbitkan. ${guess ? `Maksud Anda ${rel(contentDir)}/${guess}/? ` : ''}Pindahkan berkas ke salah satu folder: ${MARKDOWN_COLLECTIONS.join(', ')}.`,
    });
  }

  // Regions: the CSV, parsed and validated like the build does.
  const regionFile = join(contentDir, 'wilayah', 'jatim-kabkota.csv');
  try {
    const rows = regionEntries(readFileSync(regionFile, 'utf8'));
    rows.forEach((row, i) => {
      const { id, ...data } = row;
      const result = schemasOf('wilayah').shared.safeParse(data);
      if (!result.success) {
        for (const issue of result.error.issues) add(regionFile, { line: i + 2, field: fieldPath(issue.path), message: issue.message });
      }
      corpus.push({ collection: 'wilayah', id, filePath: rel(regionFile), data: row, draft: false });
      pages.set(entryPath('wilayah', slugFromPath(row['nama'] ?? id)), []);
    });
  } catch (error) {
    add(regionFile, { line: 1, field: '(berkas)', message: (error as Error).message });
  }

  const keysOf = new Map(MARKDOWN_COLLECTIONS.map((c) => [c, knownKeys(c)]));

  for (const collection of MARKDOWN_COLLECTIONS) {
    const base = join(contentDir, collection);
    const files = walk(base).filter((p) => /\.(md|mdx)$/.test(p) && !isTemplate(p, base));

    for (const [slug, group] of findSlugCollisions(files)) {
      for (const file of group) {
        const others = group.filter((f) => f !== file).map(rel);
        add(file, {
          line: 1,
          field: '(nama berkas)',
          message: `Berkas ini dan ${others.join(', ')} menghasilkan alamat yang sama, ${entryPath(collection, slug)}. Ganti nama salah satu berkas agar setiap alamat unik.`,
        });
      }
    }

    for (const file of files) {
      const id = slugFromPath(file);
      if (isPageNumber(id)) add(file, numericNameProblem(file, collection, id));
      pages.set(entryPath(collection, id), []);
      // Until the file is fixed, it still exists for references and links from other files,
      // so one mistake is reported once, at its own file.
      const placeholder = () => corpus.push({ collection, id, filePath: rel(file), data: {}, draft: false });
      const stamp = statSync(file);
      const decoded = decodeUtf8(readFileSync(file));
      if ('problem' in decoded) {
        add(file, decoded.problem);
        placeholder();
        continue;
      }
      const parsed = parseContent(decoded.text);
      if (!parsed.ok) {
        for (const p of parsed.problems) add(file, p);
        placeholder();
        continue;
      }
      const { content } = parsed;

      // A file whose keys all belong to another collection was saved in the wrong folder.
      const own = keysOf.get(collection) ?? [];
      const keys = Object.keys(content.data);
      const foreign = keys.filter((k) => !own.includes(k));
      if (foreign.length >= 2) {
        const home = MARKDOWN_COLLECTIONS.find((c) => c !== collection && keys.every((k) => keysOf.get(c)?.includes(k)));
        if (home) {
          add(file, {
            line: 1,
            field: '(berkas)',
            message: `Berkas ini tampaknya berisi ${home}, bukan ${collection}: kolom ${foreign.map((k) => `\`${k}\``).join(', ')} hanya dikenal di ${home}. Pindahkan berkas ke ${rel(join(contentDir, home))}/.`,
          });
          placeholder();
          continue;
        }
      }

      const schemas = schemasOf(collection);
      const hasImage = schemas.needsImage(content.data);
      const result = (hasImage ? schemas.forEntry(standInImage(file)) : schemas.shared).safeParse(content.data);
      let draft = false;
      if (!result.success) {
        for (const p of schemaProblems(result.error.issues, content)) add(file, p);
        placeholder();
      } else {
        validFiles.set(rel(file), file);
        draft = (result.data as { draf?: boolean }).draf === true;
        if (draft) draftPages.add(entryPath(collection, id));
        corpus.push({ collection, id, filePath: rel(file), data: result.data, draft });
        entries.set(file, { collection, id, path: file, data: result.data, hasImage, size: stamp.size, mtimeMs: stamp.mtimeMs });
      }

      const scan = scanBody(content.body, {
        firstLine: content.bodyLine,
        mdx: extname(file).toLowerCase() === '.mdx',
        resolveImport: (source) =>
          source.startsWith('.') || source.startsWith('/') ? rel(resolve(dirname(file), source)) : undefined,
      });
      for (const p of scan.problems) add(file, p);
      for (const image of scan.images) {
        if (!image.src || /^(https?:)?\/\//.test(image.src) || image.src.startsWith('data:')) continue;
        const src = decodePath(image.src);
        if (src === undefined) {
          add(file, { line: image.line, field: '(isi)', message: malformedEscape(image.src) });
          continue;
        }
        const target = src.startsWith('/') ? join(statics, src) : resolve(dirname(file), src);
        if (!existsSync(target)) {
          add(file, {
            line: image.line,
            field: '(isi)',
            message: `Gambar "${image.src}" tidak ditemukan. Simpan gambarnya di folder yang sama dengan berkas ini (tulis ./nama-gambar.jpg) atau di public/ (tulis /nama-gambar.jpg), dan periksa ejaan nama berkasnya.`,
          });
        }
      }
      pages.set(entryPath(collection, id), scan.headingIds);
      scans.push({ file, scan, self: entryPath(collection, id), draft });
    }
  }

  // References first, then the editorial rules (content-rules.ts), replications that name
  // their own case and attachments missing from the static folder: the same problems the
  // build reports, here with their lines.
  const corpusProblems = [
    ...findBrokenReferences(corpus, { includeDrafts }),
    ...checkContentRules(corpus, { includeDrafts }),
    ...replicationProblems(replicationCases(corpus)),
    ...missingAttachments(corpus, {
      includeDrafts,
      exists: (path) => {
        const decoded = decodePath(path);
        return decoded !== undefined && existsSync(join(statics, decoded));
      },
    }),
  ];
  const reparsed = new Map<string, ParsedContent | undefined>();
  const lineIn = (relFile: string, field: string): number => {
    const file = validFiles.get(relFile);
    if (!file) return 1;
    if (!reparsed.has(relFile)) {
      const decoded = decodeUtf8(readFileSync(file));
      const parsed = 'problem' in decoded ? undefined : parseContent(decoded.text);
      reparsed.set(relFile, parsed?.ok ? parsed.content : undefined);
    }
    return reparsed.get(relFile)?.lineOf(parseFieldPath(field)) ?? 1;
  };
  for (const p of corpusProblems) {
    problems.push({ file: p.file, line: lineIn(p.file, p.field), field: p.field, message: p.message });
  }

  // Internal links and anchors in bodies.
  for (const { file, scan, self, draft } of scans) {
    for (const { line, href } of scan.links) {
      if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      if (!href.startsWith('/') && !href.startsWith('#')) continue;
      const [pathPart = '', hash] = href.split('#', 2);
      const clean = (pathPart.split('?')[0] ?? '') || self;
      const page = clean.endsWith('/') || /\.[a-z0-9]+$/i.test(clean) ? clean : `${clean}/`;
      const headings = pages.get(page);
      if (!headings) {
        const decoded = decodePath(clean);
        if (decoded === undefined) {
          add(file, { line, field: '(isi)', message: malformedEscape(pathPart) });
          continue;
        }
        if (existsSync(join(statics, decoded))) continue;
        const suggestion = closest(page, [...pages.keys()]);
        add(file, {
          line,
          field: '(isi)',
          message: `Tautan ke ${pathPart} tidak menuju halaman mana pun di situs. ${suggestion ? `Maksud Anda ${suggestion}? ` : ''}Alamat halaman isi adalah /<koleksi>/<nama-berkas>/ (ingat /narasumber/ untuk orang).`,
        });
        continue;
      }
      if (!includeDrafts && !draft && draftPages.has(page)) {
        add(file, {
          line,
          field: '(isi)',
          message: `Tautan ke ${page} menuju entri yang masih draf (draf: true), yang tidak ikut terbit. Terbitkan entri itu dahulu, atau hapus tautan ini.`,
        });
        continue;
      }
      if (hash && !headings.includes(hash) && !PAGE_SECTION_IDS.includes(hash)) {
        const suggestion = closest(hash, headings);
        add(file, {
          line,
          field: '(isi)',
          message: `Jangkar #${hash} tidak ada di ${page}. ${suggestion ? `Maksud Anda #${suggestion}? ` : ''}Jangkar dibuat dari judul bagian (## Judul Bagian → #judul-bagian).`,
        });
      }
    }
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, entries };
}

/** A path with its %-escapes decoded (`%20` → space), or undefined when one is malformed. */
function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** The problem of an address whose % is not followed by a valid escape. */
function malformedEscape(address: string): string {
  return `Alamat "${address}" memuat tanda % yang bukan kode yang sah (% harus diikuti dua angka atau huruf A–F, misalnya %20 untuk spasi). Tulis nama berkas tanpa tanda %, atau perbaiki kodenya.`;
}
