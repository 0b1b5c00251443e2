/**
 * Every HTML file of the built fixture site passes html-validate's recommended rules with
 * zero errors (and the validator does catch a broken page).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('fixtureDist');
/**
 * `long-title` (a search-engine hint, not a validity or accessibility rule) is off: a page's
 * `<title>` is the editor's full title of the innovation, and cutting it would hide words
 * from bookmarks, tabs and screen readers; search engines shorten what they show themselves.
 */
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

/** Problems of one HTML text as "file line:column rule: message" lines. */
async function problems(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((r) => r.messages.map((m) => `${file} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

describe('html-validate', () => {
  it('every built page has zero errors', async () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) found.push(...(await problems(readFileSync(join(dist, file), 'utf8'), file)));
    expect(found).toEqual([]);
  }, 120_000);

  it('catches an error (the check works)', async () => {
    expect((await problems('<!doctype html><html lang="id"><head><title>x</title></head><body><p><div></div></p></body></html>', 'x.html')).length).toBeGreaterThan(0);
  });
});
