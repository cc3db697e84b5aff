import { citations, citedIn, metaOf, named, pick } from '../../data/project.js';
import type { Dataset } from '../../data/types.js';

/**
 * What `<cst-summit-card>` shows: the sessions, the names of the people and states they name (an
 * attendee's title is the session's record of it) and the sources they mention.
 */
export function project(data: Dataset) {
  const ids = (list: (string | undefined)[]) =>
    new Set(list.filter((id): id is string => id !== undefined));
  const personIds = ids(
    data.sessions.flatMap((s) => [...s.attendees.map((a) => a.person), s.chair?.person]),
  );
  const stateIds = ids(
    data.sessions.flatMap((s) => [
      ...s.attendees.map((a) => a.state),
      ...s.absent,
      s.chair?.state,
      s.place?.state,
      s.handover?.from,
      s.handover?.to,
    ]),
  );
  const people = pick(data.people, personIds);
  const states = pick(data.states, stateIds);
  return {
    meta: metaOf(data),
    sessions: data.sessions,
    people: people.map(named),
    states: states.map(named),
    sources: citations(data, citedIn([data.sessions, people, states])),
  };
}

export type SummitCardData = ReturnType<typeof project>;
