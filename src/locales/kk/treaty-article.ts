import type { TreatyArticleStrings } from '../../elements/treaty-article/treaty-article.strings.js';

// A Kazakh case ending would join the date or the number it follows, which the element fills in
// as markup: the sentences put «күні» after a date and a colon before a list, so nothing needs one.
export default {
  title: '{n}-бап',
  signed: 'Қол қойылған жері мен күні: {place}, {date}',
  signedOn: 'Қол қойылған күні: {date}',
  inForceSince: '{date} күнінен бастап күшінде',
  entryIntoForce: '{date} күні күшіне енеді',
  amendedBy: 'Өзгерістер',
  amendment: '{title} ({dates})',
  amendmentSigned: 'қол қойылған күні — {date}',
  amendmentInForce: '{date} күнінен бастап күшінде',
  amendmentEntry: 'күшіне енетін күні — {date}',
  separator: '; ',
  range: '«{document}» құжатының баптары: {range}.',
  held: 'Мұнда «{document}» құжатының мына баптары бар: {range}.',
  noArticle: 'Мұнда {n}-бап жоқ.',
  registration: 'БҰҰ-да тіркелген нөмірі: {number}',
  organization: 'Штаб-пәтері: {seat}; жұмыс тілі: {language}',
} satisfies TreatyArticleStrings;
