/**
 * Checks of a Markdown/MDX body that a schema cannot make: what the body links to, the
 * images it shows, and what an MDX file may contain. A page body is editor-written HTML in
 * disguise, so it may not carry scripts, frames, styles, event handlers or `javascript:`
 * links, and MDX may import only the site's own MDX components.
 *
 * This is a line scanner, not a full Markdown parser: it skips fenced code blocks and
 * inline code, and reads the link, image and heading syntax editors use. That is enough to
 * point at the line of a mistake; the built-site link test stays the final word on links.
 * Pure: text in, findings out.
 */
import GithubSlugger from 'github-slugger';
import type { LineProblem } from './frontmatter.ts';

/** A link found in a body, with its line in the file. */
export interface BodyLink {
  line: number;
  href: string;
}

/** An image found in a body. */
export interface BodyImage {
  line: number;
  src: string;
  alt: string | undefined;
}

/** What a body contains, and the problems found in it alone. */
export interface BodyScan {
  /** Heading ids as the Markdown processor makes them (github-slugger). */
  headingIds: string[];
  links: BodyLink[];
  images: BodyImage[];
  problems: LineProblem[];
}

/** Folder (relative to the project) of the only components MDX files may import. */
export const MDX_COMPONENTS_DIR = 'src/components/mdx/';

const FORBIDDEN_TAGS = ['script', 'iframe', 'style', 'object', 'embed'];

/** Removes inline code spans so their contents are not read as links or HTML. */
function withoutInlineCode(line: string): string {
  return line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
}

/** Plain text of a heading as the HTML would show it: links, emphasis and code marks removed. */
function headingText(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`~]/g, '')
    .trim();
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{?["']?([^\\s"'>}]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/**
 * Scans a body. `firstLine` is the file line of the body's first line; `mdx` turns on the
 * import rule; `resolveImport` maps an import source to a project-relative path (or
 * undefined when it is a package).
 */
export function scanBody(
  body: string,
  { firstLine, mdx, resolveImport }: { firstLine: number; mdx: boolean; resolveImport: (source: string) => string | undefined },
): BodyScan {
  const slugger = new GithubSlugger();
  const scan: BodyScan = { headingIds: [], links: [], images: [], problems: [] };
  let fence: string | undefined;
  body.split(/\r?\n/).forEach((rawLine, index) => {
    const line = firstLine + index;
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(rawLine);
    if (fence) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = undefined;
      return;
    }
    if (fenceMatch?.[1]) {
      fence = fenceMatch[1];
      return;
    }
    const text = withoutInlineCode(rawLine);

    const heading = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
    if (heading?.[2] !== undefined) scan.headingIds.push(slugger.slug(headingText(heading[2])));

    if (mdx) {
      const imported = /^import\s+(?:[\s\S]*?\s+from\s+)?["']([^"']+)["']/.exec(text);
      if (imported?.[1]) {
        const target = resolveImport(imported[1]);
        if (!target?.startsWith(MDX_COMPONENTS_DIR)) {
          scan.problems.push({
            line,
            field: '(isi)',
            message: `Impor "${imported[1]}" tidak diizinkan. Berkas MDX hanya boleh mengimpor komponen situs dari ${MDX_COMPONENTS_DIR}. Hapus baris impor ini, atau minta pengembang menambahkan komponennya ke folder itu.`,
          });
        }
      }
    }

    for (const tag of text.matchAll(/<\/?([a-zA-Z][\w-]*)\b[^>]*>?/g)) {
      const name = (tag[1] ?? '').toLowerCase();
      const whole = tag[0];
      if (whole.startsWith('</')) continue;
      if (FORBIDDEN_TAGS.includes(name)) {
        scan.problems.push({
          line,
          field: '(isi)',
          message: `Tag <${name}> tidak diizinkan di isi halaman (keamanan situs). Hapus tag ini; untuk video atau peta, tulis tautannya saja.`,
        });
        continue;
      }
      const handler = /\s(on[a-z]+)\s*=/i.exec(whole);
      if (handler?.[1]) {
        scan.problems.push({
          line,
          field: '(isi)',
          message: `Atribut ${handler[1]} pada <${name}> tidak diizinkan: isi halaman tidak boleh menjalankan skrip. Hapus atribut ini.`,
        });
      }
      if (name === 'img') {
        scan.images.push({ line, src: attribute(whole, 'src') ?? '', alt: attribute(whole, 'alt') });
      }
      if (name === 'a') {
        const href = attribute(whole, 'href');
        if (href !== undefined) scan.links.push({ line, href });
      }
    }

    for (const match of text.matchAll(/(!?)\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+["'][^"']*["'])?\s*\)/g)) {
      const [, bang, label, href = ''] = match;
      if (bang) scan.images.push({ line, src: href, alt: label });
      else scan.links.push({ line, href });
    }
  });

  for (const link of scan.links) {
    if (/^\s*javascript:/i.test(link.href)) {
      scan.problems.push({
        line: link.line,
        field: '(isi)',
        message: 'Tautan "javascript:" tidak diizinkan di isi halaman. Tautkan ke alamat web (https://…) atau halaman situs (/studi-kasus/…).',
      });
    }
  }
  for (const image of scan.images) {
    if (!image.alt || image.alt.trim() === '') {
      scan.problems.push({
        line: image.line,
        field: '(isi)',
        message: `Gambar "${image.src}" tidak punya teks alternatif. Tulis isi gambar di antara kurung siku: ![Petugas melayani warga di loket](${image.src}).`,
      });
    }
  }
  return scan;
}
