// What a membership event is about: the Treaty or the Organization. A module of its own, as the
// timeline needs it without the rest of the membership queries.
import type { MembershipEvent, MembershipScope } from '../types.js';

const TREATY_EVENTS: ReadonlySet<MembershipEvent['type']> = new Set([
  'signed',
  'acceded',
  'extension-signed',
  'left',
]);

/**
 * Whether an event concerns the Treaty or the Organization: its `scope`, else what its type implies
 * (a `note` without a scope is taken to be about the Organization).
 */
export function scopeOf(event: Pick<MembershipEvent, 'type' | 'scope'>): MembershipScope {
  return event.scope ?? (TREATY_EVENTS.has(event.type) ? 'treaty' : 'organization');
}
