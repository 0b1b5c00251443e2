import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fileType, formatBytes, localFileSize } from './files.ts';

describe('files', () => {
  it('takes the type from the editor, else from the extension', () => {
    expect(fileType('/berkas/paparan.pdf')).toBe('PDF');
    expect(fileType('https://contoh.go.id/a/b.PPTX?unduh=1')).toBe('PPTX');
    expect(fileType('/berkas/paparan.pdf', 'PDF (pindaian)')).toBe('PDF (pindaian)');
    expect(fileType('https://contoh.go.id/dokumen')).toBeUndefined();
  });

  it('writes sizes the Indonesian way', () => {
    expect(formatBytes(850)).toBe('850 B');
    expect(formatBytes(12_345)).toBe('12 kB');
    expect(formatBytes(1_450_000)).toBe('1,5 MB');
    expect(formatBytes(3_000_000_000)).toBe('3 GB');
  });

  it('reads the size of a local file under public/, and none for web addresses or missing files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-public-'));
    mkdirSync(join(dir, 'berkas'));
    writeFileSync(join(dir, 'berkas', 'paparan contoh.pdf'), Buffer.alloc(2048));
    expect(localFileSize('/berkas/paparan%20contoh.pdf', dir)).toBe(2048);
    expect(localFileSize('/berkas/tidak-ada.pdf', dir)).toBeUndefined();
    expect(localFileSize('/berkas', dir)).toBeUndefined();
    expect(localFileSize('https://contoh.go.id/berkas/paparan.pdf', dir)).toBeUndefined();
  });

  it('looks in the build\'s static files folder (PUBLIC_DIR) by default, where Astro copies them from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-public-'));
    mkdirSync(join(dir, 'berkas'));
    writeFileSync(join(dir, 'berkas', 'contoh.pdf'), Buffer.alloc(612));
    vi.stubEnv('PUBLIC_DIR', dir);
    try {
      expect(localFileSize('/berkas/contoh.pdf')).toBe(612);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(localFileSize('/berkas/contoh.pdf')).toBeUndefined(); // not in the real site's public/
  });
});
