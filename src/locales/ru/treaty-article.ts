import type { TreatyArticleStrings } from '../../elements/treaty-article/treaty-article.strings.js';

export default {
  title: 'Статья {n}',
  signed: 'Подписание: {place}, {date}',
  signedOn: 'Подписание: {date}',
  inForceSince: 'действует с {date}',
  entryIntoForce: 'вступает в силу {date}',
  amendedBy: 'Поправки',
  amendment: '{title} ({dates})',
  amendmentSigned: 'подписание — {date}',
  amendmentInForce: 'действует с {date}',
  amendmentEntry: 'вступление в силу — {date}',
  separator: '; ',
  range: 'Документ «{document}» содержит статьи {range}.',
  held: 'Здесь доступны статьи {range} документа «{document}».',
  noArticle: 'Статьи {n} здесь нет.',
  registration: 'Номер регистрации в ООН: {number}',
  organization: 'Штаб-квартира: {seat}; рабочий язык: {language}',
} satisfies TreatyArticleStrings;
