// Type-checked with skipLibCheck off where no React, Vue or Svelte is installed: the framework
// typings in the entries' declarations must not break such a project.
import 'cst-elements/all.js';
import { CstQuote } from 'cst-elements/quote.js';
import type { CstQuoteAttributes } from 'cst-elements/quote.js';
import { CstTimeline } from 'cst-elements/timeline.js';
import type { CstTimelineAttributes } from 'cst-elements/timeline.js';
import type { CstMemberMapAttributes } from 'cst-elements/member-map.js';
import type { CstFactAttributes } from 'cst-elements/fact.js';
import { CstErrorEvent, CstMemberList } from 'cst-elements';
import { bundledDataset, membersOn } from 'cst-elements/data.js';
import { renderElement } from 'cst-elements/ssr.js';
import { scriptSnippet } from 'cst-elements/snippets.js';

const quote = document.createElement('cst-quote');
const same: CstQuote = quote;
same.variant = 'pull';
// @ts-expect-error: "bogus" is not a variant
same.variant = 'bogus';
const attributes: CstQuoteAttributes = { quote: 'tokayev-2022-first-use', variant: 'inline' };
// @ts-expect-error: "bogus" is not a variant
const wrong: CstQuoteAttributes = { variant: 'bogus' };
quote.addEventListener('cst-error', (event) => console.log(event.detail.code));
const list: CstMemberList = document.createElement('cst-member-list');
list.status = 'former';
const timeline: CstTimeline = document.createElement('cst-timeline');
timeline.kinds = 'operations';
timeline.layout = 'compact';
// @ts-expect-error: "bogus" is not a layout
timeline.layout = 'bogus';
const history: CstTimelineAttributes = { state: 'kz', 'as-of': '2022-12-31', layout: 'list' };
// The tag name map types the map's and the fact's properties.
const map: HTMLElementTagNameMap['cst-member-map'] = document.createElement('cst-member-map');
map.highlight = 'Armenia';
map.status = 'all';
map.labels = 'none';
map.controls = 'years';
map.asOf = '2012-12-31';
// @ts-expect-error: "bogus" is not a choice of labels
map.labels = 'bogus';
// @ts-expect-error: "former" is not a status of the map
map.status = 'former';
const fact: HTMLElementTagNameMap['cst-fact'] = document.createElement('cst-fact');
fact.fact = 'status';
fact.state = 'am';
fact.asOf = '2024-02-22';
// @ts-expect-error: "bogus" is not a fact
fact.fact = 'bogus';
const locator: CstMemberMapAttributes = { highlight: 'am', 'as-of': '2012-12-31', labels: 'all' };
const sentence: CstFactAttributes = { fact: 'member-count', 'as-of': '2022-05-16' };
// @ts-expect-error: "bogus" is not a fact
const noFact: CstFactAttributes = { fact: 'bogus' };

export const values = [
  attributes,
  wrong,
  history,
  locator,
  sentence,
  noFact,
  CstTimeline,
  membersOn(bundledDataset.states, '2022-05-16').length,
  renderElement,
  scriptSnippet,
  CstErrorEvent,
];
