import { describe, expect, it } from 'vitest';
import { citation } from './cite.ts';

describe('citation', () => {
  it('names the site, the date, the title, the publisher and the address', () => {
    expect(
      citation({
        title: 'Klinik BUM Desa',
        date: new Date('2026-11-27'),
        url: 'https://rumahinovasi.jatimprov.go.id/studi-kasus/klinik-bumdesa/',
        publisher: 'Pemerintah Provinsi Jawa Timur',
      }),
    ).toBe(
      'Rumah Inovasi Jawa Timur. (27 November 2026). Klinik BUM Desa. Pemerintah Provinsi Jawa Timur. https://rumahinovasi.jatimprov.go.id/studi-kasus/klinik-bumdesa/',
    );
  });
});
