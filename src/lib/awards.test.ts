import { describe, expect, it } from 'vitest';
import { awardsByRecipient } from './awards.ts';

const award = (kompetisi: string, penerima: 'inovasi' | 'pemerintah') => ({ kompetisi, penerima });

describe('awardsByRecipient', () => {
  it("splits by the recorded penerima, so an award to a government (IGA) is never the innovation's own", () => {
    const awards = [award('iga', 'pemerintah'), award('kipp', 'inovasi'), award('iga', 'pemerintah'), award('kovablik', 'inovasi')];
    expect(awardsByRecipient(awards, (a) => a)).toEqual({
      inovasi: [awards[1], awards[3]],
      pemerintah: [awards[0], awards[2]],
    });
  });

  it('follows penerima alone, whatever the competition (the IGA rule is the content check’s, not a fallback here)', () => {
    const kippToGovernment = award('kipp', 'pemerintah');
    expect(awardsByRecipient([kippToGovernment], (a) => a).pemerintah).toEqual([kippToGovernment]);
  });

  it('reaches the award inside a larger item, and lists every recipient even when empty', () => {
    const rows = [{ title: 'A', award: award('kipp', 'inovasi') }];
    expect(awardsByRecipient(rows, (r) => r.award)).toEqual({ inovasi: rows, pemerintah: [] });
    expect(awardsByRecipient([], (a: { penerima: 'inovasi' }) => a)).toEqual({ inovasi: [], pemerintah: [] });
  });
});
