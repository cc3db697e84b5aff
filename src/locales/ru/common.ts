import type { CommonStrings } from '../../internal/strings.js';

export default {
  summary: 'Краткое изложение',
  summaryOfText: 'Краткое изложение, не текст документа',
  summaryOfDocument: 'Основные положения (краткое изложение)',
  wording: 'Текст',
  translation: 'Перевод на английский язык',
  // A year stays with its «г.» (no-break space).
  translationAsSigned:
    'Перевод на английский язык первоначальной редакции {signed}\u00a0г.; статья изменена в {amended}\u00a0г.',
  translationAsSignedOnly: 'Перевод на английский язык первоначальной редакции {signed}\u00a0г.',
  unconfirmed: 'источниками не подтверждено',
  sources: {
    one: 'Источник: {sources}',
    few: 'Источники: {sources}',
    many: 'Источники: {sources}',
    other: 'Источники: {sources}',
  },
  moreSources: { one: 'ещё {n}', few: 'ещё {n}', many: 'ещё {n}', other: 'ещё {n}' },
  unknownPublisher: 'издатель не указан',
  inferredDate: '{date} (дата не указана, приведена дата события)',
  note: 'Источник {n}',
} satisfies CommonStrings;
