/**
 * Size budgets of the built fixture site (sizes are deterministic, so they are tested, not
 * timed): a case study's HTML plus CSS fits in the first round trip (14 KB gzip), a first
 * visit without images stays under 50 KB, and content pages load no script file. The real
 * content's case pages are held to the same budgets in tests/content.test.ts.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BUDGET, firstVisit, overBudget } from './helpers/budgets.ts';

const dist = inject('fixtureDist');
const cases = ['/studi-kasus/layanan-contoh/', '/studi-kasus/inovasi-mdx/'];

describe('budgets', () => {
  it('case pages: HTML + CSS ≤ 14 KB gzip, first visit without images < 50 KB, no script files', () => {
    for (const path of cases) {
      const s = firstVisit(dist, path);
      console.log(`${path}: HTML ${s.html} B, CSS ${s.css} B, JS ${s.js} B (gzip)`);
    }
    expect(overBudget(dist, cases)).toEqual([]);
  });

  it('the check catches a page over budget', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-budget-'));
    mkdirSync(join(dir, 'besar'));
    // Random text barely compresses: 20 KB of it is over the 14 KB budget.
    writeFileSync(join(dir, 'besar', 'index.html'), `<!doctype html><p>${randomBytes(20 * 1024).toString('base64')}</p>`);
    expect(overBudget(dir, ['/besar/'])[0]).toMatch(/^\/besar\/: HTML \+ CSS \d+ B > 14336 B$/);
    expect(BUDGET.htmlAndCss).toBe(14 * 1024);
  });
});
