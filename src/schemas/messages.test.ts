import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { closest, editDistance, enumOf, strictObject, unknownKeyMessage } from './messages.ts';

describe('suggestions', () => {
  it('finds the closest key for typical typos, and nothing for unrelated words', () => {
    expect(editDistance('darf', 'draf')).toBe(2);
    expect(closest('kepanjangn', ['judul', 'kepanjangan'])).toBe('kepanjangan');
    expect(closest('darf', ['draf', 'judul'])).toBe('draf');
    expect(closest('ringkasn', ['ringkasan', 'riwayat'])).toBe('ringkasan');
    expect(closest('zzzzzz', ['judul', 'draf'])).toBeUndefined();
  });

  it('says what to do in both cases', () => {
    expect(unknownKeyMessage('ringkasn', ['ringkasan'])).toBe('Kolom `ringkasn` tidak dikenal; maksud Anda `ringkasan`? Perbaiki ejaannya.');
    expect(unknownKeyMessage('xyzxyz', ['judul', 'draf'])).toMatch(/Kolom yang boleh di sini: judul, draf\. Hapus atau ganti namanya/);
  });
});

describe('strict objects and enums', () => {
  it('refuses unknown keys, one message line per key', () => {
    const result = strictObject({ judul: z.string(), draf: z.boolean().optional() }).safeParse({ judul: 'a', darf: true, jdul: 'b' });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.message.split('\n')).toEqual([
      'Kolom `darf` tidak dikenal; maksud Anda `draf`? Perbaiki ejaannya.',
      'Kolom `jdul` tidak dikenal; maksud Anda `judul`? Perbaiki ejaannya.',
    ]);
  });

  it('lists the allowed values of a vocabulary', () => {
    const result = enumOf(['a', 'b'] as const, 'Jenis').safeParse('c');
    expect(result.error?.issues[0]?.message).toBe('Jenis "c" tidak dikenal. Pilih salah satu: a, b.');
  });

  it('the global map explains missing fields and wrong types in Indonesian', () => {
    const schema = z.object({ a: z.number(), b: z.array(z.string()) });
    const messages = schema.safeParse({ b: 'x' }).error?.issues.map((i) => i.message);
    expect(messages).toEqual(['Kolom ini wajib diisi.', 'Harus berupa daftar (butir diawali "- " atau ditulis [a, b]), bukan teks.']);
  });
});
