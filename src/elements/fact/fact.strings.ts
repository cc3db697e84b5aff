import type { Forms } from '../../internal/format.js';
import { translated } from '../../internal/i18n.js';
import { translations } from '../../locales/tables/fact.js';

/** UI strings of `<cst-fact>`. `{name}` placeholders are filled by the element. */
export interface FactStrings {
  /** The accessible name of the citation marker. */
  marker: string;
  /** What the marker shows: a note sign. */
  markerText: string;
  /** The note's first line: the date the fact holds for. */
  asOf: string;
  /** The date asked for is later than the data's. */
  latest: string;
  /** What the count counts: members; before the Organization, parties to the Treaty; before the Treaty took effect, the states that had signed it. */
  members: Forms;
  parties: Forms;
  signatories: Forms;
  /** A state's standing: `{date}` is the date of the event it follows from. */
  status: {
    member: string;
    signatory: string;
    party: string;
    frozen: string;
    suspended: string;
    left: string;
    none: string;
  };
  /** A Secretary General in office as acting. */
  acting: string;
  /** A session, as a fact: its date and place. */
  session: string;
  /** A session by videoconference. */
  sessionOnline: string;
  /** A planned session: the date that status held for. */
  planned: string;
  /** A planned session whose date the reader's clock has passed. */
  passed: string;
  /** The sources line of the note. */
  sources: string;
}

const en: FactStrings = {
  marker: 'Source and date',
  markerText: 'i',
  asOf: 'As of {date}',
  latest: 'As of {date}, the latest date in this data',
  parties: {
    one: '{n} party to the Collective Security Treaty',
    other: '{n} parties to the Collective Security Treaty',
  },
  members: { one: '{n} member state of the CSTO', other: '{n} member states of the CSTO' },
  signatories: {
    one: '{n} state that had signed the Collective Security Treaty, not yet in force',
    other: '{n} states that had signed the Collective Security Treaty, not yet in force',
  },
  status: {
    member: 'member of the CSTO',
    signatory: 'signatory of the Collective Security Treaty, not yet in force',
    party: 'party to the Collective Security Treaty',
    frozen: 'member of the CSTO, participation frozen since {date}',
    suspended: 'membership suspended since {date}',
    left: 'no longer a party to the Treaty since {date}',
    none: 'not a party to the Treaty',
  },
  acting: '{name} (acting)',
  session: '{date}, {place}',
  sessionOnline: '{date}, by videoconference',
  planned: 'Planned, as announced by {date}',
  passed: 'Scheduled for {date}; this data holds no later record',
  sources: 'Sources: {sources}',
};

export const strings = translated(en, translations);
