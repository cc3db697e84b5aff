import { createContext } from '@lit/context';
import type { DataLayer, withLayers } from './data/merge.js';
import type { IsoDate, Lang } from './data/types.js';

/** What a `<cst-provider>` hands to the elements inside it. */
export interface DatasetContextValue {
  /** Publisher datasets, outermost provider first, each already validated. */
  layers: readonly DataLayer[];
  /**
   * Lays `layers` over an element's bundled data. The provider brings it along with the layers, so
   * a page without publisher data never loads it.
   */
  merge?: typeof withLayers;
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

/**
 * The method by which a provider asks the elements inside it to ask for the context again. An
 * element that connects before any provider around it is defined asks, and no one answers; the
 * provider, once defined, calls this on the elements inside it (crossing open shadow roots), so
 * definition order does not matter. The name is stable across copies of the library.
 */
export const ASK_AGAIN = 'cstAskForContext';

/** An element that can ask for the context again. */
export type AsksForContext = Element & { [ASK_AGAIN]?: () => void };
