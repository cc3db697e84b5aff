import type { Lang } from '../../data/types.js';

/** Plural forms of one message; `{n}` is the count and `{date}` the date it holds for. */
type Forms = { one: string; other: string; few?: string; many?: string; zero?: string };

/**
 * UI strings of `<cst-member-list>`. `{date}` is filled with a `<time>` element, `{n}` with a count.
 * `sinceStyle` is how badge dates are written: English says "since February 2024", while Russian
 * needs the genitive of a full date ("с 22 февраля 2024 г.").
 */
export const strings = {
  en: {
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
    version: 'Data version {version}',
  },
  ru: {
    caption: {
      current: {
        one: '{n} государство-член на {date}',
        few: '{n} государства-члена на {date}',
        many: '{n} государств-членов на {date}',
        other: '{n} государства-члена на {date}',
      },
      former: {
        one: '{n} бывший член на {date}',
        few: '{n} бывших члена на {date}',
        many: '{n} бывших членов на {date}',
        other: '{n} бывшего члена на {date}',
      },
      all: {
        one: '{n} государство, когда-либо участвовавшее в Договоре, на {date}',
        few: '{n} государства, когда-либо участвовавших в Договоре, на {date}',
        many: '{n} государств, когда-либо участвовавших в Договоре, на {date}',
        other: '{n} государства, когда-либо участвовавших в Договоре, на {date}',
      },
    },
    empty: {
      current: 'На {date} государств-членов нет',
      former: 'На {date} бывших членов нет',
      all: 'На {date} участников Договора не было',
    },
    columns: { name: 'Государство', joined: 'Вступление', status: 'Статус', capital: 'Столица' },
    joined: 'Вступление: {date}',
    capital: 'Столица: {capital}',
    sinceStyle: 'long',
    badge: {
      member: 'Член организации',
      memberSince: 'Член организации с {date}',
      restored: 'Снова член организации с {date}',
      frozen: 'Участие заморожено с {date}',
      suspended: 'Членство приостановлено с {date}',
      left: 'Участие прекращено {date}',
    },
    more: { one: 'и ещё {n}', few: 'и ещё {n}', many: 'и ещё {n}', other: 'и ещё {n}' },
    version: 'Версия данных {version}',
  },
} satisfies Record<
  Lang,
  {
    caption: Record<'current' | 'former' | 'all', Forms>;
    empty: Record<'current' | 'former' | 'all', string>;
    columns: Record<'name' | 'joined' | 'status' | 'capital', string>;
    joined: string;
    capital: string;
    sinceStyle: 'month' | 'long';
    badge: Record<'member' | 'memberSince' | 'restored' | 'frozen' | 'suspended' | 'left', string>;
    more: Forms;
    version: string;
  }
>;

export type MemberListStrings = (typeof strings)['en'] | (typeof strings)['ru'];
