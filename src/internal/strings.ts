import { translations } from '../locales/tables/common.js';
import type { Forms } from './format.js';
import { translated } from './i18n.js';

/** UI strings several elements share. Element-specific strings live beside each element. */
const en = {
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
  /** Said quietly beside what the sources do not confirm. */
  unconfirmed: 'not confirmed by the sources',
  /** The line of notes at an element's foot: `{sources}` are their short titles. */
  sources: { one: 'Source: {sources}', other: 'Sources: {sources}' } as Forms,
  /** The sources a line of notes does not name, counted. */
  moreSources: { one: '{n} more', other: '{n} more' } as Forms,
  /** In a note, in place of the publisher of a source that names none. */
  unknownPublisher: 'publisher not named',
  /** In a note, a date the source does not print, taken from what it reports. */
  inferredDate: '{date} (undated; the day it reports)',
  /** What a numbered marker says it points to, for screen readers: `{n}` is its number. */
  note: 'Source {n}',
};

export type CommonStrings = typeof en;

export const common = translated(en, translations);
