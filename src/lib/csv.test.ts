import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, regionEntries } from './csv.ts';

describe('parseCsv', () => {
  it('reads the shipped region table: 38 rows with the expected columns', () => {
    const rows = parseCsv(readFileSync('content/wilayah/jatim-kabkota.csv', 'utf8'));
    expect(rows).toHaveLength(38);
    expect(rows[0]).toEqual({ kode: '3501', nama: 'Kabupaten Pacitan', jenis: 'kabupaten', lat: '-8.1264', lon: '111.1791' });
    expect(rows.find((r) => r['kode'] === '3578')?.['nama']).toBe('Kota Surabaya');
  });
  it('handles quotes, escaped quotes and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n')).toEqual([{ a: 'x, y', b: 'say "hi"' }]);
  });
  it('names the row when a column is missing', () => {
    expect(() => parseCsv('a,b\n1\n')).toThrow(/Baris 2/);
  });
});

describe('regionEntries', () => {
  const table = readFileSync('content/wilayah/jatim-kabkota.csv', 'utf8');
  it('keys rows by BPS code', () => {
    const entries = regionEntries(table);
    expect(entries).toHaveLength(38);
    expect(entries.find((e) => e.id === '3578')?.['nama']).toBe('Kota Surabaya');
  });
  it('refuses a code that appears twice, naming the row', () => {
    expect(() => regionEntries(`${table.trim()}\n3501,Kabupaten Pacitan,kabupaten,0,0\n`)).toThrow(/3501 muncul lebih dari sekali \(baris 40/);
  });
  it('refuses a table with a region missing', () => {
    const withoutBatu = table.split('\n').filter((line) => !line.startsWith('3579')).join('\n');
    expect(() => regionEntries(withoutBatu)).toThrow(/kode yang hilang: 3579/);
  });
});
