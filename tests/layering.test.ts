/**
 * The layering of src/, enforced (as Starlight enforces its import rules): pure logic and
 * schemas at the bottom, components and layouts above them, pages on top taking their
 * data from views. A page that resolves, counts or sorts for itself, or a component that
 * receives the whole site, fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';

/** Module specifiers a source file imports (static imports and re-exports; type-only included). */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    found.push((m[1] ?? m[2]) as string);
  }
  return found;
}

/** The frontmatter script of an .astro file, or the whole of a .ts file. */
function script(file: string): string {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
}

/** Every source file under src/ with the project-relative paths (or package names) it imports. */
function graph(): { file: string; imports: string[] }[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(SRC, f))
    .map((file) => ({
      file,
      imports: importsOf(script(file)).map((spec) =>
        spec.startsWith('.') ? relative('.', resolve(dirname(file), spec)) : spec,
      ),
    }));
}

const files = graph();
const under = (dir: string) => files.filter((f) => f.file.startsWith(`${SRC}/${dir}/`));
const violations = (
  list: { file: string; imports: string[] }[],
  forbidden: (spec: string) => boolean,
): string[] => list.flatMap((f) => f.imports.filter(forbidden).map((spec) => `${f.file} → ${spec}`));

const UI = /^src\/(components|layouts|pages)\//;

describe('layering', () => {
  it('finds imports (the detector works)', () => {
    expect(importsOf("import a from './a.ts';\nimport type { B } from '../b.ts';\nexport { c } from './c.ts';\nimport 'x.css';")).toEqual([
      './a.ts',
      '../b.ts',
      './c.ts',
      'x.css',
    ]);
    expect(files.length).toBeGreaterThan(40);
    expect(violations([{ file: 'src/lib/x.ts', imports: ['src/components/Y.astro'] }], (s) => UI.test(s))).toEqual([
      'src/lib/x.ts → src/components/Y.astro',
    ]);
  });

  it('lib/ and schemas/ import no component, layout or page, and nothing from astro:* (except the site-data adapter)', () => {
    const pure = [...under('lib'), ...under('schemas')].filter((f) => f.file !== 'src/lib/site-data.ts');
    expect(violations(pure, (s) => UI.test(s) || s.endsWith('.astro') || s.startsWith('astro:'))).toEqual([]);
  });

  it('lib/ below views/ imports nothing from views/ (except the site-data adapter, which hands views to pages)', () => {
    const below = files.filter((f) => /^src\/lib\/[^/]+\.ts$/.test(f.file) && f.file !== 'src/lib/site-data.ts');
    expect(below.length).toBeGreaterThan(20);
    expect(violations(below, (s) => s.startsWith('src/lib/views/'))).toEqual([]);
  });

  it('components and layouts import no page, and never the whole site (site-data or the graph)', () => {
    const ui = [...under('components'), ...under('layouts')];
    expect(
      violations(ui, (s) => s.startsWith('src/pages/') || s === 'src/lib/site-data.ts' || s === 'src/lib/graph.ts'),
    ).toEqual([]);
  });

  it('pages take their data from views: they import no logic beyond views, paths, the base path and pagination', () => {
    const allowed = (s: string) =>
      !s.startsWith('src/') ||
      /^src\/(components|layouts|i18n)\//.test(s) ||
      s.startsWith('src/lib/views/') ||
      // og-image.ts and og-painter.ts draw the share images for the one endpoint that serves them; url.ts
      // puts site paths under the base path where they are written into HTML.
      ['src/lib/site-data.ts', 'src/lib/pagination.ts', 'src/lib/collections.ts', 'src/lib/og-image.ts', 'src/lib/og-painter.ts', 'src/lib/url.ts'].includes(s);
    expect(violations(under('pages'), (s) => !allowed(s))).toEqual([]);
  });

  it('the non-raising evidence rule is decided in one place: only sustainability.ts reads NON_RAISING_EVIDENCE', () => {
    const readers = files
      .filter((f) => f.file !== 'src/schemas/vocabulary.ts')
      .filter((f) => /\bNON_RAISING_EVIDENCE\b/.test(script(f.file)))
      .map((f) => f.file);
    expect(readers).toEqual(['src/lib/sustainability.ts']);
  });
});
