import { translated } from './i18n.js';

/** UI strings several elements share. Element-specific strings live beside each element. */
const en = {
  source: 'Source',
  sources: 'Sources',
  summary: 'Summary',
  summaryNote: 'Summary in our own words, not the original text',
  translation: 'English translation',
  unverified: 'Unverified',
  asOf: 'as of {date}',
};

export type CommonStrings = typeof en;

export const common = translated(en, () => import('./strings.ru.js'));
