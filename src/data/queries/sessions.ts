// Council sessions by id, date or `latest`.
import { isIsoDate } from '../dates.js';
import { byDateDesc } from './records.js';
import type { IsoDate, SessionRecord } from '../types.js';

/**
 * Finds a session by id, by date, or `latest`: the most recent session held on or before `asOf`.
 * A planned session is never the latest.
 */
export function findSession<S extends Pick<SessionRecord, 'id' | 'date' | 'status'>>(
  sessions: readonly S[],
  ref: string,
  asOf: IsoDate,
): S | undefined {
  if (ref === 'latest') {
    return sessions.filter((s) => s.status === 'held' && s.date <= asOf).sort(byDateDesc)[0];
  }
  if (isIsoDate(ref)) return sessions.find((s) => s.date === ref);
  return sessions.find((s) => s.id === ref);
}

/** The next session planned after `asOf`, if one is announced. */
export function nextPlannedSession<S extends Pick<SessionRecord, 'date' | 'status'>>(
  sessions: readonly S[],
  asOf: IsoDate,
): S | undefined {
  return sessions
    .filter((s) => s.status === 'planned' && s.date > asOf)
    .sort((a, b) => byDateDesc(b, a))[0];
}
