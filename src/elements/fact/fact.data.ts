import { citations, citedIn, metaOf } from '../../data/project.js';
import type { Dataset } from '../../data/types.js';

/**
 * What `<cst-fact>` reads: every state's names, spellings, membership events and chairmanships;
 * the Secretaries General by name with those terms; each session's date, status, kind and city;
 * the dates of the Treaty and the Charter; and the sources all of these cite.
 */
export function project(data: Dataset) {
  const states = data.states.map(
    ({ id, iso2, iso3, name, aliases, membership, chairmanships }) => ({
      id,
      iso2,
      iso3,
      name,
      ...(aliases && { aliases }),
      membership: membership.map(({ note: _note, ...event }) => event),
      chairmanships,
    }),
  );
  const people = data.people
    .filter((p) => p.roles.some((r) => r.kind === 'secretary-general'))
    .map(({ id, name, roles }) => ({
      id,
      name,
      roles: roles
        .filter((r) => r.kind === 'secretary-general')
        .map(({ kind, from, fromPrecision, to, acting, verified, sources }) => ({
          kind,
          from,
          ...(fromPrecision && { fromPrecision }),
          to,
          ...(acting && { acting }),
          ...(verified === false && { verified }),
          sources,
        })),
    }));
  const sessions = data.sessions.map(
    ({ id, date, status, statusAsOf, kind, place, format, sources }) => ({
      id,
      date,
      status,
      ...(statusAsOf && { statusAsOf }),
      kind,
      ...(place && { place: { city: place.city } }),
      ...(format && { format }),
      sources,
    }),
  );
  const documents = data.documents
    .filter((d) => d.id === 'treaty' || d.id === 'charter')
    .map(({ id, title, date, dateSources, sources }) => ({
      id,
      title,
      date,
      sources: dateSources ?? sources,
    }));
  const records = { states, people, sessions, documents };
  return {
    meta: metaOf(data),
    ...records,
    sources: citations(data, citedIn(Object.values(records))),
  };
}

export type FactData = ReturnType<typeof project>;
