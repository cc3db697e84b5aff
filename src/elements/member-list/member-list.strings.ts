import type { Forms } from '../../internal/format.js';
import { translated } from '../../internal/i18n.js';

/**
 * UI strings of `<cst-member-list>`. `{date}` is filled with a `<time>` element, `{n}` with a count.
 * `sinceStyle` is how badge dates are written: English says "since February 2024", while Russian
 * needs the genitive of a full date ("с 22 февраля 2024 г.").
 */
export interface MemberListStrings {
  caption: Record<'current' | 'former' | 'all', Forms>;
  empty: Record<'current' | 'former' | 'all', string>;
  columns: Record<'name' | 'joined' | 'status' | 'capital', string>;
  joined: string;
  capital: string;
  sinceStyle: 'month' | 'long';
  badge: Record<'member' | 'memberSince' | 'restored' | 'frozen' | 'suspended' | 'left', string>;
  more: Forms;
  /** A short title of each list, for iframe titles. */
  title: Record<'current' | 'former' | 'all', string>;
}

const en: MemberListStrings = {
  caption: {
    current: {
      one: '{n} member state as of {date}',
      other: '{n} member states as of {date}',
    },
    former: {
      one: '{n} former member as of {date}',
      other: '{n} former members as of {date}',
    },
    all: {
      one: '{n} state that has been a party, as of {date}',
      other: '{n} states that have been parties, as of {date}',
    },
  },
  empty: {
    current: 'No member states as of {date}',
    former: 'No former members as of {date}',
    all: 'No state had been a party to the Treaty as of {date}',
  },
  columns: { name: 'State', joined: 'Joined', status: 'Status', capital: 'Capital' },
  joined: 'Joined {date}',
  capital: 'Capital: {capital}',
  sinceStyle: 'month',
  badge: {
    member: 'Member',
    memberSince: 'Member since {date}',
    restored: 'Member again since {date}',
    frozen: 'Participation frozen since {date}',
    suspended: 'Membership suspended since {date}',
    left: 'Left in {date}',
  },
  more: { one: 'and {n} more', other: 'and {n} more' },
  title: {
    current: 'CSTO member states',
    former: 'Former CSTO members',
    all: 'States that have been parties to the Collective Security Treaty',
  },
};

export const strings = translated(en, () => import('./member-list.strings.ru.js'));
