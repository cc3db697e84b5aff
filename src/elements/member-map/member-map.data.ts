import { citations, citedIn, metaOf } from '../../data/project.js';
import type { Dataset } from '../../data/types.js';

/**
 * The map's data rule: every state's names and spellings (`highlight` takes any of them), its ISO
 * numeric code (the key of its shape on the map) and the membership events its status on any date
 * follows from, with the caveats readers need and without the dated notes (a map shows standings,
 * not steps); and the sources those events cite. The shapes themselves are not data: the build
 * draws them from the folder's frame (member-map.frame.ts).
 */
export function project(data: Dataset) {
  const states = data.states.map(({ id, iso2, iso3, isoNumeric, name, aliases, membership }) => ({
    id,
    iso2,
    iso3,
    isoNumeric,
    name,
    ...(aliases?.length && { aliases }),
    membership: membership
      .filter((event) => event.type !== 'note' && event.type !== 'extension-signed')
      .map(({ date, type, scope, inForce, verified, caveat, sources }) => ({
        date,
        type,
        ...(scope && { scope }),
        ...(inForce && { inForce }),
        ...(verified === false && { verified }),
        ...(caveat && { caveat }),
        sources,
      })),
  }));
  return { meta: metaOf(data), states, sources: citations(data, citedIn(states)) };
}

export type MemberMapData = ReturnType<typeof project>;
