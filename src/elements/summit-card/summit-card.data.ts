import { citations, citedIn, metaOf, named, pick } from '../../data/project.js';
import type { Dataset } from '../../data/types.js';

/**
 * What `<cst-summit-card>` shows: the sessions, the names of the people and states they name (an
 * attendee's title is the session's record of it; a state's name declines in a sentence), the
 * themes of the documents they adopted where the data sums them up, and the sources the sessions
 * and documents cite (people and states are shown by name only).
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
  const sessions = data.sessions.map(({ notes, ...session }) => ({
    ...session,
    notes: notes.map(({ sources: _sources, ...note }) => note),
  }));
  const adopted = new Set(data.sessions.flatMap((s) => s.documents.items.map((i) => i.document)));
  const documents = data.documents
    .filter((d) => adopted.has(d.id) && d.summary?.length)
    .map(({ id, summary }) => ({
      id,
      summary: (summary ?? []).map(({ sources: _s, ...theme }) => theme),
    }));
  return {
    meta: metaOf(data),
    sessions,
    people: people.map(named),
    states: states.map(named),
    documents,
    sources: citations(data, citedIn([data.sessions, documents])),
  };
}

export type SummitCardData = ReturnType<typeof project>;
