import type { MemberListStrings } from './member-list.strings.js';

export default {
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
  title: {
    current: 'Государства — члены ОДКБ',
    former: 'Бывшие члены ОДКБ',
    all: 'Государства, участвовавшие в Договоре о коллективной безопасности',
  },
} satisfies MemberListStrings;
