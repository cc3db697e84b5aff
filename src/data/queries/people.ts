// People's roles on a date.
import { inPeriod } from '../dates.js';
import type { IsoDate, PersonRecord, RoleRecord } from '../types.js';

/**
 * The role a person held on `date`, optionally of one kind. Roles without dates never match, nor
 * does a day inside the month or year that a start known only to that precision leaves open
 * (Bordyuzha's term began at some point in 2003).
 */
export function roleOn<
  R extends Pick<RoleRecord, 'from' | 'to' | 'verified'> &
    Partial<Pick<RoleRecord, 'fromPrecision'>> & { kind?: RoleRecord['kind'] },
>(person: { roles: readonly R[] }, date: IsoDate, kind?: RoleRecord['kind']): R | undefined {
  return person.roles.find(
    (r) =>
      (kind === undefined || r.kind === kind) &&
      r.verified !== false &&
      (r.from !== undefined || r.to !== undefined) &&
      inPeriod(date, r.from, r.to) &&
      !(r.from && r.fromPrecision && date < afterPrecision(r.from, r.fromPrecision)),
  );
}

/** The first day after the month or year that begins on `date`. */
function afterPrecision(date: IsoDate, precision: 'month' | 'year'): IsoDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  if (precision === 'year') return `${y + 1}-01-01`;
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * The Secretary General (acting included) on `date`, with the role that says since when, until
 * when, whether acting, and the sources. `undefined` for a day the data cannot vouch for: before
 * the office existed, inside the year Bordyuzha's term began, after the data's last term.
 */
export function secretaryGeneralOn<
  P extends {
    roles: readonly (Pick<RoleRecord, 'kind' | 'from' | 'to' | 'verified'> &
      Partial<Pick<RoleRecord, 'fromPrecision'>>)[];
  },
>(people: readonly P[], date: IsoDate): { person: P; role: P['roles'][number] } | undefined {
  for (const person of people) {
    const role = roleOn(person, date, 'secretary-general');
    if (role) return { person, role };
  }
  return undefined;
}

/** One term of a Secretary General, as `secretariesGeneral` lists them. */
export interface SecretaryGeneralTerm {
  person: PersonRecord;
  role: RoleRecord;
}

/**
 * Every Secretary General's term the data holds as fact (acting terms included), in the order they
 * began: Bordyuzha, Semerikov (acting), Khachaturov, Semerikov (acting), Zas, Tasmagambetov,
 * Masadykov.
 */
export function secretariesGeneral(people: readonly PersonRecord[]): SecretaryGeneralTerm[] {
  return people
    .flatMap((person) =>
      person.roles
        .filter((r) => r.kind === 'secretary-general' && r.verified !== false && r.from)
        .map((role) => ({ person, role })),
    )
    .sort((a, b) => (a.role.from! < b.role.from! ? -1 : a.role.from! > b.role.from! ? 1 : 0));
}
