import type { QuoteStrings } from '../../elements/quote/quote.strings.js';

export default {
  separator: ', ',
  translation: 'Опубликованный перевод на английский язык',
  copy: 'Копировать цитату',
  copied: 'Скопировано',
  copyFailed: 'Не удалось скопировать. Выделите текст и скопируйте его вручную.',
  copyText: '{text} — {attribution}',
  copySource: '{title} ({url})',
} satisfies QuoteStrings;
