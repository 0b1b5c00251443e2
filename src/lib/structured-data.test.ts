import { describe, expect, it } from 'vitest';
import { breadcrumbList } from './structured-data.ts';

describe('breadcrumbList', () => {
  it('numbers the steps from home, with absolute URLs, the last one the page itself', () => {
    const site = new URL('https://contoh.go.id');
    expect(breadcrumbList('Beranda', [{ label: 'Studi kasus', href: '/studi-kasus/' }, { label: 'Baik Lo' }], 'https://contoh.go.id/studi-kasus/baik-lo/', site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Beranda', item: 'https://contoh.go.id/' },
        { '@type': 'ListItem', position: 2, name: 'Studi kasus', item: 'https://contoh.go.id/studi-kasus/' },
        { '@type': 'ListItem', position: 3, name: 'Baik Lo', item: 'https://contoh.go.id/studi-kasus/baik-lo/' },
      ],
    });
  });
});
