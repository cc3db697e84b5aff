// Membership of states: who was a party to the Treaty, who is a member of the Organization, and when.
import { inPeriod } from '../dates.js';
import type {
  CapitalPeriod,
  IsoDate,
  Localized,
  MembershipEvent,
  MembershipScope,
  StateRecord,
} from '../types.js';
import { scopeOf } from './scope.js';

export { scopeOf };

/**
 * A state's relation to the Treaty or the Organization on a given day, as the first queries here
 * give it: `member` covers both a party to the Treaty before 2002 and a member of the Organization
 * after. `standingOn` tells the two apart.
 */
export type MembershipStatus = 'member' | 'frozen' | 'suspended' | 'left' | 'none';

export interface StatusOnDate<E = MembershipEvent> {
  status: MembershipStatus;
  /** The event the status follows from; absent for `none`. */
  event?: E;
}

/** What these queries read of a membership event, and of a state. */
type EventFields = Pick<MembershipEvent, 'date' | 'type' | 'verified'> &
  Partial<Pick<MembershipEvent, 'scope' | 'inForce'>>;
interface WithMembership<E extends EventFields = EventFields> {
  membership: readonly E[];
}

const STATUS_OF_EVENT: Record<MembershipEvent['type'], MembershipStatus | undefined> = {
  signed: 'member',
  acceded: 'member',
  'extension-signed': undefined,
  left: 'left',
  'founding-member': 'member',
  restored: 'member',
  suspended: 'suspended',
  frozen: 'frozen',
  note: undefined,
};

