import { citations, citedIn, metaOf } from '../../data/project.js';
import type { Dataset, IsoDate, Localized, MembershipEvent, SourceId } from '../../data/types.js';

/** A membership event as the map reads it: a note or the 1999 extension by date and kind alone. */
export interface MapEvent {
  date: IsoDate;
  type: MembershipEvent['type'];
  scope?: MembershipEvent['scope'];
  inForce?: IsoDate;
  verified?: false;
  caveat?: Localized;
  sources?: SourceId[];
}

/**
 * The map's data rule: every state's names and spellings (`highlight` takes any of them), its ISO
 * numeric code (the key of its shape on the map) and the membership events its status on any date
 * follows from, with the caveats readers need; the dated notes only by their date and kind (a map
 * shows standings, not steps); and the sources those events cite. The shapes themselves are not
 * data: the build draws them from the folder's frame (member-map.frame.ts).
 */
export function project(data: Dataset) {
  const states = data.states.map(({ id, iso2, iso3, isoNumeric, name, aliases, membership }) => ({
    id,
    iso2,
    iso3,
    isoNumeric,
    name,
    ...(aliases?.length && { aliases }),
    // Every event stays in its place (slices of the same record are joined item by item); a note
    // or the 1999 extension keeps only its date and kind, as they change no standing.
    membership: membership.map(
      ({ date, type, scope, inForce, verified, caveat, sources }): MapEvent =>
        type === 'note' || type === 'extension-signed'
          ? { date, type }
          : {
              date,
              type,
              ...(scope && { scope }),
              ...(inForce && { inForce }),
              ...(verified === false && { verified }),
              ...(caveat && { caveat }),
              sources,
            },
    ),
  }));
  return { meta: metaOf(data), states, sources: citations(data, citedIn(states)) };
}

export type MemberMapData = ReturnType<typeof project>;
