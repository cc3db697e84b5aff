/**
 * Element classes and shared types, without registering any tag. Import a define module
 * (`cst-elements/quote.js`) to use an element, or a class from here to subclass it or register it
 * under another name.
 */
// elements (written by scripts/elements.js)
export { CstProvider } from './elements/provider/provider.js';
export { CstFact } from './elements/fact/fact.js';
export { CstMemberList } from './elements/member-list/member-list.js';
export { CstMemberMap } from './elements/member-map/member-map.js';
export { CstQuote } from './elements/quote/quote.js';
export { CstSummitCard } from './elements/summit-card/summit-card.js';
export { CstTimeline } from './elements/timeline/timeline.js';
export { CstTreatyArticle } from './elements/treaty-article/treaty-article.js';
// end of elements
export { datasetContext, type DatasetContextValue } from './context.js';
export {
  CstCopyEvent,
  CstErrorEvent,
  CstLoadEvent,
  type CstErrorCode,
  type CstErrorDetail,
} from './events.js';
export { defineElement } from './internal/define.js';
export type * from './data/types.js';
