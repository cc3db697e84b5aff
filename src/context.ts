import { ContextRoot, createContext } from '@lit/context';
import type { DataLayer } from './data/merge.js';
import type { IsoDate, Lang } from './data/types.js';

/** What a `<cst-provider>` hands to the elements inside it. */
export interface DatasetContextValue {
  /** Publisher datasets, outermost provider first, each already validated. */
  layers: readonly DataLayer[];
  lang?: Lang;
  asOf?: IsoDate;
  /** True while a provider is still loading publisher data; elements hold back "not found". */
  pending?: boolean;
}

/**
 * The one context every element reads. The key is a registered symbol, so two copies of the
 * library on a page (same major version) still find each other's providers.
 */
export const datasetContext = createContext<DatasetContextValue>(
  Symbol.for('cst-elements/dataset@1'),
);

/** The value elements see when no provider is around them: the bundled data alone. */
export const NO_PROVIDER: DatasetContextValue = Object.freeze({ layers: Object.freeze([]) });

const ROOT = Symbol.for('cst-elements/context-root');

/**
 * Answers context requests made before any provider was defined: consumers that upgrade first
 * are re-asked once a provider connects. One root per document, shared by every copy.
 */
export function ensureContextRoot(doc: Document): void {
  const holder = doc as unknown as Record<symbol, ContextRoot | undefined>;
  if (holder[ROOT]) return;
  const root = new ContextRoot();
  root.attach(doc.documentElement);
  holder[ROOT] = root;
}
