import type { TreatyArticleStrings } from './treaty-article.strings.js';

export default {
  title: 'Статья {n}',
  signed: 'Подписание',
  signedAt: '{place}, {date}',
  inForceSince: 'Действует с',
  entryIntoForce: 'Вступление в силу',
  amendedBy: 'Изменения внесены',
  amendment: '{title} ({dates})',
  amendmentSigned: 'подписание — {date}',
  amendmentInForce: 'действует с {date}',
  amendmentEntry: 'вступление в силу — {date}',
  separator: '; ',
  sourceLine: '{label}: {source}',
  range: 'Документ «{document}» содержит статьи {range}.',
  held: 'Здесь доступны статьи {range} документа «{document}».',
  noArticle: 'Статьи {n} здесь нет.',
} satisfies TreatyArticleStrings;
