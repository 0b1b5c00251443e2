import { describe, expect, it } from 'vitest';
import { findSlugCollisions, isPageNumber, slugFromPath } from './slug.ts';

describe('slugFromPath', () => {
  it('uses the base name without extension, lowercased and hyphenated', () => {
    expect(slugFromPath('content/studi-kasus/Baik Lo.md')).toBe('baik-lo');
    expect(slugFromPath('2022/klinik-bumdesa.mdx')).toBe('klinik-bumdesa');
    expect(slugFromPath('Kota Surabaya')).toBe('kota-surabaya');
  });
  it('drops accents and punctuation', () => {
    expect(slugFromPath('Café & Layanan!.md')).toBe('cafe-layanan');
  });
});

describe('findSlugCollisions', () => {
  it('groups files that would share a URL', () => {
    const collisions = findSlugCollisions(['a/baik-lo.md', 'b/Baik-Lo.mdx', 'c/lain.md']);
    expect([...collisions.keys()]).toEqual(['baik-lo']);
    expect(collisions.get('baik-lo')).toEqual(['a/baik-lo.md', 'b/Baik-Lo.mdx']);
  });
  it('is empty when every slug is unique', () => {
    expect(findSlugCollisions(['a.md', 'b.md']).size).toBe(0);
  });
});

describe('isPageNumber', () => {
  it('is true for digits alone (the address of a numbered list page), false for a name with digits', () => {
    expect(isPageNumber(slugFromPath('content/studi-kasus/2.md'))).toBe(true);
    expect(isPageNumber('2024')).toBe(true);
    expect(isPageNumber('inovasi-2024')).toBe(false);
    expect(isPageNumber('')).toBe(false);
  });
});
