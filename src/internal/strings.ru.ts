import type { CommonStrings } from './strings.js';

export default {
  summary: 'Краткое изложение',
  summaryOfText: 'Краткое изложение, не текст документа',
  wording: 'Текст',
  translation: 'Перевод на английский язык',
  unconfirmed: 'источниками не подтверждено',
  sources: {
    one: 'Источник: {sources}',
    few: 'Источники: {sources}',
    many: 'Источники: {sources}',
    other: 'Источники: {sources}',
  },
  moreSources: { one: 'ещё {n}', few: 'ещё {n}', many: 'ещё {n}', other: 'ещё {n}' },
  note: 'Источник {n}',
} satisfies CommonStrings;
