import { describe, expect, it } from 'vitest';
import { queryFromUrl, urlWithQuery } from './search-url.ts';

describe('search query in the URL', () => {
  it('reads and trims q', () => {
    expect(queryFromUrl('https://x.id/cari/?q=%20akta%20kelahiran%20')).toBe('akta kelahiran');
    expect(queryFromUrl('https://x.id/cari/')).toBe('');
  });
  it('sets q, or removes it for an empty term', () => {
    expect(urlWithQuery('https://x.id/cari/', 'izin usaha')).toBe('https://x.id/cari/?q=izin+usaha');
    expect(urlWithQuery('https://x.id/cari/?q=lama', ' ')).toBe('https://x.id/cari/');
  });
});
