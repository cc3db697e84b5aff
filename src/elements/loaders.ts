// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.
import type { ElementClass } from '../registry.js';

/** Every tag of the library, with the loader of its class. */
export const LOADERS: Readonly<Record<string, () => Promise<ElementClass>>> = {
  'cst-provider': () => import('./provider/provider.js').then((m) => m.CstProvider),
  'cst-fact': () => import('./fact/fact.js').then((m) => m.CstFact),
  'cst-member-list': () => import('./member-list/member-list.js').then((m) => m.CstMemberList),
  'cst-member-map': () => import('./member-map/member-map.js').then((m) => m.CstMemberMap),
  'cst-quote': () => import('./quote/quote.js').then((m) => m.CstQuote),
  'cst-summit-card': () => import('./summit-card/summit-card.js').then((m) => m.CstSummitCard),
  'cst-timeline': () => import('./timeline/timeline.js').then((m) => m.CstTimeline),
  'cst-treaty-article': () =>
    import('./treaty-article/treaty-article.js').then((m) => m.CstTreatyArticle),
};
