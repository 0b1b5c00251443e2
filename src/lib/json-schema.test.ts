import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from './collections.ts';
import { jsonSchema } from './json-schema.ts';

describe('jsonSchema', () => {
  it('describes every collection from its zod schema, as editors write the fields', () => {
    for (const c of COLLECTIONS) expect(jsonSchema(c), c).toMatchObject({ type: 'object', properties: expect.any(Object) });
    const cases = jsonSchema('studi-kasus') as { properties: Record<string, { type?: string; items?: { type?: string } }>; required: string[] };
    expect(cases.required).toEqual(expect.arrayContaining(['judul', 'ringkasan', 'lembaga', 'diterbitkan']));
    expect(cases.properties['lembaga']?.items?.type).toBe('string'); // a reference is a file name
    expect(Object.keys(cases.properties)).toEqual(expect.arrayContaining(['keberlanjutan', 'replikasi', 'penghargaan']));
  });
});
