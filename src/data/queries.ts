// Every query over the dataset, in one place for the public API. The elements import the module
// they need, so a page loads only its own element's queries.
export { byId, localize } from './queries/records.js';
export * from './queries/states.js';
export * from './queries/people.js';
export * from './queries/sessions.js';
export * from './queries/quotes.js';
export * from './queries/documents.js';
export * from './queries/timeline.js';
