import type { TimelineStrings } from '../../elements/timeline/timeline.strings.js';

// Russian state and city names stay in the nominative, so the sentences are built around them:
// a present-tense verb (no gender to agree), a colon before a name. A past-tense verb before a
// single state's name agrees with its gender (`grammar.ru` in the data), before several with the
// plural.
export default {
  title: 'Хроника ОДКБ',
  titleState: '{state} и ОДКБ: хроника',
  events: { one: '{n} событие', few: '{n} события', many: '{n} событий', other: '{n} события' },
  span: '{events}, {from}–{to}',
  asOf: 'по состоянию на {date}',
  latestData: '{date} — последнюю дату в этих данных',
  none: 'В этих данных нет событий, подходящих под эти условия.',
  showAll: {
    one: 'Показать все события ({n})',
    other: 'Показать все события ({n})',
  },
  showFewer: 'Показать меньше событий',
  moreEvents: {
    one: 'ещё {n} событие',
    few: 'ещё {n} события',
    many: 'ещё {n} событий',
    other: 'ещё {n} события',
  },
  spanYear: '{events} в {year} г.',
  membership: {
    signed: {
      one: '{states} подписывает Договор о коллективной безопасности',
      other: '{states} подписывают Договор о коллективной безопасности',
    },
    acceded: {
      one: '{states} присоединяется к Договору',
      other: '{states} присоединяются к Договору',
    },
    'extension-signed': {
      one: '{states} подписывает протокол о продлении Договора',
      other: '{states} подписывают протокол о продлении Договора',
    },
    left: {
      one: '{states} перестаёт быть участником Договора',
      other: '{states} перестают быть участниками Договора',
    },
    'founding-member': {
      one: '{states} становится одним из основателей Организации',
      other: '{states} становятся основателями Организации',
    },
    restored: { other: '{states}: членство в Организации восстановлено' },
    suspended: { other: '{states}: членство в Организации приостановлено' },
    frozen: {
      one: '{states} замораживает участие в Организации',
      other: '{states} замораживают участие в Организации',
    },
  },
  session: {
    regular: 'Сессия Совета',
    extraordinary: 'Внеочередная сессия Совета',
    jubilee: 'Юбилейная сессия Совета',
  },
  sessionIn: '{session}, {city}',
  sessionVideo: '{session} в формате видеоконференции',
  sessionConsultations: '{session}: консультации',
  planned: 'Запланирована',
  announced: 'Намечена на {date} (по состоянию на {asOf})',
  passed: 'Была назначена на {date}; более поздних сведений в этих данных нет',
  absent: {
    masculine: 'Не участвовал: {states}',
    feminine: 'Не участвовала: {states}',
    neuter: 'Не участвовало: {states}',
    plural: 'Не участвовали: {states}',
    unknown: 'Не участвовало государство: {states}',
  },
  signed: 'Подписан {title}',
  inForce: 'Вступает в силу {title}',
  signedIn: 'Место подписания: {place}.',
  adoptedIn: 'Место принятия: {place}.',
  councilDocument: {
    declaration: 'Принята декларация Совета',
    statement: 'Принято заявление Совета',
  },
  signatories: {
    masculine: 'Подписал: {states}',
    feminine: 'Подписала: {states}',
    neuter: 'Подписало: {states}',
    plural: 'Подписали: {states}',
    unknown: 'Подписало государство: {states}',
  },
  involved: {
    one: 'Государство: {states}',
    few: 'Государства: {states}',
    many: 'Государства: {states}',
    other: 'Государства: {states}',
  },
  chair: 'Председательство: {state}',
} satisfies TimelineStrings;
