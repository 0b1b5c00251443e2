import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleSources, pageScript } from './page-script.ts';

describe('enhancement module name', () => {
  it('is versioned by every file the module is built from, through static and dynamic imports', () => {
    const files = moduleSources().map((f) => relative(process.cwd(), f).split('\\').join('/'));
    // The entry, what it imports, what its lazily loaded search modal imports, down to slug.ts.
    expect(files).toEqual(expect.arrayContaining(['src/scripts/enhance.ts', 'src/lib/url.ts', 'src/scripts/search-modal.ts', 'src/lib/search-url.ts', 'src/lib/slug.ts', 'src/styles/search.css']));
    // The search page's own script is not part of this module.
    expect(files).not.toContain('src/scripts/search-page.ts');
  });

  it('is what the page script imports', () => {
    expect(pageScript('/_astro/ri.0123abcd.js')).toContain('"/_astro/ri.0123abcd.js"');
  });
});