/** Events that may be presented as fact, in date order. */
function verifiedEvents<E extends EventFields>(state: WithMembership<E>): E[] {
  return state.membership
    .filter((e) => e.verified !== false)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * A state's status on `date`, derived from its verified membership events. Before 2002 `member`
 * means a party to the Treaty; use `standingOn` for a status that says which.
 */
export function statusOn<E extends EventFields>(
  state: WithMembership<E>,
  date: IsoDate,
): StatusOnDate<E> {
  let result: StatusOnDate<E> = { status: 'none' };
  for (const event of verifiedEvents(state)) {
    if (event.date > date) break;
    const status = STATUS_OF_EVENT[event.type];
    if (status) result = { status, event };
  }
  return result;
}

/** True for the statuses in which a state counts as a member (participation frozen included). */
export function isMemberStatus(status: MembershipStatus): boolean {
  return status === 'member' || status === 'frozen';
}

/** States that are members on `date` (before 2002: parties to the Treaty). */
export function membersOn<S extends WithMembership>(states: readonly S[], date: IsoDate): S[] {
  return states.filter((s) => isMemberStatus(statusOn(s, date).status));
}

/** States that were parties once but are not members on `date` (left or suspended). */
export function formerOn<S extends WithMembership>(states: readonly S[], date: IsoDate): S[] {
  return states.filter((s) => {
    const { status } = statusOn(s, date);
    return status === 'left' || status === 'suspended';
  });
}

/** The first day a state became a party to the Treaty (same as `treatyPartySince`). */
export function joinedOn<E extends EventFields>(state: WithMembership<E>): E | undefined {
  return verifiedEvents(state).find((e) => e.type === 'signed' || e.type === 'acceded');
}

/**
 * A state's standing on a date, telling the Treaty from the Organization:
 * - `signatory`: it has signed the Treaty or acceded to it, but the Treaty has not yet taken
 *   effect for it (before 1994-04-20, the Treaty's entry into force);
 * - `party`: a party to the Treaty, not (or not yet) a member of the Organization — every party
 *   before the Organization was founded (2002-10-07);
 * - `member`: a member of the Organization;
 * - `frozen`: a member of the Organization that has frozen its participation;
 * - `suspended`: a member of the Organization whose membership is suspended (not ended);
 * - `left`: no longer a party to the Treaty (and not a member of the Organization);
 * - `none`: never a party, or not yet.
 */
export type Standing = 'signatory' | 'party' | 'member' | 'frozen' | 'suspended' | 'left' | 'none';

export interface StandingOnDate<E = MembershipEvent> {
  standing: Standing;
  /** What the standing concerns: `treaty` for `signatory`, `party` and `left`, else `organization`. */
  scope?: MembershipScope;
  /** The event the standing follows from; absent for `none`. */
  event?: E;
}

/** A state's standing on `date` (see `Standing`), from its verified membership events. */
export function standingOn<E extends EventFields>(
  state: WithMembership<E>,
  date: IsoDate,
): StandingOnDate<E> {
  let party: E | undefined;
  let left: E | undefined;
  let organization: { standing: 'member' | 'frozen' | 'suspended'; event: E } | undefined;
  for (const event of verifiedEvents(state)) {
    if (event.date > date) break;
    switch (event.type) {
      case 'signed':
      case 'acceded':
        party = event;
        left = undefined;
        break;
      case 'left':
        party = undefined;
        organization = undefined;
        left = event;
        break;
      case 'founding-member':
      case 'restored':
        // Becoming a member of the Organization makes (or keeps) the state a party to the Treaty.
        party ??= event;
        left = undefined;
        organization = { standing: 'member', event };
        break;
      case 'suspended':
      case 'frozen':
        if (organization) organization = { standing: event.type, event };
        break;
      default:
        break;
    }
  }
  if (organization) return { ...organization, scope: 'organization' };
  if (party) {
    const pending = party.inForce !== undefined && date < party.inForce;
    return { standing: pending ? 'signatory' : 'party', scope: 'treaty', event: party };
  }
  if (left) return { standing: 'left', scope: 'treaty', event: left };
  return { standing: 'none' };
}

/** The event that made a state a party to the Treaty: its signature or accession (first one). */
export function treatyPartySince<E extends EventFields>(state: WithMembership<E>): E | undefined {
  return joinedOn(state);
}

/**
 * The event from which a state has been a member of the Organization: `founding-member` (the
 * Charter's signature, 2002-10-07) or, for a state that joined or returned later, `restored`
 * (Uzbekistan, 2006). The first such event; `undefined` for a state that never was a member
 * (Azerbaijan and Georgia left the Treaty in 1999, before the Organization existed).
 */
export function memberSince<E extends EventFields>(state: WithMembership<E>): E | undefined {
  return verifiedEvents(state).find((e) => e.type === 'founding-member' || e.type === 'restored');
}

/** States that are members of the Organization on `date`, participation frozen included. */
export function organizationMembersOn<S extends WithMembership>(
  states: readonly S[],
  date: IsoDate,
): S[] {
  return states.filter((s) => {
    const { standing } = standingOn(s, date);
    return standing === 'member' || standing === 'frozen';
  });
}

/**
 * States that are parties to the Treaty on `date`: parties before the Organization, and its
 * members (frozen included) after. A state whose membership is suspended is not counted, nor one
 * for which the Treaty had not yet taken effect (`signatory`).
 */
export function treatyPartiesOn<S extends WithMembership>(
  states: readonly S[],
  date: IsoDate,
): S[] {
  return states.filter((s) => {
    const { standing } = standingOn(s, date);
    return standing === 'party' || standing === 'member' || standing === 'frozen';
  });
}

/** The state chairing the Organization on `date`, with its term. */
export function chairmanshipOn<S extends Pick<StateRecord, 'chairmanships'>>(
  states: readonly S[],
  date: IsoDate,
): { state: S; term: S['chairmanships'][number] } | undefined {
  for (const state of states) {
    const term = state.chairmanships.find(
      (p) => p.verified !== false && inPeriod(date, p.from, p.to),
    );
    if (term) return { state, term };
  }
  return undefined;
}

/** The state chairing the Organization on `date`. */
export function chairOn<S extends Pick<StateRecord, 'chairmanships'>>(
  states: readonly S[],
  date: IsoDate,
): S | undefined {
  return chairmanshipOn(states, date)?.state;
}

/**
 * The day a state ceased to be a party to the Treaty before it came back (Uzbekistan: 1999-04-20,
 * back in 2006), as of `date`: `undefined` when it never left, has not come back by `date`, or
 * left only after it.
 */
export function leftBefore<E extends EventFields>(
  state: WithMembership<E>,
  date: IsoDate,
): E | undefined {
  let left: E | undefined;
  for (const event of verifiedEvents(state)) {
    if (event.date > date) break;
    if (event.type === 'left') left = event;
  }
  const back = left && verifiedEvents(state).find((e) => e.date > left!.date && e.date <= date);
  return back && (back.type === 'restored' || back.type === 'signed' || back.type === 'acceded')
    ? left
    : undefined;
}

/** True when `date` falls inside the month or year that a date of that precision leaves open. */
function undecided(date: IsoDate, bound: IsoDate, precision?: 'month' | 'year'): boolean {
  if (!precision) return false;
  const length = precision === 'year' ? 4 : 7;
  return date.slice(0, length) === bound.slice(0, length);
}

/**
 * A state's capital on `date`, with the sources that date it: from its dated `capitals`, where a
 * source holds one for that day (none inside a month that a change leaves open), else its present
 * `capital` when `date` is on or after `present` (the data's own date). For an earlier day the
 * data holds no capital of its own: `undefined`.
 */
export function capitalOn(
  state: Pick<StateRecord, 'capital'> & { capitals?: readonly CapitalPeriod[] },
  date: IsoDate,
  present: IsoDate,
): { name: Localized; sources: readonly string[] } | undefined {
  if (state.capitals?.length) {
    return state.capitals.find(
      (c) =>
        inPeriod(date, c.from, c.to) &&
        !(c.from && undecided(date, c.from, c.fromPrecision)) &&
        !(c.to && undecided(date, c.to, c.toPrecision)),
    );
  }
  return date >= present ? { name: state.capital, sources: [] } : undefined;
}
