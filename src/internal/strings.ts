import type { Lang } from '../data/types.js';

/** UI strings several elements share. Element-specific strings live beside each element. */
export const common = {
  en: {
    source: 'Source',
    sources: 'Sources',
    summary: 'Summary',
    summaryNote: 'Summary in our own words, not the original text',
    translation: 'English translation',
    unverified: 'Unverified',
    asOf: 'as of {date}',
  },
  ru: {
    source: 'Источник',
    sources: 'Источники',
    summary: 'Краткое изложение',
    summaryNote: 'Изложение своими словами, а не текст документа',
    translation: 'Перевод на английский',
    unverified: 'Не проверено',
    asOf: 'на {date}',
  },
} satisfies Record<Lang, Record<string, string>>;

export type CommonStrings = (typeof common)['en'];
