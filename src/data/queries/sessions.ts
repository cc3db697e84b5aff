// Council sessions by id, date or `latest`.
import { isIsoDate } from '../dates.js';
import { byDateDesc } from './records.js';
import type { IsoDate, SessionRecord } from '../types.js';

/**
 * Finds a session by id, by date, or `latest`: the most recent session held on or before `asOf`.
 * A planned session is never the latest.
 */
export function findSession(
  sessions: readonly SessionRecord[],
  ref: string,
  asOf: IsoDate,
): SessionRecord | undefined {
  if (ref === 'latest') {
    return sessions.filter((s) => s.status === 'held' && s.date <= asOf).sort(byDateDesc)[0];
  }
  if (isIsoDate(ref)) return sessions.find((s) => s.date === ref);
  return sessions.find((s) => s.id === ref);
}

/** The next session planned after `asOf`, if one is announced. */
export function nextPlannedSession(
  sessions: readonly SessionRecord[],
  asOf: IsoDate,
): SessionRecord | undefined {
  return sessions
    .filter((s) => s.status === 'planned' && s.date > asOf)
    .sort((a, b) => byDateDesc(b, a))[0];
}
