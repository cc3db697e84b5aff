import { citations, citedIn, metaOf } from '../../data/project.js';
import type { Dataset } from '../../data/types.js';

/**
 * What `<cst-timeline>` words each event from: a state's name, spellings (its `state` attribute
 * takes any of them) and membership events; each session's date, kind, place, the states it names
 * (host, chair, absent members: not every guest) and its first note; each document's title, dates
 * and signatories; the entries of events.json (with the turning points they mark); and the
 * sources they cite, in full for the list of notes. No capital, person, attendee title or
 * maintainers' note.
 */
export function project(data: Dataset) {
  const states = data.states.map(({ id, iso2, iso3, name, aliases, grammar, membership }) => ({
    id,
    iso2,
    iso3,
    name,
    ...(aliases && { aliases }),
    ...(grammar && { grammar }),
    membership: membership.map(({ note: _note, ...event }) => event),
  }));
  const sessions = data.sessions.map(
    ({ occasion: _o, documents: _d, attendees: _a, chair, place, notes, ...session }) => ({
      ...session,
      ...(place && { place: { city: place.city, state: place.state } }),
      notes: notes.slice(0, 1).map(({ sources: _sources, ...note }) => note),
      ...(chair?.state && {
        chair: {
          state: chair.state,
          ...(chair.verified === false && { verified: false as const }),
        },
      }),
    }),
  );
  const documents = data.documents.map(
    ({
      articles: _a,
      body: _b,
      summary: _s,
      registration: _r,
      articleCount: _c,
      partial: _p,
      signatories,
      amendments,
      ...d
    }) => ({
      ...d,
      ...(signatories && { signatories: signatories.map(({ state }) => ({ state })) }),
      ...(amendments && {
        amendments: amendments.map(({ id, title, signed, inForce, place, sources, verified }) => ({
          id,
          title,
          signed,
          inForce,
          place,
          sources,
          verified,
        })),
      }),
    }),
  );
  const records = { states, sessions, documents, events: data.events };
  const sources = citations(data, citedIn(Object.values(records)));
  return { meta: metaOf(data), ...records, sources };
}

export type TimelineData = ReturnType<typeof project>;
