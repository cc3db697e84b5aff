import type { Lang } from '../data/types.js';

/** Maps any BCP 47 tag to a language the library ships (`ru-RU` → `ru`, `de` → `en`). */
export function toLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  return /^ru\b/i.test(tag.trim()) ? 'ru' : 'en';
}
