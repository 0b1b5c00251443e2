import { describe, expect, it } from 'vitest';
import {
  fromPagefindFilters,
  queryFromUrl,
  sameFiltersAndSort,
  stateFromUrl,
  toPagefindFilters,
  urlWithQuery,
  urlWithState,
  type TokenMap,
} from './search-url.ts';

const tokens: TokenMap = {
  wilayah: { label: 'Kabupaten/kota', tokens: { 'kota-surabaya': 'Kota Surabaya', provinsi: 'Tingkat provinsi (Pemprov Jawa Timur)' } },
  penghargaan: { label: 'Penghargaan', tokens: { kipp: 'KIPP (KemenPAN-RB)' } },
};

describe('search query in the URL', () => {
  it('reads and trims q', () => {
    expect(queryFromUrl('https://x.id/cari/?q=%20akta%20kelahiran%20')).toBe('akta kelahiran');
    expect(queryFromUrl('https://x.id/cari/')).toBe('');
  });
  it('sets q, or removes it for an empty term, keeping the filters', () => {
    expect(urlWithQuery('https://x.id/cari/', 'izin usaha')).toBe('https://x.id/cari/?q=izin+usaha');
    expect(urlWithQuery('https://x.id/cari/?q=lama', ' ')).toBe('https://x.id/cari/');
    expect(urlWithQuery('https://x.id/cari/?wilayah=kota-surabaya', 'izin')).toBe('https://x.id/cari/?q=izin&wilayah=kota-surabaya');
  });
});

describe('the whole search in the URL', () => {
  it('reads words, repeated filter tokens and the sort order', () => {
    expect(stateFromUrl('https://x.id/cari/?q=izin&wilayah=kota-surabaya&wilayah=provinsi&penghargaan=kipp&urut=terbaru&x=1')).toEqual({
      q: 'izin',
      filters: { wilayah: ['kota-surabaya', 'provinsi'], penghargaan: ['kipp'] },
      sort: 'terbaru',
    });
  });
  it('ignores an unknown sort order and empty values', () => {
    expect(stateFromUrl('https://x.id/cari/?urut=acak&tahun=')).toEqual({ q: '', filters: {}, sort: 'relevan' });
  });
  it('writes the parameters in a fixed order and leaves relevance (the default) out', () => {
    const href = urlWithState('https://x.id/cari/?lain=1&q=lama', {
      q: 'izin',
      filters: { penghargaan: ['kipp'], wilayah: ['kota-surabaya'] },
      sort: 'relevan',
    });
    expect(href).toBe('https://x.id/cari/?lain=1&q=izin&wilayah=kota-surabaya&penghargaan=kipp');
    expect(stateFromUrl(urlWithState(href, { ...stateFromUrl(href), sort: 'terbaru' })).sort).toBe('terbaru');
  });
  it('round-trips through Pagefind filters keyed by the facet name', () => {
    const state = stateFromUrl('https://x.id/cari/?wilayah=kota-surabaya&penghargaan=kipp&penghargaan=tidak-ada');
    const pagefind = toPagefindFilters(state, tokens);
    expect(pagefind).toEqual({ 'Kabupaten/kota': ['Kota Surabaya'], Penghargaan: ['KIPP (KemenPAN-RB)'] });
    expect(fromPagefindFilters(pagefind, tokens)).toEqual({ wilayah: ['kota-surabaya'], penghargaan: ['kipp'] });
    expect(fromPagefindFilters({ Lain: ['x'], Penghargaan: [] }, tokens)).toEqual({});
  });
  it('tells a change of words from a change of filters or sort', () => {
    const a = stateFromUrl('https://x.id/cari/?q=a&wilayah=provinsi');
    expect(sameFiltersAndSort(a, { ...a, q: 'b' })).toBe(true);
    expect(sameFiltersAndSort(a, { ...a, sort: 'terbaru' })).toBe(false);
    expect(sameFiltersAndSort(a, { ...a, filters: {} })).toBe(false);
  });
});
