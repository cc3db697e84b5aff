import type { CommonStrings } from './strings.js';

export default {
  source: 'Источник',
  sources: 'Источники',
  summary: 'Краткое изложение',
  summaryNote: 'Изложение своими словами, а не текст документа',
  translation: 'Перевод на английский',
  unverified: 'Не проверено',
  asOf: 'на {date}',
} satisfies CommonStrings;
