import { describe, expect, it } from 'vitest';
import { withBase } from './url.ts';

describe('withBase', () => {
  it('puts site paths under the base', () => {
    expect(withBase('/studi-kasus/x/', '/rumah-inovasi/')).toBe('/rumah-inovasi/studi-kasus/x/');
    expect(withBase('/', '/rumah-inovasi/')).toBe('/rumah-inovasi/');
    expect(withBase('/cari/?q=izin#hasil', '/rumah-inovasi/')).toBe('/rumah-inovasi/cari/?q=izin#hasil');
  });

  it('leaves other addresses and already-based paths alone', () => {
    for (const href of ['https://contoh.go.id/a', '//cdn.contoh.go.id/a', '#isi', '?q=a', 'relatif/', 'mailto:a@b.id', '/rumah-inovasi/x/']) {
      expect(withBase(href, '/rumah-inovasi/')).toBe(href);
    }
  });

  it('changes nothing without a base', () => {
    expect(withBase('/studi-kasus/x/', '/')).toBe('/studi-kasus/x/');
  });
});
