/**
 * Element classes and shared types, without registering any tag. Import a define module
 * (`cst-elements/quote.js`) to use an element, or a class from here to subclass it or register it
 * under another name.
 */
export { CstProvider } from './elements/provider/provider.js';
export { datasetContext, type DatasetContextValue } from './context.js';
export { CstErrorEvent, CstLoadEvent, type CstErrorCode, type CstErrorDetail } from './events.js';
export { defineElement } from './internal/define.js';
export type * from './data/types.js';
