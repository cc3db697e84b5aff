import { FALLBACK, LANGS, type Lang } from '../locales/index.js';

/** Maps any BCP 47 tag to a language the library ships (`ru-RU` → `ru`, `kk-KZ` → `kk`, `de` → `en`). */
export function toLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary) ?? 'en';
}

/**
 * The languages a text is looked for in, for a reader of `lang`: that language, then the one its
 * texts fall back to (Kazakh → Russian), and so on to English.
 */
export function fallbacks(lang: Lang): Lang[] {
  const chain: Lang[] = [lang];
  for (let next = FALLBACK[lang]; next && !chain.includes(next); next = FALLBACK[next]) {
    chain.push(next);
  }
  if (!chain.includes('en')) chain.push('en');
  return chain;
}
