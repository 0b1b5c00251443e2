/**
 * Ready-to-copy citations of a page in three forms: APA 7 text (with Indonesian month
 * names, as Indonesian style guides write APA), BibTeX for LaTeX users, and CSL-JSON for
 * reference managers (Zotero, Mendeley). One input, three outputs, so they never disagree.
 */

/** The page being cited. */
export interface CitationInput {
  /** A stable key: `studi-kasus/baik-lo`. */
  id: string;
  title: string;
  /** Authors as the site names them (people or organisations); the site itself when empty. */
  authors: readonly string[];
  date: Date;
  url: string;
  publisher: string;
  /** Where it appeared, e.g. the event of a speech. */
  container?: string | undefined;
  /** Kind of work, for APA's bracket ("[Sambutan]") and CSL's `genre`. */
  genre?: string | undefined;
  /** CSL type: a web page, a speech or a conference paper. */
  type: 'webpage' | 'speech' | 'paper-conference';
}

/** The citation in every form a page offers. */
export interface Citations {
  apa: string;
  bibtex: string;
  /** CSL-JSON, pretty-printed: an array with one item, as reference managers import it. */
  csl: string;
}

/** The site, as the author of its own pages. */
export const SITE_AUTHOR = 'Rumah Inovasi Jawa Timur';

const MONTHS = new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' });
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "A", "A & B", "A, B, & C" (APA joins names with an ampersand). */
function apaAuthors(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? SITE_AUTHOR;
  return `${names.slice(0, -1).join(', ')}${names.length > 2 ? ',' : ''} & ${names[names.length - 1]}`;
}

/** APA 7: "Author. (2026, 27 November). Title [Genre]. Container. Publisher. URL" */
export function apa(c: CitationInput): string {
  const author = apaAuthors(c.authors);
  const date = `${c.date.getUTCFullYear()}, ${c.date.getUTCDate()} ${MONTHS.format(c.date)}`;
  const parts = [
    `${author}${author.endsWith('.') ? '' : '.'}`,
    `(${date}).`,
    `${c.title}${c.genre ? ` [${c.genre}]` : ''}.`,
    ...(c.container ? [`${c.container}.`] : []),
    ...(c.publisher !== author ? [`${c.publisher}.`] : []),
    c.url,
  ];
  return parts.join(' ');
}

/** BibTeX's special characters escaped; braces keep capitals and names as written. */
function bib(text: string): string {
  return text.replace(/[\\{}]/g, (ch) => `\\${ch}`).replace(/[&%$#_]/g, (ch) => `\\${ch}`).replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

/** A BibTeX `@misc` entry; organisations as authors are double-braced so BibTeX does not split them. */
export function bibtex(c: CitationInput): string {
  const key = `ri-${c.id.replace(/[^a-z0-9]+/gi, '-')}`;
  const authors = (c.authors.length > 0 ? c.authors : [SITE_AUTHOR]).map((a) => `{${bib(a)}}`).join(' and ');
  const fields: [string, string][] = [
    ['author', authors],
    ['title', `{${bib(c.title)}}`],
    ['year', String(c.date.getUTCFullYear())],
    ['month', BIB_MONTHS[c.date.getUTCMonth()] ?? ''],
    ...(c.container ? ([['howpublished', bib(c.container)]] as [string, string][]) : []),
    ['publisher', bib(c.publisher)],
    ...(c.genre ? ([['note', bib(c.genre)]] as [string, string][]) : []),
    ['url', c.url],
    ['language', 'indonesian'],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** CSL-JSON of the page (authors as literal names: no guessing of given and family names). */
export function cslJson(c: CitationInput): string {
  const item = {
    id: c.id,
    type: c.type,
    title: c.title,
    author: (c.authors.length > 0 ? c.authors : [SITE_AUTHOR]).map((literal) => ({ literal })),
    issued: { 'date-parts': [[c.date.getUTCFullYear(), c.date.getUTCMonth() + 1, c.date.getUTCDate()]] },
    ...(c.container ? { 'container-title': c.container } : {}),
    ...(c.genre ? { genre: c.genre } : {}),
    publisher: c.publisher,
    URL: c.url,
    language: 'id',
  };
  return JSON.stringify([item], null, 2);
}

/** Every form at once. */
export function citations(c: CitationInput): Citations {
  return { apa: apa(c), bibtex: bibtex(c), csl: cslJson(c) };
}
