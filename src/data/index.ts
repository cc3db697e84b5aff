/**
 * The dataset and its queries, for code that wants the facts without an element:
 * `import { bundledDataset, membersOn } from 'cst-elements/data.js'`.
 */
export * from './types.js';
export * from './queries.js';
export { foldName, resolvePerson, resolveState } from './aliases.js';
export { isIsoDate } from './dates.js';
export { applyLayer, withLayers, type DataLayer, type MergeMode } from './merge.js';
export { bundledDataset } from './bundled/index.js';
