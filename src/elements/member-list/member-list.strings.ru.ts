import type { MemberListStrings } from './member-list.strings.js';

// No-break spaces (U+00A0) keep a number with its noun and a short word with the next one.
// A Russian date ends in «г.», which closes the sentence too.
export default {
  title: {
    current: 'Государства — члены ОДКБ',
    former: 'Бывшие участники Договора и государства с приостановленным членством',
    all: 'Государства, участвовавшие в Договоре о коллективной безопасности',
    parties: 'Участники Договора о коллективной безопасности',
  },
  count: {
    current: {
      one: '{n} государство-член по состоянию на {date}',
      few: '{n} государства-члена по состоянию на {date}',
      many: '{n} государств-членов по состоянию на {date}',
      other: '{n} государства-члена по состоянию на {date}',
    },
    former: {
      one: '{n} государство по состоянию на {date}',
      few: '{n} государства по состоянию на {date}',
      many: '{n} государств по состоянию на {date}',
      other: '{n} государства по состоянию на {date}',
    },
    all: {
      one: '{n} государство по состоянию на {date}',
      few: '{n} государства по состоянию на {date}',
      many: '{n} государств по состоянию на {date}',
      other: '{n} государства по состоянию на {date}',
    },
    parties: {
      one: '{n} участник Договора по состоянию на {date}',
      few: '{n} участника Договора по состоянию на {date}',
      many: '{n} участников Договора по состоянию на {date}',
      other: '{n} участника Договора по состоянию на {date}',
    },
  },
  latest: '{date} — последнюю дату в этих данных',
  founding: 'Все они — государства-учредители Организации, созданной {date}',
  empty: {
    current: 'По состоянию на {date} государств-членов нет',
    former:
      'По состоянию на {date} бывших участников и государств с приостановленным членством нет',
    all: 'По состоянию на {date} участников Договора не было',
  },
  columns: {
    name: 'Государство',
    joined: 'Участник Договора с',
    status: 'Статус',
    capital: 'Столица',
  },
  narrowJoined: 'Договор:',
  joined: 'Участник Договора с {date}',
  capital: 'Столица: {capital}',
  status: {
    member: 'Член Организации',
    party: 'Участник Договора',
    restored: 'Членство восстановлено',
    frozen: 'Участие заморожено',
    suspended: 'Членство приостановлено',
    left: 'Вышло из Договора',
  },
  since: 'с {date}',
} satisfies MemberListStrings;
