// People's roles on a date.
import { inPeriod } from '../dates.js';
import type { IsoDate, RoleRecord } from '../types.js';

/** The role a person held on `date`, optionally of one kind. Roles without dates never match. */
export function roleOn<
  R extends Pick<RoleRecord, 'from' | 'to' | 'verified'> & { kind?: RoleRecord['kind'] },
>(person: { roles: readonly R[] }, date: IsoDate, kind?: RoleRecord['kind']): R | undefined {
  return person.roles.find(
    (r) =>
      (kind === undefined || r.kind === kind) &&
      r.verified !== false &&
      (r.from !== undefined || r.to !== undefined) &&
      inPeriod(date, r.from, r.to),
  );
}

/** The Secretary General (acting included) on `date`. */
export function secretaryGeneralOn<
  P extends { roles: readonly Pick<RoleRecord, 'kind' | 'from' | 'to' | 'verified'>[] },
>(people: readonly P[], date: IsoDate): { person: P; role: P['roles'][number] } | undefined {
  for (const person of people) {
    const role = roleOn(person, date, 'secretary-general');
    if (role) return { person, role };
  }
  return undefined;
}
