import { fallbacks } from '../../internal/lang.js';
import type { Lang, Localized, StateRecord } from '../types.js';

// Where an element's data comes from at run time. What each element's data holds is its folder's
// projection (`src/elements/<name>/<name>.data.ts`); scripts/slim-data.js writes it here.

/** A person or state shown by name only; a state with the forms its name takes in a sentence. */
export interface Named {
  id: string;
  name: Localized;
  grammar?: StateRecord['grammar'];
}

/**
 * Where an element's bundled data comes from. Most elements have all of it at hand; the quote
 * loads what its attributes ask for. Texts other than names are at hand in English; another
 * language's arrive once an element asks for them.
 */
export interface DataSource<B> {
  /** The data loaded so far. */
  current(): B;
  /**
   * Starts loading what showing `attrs` (everything, when `attrs` is `null`) in `lang` needs.
   * Returns a promise while something is on its way, `undefined` when all is at hand. Never
   * rejects.
   */
  load(attrs: Readonly<Record<string, unknown>> | null, lang: Lang): Promise<unknown> | undefined;
  /** What `attrs` ask for that could not be loaded (`quote "…"`), if anything. */
  failed?(attrs: Readonly<Record<string, unknown>>): string | undefined;
}

/** The source of data that is all at hand. */
export function atHand<B>(data: B): DataSource<B> {
  return { current: () => data, load: () => undefined };
}

/**
 * A language's texts for bundled records, by collection and record id, each in its record's shape
 * (scripts/slim-data.js): a string where a text goes, arrays item by item (`0` for none).
 */
type Texts = Record<string, Record<string, unknown>>;

/** Puts each text of `lang` in its place inside `target`. */
function addTexts(target: Record<string, unknown>, texts: object, lang: Lang): void {
  for (const [key, text] of Object.entries(texts)) {
    const value = target[key];
    // A part held only with a language's texts (a state's case forms) goes in whole.
    if (key === 'grammar' && text && typeof text === 'object') {
      target[key] = { ...(value as object), ...text };
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (typeof text === 'string') (value as Record<string, unknown>)[lang] = text;
    else if (text && typeof text === 'object') {
      addTexts(value as Record<string, unknown>, text, lang);
    }
  }
}

/** The loaders of a slice's texts in the languages other than English, by language. */
export type TextFiles = Partial<Record<Lang, () => Promise<{ default: unknown }>>>;

/**
 * Bundled data whose texts in other languages load the first time an element shows one: `source`
 * holds them in English (names in every language), `texts` loads a language's. A language whose
 * texts fall back to another's (Kazakh to Russian) loads both. Until they are in, and if they
 * cannot be loaded, the English texts stand.
 */
export function withTexts<B extends object>(
  source: DataSource<B>,
  texts: TextFiles,
): DataSource<B> {
  const loaded = new Map<Lang, Texts>();
  const loading = new Map<Lang, Promise<void>>();
  /** The languages whose texts each data object holds already. */
  const done = new WeakMap<object, Set<Lang>>();
  const apply = () => {
    const data = source.current();
    const applied = done.get(data) ?? new Set<Lang>();
    done.set(data, applied);
    for (const [lang, byCollection] of loaded) {
      if (applied.has(lang)) continue;
      applied.add(lang);
      for (const [collection, records] of Object.entries(data)) {
        const byId = byCollection[collection];
        if (!byId || !Array.isArray(records)) continue;
        for (const record of records as Record<string, unknown>[]) {
          const own = byId[record.id as string];
          if (own && typeof own === 'object') addTexts(record, own, lang);
        }
      }
    }
  };
  return {
    current: source.current,
    ...(source.failed && { failed: source.failed }),
    load(attrs, lang) {
      const waits = [source.load(attrs, lang)];
      for (const l of fallbacks(lang)) {
        const file = texts[l];
        if (!file || loaded.has(l)) continue;
        let pending = loading.get(l);
        if (!pending) {
          pending = file().then(
            (module) => void loaded.set(l, module.default as Texts),
            // Without them the English texts stand.
            () => void loaded.set(l, {}),
          );
          loading.set(l, pending);
        }
        waits.push(pending);
      }
      const pending = waits.filter((wait) => wait !== undefined);
      if (!pending.length) {
        apply();
        return undefined;
      }
      return Promise.all(pending).then(apply);
    },
  };
}
