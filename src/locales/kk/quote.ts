import type { QuoteStrings } from '../../elements/quote/quote.strings.js';

export default {
  separator: ', ',
  translation: 'Жарияланған ағылшынша аудармасы',
  copy: 'Дәйексөзді көшіру',
  copied: 'Көшірілді',
  copyFailed: 'Көшіру мүмкін болмады. Мәтінді белгілеп, өзіңіз көшіріңіз.',
  copyText: '{text} — {attribution}',
  copySource: '{title} ({url})',
} satisfies QuoteStrings;
