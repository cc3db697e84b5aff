import type { CommonStrings } from '../../internal/strings.js';

export default {
  source: 'Источник: {source}',
  summary: 'Краткое изложение',
  summaryOfText: 'Краткое изложение, не текст документа',
  summaryOfDocument: 'Основные положения (краткое изложение)',
  wording: 'Текст',
  translation: 'Перевод на английский язык',
  // A year stays with its «г.» (no-break space).
  translationAsSigned:
    'Перевод на английский язык первоначальной редакции {signed}\u00a0г.; статья изменена в {amended}\u00a0г.',
  translationAsSignedOnly: 'Перевод на английский язык первоначальной редакции {signed}\u00a0г.',
  unverified: 'Не подтверждено',
} satisfies CommonStrings;
