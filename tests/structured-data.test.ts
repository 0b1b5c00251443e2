/**
 * Structured data as built: every indexed page's JSON-LD parses, names schema.org types,
 * and type-checks against schema-dts (the schema.org vocabulary as TypeScript types) —
 * an unknown property or a wrong value type on any page fails. Pages with a trail carry a
 * BreadcrumbList ending at the page itself. Share metadata (Open Graph, Twitter) is on
 * every page, and the share images exist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sitemapPaths } from './helpers/axe.ts';
import { dom } from './helpers/html.ts';

const dist = inject('fixtureDist');
const paths = sitemapPaths(dist);

/** The JSON-LD objects of a page. */
function jsonLd(path: string): Record<string, unknown>[] {
  return [...dom(dist, path).querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
}

describe('structured data (JSON-LD)', () => {
  it('gives each kind of page its schema.org type, and a BreadcrumbList ending at the page', () => {
    const types = (path: string) => jsonLd(path).map((d) => d['@type']);
    expect(types('/studi-kasus/layanan-contoh/')).toEqual(['Article', 'BreadcrumbList']);
    expect(types('/panduan/panduan-contoh/')).toEqual(['Article', 'BreadcrumbList']);
    expect(types('/acara/lokakarya-contoh/')).toEqual(['Event', 'BreadcrumbList']);
    expect(types('/narasumber/narasumber-contoh/')).toEqual(['Person', 'BreadcrumbList']);
    expect(types('/organisasi/dinas-contoh/')[0]).toMatch(/Organization$/);
    const trail = jsonLd('/studi-kasus/layanan-contoh/')[1] as { itemListElement: { position: number; name: string; item: string }[] };
    expect(trail.itemListElement.map((i) => [i.position, i.name, new URL(i.item).pathname])).toEqual([
      [1, 'Beranda', '/'],
      [2, 'Studi kasus', '/studi-kasus/'],
      [3, 'Layanan Contoh', '/studi-kasus/layanan-contoh/'],
    ]);
  });

  it('type-checks against the schema.org vocabulary on every page (and the check catches a wrong property)', () => {
    const lines = ["import type * as S from 'schema-dts';"];
    let n = 0;
    for (const path of paths) {
      for (const data of jsonLd(path)) {
        expect(data['@context'], path).toBe('https://schema.org');
        expect(typeof data['@type'], path).toBe('string');
        lines.push(`// ${path}`, `export const d${n++}: S.WithContext<S.${String(data['@type'])}> = ${JSON.stringify(data)};`);
      }
    }
    expect(n).toBeGreaterThan(60);
    // The check itself works: TypeScript must reject this, or the directive is an error.
    lines.push('// @ts-expect-error "headlien" is not an Article property', `export const wrong: S.WithContext<S.Article> = { '@context': 'https://schema.org', '@type': 'Article', headlien: 'x' };`);
    const dir = resolve('node_modules/.cache/ri-jsonld');
    mkdirSync(dir, { recursive: true });
    const work = mkdtempSync(join(dir, 'cek-'));
    writeFileSync(join(work, 'jsonld.ts'), lines.join('\n'));
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', types: [] }, files: ['jsonld.ts'] }),
    );
    const tsc = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', join(work, 'tsconfig.json')], { encoding: 'utf8' });
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});

describe('share metadata', () => {
  it('every page has Open Graph and Twitter metadata with an image that exists', () => {
    for (const path of paths) {
      const doc = dom(dist, path);
      const meta = (key: string) =>
        doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
      for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:image']) {
        expect(meta(key), `${path} ${key}`).not.toBe('');
      }
      expect(meta('twitter:card')).toBe('summary_large_image');
      const image = new URL(meta('og:image')).pathname;
      expect(existsSync(join(dist, image)), `${path} → ${image}`).toBe(true);
    }
    expect(new URL(dom(dist, '/studi-kasus/layanan-contoh/').querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '').pathname).toBe(
      '/og/studi-kasus/layanan-contoh.png',
    );
  });
});
