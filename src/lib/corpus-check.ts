/**
 * Checks that need the whole corpus, which a per-file schema cannot do: every
 * cross-reference must point at an entry that exists and is published. Astro's
 * `reference()` only shapes the value; without this check a misspelt id would render
 * as nothing. Pure: it takes plain entries and returns problems for the caller to throw.
 */
import { COLLECTIONS, type CollectionName } from './collections.ts';

/** The part of a content entry the checks need. */
export interface CorpusEntry {
  collection: CollectionName;
  id: string;
  /** Path of the source file relative to the project, when the entry comes from a file. */
  filePath?: string | undefined;
  data: unknown;
  draft: boolean;
}

/** One problem, located precisely enough for an editor to fix it. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

interface FoundRef {
  field: string;
  collection: CollectionName;
  id: string;
}

function isRef(value: unknown): value is { collection: CollectionName; id: string } {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  return (
    keys.length === 2 &&
    typeof v['id'] === 'string' &&
    typeof v['collection'] === 'string' &&
    (COLLECTIONS as readonly string[]).includes(v['collection'])
  );
}

/** Every reference inside an entry's data, with the field path an editor would recognise. */
export function collectReferences(data: unknown, path = ''): FoundRef[] {
  if (isRef(data)) return [{ field: path, collection: data.collection, id: data.id }];
  if (Array.isArray(data)) return data.flatMap((item, i) => collectReferences(item, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) =>
      collectReferences(value, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/**
 * References that point nowhere, or at a draft from a published entry.
 * With `includeDrafts` (the dev server) drafts count as published.
 */
export function findBrokenReferences(
  entries: readonly CorpusEntry[],
  { includeDrafts }: { includeDrafts: boolean },
): Problem[] {
  const byKey = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.draft && !includeDrafts) continue;
    const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
    for (const ref of collectReferences(entry.data)) {
      const target = byKey.get(`${ref.collection}/${ref.id}`);
      if (!target) {
        problems.push({
          file,
          field: ref.field,
          message: `"${ref.id}" tidak ditemukan di koleksi ${ref.collection}. Periksa ejaannya (nama berkas tanpa .md) atau buat berkas content/${ref.collection}/${ref.id}.md.`,
        });
      } else if (target.draft && !includeDrafts) {
        problems.push({
          file,
          field: ref.field,
          message: `"${ref.id}" masih draf (draf: true), jadi tidak ikut terbit. Terbitkan entri itu dahulu atau hapus rujukan ini.`,
        });
      }
    }
  }
  return problems;
}

/** One readable, Indonesian error text for a list of problems. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `- ${p.file} → ${p.field}: ${p.message}`);
  return `Konten tidak valid (${problems.length} masalah):\n${lines.join('\n')}`;
}
