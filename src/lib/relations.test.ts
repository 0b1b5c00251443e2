import { describe, expect, it } from 'vitest';
import { referencedBy } from './relations.ts';

const ref = (collection: 'wilayah' | 'topik', id: string) => ({ collection, id });
const cases = [
  { id: 'a', data: { kabupaten_kota: ref('wilayah', '3578'), topik: [ref('topik', 'kesehatan')] } },
  { id: 'b', data: { replikasi: [{ kabupaten_kota: ref('wilayah', '3578') }] } },
  { id: 'c', data: { kabupaten_kota: ref('wilayah', '3501') } },
];

describe('referencedBy', () => {
  it('finds entries pointing at a target through a given field only', () => {
    expect(referencedBy(cases, ref('wilayah', '3578'), 'kabupaten_kota').map((c) => c.id)).toEqual(['a']);
    expect(referencedBy(cases, ref('topik', 'kesehatan'), 'topik').map((c) => c.id)).toEqual(['a']);
  });
  it('finds them through any field when none is given', () => {
    expect(referencedBy(cases, ref('wilayah', '3578')).map((c) => c.id)).toEqual(['a', 'b']);
  });
});
