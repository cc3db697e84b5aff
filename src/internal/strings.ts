import type { Forms } from './format.js';
import { translated } from './i18n.js';

/** UI strings several elements share. Element-specific strings live beside each element. */
export interface CommonStrings {
  /** The label of a block of the project's own summaries. */
  summary: string;
  /** The label of a summary of a text that also has its wording: says it is not the wording. */
  summaryOfText: string;
  /** The label of a verbatim passage. */
  wording: string;
  translation: string;
  /** Said quietly beside what the sources do not confirm. */
  unconfirmed: string;
  /** The line of notes at an element's foot: `{sources}` are their short titles. */
  sources: Forms;
  /** The sources a line of notes does not name, counted. */
  moreSources: Forms;
  /** What a numbered marker says it points to, for screen readers: `{n}` is its number. */
  note: string;
}

const en: CommonStrings = {
  summary: 'Summary',
  summaryOfText: 'Summary, not the original wording',
  wording: 'Text',
  translation: 'English translation',
  unconfirmed: 'not confirmed by the sources',
  sources: { one: 'Source: {sources}', other: 'Sources: {sources}' },
  moreSources: { one: '{n} more', other: '{n} more' },
  note: 'Source {n}',
};

export const common = translated(en, () => import('./strings.ru.js'));
