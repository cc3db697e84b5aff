import { translated } from '../../internal/i18n.js';
import { translations } from '../../locales/tables/treaty-article.js';

/**
 * UI strings of `<cst-treaty-article>`. Placeholders in braces are filled with text or elements:
 * `{n}` an article number, `{date}` a `<time>`, `{place}` a place name, `{source}` a citation,
 * `{range}` a list of article numbers, `{document}` a document title.
 * Russian avoids phrases whose grammar would depend on the gender or case of a name from the data.
 */
const en = {
  title: 'Article {n}',
  /** Where and when the document was signed. */
  signed: 'Signed in {place}, {date}',
  signedOn: 'Signed {date}',
  inForceSince: 'in force since {date}',
  entryIntoForce: 'enters into force {date}',
  amendedBy: 'Amended by',
  amendment: '{title} ({dates})',
  amendmentSigned: 'signed {date}',
  amendmentInForce: 'in force since {date}',
  amendmentEntry: 'enters into force {date}',
  /** Between the dates of one amendment. */
  separator: '; ',
  /** Shown in place of the article when the number is not in the dataset. */
  range: 'The {document} has articles {range}.',
  held: 'Articles {range} of the {document} are available here.',
  noArticle: 'There is no Article {n} here.',
  /** Standing facts under the article: the Treaty's UN registration, the Organization's seat. */
  registration: 'Registered with the United Nations: Treaty Series no. {number}',
  organization: 'Headquarters: {seat}; working language: {language}',
};

export type TreatyArticleStrings = typeof en;

export const strings = translated(en, translations);
