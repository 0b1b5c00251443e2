import { describe, expect, it } from 'vitest';
import { buildDateFrom } from './build-date.ts';

describe('buildDateFrom', () => {
  it('reads RI_BUILD_DATE as a UTC calendar date', () => {
    expect(buildDateFrom('2026-11-27').toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });
  it('is today (UTC midnight) when unset', () => {
    expect(buildDateFrom(undefined, new Date('2027-03-04T15:16:17Z')).toISOString()).toBe('2027-03-04T00:00:00.000Z');
    expect(buildDateFrom('', new Date('2027-03-04T15:16:17Z')).toISOString()).toBe('2027-03-04T00:00:00.000Z');
  });
  it('refuses what is not a date, in Indonesian', () => {
    expect(() => buildDateFrom('27-11-2026')).toThrow(/RI_BUILD_DATE "27-11-2026" bukan tanggal yang valid/);
    expect(() => buildDateFrom('2026-02-30')).toThrow(/TTTT-BB-HH/);
  });
});
