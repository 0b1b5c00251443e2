import { describe, expect, it } from 'vitest';
import { awardRecipient } from './awards.ts';

describe('awardRecipient', () => {
  it('uses penerima when the editor recorded it', () => {
    expect(awardRecipient({ kompetisi: 'iga', penerima: 'inovasi' })).toBe('inovasi');
    expect(awardRecipient({ kompetisi: 'kipp', penerima: 'pemerintah' })).toBe('pemerintah');
  });
  it('otherwise treats IGA as an award to a government, everything else to the innovation', () => {
    expect(awardRecipient({ kompetisi: 'iga' })).toBe('pemerintah');
    for (const kompetisi of ['kipp', 'kovablik', 'pkri', 'lainnya']) expect(awardRecipient({ kompetisi })).toBe('inovasi');
  });
});
