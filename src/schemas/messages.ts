/**
 * Every Indonesian schema message that is not specific to one field, in one place: the
 * global error map (missing field, wrong type), the message for a value outside a
 * controlled vocabulary, and strict objects whose unknown keys are refused with the
 * closest known key as a suggestion. Importing this module configures Zod once for the
 * whole process, so Astro's build, `npm run periksa` and the tests all speak the same words.
 */
import { z } from 'astro/zod';

/** What an editor calls each JSON type, for "harus berupa …" messages. */
const TYPE_LABEL: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'true atau false',
  array: 'daftar (butir diawali "- " atau ditulis [a, b])',
  object: 'kumpulan kolom (kolom: nilai, menjorok di bawahnya)',
  date: 'tanggal TTTT-BB-HH',
  null: 'kosong',
  undefined: 'kosong',
};

function received(input: unknown): string {
  if (input === null) return 'kosong';
  if (Array.isArray(input)) return 'daftar';
  if (input instanceof Date) return 'tanggal';
  return TYPE_LABEL[typeof input] ?? typeof input;
}

/**
 * The global error map: the messages Zod would otherwise give in generic terms. A schema's
 * own `error` still wins over it, so field-specific messages stay where they are written.
 */
export const indonesianErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'Kolom ini wajib diisi.';
    const expected = TYPE_LABEL[issue.expected] ?? issue.expected;
    return `Harus berupa ${expected}, bukan ${received(issue.input)}.`;
  }
  return undefined;
};

z.config(z.locales.id());
z.config({ customError: indonesianErrors });

/**
 * A value from a controlled vocabulary. `what` names the field for the message, which
 * lists every allowed value so the editor can pick one without opening the docs.
 */
export const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `${what} wajib diisi. Pilih salah satu: ${values.join(', ')}.`
        : `${what} "${String(issue.input)}" tidak dikenal. Pilih salah satu: ${values.join(', ')}.`,
  });

/** Edit distance between two words (Levenshtein), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known word closest to `word`, if it is close enough to be a typo: at most a third
 * of the word's letters wrong (and at least two allowed), or one contains the other.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  const limit = Math.max(2, Math.floor(word.length / 3));
  if (best.distance <= limit) return best.candidate;
  const contained = candidates.find((c) => c.length > 2 && (lower.includes(c) || c.includes(lower)));
  return contained;
}

/** The message for one unknown key, with a suggestion when one is close. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const suggestion = closest(key, known);
  return suggestion
    ? `Kolom \`${key}\` tidak dikenal; maksud Anda \`${suggestion}\`? Perbaiki ejaannya.`
    : `Kolom \`${key}\` tidak dikenal. Kolom yang boleh di sini: ${known.join(', ')}. Hapus atau ganti namanya.`;
}

/**
 * A strict object: a key the schema does not know fails (one message line per key, in the
 * order of `issue.keys`) instead of being dropped, so a typo such as `darf: true` can never
 * publish a draft.
 */
export const strictObject = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => unknownKeyMessage(key, Object.keys(shape))).join('\n')
        : undefined,
  });
