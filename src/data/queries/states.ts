// Membership of states: who was a party, and when.
import { inPeriod } from '../dates.js';
import type { IsoDate, MembershipEvent, StateRecord } from '../types.js';

/** A state's relation to the Treaty on a given day. */
export type MembershipStatus = 'member' | 'frozen' | 'suspended' | 'left' | 'none';

export interface StatusOnDate<E = MembershipEvent> {
  status: MembershipStatus;
  /** The event the status follows from; absent for `none`. */
  event?: E;
}

/** What these queries read of a membership event, and of a state. */
type EventFields = Pick<MembershipEvent, 'date' | 'type' | 'verified'>;
interface WithMembership<E extends EventFields = EventFields> {
  membership: readonly E[];
}

const STATUS_OF_EVENT: Record<MembershipEvent['type'], MembershipStatus | undefined> = {
  signed: 'member',
  acceded: 'member',
  restored: 'member',
  left: 'left',
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

/** A state's status on `date`, derived from its verified membership events. */
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

/** States that are members on `date`. */
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

/** The first day a state became a party. */
export function joinedOn<E extends EventFields>(state: WithMembership<E>): E | undefined {
  return verifiedEvents(state).find((e) => e.type === 'signed' || e.type === 'acceded');
}

/** The state chairing the Organization on `date`. */
export function chairOn<S extends Pick<StateRecord, 'chairmanships'>>(
  states: readonly S[],
  date: IsoDate,
): S | undefined {
  return states.find((s) =>
    s.chairmanships.some((p) => p.verified !== false && inPeriod(date, p.from, p.to)),
  );
}
