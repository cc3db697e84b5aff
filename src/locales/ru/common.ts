import type { CommonStrings } from '../../internal/strings.js';

export default {
  source: 'Источник: {source}',
  summary: 'Краткое изложение',
  summaryOfText: 'Краткое изложение, не текст документа',
  wording: 'Текст',
  translation: 'Перевод на английский язык',
  unverified: 'Не подтверждено',
} satisfies CommonStrings;
