import type { Forms } from '../../internal/format.js';
import { translated } from '../../internal/i18n.js';
import { translations } from '../../locales/tables/member-map.js';

/** What the map shows on its date: the Organization's members, the Treaty's parties or signatories. */
type Kind = 'members' | 'parties' | 'signatories';

/** A state's status as the map colours it. */
export type MapStatus = 'member' | 'party' | 'signatory' | 'frozen' | 'suspended' | 'left';

/**
 * UI strings of `<cst-member-map>`. `{date}` is a date, `{n}` a count, `{states}` a list of state
 * names, `{name}` one name. Sentences name states in lists after a colon, so that no name has to
 * decline.
 */
export interface MemberMapStrings {
  /** The title above the map. */
  title: Record<Kind, string>;
  /** The line under the title, and the start of the map's accessible name: how many, and when. */
  count: Record<Kind, Forms>;
  /** Before any state had signed the Treaty. */
  empty: string;
  /** When the date asked for is later than the data: the date the map holds for instead. */
  latest: string;
  /** What the accessible name adds for each other status: `{states}` are the names. */
  point: Record<Exclude<MapStatus, 'member' | 'party' | 'signatory'>, string>;
  /** The legend's label of each status. */
  status: Record<MapStatus, string>;
  /** A legend entry's date, when every state in it shares it. */
  since: string;
  /** A state's status on the status line (hover, focus): `{name}`, `{status}`, `{date}`. */
  line: Record<MapStatus, string>;
  /** What the status line says before a state is pointed at. */
  hint: string;
  /** The year slider's label. */
  year: string;
  /** How borders are drawn, under the map. */
  borders: string;
  /** States of the data the map has no shape for (a publisher's). */
  unmapped: string;
}

const en: MemberMapStrings = {
  title: {
    members: 'CSTO member states',
    parties: 'Parties to the Collective Security Treaty',
    signatories: 'Signatories of the Collective Security Treaty',
  },
  count: {
    members: {
      one: '{n} member state of the CSTO as of {date}',
      other: '{n} member states of the CSTO as of {date}',
    },
    parties: {
      one: '{n} party to the Collective Security Treaty as of {date}',
      other: '{n} parties to the Collective Security Treaty as of {date}',
    },
    signatories: {
      one: '{n} state had signed the Collective Security Treaty as of {date}; not yet in force',
      other: '{n} states had signed the Collective Security Treaty as of {date}; not yet in force',
    },
  },
  empty: 'No state had signed the Collective Security Treaty as of {date}',
  latest: '{date}, the latest date in this data',
  point: {
    frozen: 'participation frozen: {states}',
    suspended: 'membership suspended: {states}',
    left: 'former parties to the Treaty: {states}',
  },
  status: {
    member: 'Member',
    party: 'Party to the Treaty',
    signatory: 'Signed, not yet in force',
    frozen: 'Participation frozen',
    suspended: 'Membership suspended',
    left: 'Former party',
  },
  since: 'since {date}',
  line: {
    member: '{name}: member of the CSTO since {date}',
    party: '{name}: party to the Collective Security Treaty since {date}',
    signatory: '{name}: signed the Collective Security Treaty on {date}; not yet in force',
    frozen: '{name}: member of the CSTO, participation frozen since {date}',
    suspended: '{name}: membership of the CSTO suspended since {date}',
    left: '{name}: no longer a party to the Treaty since {date}',
  },
  hint: 'Point at a state, or focus the map and use the arrow keys, for its status.',
  year: 'Year',
  borders: 'Internationally recognised borders; Crimea is shown as part of Ukraine.',
  unmapped: 'Not on the map: {states}',
};

export const strings = translated(en, translations);
