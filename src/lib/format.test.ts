import { describe, expect, it } from 'vitest';
import { excerpt, formatDate, formatNumber, formatPartialDate, isoDate } from './format.ts';

describe('Indonesian formatting', () => {
  it('formats dates with Indonesian month names', () => {
    expect(formatDate(new Date('2022-09-02'))).toBe('2 September 2022');
    expect(isoDate(new Date('2022-09-02'))).toBe('2022-09-02');
  });
  it('formats partial dates only as precisely as known', () => {
    expect(formatPartialDate({ iso: '2017', precision: 'tahun' })).toBe('2017');
    expect(formatPartialDate({ iso: '2017-05', precision: 'bulan' })).toBe('Mei 2017');
    expect(formatPartialDate({ iso: '2017-05-01', precision: 'hari' })).toBe('1 Mei 2017');
  });
  it('uses Indonesian separators', () => {
    expect(formatNumber(1949)).toBe('1.949');
    expect(formatNumber(2.04)).toBe('2,04');
  });
  it('cuts long text at a word count', () => {
    expect(excerpt('satu dua tiga empat', 2)).toBe('satu dua…');
    expect(excerpt('satu dua', 5)).toBe('satu dua');
  });
});
