import type { Lang } from '../data/types.js';

/** The notice an element shows when it cannot render and has no fallback content. */
export const unavailable: Record<Lang, string> = {
  en: 'This content is not available.',
  ru: 'Этот материал недоступен.',
};
