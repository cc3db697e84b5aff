import type { Forms } from '../../internal/format.js';
import { translated } from '../../internal/i18n.js';
import { translations } from '../../locales/tables/member-list.js';

type Lists = 'current' | 'former' | 'all';

/**
 * UI strings of `<cst-member-list>`. `{date}` is filled with a `<time>` element, `{n}` with a
 * count. Before the Organization was founded (2002) the states were parties to the Treaty only,
 * and the list says so (`parties`); before the Treaty took effect (1994) they had only signed it
 * or acceded (`signatories`).
 */
export interface MemberListStrings {
  /** The list's title. */
  title: Record<Lists | 'parties' | 'signatories', string>;
  /** The sentence under the title: how many, and the date the list holds for. */
  count: Record<Lists | 'parties' | 'signatories', Forms>;
  /** When the date asked for is later than the data: the date the list holds for instead. */
  latest: string;
  /** When every state listed is a founding member of the Organization. */
  founding: string;
  /** When the list is of signatories: the day the Treaty took effect. */
  inForce: string;
  empty: Record<Lists, string>;
  columns: Record<'name' | 'joined' | 'status' | 'capital', string>;
  /** What a narrow table row says before its joining date, where the column heads are hidden. */
  narrowJoined: string;
  /** How a state joined the Treaty, with the date. */
  joined: Record<'signed' | 'acceded', string>;
  /** A state that ceased to be a party and came back since: the day it ceased to be one. */
  left: string;
  capital: string;
  /** Status labels; a plain member or party needs none in a list, the table names it. */
  status: Record<
    'member' | 'party' | 'signatory' | 'restored' | 'frozen' | 'suspended' | 'left',
    string
  >;
  /** How a status label's date reads: `since {date}`, or the date alone. */
  since: string;
}

const en: MemberListStrings = {
  title: {
    current: 'CSTO member states',
    former: 'Former parties and suspended members',
    all: 'States that have been parties to the Collective Security Treaty',
    parties: 'Parties to the Collective Security Treaty',
    signatories: 'States that had signed the Collective Security Treaty or acceded to it',
  },
  count: {
    current: { one: '{n} member state as of {date}', other: '{n} member states as of {date}' },
    former: { one: '{n} state as of {date}', other: '{n} states as of {date}' },
    all: { one: '{n} state as of {date}', other: '{n} states as of {date}' },
    parties: { one: '{n} party as of {date}', other: '{n} parties as of {date}' },
    signatories: { one: '{n} state as of {date}', other: '{n} states as of {date}' },
  },
  latest: '{date}, the latest date in this data',
  founding: 'All are founding members of the Organization, established on {date}.',
  inForce: 'The Treaty took effect on {date}.',
  empty: {
    current: 'No member states as of {date}',
    former: 'No former parties or suspended members as of {date}',
    all: 'No state had been a party to the Treaty as of {date}',
  },
  columns: {
    name: 'State',
    joined: 'Joined the Treaty',
    status: 'Status',
    capital: 'Capital',
  },
  narrowJoined: 'Treaty:',
  joined: { signed: 'Signed the Treaty on {date}', acceded: 'Acceded to the Treaty on {date}' },
  left: 'ceased to be a party on {date}',
  capital: 'Capital: {capital}',
  status: {
    member: 'Member',
    party: 'Party to the Treaty',
    signatory: 'Not yet in force',
    restored: 'Membership restored',
    frozen: 'Participation frozen',
    suspended: 'Membership suspended',
    left: 'Former party',
  },
  since: 'since {date}',
};

export const strings = translated(en, translations);
