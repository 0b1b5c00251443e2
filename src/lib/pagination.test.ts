import { describe, expect, it } from 'vitest';
import { pageHref, pageLinks } from './pagination.ts';

describe('pageLinks', () => {
  it('puts page 1 at the list address and page n under it', () => {
    expect(pageHref('/studi-kasus/', 1)).toBe('/studi-kasus/');
    expect(pageHref('/studi-kasus/', 3)).toBe('/studi-kasus/3/');
  });

  it('links previous and next, and marks the current page', () => {
    const links = pageLinks('/x/', 2, 3);
    expect(links.previous).toBe('/x/');
    expect(links.next).toBe('/x/3/');
    expect(links.links.map((l) => [l.number, l.current])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(pageLinks('/x/', 1, 1)).toMatchObject({ previous: undefined, next: undefined });
  });

  it('shortens long runs to the first, the last and two either side of the current page', () => {
    expect(pageLinks('/x/', 10, 20).links.map((l) => l.number)).toEqual([1, 8, 9, 10, 11, 12, 20]);
  });
});
