import { describe, expect, it } from 'vitest';
import { peopleWithRoles, rolesOf } from './event-roles.ts';

const ref = (id: string) => ({ id, collection: 'orang' as const });
const peran = [
  { orang: ref('adhy'), peran: 'pembuka' as const },
  { orang: ref('diah'), peran: 'narasumber' as const },
  { orang: ref('jonan'), peran: 'narasumber' as const },
  { orang: ref('jonan'), peran: 'penanggap' as const },
  { orang: ref('jonan'), peran: 'narasumber' as const },
];

describe('rolesOf', () => {
  it('gives a person their roles in file order, each once', () => {
    expect(rolesOf(peran, 'jonan')).toEqual(['narasumber', 'penanggap']);
    expect(rolesOf(peran, 'adhy')).toEqual(['pembuka']);
  });

  it('gives nobody a role they were not given', () => {
    expect(rolesOf(peran, 'tamu')).toEqual([]);
  });
});

describe('peopleWithRoles', () => {
  it('keeps the order of narasumber and pairs each person with their roles', () => {
    expect(peopleWithRoles([ref('diah'), ref('adhy')], peran)).toEqual([
      { person: ref('diah'), roles: ['narasumber'] },
      { person: ref('adhy'), roles: ['pembuka'] },
    ]);
  });
});
