import { translations } from '../locales/tables/common.js';
import { translated } from './i18n.js';

/** UI strings several elements share. Element-specific strings live beside each element. */
const en = {
  /** A citation line: `{source}` is the citation. */
  source: 'Source: {source}',
  /** The label of a block of the project's own summaries. */
  summary: 'Summary',
  /** The label of a summary of a text that also has its wording: says it is not the wording. */
  summaryOfText: 'Summary, not the original wording',
  /** The label of a document's main themes in the project's words. */
  summaryOfDocument: 'Main themes, in summary',
  /** The label of a verbatim passage. */
  wording: 'Text',
  translation: 'English translation',
  /** The label of a translation of a text as signed, which has been amended since. */
  translationAsSigned:
    'English translation of the text as signed in {signed}; amended in {amended}',
  /** The same, when the data does not say when it was amended. */
  translationAsSignedOnly: 'English translation of the text as signed in {signed}',
  unverified: 'Unverified',
};

export type CommonStrings = typeof en;

export const common = translated(en, translations);
