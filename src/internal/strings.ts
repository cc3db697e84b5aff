import type { Lang } from '../data/types.js';

/** The notice an element shows when it cannot render and has no fallback content. */
export const unavailable: Record<Lang, string> = {
  en: 'This content is not available.',
  ru: 'Этот материал недоступен.',
};

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
