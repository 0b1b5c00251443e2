/**
 * Who did what at an event. The source of the 2022 workshop tells the Sekda who opened it
 * apart from its two speakers; `acara.peran` records that, and pages show each person with
 * their role instead of calling everyone a speaker.
 */
import type { EVENT_ROLES } from '../schemas/vocabulary.ts';

/** A role a person can have at an event. */
export type EventRole = (typeof EVENT_ROLES)[number];

interface IdLike {
  id: string;
}

/** One person at an event with the roles the event file gives them. */
export interface PersonAtEvent<P extends IdLike> {
  person: P;
  roles: EventRole[];
}

/** The roles `peran` gives one person, in file order, without repeats. */
export function rolesOf(
  peran: readonly { orang: IdLike; peran: EventRole }[],
  personId: string,
): EventRole[] {
  return [...new Set(peran.filter((r) => r.orang.id === personId).map((r) => r.peran))];
}

/** The event's people in the order of `narasumber`, each with their roles. */
export function peopleWithRoles<P extends IdLike>(
  narasumber: readonly P[],
  peran: readonly { orang: IdLike; peran: EventRole }[],
): PersonAtEvent<P>[] {
  return narasumber.map((person) => ({ person, roles: rolesOf(peran, person.id) }));
}
