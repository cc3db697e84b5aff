import { choice, numeral, type Spec } from '../../internal/spec.js';

export const tag = 'cst-treaty-article';

export const attributes = {
  /**
   * Which document: `treaty` (the Collective Security Treaty, default) or `charter` (the CSTO
   * Charter); publisher data may add others.
   */
  document: choice(['treaty', 'charter'], 'treaty', { open: true }),
  /** The article number, e.g. `4`. */
  article: numeral(),
} satisfies Spec;
