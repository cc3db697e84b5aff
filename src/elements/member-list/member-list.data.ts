import { citations, citedIn, metaOf } from '../../data/project.js';
import type { Dataset } from '../../data/types.js';

/**
 * What `<cst-member-list>` shows: every state without its other codes, own sources, aliases (no
 * attribute of the list names a state), chairmanships or maintainers' notes, keeping the caveats
 * readers need; and the sources its membership events cite.
 */
export function project(data: Dataset) {
  const states = data.states.map(
    ({
      iso3: _iso3,
      isoNumeric: _num,
      aliases: _aliases,
      chairmanships: _chairmanships,
      sources: _sources,
      grammar: _grammar,
      ...state
    }) => ({
      ...state,
      membership: state.membership.map(({ note: _note, summary: _summary, ...event }) => event),
    }),
  );
  return { meta: metaOf(data), states, sources: citations(data, citedIn(states)) };
}

export type MemberListData = ReturnType<typeof project>;
